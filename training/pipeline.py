"""`make train`: every stage in order, from tweets to `model_store/<name>.mar`.

Each stage reads the previous stage's files, so a crash loses only the stage in flight and
any stage can be re-run alone with its own module (see the README).

Usage: python -m training.pipeline --user a[,b...] [--archive PATH] [--base gpt2] ...
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from transformers import HfArgumentParser

from training.clean import clean_user, render_table
from training.dataset import DatasetConfig, build_dataset
from training.errors import TweetbotsError, run_stage
from training.export_onnx import export_onnx
from training.mar import DEFAULT_MODEL_CONFIG, build_archive
from training.train import TrainConfig, train
from training.tweets import TWEETS_FILE, model_name, parse_handles
from training.x_archive import import_archive


@dataclass
class PipelineArguments:
    user: str = field(metadata={"help": "X handle, or several separated by commas"})
    archive: Path | None = field(
        default=None, metadata={"help": "X archive (.zip, data/ folder or tweets.js) to read"}
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


def collect_tweets(handles: list[str], args: PipelineArguments) -> None:
    """Put each user's tweets in data/<handle>/tweets.jsonl: archive, X API, or the cache."""
    if args.archive is not None:
        if len(handles) > 1:
            raise TweetbotsError("ARCHIVE holds one user's tweets: train one USER at a time")
        import_archive(handles[0], args.archive, args.data_dir)
        return
    for handle in handles:
        if os.environ.get("X_BEARER_TOKEN"):
            from training.fetch import download_timeline

            download_timeline(handle, args.data_dir, refresh=args.refresh)
        elif (args.data_dir / handle / TWEETS_FILE).exists():
            print(f"@{handle}: using the tweets already in {args.data_dir / handle}")
        else:
            raise TweetbotsError(
                f"no tweets for @{handle}: set X_BEARER_TOKEN to download them, "
                "or pass ARCHIVE=<archive zip or tweets.js>"
            )


def run_pipeline(args: PipelineArguments, dataset: DatasetConfig, recipe: TrainConfig) -> Path:
    handles = parse_handles(args.user)
    name = model_name(handles)
    collect_tweets(handles, args)
    tables = [clean_user(handle, args.data_dir) for handle in handles]
    if len(tables) > 1:
        print(render_table(tables))
    build_dataset(handles, args.data_dir, dataset)
    train(name, args.data_dir, args.runs_dir, args.export_dir, recipe, dataset.seed)
    export_onnx(name, args.export_dir, args.data_dir, args.quantize)
    return build_archive(name, args.export_dir, args.model_store, args.model_config, args.backend)


def main(argv: list[str] | None = None) -> None:
    args, dataset, recipe = HfArgumentParser(
        (PipelineArguments, DatasetConfig, TrainConfig)
    ).parse_args_into_dataclasses(argv)
    run_stage(lambda: run_pipeline(args, dataset, recipe))


if __name__ == "__main__":
    main()
