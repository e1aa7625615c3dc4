"""LoRA adapters on one shared base: rows of different adapters in the same step.

A tiny random GPT-2 base and three random rank-8 peft adapters. The engine's answers with an
adapter must equal the answers of the base with that adapter merged into its weights (peft's
merge), whatever other adapters decode in the same steps, and through LRU eviction and reload.
"""

from __future__ import annotations

import pytest
import torch
from lora_helpers import NAMES, random_adapters
from lora_helpers import answers as shared_answers

from engine import Engine, SamplingParams, TorchBackend
from engine.gpt2 import GPT2, Shape
from engine.lora import AdapterPool, load_peft
from training.base_model import load_base


@pytest.fixture(scope="module")
def adapters(tmp_path_factory):
    """The base (a state dict), and per adapter its folder and its merged state dict."""
    root = tmp_path_factory.mktemp("lora")
    base, tokenizer = load_base("tiny", 7)
    base_state = {k: v.clone() for k, v in base.state_dict().items()}
    folders, merged = random_adapters(root, 0.3)
    return base.config, tokenizer, base_state, folders, merged


def engine(config, tokenizer, weights, folders=None, budget=1 << 30) -> Engine:
    shape = Shape.from_config(config.to_dict())
    model = GPT2(shape, weights)
    pool = None
    if folders is not None:
        pool = AdapterPool(model, lambda name: load_peft(folders[name]), budget_bytes=budget)
    return Engine(TorchBackend(model, torch.device("cpu"), tokenizer.eos_token_id, pool), tokenizer)


SETTINGS = SamplingParams(max_new_tokens=16, seed=4, stop_at_newline=False, num_return_sequences=2)


def answers(engine: Engine, requests: list[tuple[str, str | None]]) -> list[list[str]]:
    return shared_answers(engine, requests, SETTINGS)


def test_an_adapter_row_equals_the_merged_model(adapters):
    config, tokenizer, base, folders, merged = adapters
    served = engine(config, tokenizer, base, folders)
    for name in NAMES:
        alone = answers(engine(config, tokenizer, merged[name]), [("My dream is", None)])
        assert answers(served, [("My dream is", name)]) == alone


def test_rows_of_different_adapters_share_a_step(adapters):
    config, tokenizer, base, folders, merged = adapters
    served = engine(config, tokenizer, base, folders)
    mixed = answers(served, [("I like", n) for n in NAMES] + [("I like", None)])
    for text, name in zip(mixed, NAMES, strict=False):
        assert text == answers(engine(config, tokenizer, merged[name]), [("I like", None)])[0]
    assert mixed[3] == answers(engine(config, tokenizer, base), [("I like", None)])[0]
    assert len({tuple(t) for t in mixed}) == 4  # four different models answered


def test_eviction_and_reload_give_the_same_answers(adapters):
    config, tokenizer, base, folders, _ = adapters
    served = engine(config, tokenizer, base, folders)
    slot_bytes = served.adapters.slot_bytes
    small = engine(config, tokenizer, base, folders, budget=2 * slot_bytes)  # two resident
    first = answers(small, [("hello", n) for n in NAMES])
    assert small.adapters.stats.evictions >= 1 and len(small.adapters.resident) == 2
    again = answers(small, [("hello", n) for n in reversed(NAMES)])
    assert (
        again
        == list(reversed(first))
        == list(reversed(answers(served, [("hello", n) for n in NAMES])))
    )
    assert small.adapters.stats.loads > len(NAMES)  # something was loaded twice


def test_pinned_adapters_are_never_evicted(adapters):
    """With room for one adapter, a request for another waits until the first one's rows are
    done, then evicts it; nothing is refused."""
    config, tokenizer, base, folders, merged = adapters
    served = engine(config, tokenizer, base, folders)
    small = engine(config, tokenizer, base, folders, budget=served.adapters.slot_bytes)
    small.add_request("a", "x", SETTINGS, adapter="alice")
    small.add_request("b", "x", SETTINGS, adapter="bob")
    small.step()
    assert (small.running_requests, small.waiting) == (1, 1)  # bob waits for alice's slot
    texts = {}
    while small.has_unfinished():
        texts |= {o.request_id: o.texts for o in small.step() if o.finished}
    assert texts["b"] == answers(engine(config, tokenizer, merged["bob"]), [("x", None)])[0]
    assert small.adapters.stats.evictions == 1


def test_an_adapter_that_fails_to_load_fails_its_request_alone(adapters):
    config, tokenizer, base, folders, _ = adapters
    served = engine(config, tokenizer, base, {**folders, "broken": folders["alice"] / "nope"})
    served.add_request("ok", "x", SETTINGS, adapter="alice")
    served.add_request("bad", "x", SETTINGS, adapter="broken")
    outputs = {}
    while served.has_unfinished():
        outputs |= {o.request_id: o for o in served.step() if o.finished}
    assert outputs["bad"].error and "broken" in outputs["bad"].error
    assert outputs["ok"].error is None and len(outputs["ok"].texts) == 2
