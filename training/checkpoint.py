"""Checkpoints a killed run continues from: trainable weights, optimizer, schedule, progress.

Files are written to a temporary name and renamed, so a SIGKILL during a save leaves the
previous checkpoint intact. Data order and dropout are derived from (seed, epoch) and
(seed, step, rank), so no random-generator state needs saving to resume bit-exactly.
"""

from __future__ import annotations

from pathlib import Path

import torch

from training.tweets import atomic_file

CHECKPOINT = "checkpoint.pt"
BEST = "best.pt"


def trainable_state(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    """The weights training changes (all of them, or only LoRA adapters); frozen ones reload."""
    return {
        name: param.detach().cpu().clone()
        for name, param in model.named_parameters()
        if param.requires_grad
    }


def load_trainable(model: torch.nn.Module, state: dict[str, torch.Tensor]) -> None:
    unexpected = model.load_state_dict(state, strict=False).unexpected_keys
    if unexpected:
        raise ValueError(f"checkpoint does not match the model: {unexpected[:3]}")


def save(path: Path, state: dict) -> None:
    with atomic_file(path) as handle:
        torch.save(state, handle)


def load(path: Path) -> dict | None:
    """A checkpoint written by `save` (tensors and plain values only), or None."""
    if not path.exists():
        return None
    return torch.load(path, map_location="cpu", weights_only=True)
