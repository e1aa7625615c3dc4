"""The real service for a benchmark: the nginx front and TorchServe on free loopback ports.

Clients go through the front as real clients do (API key, routing, X-Request-Start), with the
per-key rate limit raised so that the benchmark's own clients are never turned away.
"""

from __future__ import annotations

import socket
from pathlib import Path

from serving.front import FrontSettings
from serving.keys import KeyStore
from serving.server import Service

KEY = "bench"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_service(
    root: Path,
    model_store: Path,
    bot_store: Path | None = None,
    bots_config: Path | None = None,
) -> tuple[Service, str]:
    """The service serving `model_store` (and `bot_store` through `bots.mar`); its API key."""
    keys = KeyStore(root / "api_keys.json")
    key = keys.create(KEY).key
    settings = FrontSettings.load(
        listen=f"127.0.0.1:{free_port()}",
        keys_file=str(keys.path),
        rate_per_minute=1_000_000,
        burst=10_000,
    )
    service = Service.open(
        root / "serve", settings, {"metrics_address": f"http://127.0.0.1:{free_port()}"}
    )
    model_store.mkdir(parents=True, exist_ok=True)
    service.start(model_store, timeout=600, bot_store=bot_store, bots_config=bots_config)
    return service, key
