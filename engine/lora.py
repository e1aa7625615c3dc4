"""Many LoRA adapters on one base, applied to rows of different adapters in the same step.

Resident adapters live in slots of stacked tensors, one pair per adapted linear layer:
A [slots, in, rank] and B [slots, rank, out] (the LoRA scale folded into B). Each row of a
step names its slot; the delta for all rows is computed at once: with one adapter in the
step, two plain matmuls; with several, the rows' A and B are gathered and multiplied as one
batched matmul (a gathered BGMV, as in S-LoRA/Punica), never one pass per adapter. Slot 0 is
all zeros: a row without an adapter is the base model.

The pool keeps adapters least-recently-used within a byte budget; an adapter decoding rows is
pinned and never evicted. Loading is the caller's `loader` (the bot store): peft's
`adapter_model.safetensors` tensors and `adapter_config.json`.
"""

from __future__ import annotations

import json
import re
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import torch

from engine.gpt2 import GPT2, LINEARS, Shape

ONNX_ADAPTER_DTYPE = torch.float16  # the pool's slots when the ONNX graph reads them (stacked fp32)
PEFT_KEY = re.compile(r"h\.(\d+)\.(attn\.c_attn|attn\.c_proj|mlp\.c_fc|mlp\.c_proj)\.lora_([AB])")
TARGET_NAMES = {"c_attn": ("attn.c_attn",), "c_proj": ("attn.c_proj", "mlp.c_proj"),
                "c_fc": ("mlp.c_fc",)}  # fmt: skip


class AdapterError(ValueError):
    """An adapter that cannot be served on this base (shape, rank, or files)."""


@dataclass
class Adapter:
    """What a loader returns: peft tensors and config."""

    tensors: dict[str, torch.Tensor]
    rank: int
    alpha: float


def load_peft(folder: Path) -> Adapter:
    """An adapter saved by peft (`save_pretrained`): its tensors, rank and alpha."""
    from safetensors.torch import load_file

    config = json.loads((folder / "adapter_config.json").read_text())
    return Adapter(
        load_file(folder / "adapter_model.safetensors"), config["r"], config["lora_alpha"]
    )


def linear_io(shape: Shape, name: str) -> tuple[int, int]:
    """(in, out) features of one of GPT-2's adapted linear layers."""
    e = shape.n_embd
    return {"attn.c_attn": (e, 3 * e), "attn.c_proj": (e, e), "mlp.c_fc": (e, 4 * e),
            "mlp.c_proj": (4 * e, e)}[name]  # fmt: skip


def adapter_bytes(shape: Shape, rank: int, dtype: torch.dtype) -> int:
    """What one resident adapter takes in an AdapterPool (A and B of every adapted layer, in the
    base's dtype): the unit of the adapter budget. GPT-2 124M, rank 8: 2.25 MiB in bf16."""
    per_layer = sum(sum(linear_io(shape, name)) for name in LINEARS)
    return shape.n_layer * per_layer * rank * dtype.itemsize


@dataclass
class PoolStats:
    loads: int = 0
    evictions: int = 0
    load_seconds: list[float] = field(default_factory=list)


class AdapterPool:
    def __init__(
        self,
        model: GPT2 | Shape,
        loader: Callable[[str], Adapter],
        *,
        rank: int = 8,
        budget_bytes: int = 2 << 30,
        device: torch.device | None = None,
        dtype: torch.dtype | None = None,
    ) -> None:
        """`model`: the torch base whose `linear` the pool extends, or only the base's Shape
        when another runtime does the arithmetic (the ONNX graph reads `a` and `b` itself);
        `dtype`: the slots' dtype, by default the torch base's."""
        self.model = model if isinstance(model, GPT2) else None
        self.loader = loader
        self.rank = rank
        self.device = device or torch.device("cpu")
        self.dtype = dtype or next(iter(model.params.values())).dtype
        s = model.shape if isinstance(model, GPT2) else model
        self.layers = [
            (f"h.{layer}.{name}", *linear_io(s, name))
            for layer in range(s.n_layer)
            for name in LINEARS
        ]
        self.slot_bytes = adapter_bytes(s, rank, self.dtype)
        self.capacity = max(1, budget_bytes // self.slot_bytes)  # adapters resident at most
        self.a: dict[str, torch.Tensor] = {}
        self.b: dict[str, torch.Tensor] = {}
        self._allocate(self.capacity + 1)
        self.resident: OrderedDict[str, int] = OrderedDict()  # name -> slot, LRU first
        self.pins: dict[str, int] = {}
        self.free = list(range(self.slots - 1, 0, -1))
        self.stats = PoolStats()
        self.loaded = [0] * self.slots  # per slot: the load that filled it (stats.loads then)

    @property
    def slots(self) -> int:
        return next(iter(self.a.values())).shape[0]

    def _allocate(self, slots: int) -> None:
        """Every slot at once, uninitialised: on a CPU no page is touched until an adapter is
        loaded into it (so the budget costs nothing unused), and a growing pool never stalls
        a step to copy itself. Slot 0 (no adapter) is zeros."""
        for name, fan_in, fan_out in self.layers:
            a = torch.empty(slots, fan_in, self.rank, dtype=self.dtype, device=self.device)
            b = torch.empty(slots, self.rank, fan_out, dtype=self.dtype, device=self.device)
            a[0].zero_()
            b[0].zero_()
            self.a[name], self.b[name] = a, b

    def resident_bytes(self) -> int:
        return len(self.resident) * self.slot_bytes

    # -- residency --------------------------------------------------------------------------------

    def acquire(self, name: str) -> int:
        """The adapter's slot, loaded on first use (evicting the least recently used unpinned
        adapter when the budget is full); pinned until `release`."""
        if name in self.resident:
            self.resident.move_to_end(name)
        else:
            self._load(name)
        self.pins[name] = self.pins.get(name, 0) + 1
        return self.resident[name]

    def can_acquire(self, name: str, also: set[str] = frozenset()) -> bool:
        """Whether `acquire(name)` will find a slot once `also` are acquired too: the adapters
        pinned then must fit the pool (any other resident one can be evicted)."""
        return len(set(self.pins) | set(also) | {name}) <= self.capacity

    def release(self, name: str) -> None:
        self.pins[name] -= 1
        if not self.pins[name]:
            del self.pins[name]

    def pinned(self, name: str) -> bool:
        """Whether a request decoding now holds the adapter."""
        return name in self.pins

    def forget(self, name: str) -> None:
        """Drop an adapter that changed or was removed from the store (when not in use)."""
        if name in self.resident and name not in self.pins:
            self.free.append(self.resident.pop(name))

    def _slot(self) -> int:
        if self.free:
            return self.free.pop()
        for victim in self.resident:  # least recently used first
            if victim not in self.pins:
                self.stats.evictions += 1
                return self.resident.pop(victim)
        raise AdapterError(
            f"all {self.capacity} adapter slots are decoding; raise the adapter budget"
        )

    @torch.inference_mode()
    def _load(self, name: str) -> None:
        started = time.perf_counter()
        adapter = self.loader(name)
        if adapter.rank > self.rank:
            raise AdapterError(f"adapter rank {adapter.rank} is above this server's {self.rank}")
        parts: dict[str, dict[str, torch.Tensor]] = {}
        for key, tensor in adapter.tensors.items():
            match = PEFT_KEY.search(key)
            if match is None:
                raise AdapterError(f"unexpected tensor {key!r} in the adapter")
            layer, linear, kind = match.groups()
            parts.setdefault(f"h.{layer}.{linear}", {})[kind] = tensor
        shapes = {name: (i, o) for name, i, o in self.layers}
        for linear, pair in parts.items():
            fan_in, fan_out = shapes.get(linear, (None, None))
            a, b = pair.get("A"), pair.get("B")
            if (
                a is None
                or b is None
                or a.shape != (adapter.rank, fan_in)
                or b.shape
                != (
                    fan_out,
                    adapter.rank,
                )
            ):
                raise AdapterError(f"adapter {linear} does not fit this base ({fan_in}->{fan_out})")
        slot = self._slot()
        scale = adapter.alpha / adapter.rank
        for linear, _, _ in self.layers:
            self.a[linear][slot].zero_()
            self.b[linear][slot].zero_()
            if linear in parts:
                r = adapter.rank
                self.a[linear][slot, :, :r] = parts[linear]["A"].t().to(self.dtype)
                self.b[linear][slot, :r] = (parts[linear]["B"].t().float() * scale).to(self.dtype)
        self.resident[name] = slot
        self.stats.loads += 1
        self.loaded[slot] = self.stats.loads
        self.stats.load_seconds.append(time.perf_counter() - started)

    # -- arithmetic -------------------------------------------------------------------------------

    def linear(self, slots: torch.Tensor) -> Callable[[str, torch.Tensor], torch.Tensor]:
        """GPT2.linear plus each row's adapter delta; `slots` [rows] names each row's slot."""
        distinct = torch.unique(slots)
        model = self.model
        if len(distinct) == 1:
            slot = int(distinct[0])
            if slot == 0:
                return model.linear

            def one(name: str, x: torch.Tensor) -> torch.Tensor:
                return model.linear(name, x) + (x @ self.a[name][slot]) @ self.b[name][slot]

            return one

        def gathered(name: str, x: torch.Tensor) -> torch.Tensor:
            a = self.a[name].index_select(0, slots)
            b = self.b[name].index_select(0, slots)
            return model.linear(name, x) + torch.bmm(torch.bmm(x, a), b)

        return gathered


class AdapterStack:
    """A step's distinct adapters side by side, for a runtime that takes them as inputs (the
    ONNX graph: per adapted layer `lora_a.<layer>` [C, in] and `lora_b.<layer>` [C, out], fp32,
    C = positions x rank; row p*rank..(p+1)*rank holds the adapter at position p).

    Positions are kept across steps: an adapter stays where it is while it decodes, a new one
    takes the lowest free position (its rank rows copied from the pool, a few MB), and a
    finished one's position is free for the next; the step's inputs are the first `used`
    positions, contiguous views of kept buffers. So a step that changes a few rows copies a
    few adapters, never the whole stack, and steady decoding copies nothing. Holes (free
    positions below the highest used one) are zero-masked columns; when they are more than
    the adapters in use, positions are reassigned densely.
    """

    def __init__(self, pool: AdapterPool, positions: int) -> None:
        self.pool = pool
        self.capacity = positions
        r = pool.rank
        # uninitialised: a position is below `used` only once written (lowest free first)
        self.a = {n: torch.empty(positions * r, i) for n, i, _ in pool.layers}
        self.b = {n: torch.empty(positions * r, o) for n, _, o in pool.layers}
        self.held: list[tuple[int, int] | None] = [None] * positions  # (slot, its load)
        self.version = 0  # moves whenever the inputs' contents or length change

    @property
    def used(self) -> int:
        filled = [p for p, held in enumerate(self.held) if held is not None]
        return filled[-1] + 1 if filled else 0

    def place(self, slots: list[int]) -> list[int]:
        """Each row's position (rows name pool slots), copying in the adapters not in place."""
        want = {slot: self.pool.loaded[slot] for slot in dict.fromkeys(slots)}
        if len(want) > self.capacity:
            raise AdapterError(f"{len(want)} adapters in one step; the stack holds {self.capacity}")
        changed, where = False, {}
        for p, held in enumerate(self.held):  # kept if wanted and not reloaded since
            if held is not None and want.get(held[0]) == held[1] and held[0] not in where:
                where[held[0]] = p
            elif held is not None:
                self.held[p], changed = None, True
        missing = [slot for slot in want if slot not in where]
        free = [p for p, held in enumerate(self.held) if held is None]
        end = max([*where.values(), *free[: len(missing)]], default=-1) + 1
        if end > 2 * len(want):  # more holes than adapters: dense again
            self.held, where, missing = [None] * self.capacity, {}, list(want)
            free, changed = list(range(self.capacity)), True
        for slot, p in zip(missing, free, strict=False):
            self._copy(slot, p)
            self.held[p], where[slot], changed = (slot, want[slot]), p, True
        self.version += changed
        return [where[slot] for slot in slots]

    @torch.inference_mode()
    def _copy(self, slot: int, position: int) -> None:
        rows = slice(position * self.pool.rank, (position + 1) * self.pool.rank)
        for name, _, _ in self.pool.layers:
            self.a[name][rows] = self.pool.a[name][slot].t()
            self.b[name][rows] = self.pool.b[name][slot]

    def inputs(self) -> dict[str, torch.Tensor]:
        """The graph's adapter inputs: the used positions of every layer's A and B."""
        columns = self.used * self.pool.rank
        stacked = {f"lora_a.{n}": a[:columns] for n, a in self.a.items()}
        return stacked | {f"lora_b.{n}": b[:columns] for n, b in self.b.items()}
