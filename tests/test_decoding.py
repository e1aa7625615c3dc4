"""The handler's decode loop: ONNX export parity, both backends, per-row seeds and stops."""

from __future__ import annotations

import json

import onnx
import pytest
import torch
from decoding import Decoder, OnnxBackend, TorchBackend
from generation_request import GenerationRequest
from gpt2_kv import Shape, prompt_ids
from transformers import AutoTokenizer
from tweetbot_handler import TweetbotHandler

from bench.run import build_model
from training.export_onnx import FP32_FILE, FP32_TOLERANCE, INT8_FILE, REPORT_FILE, export_onnx

CPU = torch.device("cpu")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A tiny random GPT-2 export with its fp32 and int8 ONNX models."""
    root = tmp_path_factory.mktemp("decoding")
    folder = build_model(root / "exports", short=True)
    export_onnx(folder.name, root / "exports", root / "data", "int8")
    return folder


def decoder(folder, kind: str) -> Decoder:
    tokenizer = AutoTokenizer.from_pretrained(folder)
    shape = Shape.from_config(json.loads((folder / "config.json").read_text()))
    backend = (
        TorchBackend(folder, CPU)
        if kind == "torch"
        else OnnxBackend(folder / kind, shape, gpu_id=None, threads=1)
    )
    return Decoder(backend, tokenizer)


def texts_of(run: Decoder, requests: list[GenerationRequest]) -> list[list[str]]:
    """Each request's texts, its prompt laid out as the handler lays it out."""
    prompts = [prompt_ids(run.tokenizer, r.text) for r in requests]
    return [answer.texts for answer in run.generate(requests, prompts)]


def request(text: str, **fields) -> GenerationRequest:
    base = dict(num_return_sequences=1, max_new_tokens=12, temperature=1.0, top_p=0.95, top_k=50)
    return GenerationRequest(text=text, **{**base, "seed": 1, **fields})


def test_export_has_past_key_values_and_matches_pytorch(folder):
    report = json.loads((folder / REPORT_FILE).read_text())
    assert report["fp32_max_abs_logit_diff"] <= FP32_TOLERANCE
    assert report["int8_greedy_agreement"] >= 0.9  # int8 picks fp32's next token
    graph = onnx.load(folder / FP32_FILE, load_external_data=False).graph
    names = [i.name for i in graph.input]
    assert names[:3] == ["input_ids", "position_ids", "attention_mask"]
    assert "past_key_0" in names and "present_value_1" in [o.name for o in graph.output]
    past = next(i for i in graph.input if i.name == "past_key_0").type.tensor_type.shape.dim
    assert past[0].dim_param and past[2].dim_param  # dynamic batch and sequence axes
    int8 = onnx.load(folder / INT8_FILE, load_external_data=False).graph
    assert {n.op_type for n in int8.node} >= {"MatMulNBits"}


def test_greedy_output_is_identical_between_torch_and_onnx(folder):
    greedy = [
        request("My dream is", temperature=0.0, num_return_sequences=2),
        request("a much longer prompt, so the batch is left padded", temperature=0.0),
    ]
    texts = texts_of(decoder(folder, "torch"), greedy)
    assert texts == texts_of(decoder(folder, FP32_FILE), greedy)
    assert texts[0][0] == texts[0][1]


@pytest.mark.parametrize("kind", ["torch", FP32_FILE, INT8_FILE])
def test_same_seed_same_texts_whatever_shares_the_batch(folder, kind):
    run = decoder(folder, kind)
    mine = request("I want", seed=5, num_return_sequences=3)
    alone = texts_of(run, [mine])[0]
    others = [request("zz " * 9, seed=3, temperature=1.3, top_k=0), request("x", max_new_tokens=2)]
    assert texts_of(run, [others[0], mine, others[1]])[1] == alone
    assert len(set(alone)) > 1  # three different streams


class NewlineBackend:
    """Logits that always favour a newline token; records the decode steps and compactions."""

    device = CPU

    def __init__(self, newline: int) -> None:
        self.newline, self.kept, self.steps, self.released = newline, [], 0, False

    def logits(self, rows: int) -> torch.Tensor:
        scores = torch.zeros(rows, 50257)
        scores[:, self.newline] = 10.0
        return scores

    def prefill(self, ids, positions, mask, room):
        return self.logits(ids.shape[0])

    def decode(self, tokens, positions, mask):
        self.steps += 1
        return self.logits(tokens.shape[0])

    def keep(self, index):
        self.kept.append(index.tolist())

    def release(self):
        self.released = True


def test_rows_stop_at_a_newline_unless_told_to_run_to_length(folder):
    tokenizer = AutoTokenizer.from_pretrained(folder)
    newline = tokenizer("\n")["input_ids"][0]
    backend = NewlineBackend(newline)
    run = Decoder(backend, tokenizer)
    stopping = [request(f"row {i}", temperature=0.0) for i in range(3)]
    running = request("long", temperature=0.0, stop_at_newline=False, max_new_tokens=7)
    answers = run.generate([*stopping, running], [[50256, 7]] * 4)
    texts = [answer.texts for answer in answers]
    assert [answer.tokens for answer in answers] == [1, 1, 1, 7]  # the newline counts
    assert backend.released  # no cache outlives its batch
    assert [t[0] for t in texts[:3]] == ["\n"] * 3
    assert texts[3][0] == "\n" * 7  # exactly max_new_tokens
    assert backend.kept == [[3]]  # the three finished rows were dropped from the batch
    assert backend.steps == 6


def test_batches_beyond_the_kv_cache_budget_are_split_in_order():
    handler = TweetbotHandler()
    handler.max_batch_tokens = 100
    small = [(request(f"r{i}", max_new_tokens=10), [1] * 10) for i in range(4)]  # 20 each
    big = (request("big", num_return_sequences=4, max_new_tokens=30), [1] * 20)  # 200 alone
    groups = handler.groups([*small, big, small[0]])
    assert [len(group) for group in groups] == [4, 1, 1]
    assert [item for group in groups for item in group] == [*small, big, small[0]]
