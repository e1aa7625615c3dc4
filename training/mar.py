"""Package an export folder into a TorchServe model archive, `model_store/<name>.mar`.

torch-model-archiver writes into a private folder beside the model store, and the finished
archive is renamed into place, so TorchServe never loads a half-written `.mar`.

Usage: python -m training.mar --name NAME [--export_dir exports] [--model_store model_store]
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from model_archiver.model_archiver_config import ModelArchiverConfig
from model_archiver.model_packaging import generate_model_archive
from transformers import HfArgumentParser

from training.errors import TweetbotsError, run_stage

HANDLERS = Path(__file__).resolve().parent.parent / "handlers"
HANDLER = HANDLERS / "tweetbot_handler.py"
HANDLER_MODULES = ["generation_request.py", "batch_sampling.py"]
DEFAULT_MODEL_CONFIG = HANDLERS / "model-config.yaml"
ARCHIVE_VERSION = "1.0"


def build_archive(name: str, export_dir: Path, model_store: Path, model_config: Path) -> Path:
    """Archive `export_dir/<name>` with the handler; returns the `.mar` path."""
    source = export_dir / name
    if not (source / "model.safetensors").exists():
        raise TweetbotsError(f"no exported model in {source}: run the train stage first")
    if not model_config.exists():
        raise TweetbotsError(f"model config not found: {model_config}")
    extra = [str(p) for p in sorted(source.iterdir()) if p.is_file() and not p.name.startswith(".")]
    extra += [str(HANDLERS / module) for module in HANDLER_MODULES]
    model_store.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=model_store.resolve().parent, prefix=f".{name}.mar."))
    try:
        generate_model_archive(
            ModelArchiverConfig(
                model_name=name,
                handler=str(HANDLER),
                version=ARCHIVE_VERSION,
                extra_files=",".join(extra),
                export_path=str(staging),
                config_file=str(model_config),
                force=True,
            )
        )
        target = model_store / f"{name}.mar"
        (staging / f"{name}.mar").replace(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    print(f"archived {name} -> {target}")
    return target


@dataclass
class ArchiveArguments:
    name: str = field(metadata={"help": "bot name: exports/<name>/ is archived"})
    export_dir: Path = field(default=Path("exports"), metadata={"help": "exported models"})
    model_store: Path = field(default=Path("model_store"), metadata={"help": "archive folder"})
    model_config: Path = field(
        default=DEFAULT_MODEL_CONFIG, metadata={"help": "TorchServe model-config.yaml to pack"}
    )


def main(argv: list[str] | None = None) -> None:
    (args,) = HfArgumentParser(ArchiveArguments).parse_args_into_dataclasses(argv)
    run_stage(
        lambda: build_archive(args.name, args.export_dir, args.model_store, args.model_config)
    )


if __name__ == "__main__":
    main()
