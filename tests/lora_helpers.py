"""Random LoRA adapters on the tiny base, and answers from an engine: for the adapter tests."""

from __future__ import annotations

from pathlib import Path

import torch

from engine import Engine, SamplingParams
from engine.request import RequestOutput
from training.base_model import load_base
from training.lora import add_adapters, merge, save_adapter

NAMES = ("alice", "bob", "carol")


def random_adapters(root: Path, std: float) -> tuple[dict[str, Path], dict[str, dict]]:
    """A rank-8 peft adapter of the tiny base (seed 7) per name in NAMES, its weights drawn
    from N(0, std) (peft starts B at zero: the delta would not count); each one's folder and
    its merged state dict."""
    folders, merged = {}, {}
    for index, name in enumerate(NAMES):
        model, _ = load_base("tiny", 7)
        model = add_adapters(model, 8, 16.0, 0.0, "c_attn,c_proj,c_fc")
        torch.manual_seed(100 + index)
        with torch.no_grad():
            for key, parameter in model.named_parameters():
                if "lora_" in key:
                    parameter.normal_(0, std)
        folders[name] = root / name
        save_adapter(model, folders[name])
        merged[name] = {k: v.clone() for k, v in merge(model).state_dict().items()}
    return folders, merged


def finished(
    engine: Engine, requests: list[tuple[str, str | None]], settings: SamplingParams
) -> list[RequestOutput]:
    """Each (prompt, adapter) request's final output, all added at once and stepped to the end."""
    for index, (prompt, adapter) in enumerate(requests):
        engine.add_request(str(index), prompt, settings, adapter=adapter)
    ended = {}
    while engine.has_unfinished():
        for output in engine.step():
            if output.finished:
                ended[output.request_id] = output
    return [ended[str(i)] for i in range(len(requests))]


def answers(
    engine: Engine, requests: list[tuple[str, str | None]], settings: SamplingParams
) -> list[list[str]]:
    """Each request's texts (see finished)."""
    return [output.texts for output in finished(engine, requests, settings)]
