"""The real service for a benchmark: the nginx front and TorchServe on free loopback ports.

Clients go through the front as real clients do (API key, routing, X-Request-Start), with the
per-key rate limit raised so that the benchmark's own clients are never turned away.
"""

from __future__ import annotations

import socket
import tempfile
from pathlib import Path

import yaml

from engine.store import BotRecord, BotStore
from serving.front_settings import FrontSettings
from serving.keys import KeyStore
from serving.supervisor import MODEL_CONFIG, Service

KEY = "bench"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_service(
    root: Path, bot_store: Path, model_config: Path = MODEL_CONFIG, **front
) -> tuple[Service, str]:
    """The service serving `bot_store` with `model_config` as its model's settings (and
    `front` as front.yaml overrides); its key (admin scope: it may make bots too)."""
    keys = KeyStore(root / "api_keys.json")
    key = keys.create(KEY, scope="admin").key
    settings = FrontSettings.load(
        listen=f"127.0.0.1:{free_port()}",
        keys_file=str(keys.path),
        rate_per_minute=1_000_000,
        burst=10_000,
        jobs_dir=str(root / "jobs"),
        **front,
    )
    service = Service.open(
        root / "serve", settings, {"metrics_address": f"http://127.0.0.1:{free_port()}"}
    )
    service.start(bot_store, model_config, timeout=600)
    return service, key


def publish_full_bot(name: str, folder: Path, bot_store: Path) -> None:
    """An exported model folder (weights, tokenizer, ONNX graphs) as a full bot of the store."""
    files = [p for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(".")]
    record = BotRecord(name=name, kind="full", base={"name": "random weights", "hash": None})
    BotStore(bot_store).publish(record, files)


def publish_adapter_bot(name: str, base: Path, bot_store: Path, seed: int = 0) -> None:
    """A rank-8 LoRA adapter on the model in `base` (training's targets; B drawn at random,
    peft's zeros would make it the bare base), published as an adapter bot of the store, with
    the base kept once and its adapter graph built (as training's publish does)."""
    import torch
    from transformers import GPT2LMHeadModel

    from engine.config import BotLimits
    from engine.onnx_graph import adapter_graphs
    from training.lora import DEFAULT_TARGETS, add_adapters, save_adapter

    store = BotStore(bot_store)
    store.root.mkdir(parents=True, exist_ok=True)
    base_hash = store.add_base(base, "random weights")
    model = add_adapters(GPT2LMHeadModel.from_pretrained(base), 8, 16.0, 0.0, DEFAULT_TARGETS)
    torch.manual_seed(seed)
    with torch.no_grad():
        for key, parameter in model.named_parameters():
            if "lora_B" in key:
                parameter.normal_(0, 0.02)
    with tempfile.TemporaryDirectory() as folder:
        save_adapter(model, Path(folder))
        record = BotRecord(
            name=name, kind="adapter", base={"name": "random weights", "hash": base_hash}, rank=8
        )
        store.publish(record, sorted(Path(folder).iterdir()))
    adapter_graphs(store.base_dir(base_hash), BotLimits.rank)


def serving_config(model_config: Path, target: Path, **changes) -> Path:
    """`model_config` with top-level changes (`handler={...}` merged into its section)."""
    settings = yaml.safe_load(model_config.read_text())
    settings.setdefault("handler", {}).update(changes.pop("handler", {}))
    settings.update(changes)
    target.write_text(yaml.safe_dump(settings, sort_keys=False))
    return target
