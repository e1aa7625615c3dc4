"""Which engine answers a request: the archive's own bot, or a bot of the bot store.

A dedicated archive holds one bot: every request goes to its engine. The multiplexed model
(the archive `bots.mar`, whose model-config names a `bot_store`) serves every bot of the
store: TorchServe hands over the bot's name as the `url_path` header
(`POST /predictions/bots/1.0/<name>`, which the front makes of `POST /predictions/<name>`), and
`engine.multiplex.Bots` finds the engine (a base's, with the bot's adapter, or a full bot's).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generation_request import excerpt
from transformers import AutoTokenizer

from engine import Engine, EngineConfig, load_backend
from engine.multiplex import BaseNotHeld, Bots, UnknownBot
from engine.settings import ServingSettings
from engine.store import BotStore, StoreError

URL_PATH = "url_path"


class RouteError(LookupError):
    """A request no engine can take: its status code and message."""

    def __init__(self, code: int, kind: str, message: str) -> None:
        super().__init__(message)
        self.code, self.kind = code, kind


@dataclass
class Route:
    engine: Engine
    adapter: str | None  # the LoRA adapter to name in the engine's request
    bot: str  # the bot's name, for metrics


class OneBot:
    """A dedicated archive: its own engine for every request."""

    def __init__(
        self, model_dir: Path, name: str, settings: ServingSettings, gpu_id, config: EngineConfig
    ):
        tokenizer = AutoTokenizer.from_pretrained(model_dir)
        backend = load_backend(
            model_dir,
            tokenizer.eos_token_id,
            gpu_id=gpu_id,
            threads=settings.threads,
            dtype=settings.dtype,
            kv_dtype=settings.kv_dtype,
        )
        self.engine = Engine(backend, tokenizer, config)
        self.name = name

    def route(self, headers: dict) -> Route:
        return Route(self.engine, None, self.name)

    def engines(self) -> list[Engine]:
        return [self.engine]

    def residency(self) -> dict[str, float]:
        return {}


class StoreBots:
    """The multiplexed model: every bot of the store."""

    def __init__(self, settings: ServingSettings, gpu_id, config: EngineConfig) -> None:
        if settings.threads:  # as a dedicated archive's torch backend does
            import torch

            torch.set_num_threads(settings.threads)
        device = f"cuda:{gpu_id}" if gpu_id is not None and _cuda() else "cpu"
        self.bots = Bots(
            BotStore(Path(settings.bot_store)),
            AutoTokenizer.from_pretrained,
            config,
            settings.limits(device),
            set(settings.bases) or None,
        )

    def route(self, headers: dict) -> Route:
        name = next((str(v) for k, v in headers.items() if str(k).lower() == URL_PATH), "")
        name = name.strip("/")
        shown = excerpt(name)
        if not name:
            raise RouteError(404, "UnknownBot", "no bot named: POST /predictions/<bot name>")
        try:
            engine, adapter, record = self.bots.resolve(name)
        except UnknownBot:
            raise RouteError(404, "UnknownBot", f"no bot named {shown}") from None
        except StoreError:
            raise RouteError(404, "UnknownBot", f"no bot named {shown}") from None
        except BaseNotHeld as error:
            raise RouteError(409, "BaseNotHeld", str(error)) from None
        return Route(engine, adapter, record.name)

    def engines(self) -> list[Engine]:
        return self.bots.engines()

    def residency(self) -> dict[str, float]:
        return self.bots.residency()


def _cuda() -> bool:
    import torch

    return torch.cuda.is_available()
