"""`make train`: every stage in order, from tweets to a served bot.

Every bot ends in the bot store, where a running server answers it from its next request: a
full fine-tune with its ONNX int8 graph (and packed as `model_store/<name>.mar` too, for any
TorchServe), a LoRA bot (`LORA=1`) as its adapter on a shared base.

Each stage reads the previous stage's files, so a crash loses only the stage in flight and
any stage can be re-run alone with its own module (see the README).

Everything that can be checked is checked before any tweet is read or downloaded (the X API is
paid): the settings, the base model, each archive's owner. Archives are imported before the
X API is called, so a wrong archive stops the run before any paid request.

Usage: python -m training.pipeline --user a[,b...] [--archive PATH | --archive a=A,b=B]
       [--force] [--base gpt2] ...
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from transformers import HfArgumentParser

from engine.names import SERVING_MODEL
from training.base_model import check_base
from training.clean import clean_user, render_table
from training.dataset import DatasetConfig, build_dataset
from training.errors import TweetbotsError, run_stage
from training.export_onnx import export_onnx
from training.mar import DEFAULT_MODEL_CONFIG, build_archive, check_settings
from training.next_steps import next_steps
from training.publish import publish
from training.stage_clock import StageClock
from training.train import TrainConfig, check_config, train
from training.tweets import TWEETS_FILE, model_name, normalize_handle, parse_handles
from training.x_archive import import_archive

QUANTIZE = ("int8", "none")  # what training.export_onnx accepts


@dataclass
class PipelineArguments:
    user: str = field(metadata={"help": "X handle, or several separated by commas"})
    archive: str | None = field(
        default=None,
        metadata={
            "help": "X archive (.zip, data/ folder or tweets.js) of the one user, or one per "
            "user: alice=a.zip,bob=b.zip (users not named come from the X API or data/)"
        },
    )
    force: bool = field(
        default=False, metadata={"help": "import an archive whose account.js names another account"}
    )
    refresh: bool = field(default=False, metadata={"help": "fetch tweets newer than the cache"})
    data_dir: Path = field(default=Path("data"), metadata={"help": "downloaded tweets, datasets"})
    runs_dir: Path = field(default=Path("runs"), metadata={"help": "training logs"})
    export_dir: Path = field(default=Path("exports"), metadata={"help": "exported models"})
    model_store: Path = field(default=Path("model_store"), metadata={"help": "model archives"})
    model_config: Path = field(
        default=DEFAULT_MODEL_CONFIG, metadata={"help": "TorchServe model-config.yaml to pack"}
    )
    backend: str = field(default="onnx", metadata={"help": "onnx (ONNX Runtime) or torch"})
    quantize: str = field(default="int8", metadata={"help": "int8: add an int8 ONNX model; none"})
    bot_store: Path = field(default=Path("bots"), metadata={"help": "the bot store"})
    next_steps: bool = field(
        default=True, metadata={"help": "end with the commands to serve and call the bot"}
    )
    retrain: bool = field(
        default=False, metadata={"help": "train even when the export is up to date"}
    )
    stage_times: Path | None = field(
        default=None, metadata={"help": "also write each stage's wall seconds here (JSON)"}
    )
    progress: Path | None = field(
        default=None, metadata={"help": "write the stage in progress here as each starts (JSON)"}
    )


# The make variable behind each flag (the Makefile's TRAIN_ARGS; tests/test_train_endings.py
# checks the two agree), so a bad value is named as the user typed it.
MAKE_VARIABLES = {
    "user": "USER",
    "archive": "ARCHIVE",
    "base": "BASE",
    "epochs": "EPOCHS",
    "learning_rate": "LR",
    "batch_size": "BATCH_SIZE",
    "block_size": "BLOCK_SIZE",
    "seed": "SEED",
    "lora": "LORA",
    "lora_rank": "LORA_RANK",
    "checkpoint_every": "CHECKPOINT_EVERY",
    "keep": "KEEP",
    "report_to": "REPORT_TO",
    "threads": "THREADS",
    "precision": "PRECISION",
    "model_config": "MODEL_CONFIG",
    "bot_store": "BOT_STORE",
    "backend": "BACKEND",
    "quantize": "QUANTIZE",
}
KINDS = {"int": "a whole number", "float": "a number", "string_to_bool": "0 or 1"}


class PipelineParser(HfArgumentParser):
    """argparse, except that a bad value is one line naming the make variable."""

    def error(self, message: str) -> NoReturn:
        bad = re.match(r"argument --(\w+)[^:]*: invalid (\w+) value: '(.*)'", message)
        named = re.match(r"argument --(\w+)[^:]*: (.*)", message)
        if bad and bad.group(1) in MAKE_VARIABLES:
            flag, kind, value = bad.groups()
            message = f"{MAKE_VARIABLES[flag]}={value} is not {KINDS.get(kind, f'a valid {kind}')}"
        elif named and named.group(1) in MAKE_VARIABLES:
            message = f"{MAKE_VARIABLES[named.group(1)]}: {named.group(2)}"
        print(f"error: {message}", file=sys.stderr)
        raise SystemExit(2)


def archives_by_user(handles: list[str], archive: str | None) -> dict[str, Path]:
    """Which archive holds whose tweets: `PATH` for one user, or `alice=a.zip,bob=b.zip`."""
    if not archive:
        return {}
    if "=" not in archive or Path(archive).expanduser().exists():
        if len(handles) > 1:
            example = ",".join(f"{handle}=<archive>" for handle in handles)
            raise TweetbotsError(
                f"ARCHIVE={archive} is one user's archive but USER names {len(handles)} users: "
                f"give each user's archive, ARCHIVE={example}"
            )
        return {handles[0]: Path(archive).expanduser()}
    archives: dict[str, Path] = {}
    for item in filter(None, (part.strip() for part in archive.split(","))):
        handle, _, path = item.partition("=")
        if not handle or not path:
            raise TweetbotsError(
                f"ARCHIVE item {item!r} is not <handle>=<archive> (ARCHIVE=alice=a.zip,bob=b.zip)"
            )
        handle = normalize_handle(handle)
        if handle not in handles:
            raise TweetbotsError(f"ARCHIVE names @{handle}, who is not in USER={','.join(handles)}")
        if handle in archives:
            raise TweetbotsError(f"ARCHIVE names @{handle} twice")
        archives[handle] = Path(path).expanduser()
    return archives


def check_sources(handles: list[str], archives: dict[str, Path], data_dir: Path) -> None:
    """Each archive exists; every other user needs the X API (a token) or tweets in data/."""
    for handle, archive in archives.items():
        if not archive.exists():
            raise TweetbotsError(f"archive not found for @{handle}: {archive}")
    token = bool(os.environ.get("X_BEARER_TOKEN"))
    for handle in handles:
        if handle not in archives and not token and not (data_dir / handle / TWEETS_FILE).exists():
            raise TweetbotsError(
                f"no tweets for @{handle}: set X_BEARER_TOKEN to download them, "
                "or pass ARCHIVE=<archive zip or tweets.js>"
            )


def collect_tweets(handles: list[str], archives: dict[str, Path], args: PipelineArguments) -> None:
    """Put each user's tweets in data/<handle>/tweets.jsonl: archives first, then the X API
    (or the tweets already downloaded)."""
    for handle, archive in archives.items():
        import_archive(handle, archive, args.data_dir, force=args.force)
    for handle in handles:
        if handle in archives:
            continue
        if os.environ.get("X_BEARER_TOKEN"):
            from training.fetch import download_timeline

            download_timeline(handle, args.data_dir, refresh=args.refresh)
        else:
            print(f"@{handle}: using the tweets already in {args.data_dir / handle}")


def check_before_work(
    handles: list[str], archives: dict[str, Path], args: PipelineArguments, recipe: TrainConfig
) -> None:
    """Every check that needs no tweets, in seconds: a bad setting must not cost a download."""
    check_config(recipe)
    check_settings(args.model_config, args.backend)
    if args.quantize not in QUANTIZE:
        raise TweetbotsError(f"QUANTIZE must be int8 or none, got {args.quantize!r}")
    check_sources(handles, archives, args.data_dir)
    check_base(recipe.base)


def run_pipeline(args: PipelineArguments, dataset: DatasetConfig, recipe: TrainConfig) -> Path:
    handles = parse_handles(args.user)
    name = model_name(handles)
    if name == SERVING_MODEL:
        raise TweetbotsError(f"{name!r} is the name of the model that serves the bot store")
    clock = StageClock(args.progress)
    with clock("check"):
        archives = archives_by_user(handles, args.archive)
        check_before_work(handles, archives, args, recipe)
    with clock("import"):
        collect_tweets(handles, archives, args)
    with clock("clean"):
        tables = [clean_user(handle, args.data_dir) for handle in handles]
        if len(tables) > 1:
            print(render_table(tables))
    with clock("dataset"):
        build_dataset(handles, args.data_dir, dataset)
    with clock("train"):
        train(name, args.data_dir, args.runs_dir, args.export_dir, recipe, dataset.seed,
              args.retrain, stage_clock=clock)  # fmt: skip
    if recipe.lora:
        with clock("publish"):
            publish(name, args.export_dir, args.bot_store)
    else:
        if args.backend == "onnx":
            with clock("onnx"):
                export_onnx(name, args.export_dir, args.data_dir, args.quantize)
        with clock("publish"):
            publish(name, args.export_dir, args.bot_store, args.backend)
            build_archive(name, args.bot_store, args.model_store, args.model_config)
    print(clock.summary())
    if args.stage_times:
        clock.write(args.stage_times)
    if args.next_steps:
        print(next_steps(name, args.export_dir))
    return args.bot_store / name


def main(argv: list[str] | None = None) -> None:
    args, dataset, recipe = PipelineParser(
        (PipelineArguments, DatasetConfig, TrainConfig)
    ).parse_args_into_dataclasses(argv)
    run_stage(lambda: run_pipeline(args, dataset, recipe))


if __name__ == "__main__":
    main()
