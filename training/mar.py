"""TorchServe model archives: `bots.mar` for the bot store, `<bot>.mar` for one bot.

Both hold the same handler (handlers/tweetbot_handler.py), the engine package and a
model-config.yaml; they differ only in where the bots come from:
- `bots.mar` (built by `make serve`): its handler settings name the bot store, so it serves
  every bot in it, those published while it runs included. This is what the service runs.
- `model_store/<bot>.mar` (built by `make train` for a full bot): the bot's published version
  (its store folder: ONNX graph, weights, tokenizer, card, bot.json) packed inside, for any
  TorchServe to serve on its own (`torchserve --models <bot>.mar`), through the same handler.

torch-model-archiver writes into a private folder beside the model store, and the finished
archive is renamed into place, so TorchServe never loads a half-written `.mar`.

Usage: python -m training.mar --name NAME [--bot_store bots] [--model_store model_store]
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from model_archiver.model_archiver_config import ModelArchiverConfig
from model_archiver.model_packaging import generate_model_archive
from transformers import HfArgumentParser

from engine.names import SERVING_MODEL, SERVING_VERSION
from engine.settings import ServingSettings, SettingsError
from engine.store import BotStore
from training.errors import TweetbotsError, run_stage

ROOT = Path(__file__).resolve().parent.parent
HANDLERS = ROOT / "handlers"
HANDLER = HANDLERS / "tweetbot_handler.py"
HANDLER_MODULES = sorted(p.name for p in HANDLERS.glob("*.py") if p != HANDLER)  # at the root
ENGINE = ROOT / "engine"  # shipped as a package: `engine/` at the archive's root
DEFAULT_MODEL_CONFIG = HANDLERS / "model-config.yaml"
BACKENDS = ("onnx", "torch")


def check_settings(model_config: Path, backend: str) -> None:
    """The archive's settings, checked by `make train` before any work and again here."""
    if backend not in BACKENDS:
        raise TweetbotsError(f"BACKEND must be one of {', '.join(BACKENDS)}, got {backend!r}")
    if not model_config.exists():
        raise TweetbotsError(f"model config not found: {model_config}")
    try:
        settings = yaml.safe_load(model_config.read_text()) or {}
        ServingSettings.from_section(settings.get("handler"))
    except (yaml.YAMLError, SettingsError, AttributeError) as error:
        raise TweetbotsError(f"{model_config}: {str(error).splitlines()[0]}") from None


def build_archive(name: str, bot_store: Path, model_store: Path, model_config: Path) -> Path:
    """`model_store/<name>.mar`: the bot's published version with the handler."""
    store = BotStore(bot_store)
    record = store.record(name)
    if record is None:
        raise TweetbotsError(f"no bot {name} in {bot_store}: publish it first (make train)")
    if record.kind != "full":
        raise TweetbotsError(f"{name} is a LoRA adapter: it is served from the bot store only")
    check_settings(model_config, "onnx")
    files = sorted(p for p in store.version_dir(record).iterdir() if p.is_file())
    target = package(name, files, model_store, model_config.read_text())
    print(f"archived {name} -> {target}")
    return target


def build_bots_archive(bot_store: Path, model_store: Path, model_config: Path) -> Path:
    """`model_store/bots.mar`: every bot of `bot_store` (no weights inside: the handler reads
    the store). Its settings are `model_config`'s, with the store's absolute path added."""
    settings = yaml.safe_load(model_config.read_text())
    settings.setdefault("handler", {})["bot_store"] = str(bot_store.resolve())
    return package(SERVING_MODEL, [], model_store, yaml.safe_dump(settings, sort_keys=False))


def package(name: str, files: list[Path], model_store: Path, model_config: str) -> Path:
    """torch-model-archiver into a private folder beside the store, then renamed into place:
    `files`, the handler modules, the engine package and the TorchServe settings
    `model_config` (model-config.yaml's text)."""
    model_store.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=model_store.resolve().parent, prefix=f".{name}.mar."))
    try:
        extra = [str(p) for p in files] + [str(HANDLERS / module) for module in HANDLER_MODULES]
        config = staging / "config" / "model-config.yaml"
        config.parent.mkdir()
        config.write_text(model_config)
        packages = staging / "packages"  # the archiver copies a folder's contents to the root
        shutil.copytree(
            ENGINE, packages / ENGINE.name, ignore=shutil.ignore_patterns("__pycache__")
        )
        extra.append(str(packages))
        generate_model_archive(
            ModelArchiverConfig(
                model_name=name,
                handler=str(HANDLER),
                version=SERVING_VERSION,
                extra_files=",".join(extra),
                export_path=str(staging),
                config_file=str(config),
                force=True,
            )
        )
        target = model_store / f"{name}.mar"
        (staging / f"{name}.mar").replace(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


@dataclass
class ArchiveArguments:
    name: str = field(metadata={"help": "bot name: its published version is archived"})
    bot_store: Path = field(default=Path("bots"), metadata={"help": "the bot store"})
    model_store: Path = field(default=Path("model_store"), metadata={"help": "archive folder"})
    model_config: Path = field(
        default=DEFAULT_MODEL_CONFIG, metadata={"help": "TorchServe model-config.yaml to pack"}
    )


def main(argv: list[str] | None = None) -> None:
    (args,) = HfArgumentParser(ArchiveArguments).parse_args_into_dataclasses(argv)
    run_stage(lambda: build_archive(args.name, args.bot_store, args.model_store, args.model_config))


if __name__ == "__main__":
    main()
