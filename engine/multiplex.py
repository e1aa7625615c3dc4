"""Every bot of a bot store behind one server: the one way any bot is served.

- Adapter bots: one engine per base (by content hash), holding the base once and an
  `AdapterPool` of the bots' adapters; rows of different bots of one base decode in the same
  step. An adapter whose base the store does not hold (or the server was not given) is
  refused with `BaseNotHeld`.
- Full bots: an engine each, on the backend their files allow (ONNX Runtime int8 when the
  published version holds the graph, else torch; `BotLimits.full_backend` insists on one), kept
  least-recently-used within a byte budget; an engine with requests in flight is never evicted.
- One reload rule for every bot: a bot published again is served in its new version from its
  next request, while requests already admitted finish on the old one (an adapter is pooled
  under `<bot>@<version>`; a full bot's old engine is stepped until it drains); a removed bot
  is unknown from its next request on.

Used by the TorchServe handler (through engine.driver) and by `make generate`.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import torch

from engine.backends import (
    OnnxBackend,
    TorchBackend,
    adapter_backend,
    choose_dtype,
    choose_kv_dtype,
    load_backend,
    load_weights,
)
from engine.config import BotLimits, EngineConfig
from engine.core import Engine, Fairness
from engine.errors import BaseNotHeld, UnknownBot
from engine.gpt2 import GPT2, Shape
from engine.lora import ONNX_ADAPTER_DTYPE, AdapterPool, load_peft
from engine.onnx_graph import adapter_graphs
from engine.store import BotRecord, BotStore, StoreError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Route:
    """Where a bot's requests go: its engine, the adapter key to name, its published record."""

    engine: Engine
    adapter: str | None
    record: BotRecord

    @property
    def bot(self) -> str:
        return self.record.name


@dataclass
class FullBot:
    engine: Engine
    bytes: int
    version: str


def adapter_key(record: BotRecord) -> str:
    """An adapter's pool key: a republished bot is another adapter, so requests admitted
    before the switch finish on the version they started with."""
    return f"{record.name}@{record.version}"


@dataclass
class Bots:
    store: BotStore
    tokenizer_for: object  # folder -> tokenizer (AutoTokenizer.from_pretrained)
    config: EngineConfig = field(default_factory=EngineConfig)
    limits: BotLimits = field(default_factory=BotLimits)
    bases: set[str] | None = None  # the base hashes this server may hold (None: every one)
    gpu_id: int | None = None

    def __post_init__(self) -> None:
        self.device = torch.device(self.limits.device)
        self.dtype = choose_dtype(self.limits.dtype, self.device)
        self.kv_dtype = choose_kv_dtype(self.limits.kv_dtype, self.dtype, self.device)
        self.base_engines: dict[str, Engine] = {}
        self.full: OrderedDict[str, FullBot] = OrderedDict()
        self.retiring: list[Engine] = []  # replaced full bots' engines, stepped until drained
        self.pooled: dict[str, str] = {}  # adapter bot -> the key its newest version pools as
        self.full_loads = self.full_evictions = 0
        self._scratch: tempfile.TemporaryDirectory | None = None
        # one row budget for every engine: the machine is what they share
        self.fairness = Fairness(self.config.max_rows, self.config.fair_share_rows)

    def engines(self) -> list[Engine]:
        """Every engine that may have work: bases, full bots, and replaced ones draining."""
        self.retiring = [engine for engine in self.retiring if engine.has_unfinished()]
        return [*self.base_engines.values(), *(bot.engine for bot in self.full.values()),
                *self.retiring]  # fmt: skip

    def resolve(self, name: str) -> Route:
        """The engine that serves `name` now, and the adapter key to name in its requests."""
        try:
            record = self.store.record(name)
        except StoreError:
            record = None
        if record is None:
            raise UnknownBot(f"no bot named {name!r}", "model")
        if record.kind == "full":
            return Route(self._full(record), None, record)
        base_hash = record.base.get("hash")
        held = self.store.bases()
        if base_hash not in held or (self.bases is not None and base_hash not in self.bases):
            raise BaseNotHeld(
                f"bot {name} is a LoRA adapter on base {record.base.get('name')} "
                f"({str(base_hash)[:19]}...), which this server does not hold"
            )
        engine = self.base_engines.get(base_hash) or self._base(base_hash, held[base_hash])
        key = adapter_key(record)
        previous = self.pooled.get(name)
        if previous is not None and previous != key:
            engine.adapters.forget(previous)  # unpinned: gone now; pinned: evicted later by LRU
        self.pooled[name] = key
        return Route(engine, key, record)

    def _load_adapter(self, key: str):
        name, _, version = key.partition("@")
        folder = self.store.root / ".versions" / version
        if not folder.is_dir():
            raise StoreError(f"bot {name}'s version {version} is no longer in the store")
        return load_peft(folder)

    def _base(self, base_hash: str, folder: Path) -> Engine:
        tokenizer = self.tokenizer_for(folder)
        budget, rank = self.limits.adapter_budget_bytes, self.limits.rank
        graphs = None
        if adapter_backend(self.limits, self.device) == "onnx":
            try:
                graphs = adapter_graphs(folder, rank, self.scratch())
            except Exception as error:  # e.g. a serving image without the onnx exporter
                if self.limits.adapter_backend != "auto":
                    raise
                logger.warning(
                    "base %s: no int8 adapter graph (%s: %s), its adapter bots decode on torch",
                    base_hash[:19], type(error).__name__, error,
                )  # fmt: skip
        if graphs is not None:
            shape = Shape.from_config(json.loads((folder / "config.json").read_text()))
            pool = AdapterPool(
                shape, self._load_adapter, rank=rank, budget_bytes=budget, dtype=ONNX_ADAPTER_DTYPE
            )
            threads = self.limits.threads or os.cpu_count() or 1
            torch.set_num_threads(1)  # sampling's small ops must not fight ONNX Runtime's threads
            eos, rows = tokenizer.eos_token_id, self.config.max_rows
            backend = OnnxBackend(graphs["stacked"], shape, None, threads, eos, pool,
                                  adapter_positions=rows, gathered=graphs["gathered"])  # fmt: skip
        else:
            model = GPT2(*load_weights(folder), self.dtype)
            pool = AdapterPool(
                model, self._load_adapter, rank=rank, budget_bytes=budget, device=self.device
            )
            backend = TorchBackend(model, self.device, tokenizer.eos_token_id, pool, self.kv_dtype)
        engine = Engine(backend, tokenizer, self.config, self.fairness)
        self.base_engines[base_hash] = engine
        logger.info("base %s held (%s %s)", base_hash[:19], type(backend).__name__, backend.dtype)
        return engine

    def scratch(self) -> Path:
        """This server's own folder for graphs it cannot keep in the store (removed at exit)."""
        if self._scratch is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="tweetbots-bots.")
        return Path(self._scratch.name)

    def _full(self, record: BotRecord) -> Engine:
        current = self.full.get(record.name)
        if current is not None and current.version == record.version:
            self.full.move_to_end(record.name)
            return current.engine
        if current is not None:  # republished: the old engine drains, new requests go on
            del self.full[record.name]
            if current.engine.has_unfinished():
                self.retiring.append(current.engine)
        folder = self.store.version_dir(record)
        tokenizer = self.tokenizer_for(folder)
        backend = load_backend(
            folder,
            tokenizer.eos_token_id,
            backend=self.limits.full_backend,
            gpu_id=self.gpu_id,
            threads=self.limits.threads,
            dtype=self.limits.dtype,
            kv_dtype=self.limits.kv_dtype,
        )
        size = model_bytes(folder, backend)
        self._make_room(size)
        engine = Engine(backend, tokenizer, self.config, self.fairness)
        self.full[record.name] = FullBot(engine, size, record.version)
        self.full_loads += 1
        logger.info(
            "full bot %s loaded (%s %s)", record.name, type(backend).__name__, backend.dtype
        )
        return engine

    def _make_room(self, size: int) -> None:
        """Evict idle full bots, least recently used first, until `size` more bytes fit."""
        for name in list(self.full):
            if sum(bot.bytes for bot in self.full.values()) + size <= self.limits.full_budget_bytes:
                return
            if not self.full[name].engine.has_unfinished():
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
            "full_bytes": sum(bot.bytes for bot in self.full.values()),
            "full_loads": self.full_loads,
            "full_evictions": self.full_evictions,
        }

    def resident_adapters(self) -> dict[str, str]:
        """Each resident adapter's bot and state: `running` (pinned by a request) or `idle`."""
        states = {}
        for engine in self.base_engines.values():
            pool = engine.adapters
            for key in pool.resident:
                states[key.partition("@")[0]] = "running" if pool.pinned(key) else "idle"
        return states


def model_bytes(folder: Path, backend) -> int:
    """The bytes a full bot's weights take in memory (its graph's or its tensors')."""
    if isinstance(backend, TorchBackend):
        return sum(p.numel() * p.element_size() for p in backend.model.parameters())
    onnx = getattr(backend, "path", None)
    return Path(onnx).stat().st_size if onnx else 0


def adapter_lists(bots: Bots) -> dict[str, list[str] | int]:
    """Which bots' adapters are resident, running (pinned by a request) and waiting (requests
    queued for admission), and how many adapters fit at once: what vLLM's lora_requests_info
    tells an adapter-aware router."""
    states = bots.resident_adapters()
    engines = bots.base_engines.values()
    return {
        "running": sorted(bot for bot, state in states.items() if state == "running"),
        "waiting": sorted({bot for engine in engines for bot in engine.scheduler.queues}),
        "resident": sorted(states),
        "max_lora": sum(engine.adapters.capacity for engine in engines),
    }
