"""Adapter bots on ONNX Runtime: the base's graph with adapter inputs, the pool's slots stacked.

A tiny random GPT-2 base and three random rank-8 peft adapters. An adapter row's logits must be
the merged model's (within the float16 rounding of the pool), rows of different adapters and of
the bare base share steps with their seeds' texts unchanged, the stack follows evictions, and
the graph is built once and kept where it can be.
"""

from __future__ import annotations

import dataclasses
import shutil

import pytest
import torch
from lora_helpers import NAMES, finished, random_adapters
from lora_helpers import answers as shared_answers

from engine import Engine, SamplingParams, TorchBackend
from engine.backends import OnnxBackend
from engine.gpt2 import GPT2, Shape
from engine.lora import AdapterPool, AdapterStack, load_peft
from engine.onnx_graph import adapter_graph, adapter_graph_name, adapter_graphs, export_fp32
from training.base_model import load_base

SETTINGS = SamplingParams(max_new_tokens=12, seed=4, stop_at_newline=False, num_return_sequences=2)


@pytest.fixture(scope="module")
def bases(tmp_path_factory):
    """The base folder, its shape and weights, the adapters' folders and merged weights, and
    the fp32 and int8 graphs with adapter inputs."""
    root = tmp_path_factory.mktemp("lora-onnx")
    base, tokenizer = load_base("tiny", 7)
    base.save_pretrained(root / "base")
    tokenizer.save_pretrained(root / "base")
    weights = {k: v.clone() for k, v in base.state_dict().items()}
    shape = Shape.from_config(base.config.to_dict())
    folders, merged = random_adapters(root, 0.1)
    export_fp32(GPT2(shape, weights).eval(), root / "lora.onnx", adapter_rank=8)
    int8 = adapter_graphs(root / "base", 8)
    return root, shape, weights, tokenizer, folders, merged, int8


def onnx_engine(bases, graphs, budget=1 << 30, stacked_up_to=4, backend=OnnxBackend) -> Engine:
    """An engine on both adapter graphs; more than `stacked_up_to` distinct adapters in a step
    run on the gathered one."""
    root, shape, _, tokenizer, folders, _, _ = bases
    pool = AdapterPool(
        shape, lambda n: load_peft(folders[n.split("#")[0]]), budget_bytes=budget,
        dtype=torch.float16,
    )  # fmt: skip
    eos = tokenizer.eos_token_id
    runtime = backend(graphs["stacked"], shape, None, 2, eos, pool, gathered=graphs["gathered"])
    runtime.STACKED_UP_TO = stacked_up_to
    return Engine(runtime, tokenizer)


def answers(engine: Engine, requests: list[tuple[str, str | None]]) -> list[list[str]]:
    return shared_answers(engine, requests, SETTINGS)


def test_an_adapter_row_has_the_merged_model_s_logits(bases):
    root, shape, weights, tokenizer, folders, merged, _ = bases
    pool = AdapterPool(shape, lambda n: load_peft(folders[n]), dtype=torch.float16)
    runtime = OnnxBackend(root / "lora.onnx", shape, None, 2, tokenizer.eos_token_id, pool)
    prompts = [[464, 3290, 318], [40, 588], [1639, 389, 257, 1332]]
    slots = torch.tensor([pool.acquire(name) for name in NAMES])
    got = runtime.prefill(prompts, slots)
    steps = runtime.decode(torch.tensor([11, 12, 13]), slots)
    for row, name in enumerate(NAMES):
        torch_runtime = TorchBackend(GPT2(shape, merged[name]), torch.device("cpu"), 0)
        want = torch_runtime.prefill([prompts[row]])[0]
        scale = want.abs().max()
        assert (got[row] - want).abs().max() <= 2e-3 * scale  # float16 adapters, fp32 products
        want_step = torch_runtime.decode(torch.tensor([11 + row]))[0]
        assert (steps[row] - want_step).abs().max() <= 2e-3 * scale
    bare = TorchBackend(GPT2(shape, weights), torch.device("cpu"), 0).prefill(prompts[:1])[0]
    alone = OnnxBackend(root / "lora.onnx", shape, None, 2, tokenizer.eos_token_id, pool)
    torch.testing.assert_close(alone.prefill(prompts[:1], torch.tensor([0]))[0], bare,
                               rtol=1e-4, atol=1e-4)  # fmt: skip
    assert not torch.allclose(got[0], bare, atol=1e-2)  # the adapter changed the logits


def test_seeds_give_the_same_text_whatever_shares_the_step(bases):
    int8 = bases[-1]
    alone = {name: answers(onnx_engine(bases, int8), [("I like", name)])[0] for name in NAMES}
    bare = answers(onnx_engine(bases, int8), [("I like", None)])[0]
    mixed = [("I like", n) for n in (*NAMES, None, "alice")]
    for stacked_up_to in (4, 1):  # 4 distinct adapters a step: stacked, then gathered
        engine = onnx_engine(bases, int8, stacked_up_to=stacked_up_to)
        assert answers(engine, mixed) == [*(alone[n] for n in NAMES), bare, alone["alice"]]
    assert len({tuple(texts) for texts in alone.values()}) == 3  # each adapter answers its own


class Counted(OnnxBackend):
    """Counts its runs and the IO bindings it made; `kept=False` makes one every run."""

    kept = True

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.runs = self.made = 0

    def binding(self, session, first: int, count: int):
        if not self.kept:
            self.bound = None
        before = self.bound
        binding = super().binding(session, first, count)
        self.runs, self.made = self.runs + 1, self.made + (self.bound is not before)
        return binding


class Unkept(Counted):
    kept = False


def staggered(engine: Engine) -> dict[str, list[str]]:
    """Requests that join at different steps and end at different lengths (rows come and go,
    the cache grows): each one's texts."""
    plan = [(0, "alice", 12), (0, None, 5), (2, "bob", 30), (3, "alice", 3), (5, "carol", 12)]
    plan += [(6, None, 7), (6, "bob", 2), (9, "carol", 4)]
    ended, step = {}, 0
    while plan or engine.has_unfinished():
        for index, (when, name, budget) in enumerate(plan):
            if when == step:
                settings = dataclasses.replace(SETTINGS, max_new_tokens=budget)
                engine.add_request(f"{when}-{index}", "I like", settings, adapter=name)
        plan = [entry for entry in plan if entry[0] != step]
        for output in engine.step():
            if output.finished:
                ended[output.request_id] = output.texts
        step += 1
    return ended


@pytest.mark.parametrize("stacked_up_to", [4, 1])
def test_a_kept_binding_answers_what_a_new_one_each_step_does(bases, stacked_up_to):
    int8 = bases[-1]
    kept = onnx_engine(bases, int8, stacked_up_to=stacked_up_to, backend=Counted)
    unkept = onnx_engine(bases, int8, stacked_up_to=stacked_up_to, backend=Unkept)
    assert staggered(kept) == staggered(unkept)
    assert unkept.backend.made == unkept.backend.runs
    assert kept.backend.made < kept.backend.runs / 2, (kept.backend.made, kept.backend.runs)


def test_the_gathered_graph_computes_what_the_stacked_one_does(bases):
    root, shape, _, tokenizer, folders, _, int8 = bases
    pool = AdapterPool(shape, lambda n: load_peft(folders[n]), dtype=torch.float16)
    prompts = [[464, 3290, 318], [40, 588], [1639, 389, 257, 1332], [11, 12]]
    slots = torch.tensor([pool.acquire(name) for name in NAMES] + [0])
    logits = {}
    for stacked_up_to in (4, 1):
        runtime = OnnxBackend(int8["stacked"], shape, None, 2, 0, pool, gathered=int8["gathered"])
        runtime.STACKED_UP_TO = stacked_up_to
        logits[stacked_up_to] = (runtime.prefill(prompts, slots), runtime.decode(
            torch.tensor([5, 6, 7, 8]), slots))  # fmt: skip
    for stacked, gathered in zip(logits[4], logits[1], strict=True):
        torch.testing.assert_close(gathered, stacked, rtol=1e-4, atol=1e-4)


def test_the_stack_follows_eviction_and_reload_into_the_same_slot(bases):
    int8 = bases[-1]
    one_slot = AdapterPool(bases[1], lambda n: None, dtype=torch.float16).slot_bytes
    engine = onnx_engine(bases, int8, budget=one_slot)  # one adapter resident at a time
    alone = {name: answers(onnx_engine(bases, int8), [("Hello", name)])[0] for name in NAMES}
    for name in (*NAMES, "alice", "carol"):
        assert answers(engine, [("Hello", name)])[0] == alone[name]
    assert engine.adapters.stats.evictions >= 4


def test_the_graph_is_built_once_and_kept_in_the_base_folder_or_a_scratch_one(bases, tmp_path):
    root, shape, weights, *_ = bases
    kept = root / "base" / adapter_graph_name(8)  # the stacked kind
    assert kept.is_file()
    before = kept.stat().st_mtime_ns
    assert adapter_graph(root / "base", 8) == kept
    assert kept.stat().st_mtime_ns == before  # found, not rebuilt
    unwritable = tmp_path / "base"  # a base whose graph cannot be written beside it
    shutil.copytree(root / "base", unwritable, ignore=shutil.ignore_patterns("*.onnx"))
    (unwritable / adapter_graph_name(4)).mkdir()  # taken by a folder: even root cannot
    (unwritable / adapter_graph_name(4) / "x").write_text("")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    path = adapter_graph(unwritable, 4, scratch)
    assert path == scratch / adapter_graph_name(4) and path.stat().st_size > 0


def test_the_stack_keeps_positions_copies_only_newcomers_and_compacts_its_holes(bases):
    _, shape, _, _, folders, _, _ = bases
    loads = []

    def loader(name):
        loads.append(name)
        return load_peft(folders[name.split("#")[0]])

    pool = AdapterPool(shape, loader, dtype=torch.float16)
    stack = AdapterStack(pool, positions=8)
    slots = {name: pool.acquire(name) for name in ("alice", "bob", "carol", "alice#2")}
    first = stack.place([slots["alice"], slots["bob"], slots["alice"]])
    assert first == [0, 1, 0] and stack.used == 2
    layer = pool.layers[0][0]
    rank = pool.rank
    assert torch.equal(stack.a[layer][rank : 2 * rank], pool.a[layer][slots["bob"]].t().float())
    version = stack.version
    assert stack.place([slots["bob"], slots["alice"]]) == [1, 0] and stack.version == version
    assert stack.place([slots["bob"], slots["carol"]]) == [1, 0]  # carol takes alice's place
    assert stack.version > version
    inputs = stack.inputs()
    assert inputs[f"lora_a.{layer}"].shape == (2 * rank, pool.layers[0][1])
    assert inputs[f"lora_b.{layer}"].is_contiguous()
    assert stack.place([slots["bob"]]) == [1] and stack.used == 2  # a hole below: kept
    four = [slots[n] for n in ("alice", "bob", "carol", "alice#2")]
    assert sorted(stack.place(four)) == [0, 1, 2, 3]
    assert stack.place([slots["alice#2"]]) == [0] and stack.used == 1  # dense again
    pool.forget("carol")
    pool.release("carol")
    pool.forget("carol")
    again = pool.acquire("carol")  # reloaded: the stack must copy it again, not trust its place
    before = stack.version
    stack.place([again])
    assert stack.version > before and loads.count("carol") == 2


def test_a_prefill_keeps_the_running_rows_adapters_in_the_stack(bases):
    root, shape, _, tokenizer, folders, _, int8 = bases
    pool = AdapterPool(shape, lambda n: load_peft(folders[n]), dtype=torch.float16)
    runtime = OnnxBackend(int8["stacked"], shape, None, 2, 0, pool, gathered=int8["gathered"])
    slots = {name: pool.acquire(name) for name in NAMES}
    runtime.prefill([[464, 3290]], torch.tensor([slots["alice"]]))
    runtime.prefill([[40, 588], [11]], torch.tensor([slots["bob"], slots["carol"]]))
    held = {entry[0] for entry in runtime.stack.held if entry is not None}
    assert held == set(slots.values())  # alice's row still runs: her adapter stays placed
    version = runtime.stack.version
    runtime.decode(torch.tensor([1, 2, 3]), torch.tensor([slots[n] for n in NAMES]))
    assert runtime.stack.version == version  # nothing copied for the decode step
    runtime.compact([2, 0])  # bob's row leaves; carol's moves first
    assert runtime.row_slots == [slots["carol"], slots["alice"]]
    runtime.decode(torch.tensor([4, 5]), torch.tensor([slots["carol"], slots["alice"]]))
    held = {entry[0] for entry in runtime.stack.held if entry is not None}
    assert held == {slots["carol"], slots["alice"]}


def test_an_adapter_that_cannot_load_fails_alone_beside_good_rows(bases, tmp_path):
    root, shape, _, tokenizer, folders, _, int8 = bases
    broken = tmp_path / "broken"  # a hostile upload: the config says rank 8, the weights are junk
    shutil.copytree(folders["alice"], broken)
    (broken / "adapter_model.safetensors").write_bytes(b"\x00" * 64)
    known = {**folders, "broken": broken}
    pool = AdapterPool(shape, lambda n: load_peft(known[n]), dtype=torch.float16)
    runtime = OnnxBackend(int8["stacked"], shape, None, 2, 0, pool, gathered=int8["gathered"])
    engine = Engine(runtime, tokenizer)
    requests = [("I like", "alice"), ("I like", "broken"), ("I like", "bob"), ("I like", None)]
    ended = dict(enumerate(finished(engine, requests, SETTINGS)))
    assert "broken" in ended[1].error and not ended[1].texts
    alone = {n: answers(onnx_engine(bases, int8), [("I like", n)])[0] for n in ("alice", "bob")}
    assert ended[0].texts == alone["alice"] and ended[2].texts == alone["bob"]
    assert ended[3].error is None and ended[3].texts
