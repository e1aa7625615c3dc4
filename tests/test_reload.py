"""The driver every server uses, in-process on a real bot store (tiny random models and peft
adapters): one reload rule for every bot (a bot published again while one of its requests
decodes serves the new version to new requests, finishes the request in flight on the old one,
and leaves none hanging; a removed bot is unknown from its next request), and fair admission
between bots (issue 19).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from transformers import AutoTokenizer

from engine.config import DriverConfig
from engine.contract import GenerationRequest
from engine.driver import Driver
from engine.errors import Overloaded, UnknownBot
from engine.multiplex import Bots
from engine.request import SamplingParams
from engine.store import BotRecord, BotStore
from training.base_model import load_base
from training.lora import add_adapters, save_adapter

LONG = SamplingParams(max_new_tokens=30, seed=9, stop_at_newline=False, num_return_sequences=2)
FULL_FILES = ("model.safetensors", "config.json", "generation_config.json", "tokenizer.json",
              "tokenizer_config.json")  # fmt: skip


def adapter_folder(root: Path, seed: int) -> Path:
    model, _ = load_base("tiny", 7)  # the same base weights every time
    model = add_adapters(model, 8, 16.0, 0.0, "c_attn,c_proj,c_fc")
    torch.manual_seed(seed)
    with torch.no_grad():
        for key, parameter in model.named_parameters():
            if "lora_" in key:
                parameter.normal_(0, 0.3)  # peft starts B at zero: make the delta count
    save_adapter(model, root / f"adapter-{seed}")
    return root / f"adapter-{seed}"


def full_folder(root: Path, seed: int) -> Path:
    model, tokenizer = load_base("tiny", seed)  # other weights for each seed
    folder = root / f"full-{seed}"
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


@pytest.fixture
def store(tmp_path) -> tuple[BotStore, dict]:
    store = BotStore(tmp_path / "bots")
    store.root.mkdir()
    base_model, tokenizer = load_base("tiny", 7)
    base_model.save_pretrained(tmp_path / "base")
    tokenizer.save_pretrained(tmp_path / "base")
    base = {"hash": store.add_base(tmp_path / "base", "tiny"), "name": "tiny"}
    return store, base


def publish_adapter(store: BotStore, base: dict, folder: Path) -> None:
    record = BotRecord(name="ada", kind="adapter", base=dict(base), rank=8)
    store.publish(record, [folder / "adapter_model.safetensors", folder / "adapter_config.json"])


def publish_full(store: BotStore, folder: Path) -> None:
    record = BotRecord(name="fay", kind="full", base={"name": "tiny", "hash": None})
    store.publish(record, [folder / name for name in FULL_FILES if (folder / name).exists()])


def driver_for(store: BotStore) -> Driver:
    bots = Bots(store, AutoTokenizer.from_pretrained)
    return Driver(bots, DriverConfig(step_budget_s=0))


def alone(store: BotStore, bot: str) -> list[str]:
    """The bot's answer to the LONG request on a fresh server (its current version)."""
    driver = driver_for(store)
    driver.add("alone", driver.route(bot), GenerationRequest("My dream is", LONG))
    outputs = [s["alone"] for s in driver.run_to_end() if "alone" in s and s["alone"].finished]
    return outputs[0].texts


def republish_while_decoding(store: BotStore, bot: str, publish_new) -> dict[str, list[str]]:
    """`old` starts and decodes a few steps, the bot is published again, `new` is sent: both
    answers (the loop ends only when every request has finished)."""
    driver = driver_for(store)
    driver.add("old", driver.route(bot), GenerationRequest("My dream is", LONG))
    for _ in range(3):
        driver.step()
    publish_new()
    driver.add("new", driver.route(bot), GenerationRequest("My dream is", LONG))
    texts = {}
    for step in driver.run_to_end():
        texts.update({rid: out.texts for rid, out in step.items() if out.finished})
    assert not driver.has_unfinished() and not driver.entries
    return texts


def test_an_adapter_republished_while_decoding(store, tmp_path):
    """Before: the pinned old adapter was kept under the bot's name, so every later request
    of the bot got the stale adapter for as long as the server ran."""
    store, base = store
    publish_adapter(store, base, adapter_folder(tmp_path, 1))
    first = alone(store, "ada")
    texts = republish_while_decoding(
        store, "ada", lambda: publish_adapter(store, base, adapter_folder(tmp_path, 2))
    )
    second = alone(store, "ada")
    assert first != second  # the versions differ
    assert texts == {"old": first, "new": second}


def test_a_full_bot_republished_while_decoding(store, tmp_path):
    """Before: the old engine left the stepped set while its request was in flight, so that
    request never finished."""
    store, _ = store
    publish_full(store, full_folder(tmp_path, 1))
    first = alone(store, "fay")
    texts = republish_while_decoding(
        store, "fay", lambda: publish_full(store, full_folder(tmp_path, 2))
    )
    second = alone(store, "fay")
    assert first != second
    assert texts == {"old": first, "new": second}


def test_a_removed_bot_is_unknown_at_its_next_request(store, tmp_path):
    store, _ = store
    publish_full(store, full_folder(tmp_path, 1))
    driver = driver_for(store)
    driver.add("a", driver.route("fay"), GenerationRequest("hi", LONG))
    store.remove("fay")
    with pytest.raises(UnknownBot):
        driver.route("fay")
    driver.run_to_end()  # the request in flight still finishes
    assert not driver.has_unfinished()


def test_fair_admission_a_quiet_bot_beats_a_floods_median(store, tmp_path):
    """In steps (no clock, no noise): 64 closed-loop clients flood one full bot while one
    client asks another. The flood holds at most max_in_flight_per_bot requests (the rest are
    refused with Overloaded and retry at the next step) and decodes at most fair_share_rows
    rows while the other bot has work; the quiet client's every request is admitted at once,
    so its p99 latency (in steps) is below the flood's median."""
    store, _ = store
    for name, seed in (("flood", 1), ("quiet", 2)):
        folder = full_folder(tmp_path, seed)
        record = BotRecord(name=name, kind="full", base={"name": "tiny", "hash": None})
        store.publish(record, [folder / n for n in FULL_FILES if (folder / n).exists()])
    driver = Driver(Bots(store, AutoTokenizer.from_pretrained), DriverConfig(step_budget_s=0))
    params = SamplingParams(max_new_tokens=40, stop_at_newline=False, seed=1)
    clients = {f"flood{i}": "flood" for i in range(64)} | {"quiet": "quiet"}
    sent: dict[str, int] = {}  # client -> the step its current request was sent
    latencies: dict[str, list[int]] = {"flood": [], "quiet": []}
    refused = {"flood": 0, "quiet": 0}
    requests_sent = 0
    for step in range(400):
        for client, bot in clients.items():
            if client in sent:
                continue
            requests_sent += 1
            try:
                driver.add(f"{client}:{requests_sent}", driver.route(bot),
                           GenerationRequest("My dream is", params))  # fmt: skip
                sent[client] = step
            except Overloaded:
                refused[bot] += 1
        for request_id, output in driver.step().items():
            if output.finished:
                client = request_id.split(":")[0]
                if step > 100:  # the steady state
                    latencies[clients[client]].append(step - sent[client])
                del sent[client]
    assert refused["quiet"] == 0 and refused["flood"] > 0
    quiet_p99 = float(np.percentile(latencies["quiet"], 99))
    flood_p50 = float(np.percentile(latencies["flood"], 50))
    print(f"steps: quiet p99 {quiet_p99:.0f}, flood p50 {flood_p50:.0f}, refused {refused}")
    assert len(latencies["quiet"]) >= 5 and quiet_p99 < flood_p50, (quiet_p99, flood_p50)
