"""`make bench-bots`: the bot store it builds, and its short mode end to end (real front and
TorchServe, the multiplexed model serving every bot)."""

from __future__ import annotations

import json

import pytest
import torch
from conftest import run_short_bench
from safetensors import safe_open

from bench import bots
from engine.backends import load_weights
from engine.gpt2 import GPT2
from engine.lora import PEFT_KEY, AdapterPool, load_peft
from engine.store import BotStore
from training.mar import DEFAULT_MODEL_CONFIG


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    work = tmp_path_factory.mktemp("bench-bots")
    plan = bots.Plan(True, 5, (1, 5), clients=2, rounds=1, new_tokens=4)
    store = bots.build_store(work, plan)
    return work, plan, store


def test_adapters_are_distinct_bf16_peft_files_on_the_stored_base(built):
    work, plan, store = built
    bot_store = BotStore(work / "bots")
    records = bot_store.records()
    assert [r.name for r in records] == [bots.bot_name(i) for i in range(plan.bots)]
    assert {r.kind for r in records} == {"adapter"} and {r.rank for r in records} == {8}
    assert {r.base["hash"] for r in records} == set(bot_store.bases())  # the base is held
    index = json.loads((work / "bots" / "index.json").read_text())["bots"]
    assert len(index) == plan.bots  # written once, at the end, with every bot
    first = bot_store.path(bots.bot_name(0))
    with safe_open(first / "adapter_model.safetensors", "pt") as weights:
        keys = list(weights.keys())
        assert {weights.get_slice(k).get_dtype() for k in keys} == {"BF16"}  # half of fp32
    assert all(k.startswith("base_model.model.transformer.h.") and PEFT_KEY.search(k)
               for k in keys)  # fmt: skip
    assert len(keys) == store["adapter_tensors"] == 2 * 4 * 2  # A and B, 4 linears, 2 layers
    config = json.loads((first / "adapter_config.json").read_text())
    assert (config["r"], config["lora_alpha"], config["peft_type"]) == (8, 16.0, "LORA")
    adapters = [load_peft(bot_store.path(bots.bot_name(i))) for i in range(plan.bots)]
    key = next(k for k in keys if "lora_B" in k)
    assert adapters[0].tensors[key].abs().sum() > 0  # not peft's zero-initialised B
    assert not torch.equal(adapters[0].tensors[key], adapters[1].tensors[key])


def test_the_computed_budget_holds_every_bot_in_the_servers_pool(built, tmp_path):
    work, plan, store = built
    config = bots.bots_config(DEFAULT_MODEL_CONFIG, tmp_path / "c.yaml", store["shape"],
                              plan.bots)  # fmt: skip
    bot_store = BotStore(work / "bots")
    shape, weights = load_weights(next(iter(bot_store.bases().values())))
    dtype = getattr(torch, config["dtype"])
    pool = AdapterPool(
        GPT2(shape, weights, dtype),
        lambda name: load_peft(bot_store.path(name)),
        budget_bytes=int(config["adapter_budget_mb"] * bots.MIB),
    )
    for index in range(plan.bots):
        pool.acquire(bots.bot_name(index))
    assert len(pool.resident) == plan.bots and pool.stats.evictions == 0
    assert pool.slot_bytes == round(config["adapter_mib"] * bots.MIB)


@pytest.mark.e2e
def test_short_bench_bots_serves_every_bot_and_writes_its_report(tmp_path):
    run_short_bench("bench.bots", tmp_path)
    report = json.loads((tmp_path / "bench_bots.json").read_text())
    plan = bots.SHORT
    assert report["short"] and report["bots_served"] == plan.bots and report["errors"] == 0
    assert list(report["resident_mib"]) == [str(n) for n in plan.checkpoints]
    assert all(0 < mib < 64 * 1024 for mib in report["resident_mib"].values())
    front = [row["front"] for row in report["resident"].values()]
    assert max(front) < 150  # nginx and the keeper: no torch outside the worker
    assert 0 < report["cold_start_s"]["p50"] <= report["cold_start_s"]["p99"]
    assert len(report["cold_latencies_s"]) == plan.bots - 1  # the first also loads the base
    assert len(report["warm_latencies_s"]) == plan.bots - 1
    assert report["cross_bot_ratio"] > 0
    for mode in ("one", "cross"):
        run = report["throughput"][mode]
        assert run["errors"] == 0 and run["requests"] == 2 * plan.clients * plan.rounds
    assert max(s["mean_batch"] for s in report["throughput"]["cross"]["segments"]) > 1
    assert [t["met"] in (True, False) for t in report["targets"]] == [True] * 4
    assert report["bots_config"]["adapter_budget_mb"] * bots.MIB >= (
        plan.bots * report["bots_config"]["adapter_mib"] * bots.MIB
    )
    assert "cross_bot_ratio" in (tmp_path / "bench_bots.md").read_text()
    assert (tmp_path / "bench_bots.png").read_bytes().startswith(b"\x89PNG")
