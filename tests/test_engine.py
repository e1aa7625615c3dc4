"""The engine on its own: backends against transformers, continuous batching, seeds, stops.

A tiny random GPT-2 (GPT-2's real tokenizer) is exported once per module with its fp32 and
int8 ONNX models, and every backend is driven through the engine's real surface
(`add_request` / `abort` / `step`).
"""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import onnx
import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from bench.run import build_model
from engine import Engine, EngineConfig, RequestTooLarge, SamplingParams, load_backend
from engine.prompt import prompt_ids
from training.export_onnx import FP32_FILE, FP32_TOLERANCE, INT8_FILE, REPORT_FILE, export_onnx

KINDS = ["torch", FP32_FILE, INT8_FILE]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A tiny random GPT-2 export with its fp32 and int8 ONNX models."""
    root = tmp_path_factory.mktemp("engine")
    folder = build_model(root / "exports", short=True)
    export_onnx(folder.name, root / "exports", root / "data", "int8")
    return folder


@pytest.fixture(scope="module")
def tokenizer(folder):
    return AutoTokenizer.from_pretrained(folder)


def engine_for(folder, tokenizer, kind: str, dtype: str = "float32", **limits) -> Engine:
    choice = {"backend": "torch"} if kind == "torch" else {"backend": "onnx", "onnx_file": kind}
    (folder / "backend.json").write_text(json.dumps(choice))
    try:
        backend = load_backend(folder, tokenizer.eos_token_id, threads=1, dtype=dtype)
    finally:
        (folder / "backend.json").unlink()
    return Engine(backend, tokenizer, EngineConfig(**limits))


def params(**fields) -> SamplingParams:
    return SamplingParams(**{"max_new_tokens": 12, "seed": 1, "stop_at_newline": False, **fields})


def run_staggered(engine: Engine, requests: list[tuple[str, SamplingParams]], every: int = 2):
    """Add one request every `every` steps while the others decode; texts by request."""
    texts: dict[str, list[str]] = {}
    pending = list(enumerate(requests))
    steps = 0
    while pending or engine.has_unfinished():
        if pending and steps % every == 0:
            index, (prompt, settings) = pending.pop(0)
            engine.add_request(str(index), prompt, settings)
        for output in engine.step():
            if output.finished:
                texts[output.request_id] = output.texts
        steps += 1
    return [texts[str(i)] for i in range(len(requests))]


def test_export_has_past_key_values_and_matches_pytorch(folder):
    report = json.loads((folder / REPORT_FILE).read_text())
    assert report["fp32_max_abs_logit_diff"] <= FP32_TOLERANCE  # joins included (serving_steps)
    assert report["int8_greedy_agreement"] >= 0.9  # int8 picks fp32's next token
    graph = onnx.load(folder / FP32_FILE, load_external_data=False).graph
    names = [i.name for i in graph.input]
    assert names[:5] == [
        "input_ids", "position_ids", "seqlens_k", "total_sequence_length", "last_index"
    ]  # fmt: skip
    assert "past_key_0" in names and "present_value_1" in [o.name for o in graph.output]
    past = next(i for i in graph.input if i.name == "past_key_0").type.tensor_type.shape.dim
    assert past[0].dim_param and past[2].dim_param  # dynamic batch and cache length axes
    # per-row past lengths: each row's keys and values written in place at its own length
    assert sum(n.op_type == "GroupQueryAttention" for n in graph.node) == 2  # one per layer
    int8 = onnx.load(folder / INT8_FILE, load_external_data=False).graph
    assert {n.op_type for n in int8.node} >= {"MatMulNBits"}


@pytest.mark.parametrize("kind", ["torch", FP32_FILE])
def test_logits_match_transformers_while_rows_join_and_leave(folder, tokenizer, kind):
    """The backend's logits for every row at every step, rows joining mid-way and leaving,
    equal a plain transformers forward over that row alone."""
    reference = AutoModelForCausalLM.from_pretrained(folder).eval()
    backend = engine_for(folder, tokenizer, kind).backend
    rows = [prompt_ids(tokenizer, t) for t in ("My dream is", "a longer prompt that pads the rest")]
    seen = []

    def record(logits, indices):
        for row, scores in zip(indices, logits, strict=True):
            seen.append((list(rows[row]), scores))
            rows[row].append(int(scores.argmax()))

    live = list(range(len(rows)))
    record(backend.prefill([list(r) for r in rows]), live)
    record(backend.decode(torch.tensor([rows[r][-1] for r in live])), live)
    rows.append(prompt_ids(tokenizer, "x"))  # a short row joins
    live.append(2)
    record(backend.prefill([list(rows[2])]), [2])
    record(backend.decode(torch.tensor([rows[r][-1] for r in live])), live)
    backend.compact([2, 1])  # row 0 leaves; the order changes
    live = [2, 1]
    for _ in range(2):
        record(backend.decode(torch.tensor([rows[r][-1] for r in live])), live)
    with torch.inference_mode():
        for prefix, scores in seen:
            expected = reference(input_ids=torch.tensor([prefix])).logits[0, -1]
            assert (expected - scores).abs().max() < 1e-4


def test_greedy_output_is_identical_between_torch_and_onnx(folder, tokenizer):
    greedy = params(temperature=0.0, num_return_sequences=2)
    prompts = ["My dream is", "a much longer prompt, so the batch is padded"]
    texts = engine_for(folder, tokenizer, "torch").generate(prompts, greedy)
    assert texts == engine_for(folder, tokenizer, FP32_FILE).generate(prompts, greedy)
    assert texts[0][0] == texts[0][1]


@pytest.mark.parametrize("kind", KINDS)
def test_same_seed_same_texts_whatever_shares_the_steps(folder, tokenizer, kind):
    engine = engine_for(folder, tokenizer, kind)
    mine = ("I want", params(seed=5, num_return_sequences=3))
    alone = engine.generate([mine[0]], mine[1])[0]
    assert len(set(alone)) > 1  # three different streams
    others = [
        ("zz " * 9, params(seed=3, temperature=1.3, top_k=0, max_new_tokens=20)),
        ("x", params(max_new_tokens=2)),
        ("hello there", params(seed=8, top_p=0.5, max_new_tokens=7)),
    ]
    for every in (1, 3):  # joins at different steps, neighbours leaving at different times
        texts = run_staggered(engine, [others[0], others[1], mine, others[2]], every=every)
        assert texts[2] == alone


def test_bf16_engine_serves_the_same_contract(folder, tokenizer):
    engine = engine_for(folder, tokenizer, "torch", dtype="bfloat16")
    assert engine.backend.dtype == "bfloat16"
    texts = engine.generate(["My dream is"], params(num_return_sequences=2, max_new_tokens=6))[0]
    assert len(texts) == 2 and all(isinstance(t, str) and t for t in texts)


def test_rows_leave_at_their_stop_and_slots_are_reused(folder, tokenizer):
    engine = engine_for(folder, tokenizer, "torch", max_rows=3)
    for index in range(6):
        engine.add_request(str(index), f"prompt {index}", params(max_new_tokens=1 + index))
    finished, most_rows = {}, 0
    while engine.has_unfinished():
        for output in engine.step():
            if output.finished:
                finished[output.request_id] = output.generated_tokens
        most_rows = max(most_rows, engine.backend.rows)
    assert finished == {str(i): 1 + i for i in range(6)}  # each its own length
    assert most_rows == 3  # never more rows than the limit; freed slots were reused
    assert engine.backend.rows == 0


def test_newline_stops_and_cuts_unless_told_to_run_to_length(folder, tokenizer):
    engine = engine_for(folder, tokenizer, "torch")
    newline = tokenizer("\n")["input_ids"][0]
    bias = torch.zeros(engine.backend.vocab_size)
    bias[newline] = 1e4  # the model always wants a newline
    decode, prefill = engine.backend.decode, engine.backend.prefill
    engine.backend.decode = lambda *args: decode(*args) + bias
    engine.backend.prefill = lambda *args: prefill(*args) + bias
    stopping, running = engine.generate(
        ["a", "b"],
        [params(temperature=0.0, stop_at_newline=True), params(temperature=0.0, max_new_tokens=5)],
    )
    assert stopping == [""]  # stopped at the first token, cut before the newline
    assert running == ["\n" * 5]  # exactly max_new_tokens, every line kept


def test_abort_frees_the_rows_at_once(folder, tokenizer):
    engine = engine_for(folder, tokenizer, "torch")
    engine.add_request("gone", "I like", params(max_new_tokens=50, num_return_sequences=4))
    engine.add_request("stays", "I like", params(max_new_tokens=5))
    engine.step()
    assert engine.backend.rows == 5
    engine.abort("gone")
    assert engine.backend.rows == 1 and engine.running_requests == 1
    outputs = []
    while engine.has_unfinished():
        outputs += engine.step()
    assert [o.request_id for o in outputs if o.finished] == ["stays"]


def test_admission_keeps_to_the_token_budget(folder, tokenizer):
    engine = engine_for(folder, tokenizer, "torch", max_batch_tokens=60)
    for index in range(3):
        engine.add_request(str(index), "hi", params(max_new_tokens=20))  # 22 positions each
    engine.step()
    assert (engine.running_requests, engine.waiting) == (2, 1)  # 44 of 60 reserved, not 66
    with pytest.raises(RequestTooLarge, match="at most"):
        engine.add_request("huge", "hi", params(max_new_tokens=100))


def test_streamed_pieces_add_up_to_the_answer(folder, tokenizer):
    engine = engine_for(folder, tokenizer, "torch")
    engine.add_request("r", "My dream is", params(num_return_sequences=2, max_new_tokens=30))
    pieces = {0: "", 1: ""}
    answer = None
    while engine.has_unfinished():
        for output in engine.step():
            for index, text in output.pieces:
                pieces[index] += text
            answer = output.texts if output.finished else answer
    assert [pieces[0], pieces[1]] == answer


def test_stop_strings_end_the_answer_before_them_and_never_stream_a_part(folder, tokenizer):
    engine = engine_for(folder, tokenizer, "torch")
    settings = params(temperature=0.0, max_new_tokens=30)
    (free,) = engine.generate(["My dream is"], settings)[0:1]
    assert len(free[0]) > 12, free
    stop = free[0][6:10]  # a string in the middle of the free answer
    before = free[0][: free[0].find(stop)]
    engine.add_request("s", "My dream is", replace(settings, stop=("zzzzzzzz", stop)))
    pieces, output = [], None
    while engine.has_unfinished():
        for output in engine.step():
            pieces += [text for _, text in output.pieces]
    assert output.texts == [before] and "".join(pieces) == before
    assert output.reasons == ["stop_string"] and not any(stop in piece for piece in pieces)
    engine.add_request("l", "My dream is", settings)
    while engine.has_unfinished():
        (output,) = engine.step()
    assert output.reasons == ["length"] and output.texts == free


def test_engine_failure_ends_every_request_with_an_error(folder, tokenizer):
    engine = engine_for(folder, tokenizer, "torch")
    engine.add_request("a", "x", params())
    engine.add_request("b", "y", params())
    engine.step()
    failed = engine.fail_all("boom")
    assert {o.request_id for o in failed} == {"a", "b"} and all(o.error == "boom" for o in failed)
    assert not engine.has_unfinished() and engine.backend.rows == 0
    assert engine.generate(["again"], params(max_new_tokens=3))[0][0]  # and it serves again


def test_uniform_draws_depend_only_on_the_row_and_the_token_number():
    from engine.rng import uniforms

    keys = np.array([11, 12, 13], dtype=np.uint64)
    counters = np.array([0, 5, 9], dtype=np.uint64)
    together = uniforms(keys, counters)
    alone = [uniforms(keys[i : i + 1], counters[i : i + 1])[0] for i in range(3)]
    assert together.tolist() == alone
    assert ((together >= 0) & (together < 1)).all()
    stream = uniforms(np.full(1000, 11, dtype=np.uint64), np.arange(1000, dtype=np.uint64))
    assert 0.45 < stream.mean() < 0.55 and len(set(stream.tolist())) == 1000
