"""Every bot of a bot store behind one server: adapters share bases, full bots share memory.

- Adapter bots: one engine per base (by content hash), holding the base once and an
  `AdapterPool` of the bots' adapters; rows of different bots of one base decode in the same
  step. An adapter whose base the store does not hold (or the server was not given) is
  refused with `BaseNotHeld`.
- Full bots: an engine each, kept least-recently-used within a byte budget; an engine with
  requests in flight is never evicted.
- A bot published again (a new version) is reloaded on its next request; a removed bot is
  unknown from its next request on.

Used by the TorchServe handler of the multiplexed model and by `make generate`.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import torch

from engine.backends import TorchBackend, choose_dtype, choose_kv_dtype, load_weights
from engine.core import Engine, EngineConfig
from engine.gpt2 import GPT2
from engine.lora import AdapterPool, load_peft
from engine.store import BotRecord, BotStore

logger = logging.getLogger(__name__)


class UnknownBot(LookupError):
    """No bot of that name in the store."""


class BaseNotHeld(LookupError):
    """An adapter bot whose base this server does not hold."""


@dataclass
class Limits:
    adapter_budget_bytes: int = 2 << 30  # resident adapters, per base
    full_budget_bytes: int = 4 << 30  # resident full bots' weights and caches
    rank: int = 8  # highest LoRA rank served
    dtype: str = "auto"
    kv_dtype: str = "auto"
    device: str = "cpu"


class Bots:
    def __init__(
        self,
        store: BotStore,
        tokenizer_for,
        config: EngineConfig,
        limits: Limits | None = None,
        bases: set[str] | None = None,
    ) -> None:
        """`tokenizer_for(folder)` loads a tokenizer; `bases`: the base hashes this server
        may hold (None: every base in the store)."""
        self.store = store
        self.tokenizer_for = tokenizer_for
        self.config = config
        self.limits = limits or Limits()
        self.allowed = bases
        self.device = torch.device(self.limits.device)
        self.dtype = choose_dtype(self.limits.dtype, self.device)
        self.kv_dtype = choose_kv_dtype(self.limits.kv_dtype, self.dtype, self.device)
        self.base_engines: dict[str, Engine] = {}
        self.full: OrderedDict[str, tuple[Engine, int, str]] = OrderedDict()
        self.versions: dict[str, str] = {}  # adapter bot -> version its pool holds
        self.full_loads = self.full_evictions = 0

    def engines(self) -> list[Engine]:
        return [*self.base_engines.values(), *(entry[0] for entry in self.full.values())]

    def resolve(self, name: str) -> tuple[Engine, str | None, BotRecord]:
        """The engine that serves `name`, and the adapter to name in its requests."""
        record = self.store.record(name)
        if record is None:
            raise UnknownBot(name)
        if record.kind == "full":
            return self._full(record), None, record
        base_hash = record.base.get("hash")
        held = self.store.bases()
        if base_hash not in held or (self.allowed is not None and base_hash not in self.allowed):
            raise BaseNotHeld(
                f"bot {name} is a LoRA adapter on base {record.base.get('name')} "
                f"({str(base_hash)[:19]}...), which this server does not hold"
            )
        engine = self.base_engines.get(base_hash) or self._base(base_hash, held[base_hash])
        if self.versions.get(name, record.version) != record.version:
            engine.adapters.forget(name)  # republished: load the new version on next use
        self.versions[name] = record.version
        return engine, name, record

    def _base(self, base_hash: str, folder: Path) -> Engine:
        shape, weights = load_weights(folder)
        model = GPT2(shape, weights, self.dtype)
        pool = AdapterPool(
            model,
            lambda bot: load_peft(self.store.path(bot)),
            rank=self.limits.rank,
            budget_bytes=self.limits.adapter_budget_bytes,
            device=self.device,
        )
        tokenizer = self.tokenizer_for(folder)
        backend = TorchBackend(model, self.device, tokenizer.eos_token_id, pool, self.kv_dtype)
        engine = Engine(backend, tokenizer, self.config)
        self.base_engines[base_hash] = engine
        logger.info("base %s held (%s)", base_hash[:19], self.dtype)
        return engine

    def _full(self, record: BotRecord) -> Engine:
        entry = self.full.get(record.name)
        if entry is not None and entry[2] == record.version:
            self.full.move_to_end(record.name)
            return entry[0]
        if entry is not None and not entry[0].has_unfinished():
            del self.full[record.name]  # republished: the old version goes
        folder = self.store.path(record.name)
        shape, weights = load_weights(folder)
        size = sum(t.numel() for t in weights.values()) * self.dtype.itemsize
        self._make_room(size)
        tokenizer = self.tokenizer_for(folder)
        backend = TorchBackend(
            GPT2(shape, weights, self.dtype), self.device, tokenizer.eos_token_id
        )
        engine = Engine(backend, tokenizer, self.config)
        self.full[record.name] = (engine, size, record.version)
        self.full_loads += 1
        return engine

    def _make_room(self, size: int) -> None:
        """Evict idle full bots, least recently used first, until `size` more bytes fit."""
        for name in list(self.full):
            if (
                sum(entry[1] for entry in self.full.values()) + size
                <= self.limits.full_budget_bytes
            ):
                return
            if not self.full[name][0].has_unfinished():
                del self.full[name]
                self.full_evictions += 1

    def residency(self) -> dict[str, float]:
        """What is in memory now: adapters, their bytes, full bots, their bytes."""
        pools = [engine.adapters for engine in self.base_engines.values()]
        return {
            "adapters": sum(len(pool.resident) for pool in pools),
            "adapter_bytes": sum(pool.resident_bytes() for pool in pools),
            "adapter_loads": sum(pool.stats.loads for pool in pools),
            "adapter_evictions": sum(pool.stats.evictions for pool in pools),
            "full_bots": len(self.full),
            "full_bytes": sum(entry[1] for entry in self.full.values()),
            "full_loads": self.full_loads,
            "full_evictions": self.full_evictions,
        }
