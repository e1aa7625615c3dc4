"""Package an export folder into a TorchServe model archive, `model_store/<name>.mar`.

torch-model-archiver writes into a private folder beside the model store, and the finished
archive is renamed into place, so TorchServe never loads a half-written `.mar`.

The archive holds one backend's model: `--backend onnx` packs `model.int8.onnx` when the export
has it (QUANTIZE=int8) or else `model.onnx`; `--backend torch` packs `model.safetensors`. The
choice is recorded in `backend.json`, which the handler reads.

Usage: python -m training.mar --name NAME [--backend onnx|torch] [--export_dir exports]
       [--model_store model_store]
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from model_archiver.model_archiver_config import ModelArchiverConfig
from model_archiver.model_packaging import generate_model_archive
from transformers import HfArgumentParser

from engine.settings import ServingSettings, SettingsError
from training.errors import TweetbotsError, run_stage

ROOT = Path(__file__).resolve().parent.parent
HANDLERS = ROOT / "handlers"
HANDLER = HANDLERS / "tweetbot_handler.py"
HANDLER_MODULES = sorted(p.name for p in HANDLERS.glob("*.py") if p != HANDLER)  # at the root
ENGINE = ROOT / "engine"  # shipped as a package: `engine/` at the archive's root
MULTIPLEXED = "bots"  # the archive that serves every bot of the bot store
DEFAULT_MODEL_CONFIG = HANDLERS / "model-config.yaml"
ARCHIVE_VERSION = "1.0"
BACKENDS = ("onnx", "torch")
MODEL_FILES = ("model.safetensors", "model.onnx", "model.int8.onnx")


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


def backend_choice(source: Path, backend: str) -> dict[str, str]:
    """What backend.json says, and which model file it needs (int8 before fp32 for onnx)."""
    if backend == "torch":
        return {"backend": "torch", "model_file": "model.safetensors"}
    for candidate in ("model.int8.onnx", "model.onnx"):
        if (source / candidate).exists():
            return {"backend": "onnx", "onnx_file": candidate, "model_file": candidate}
    raise TweetbotsError(
        f"no ONNX model in {source}: run `python -m training.export_onnx --name {source.name}`"
        " or archive with BACKEND=torch"
    )


def build_archive(
    name: str, export_dir: Path, model_store: Path, model_config: Path, backend: str = "onnx"
) -> Path:
    """Archive `export_dir/<name>` with the handler and one backend; returns the `.mar` path."""
    source = export_dir / name
    if not (source / "model.safetensors").exists():
        raise TweetbotsError(f"no exported model in {source}: run the train stage first")
    check_settings(model_config, backend)
    choice = backend_choice(source, backend)
    files = [
        p
        for p in sorted(source.iterdir())
        if p.is_file()
        and not p.name.startswith(".")
        and (p.name not in MODEL_FILES or p.name == choice["model_file"])
    ]
    written = {"backend.json": json.dumps(choice)}
    target = package(name, files, model_store, model_config.read_text(), written)
    print(f"archived {name} ({choice['model_file']}) -> {target}")
    return target


def build_bots_archive(bot_store: Path, model_store: Path, model_config: Path) -> Path:
    """`model_store/bots.mar`: the multiplexed model, serving every bot of `bot_store` (no
    weights inside: the handler reads the store). Its settings are `model_config`'s, with the
    store's absolute path added."""
    settings = yaml.safe_load(model_config.read_text())
    settings.setdefault("handler", {})["bot_store"] = str(bot_store.resolve())
    return package(MULTIPLEXED, [], model_store, yaml.safe_dump(settings, sort_keys=False), {})


def package(
    name: str, files: list[Path], model_store: Path, model_config: str, written: dict[str, str]
) -> Path:
    """torch-model-archiver into a private folder beside the store, then renamed into place:
    `files`, the handler modules, the engine package, `written` ({file name: text}) and the
    TorchServe settings `model_config` (model-config.yaml's text)."""
    model_store.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=model_store.resolve().parent, prefix=f".{name}.mar."))
    try:
        extra = [str(p) for p in files] + [str(HANDLERS / module) for module in HANDLER_MODULES]
        for file_name, text in written.items():
            (staging / file_name).write_text(text + "\n")
            extra.append(str(staging / file_name))
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
                version=ARCHIVE_VERSION,
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
    name: str = field(metadata={"help": "bot name: exports/<name>/ is archived"})
    export_dir: Path = field(default=Path("exports"), metadata={"help": "exported models"})
    model_store: Path = field(default=Path("model_store"), metadata={"help": "archive folder"})
    model_config: Path = field(
        default=DEFAULT_MODEL_CONFIG, metadata={"help": "TorchServe model-config.yaml to pack"}
    )
    backend: str = field(default="onnx", metadata={"help": "onnx (ONNX Runtime) or torch"})


def main(argv: list[str] | None = None) -> None:
    (args,) = HfArgumentParser(ArchiveArguments).parse_args_into_dataclasses(argv)
    run_stage(
        lambda: build_archive(
            args.name, args.export_dir, args.model_store, args.model_config, args.backend
        )
    )


if __name__ == "__main__":
    main()
