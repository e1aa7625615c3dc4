"""The training set of one bot: its users' kept tweets, split 90/10 and balanced between users.

Reads each `data/<handle>/clean.jsonl` and writes `data/<name>/dataset/` with `train.jsonl`,
`validation.jsonl` (rows `{"user", "text"}`), `tables.json` (one data table per user) and
`dataset.json` (what was done, with the seed, so it can be reproduced).

Usage: python -m training.dataset --users a,b [--data_dir data] [--seed 42]
"""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path

from transformers import HfArgumentParser

from training.clean import CLEAN_FILE, DataTable, read_table
from training.errors import TweetbotsError, run_stage
from training.tweets import model_name, parse_handles, read_jsonl, write_atomic, write_jsonl

DATASET_DIR = "dataset"


@dataclass
class DatasetConfig:
    validation_fraction: float = field(
        default=0.1, metadata={"help": "share of each user's tweets held out for validation"}
    )
    seed: int = field(default=42, metadata={"help": "seed of the split, oversampling and training"})


def split_tweets(texts: list[str], fraction: float, rng: random.Random) -> tuple[list, list]:
    """Split by distinct text, so a tweet posted twice never lands in both splits."""
    distinct = sorted(set(texts))
    rng.shuffle(distinct)
    held_out = set(distinct[: max(1, round(len(distinct) * fraction))])
    train = [t for t in texts if t not in held_out]
    return train, [t for t in texts if t in held_out]


def oversample(texts: list[str], target_chars: int, rng: random.Random) -> list[str]:
    """Repeat a user's tweets (whole copies, then a random subset) up to target_chars."""
    chars = sum(len(t) for t in texts)
    copies, rest = divmod(target_chars, chars)
    extra, total = [], 0
    for text in rng.sample(texts, len(texts)):
        if total >= rest:
            break
        extra.append(text)
        total += len(text)
    return texts * copies + extra


def dataset_dir(name: str, data_dir: Path) -> Path:
    return data_dir / name / DATASET_DIR


def build_dataset(handles: list[str], data_dir: Path, config: DatasetConfig) -> Path:
    """Write the dataset of the bot trained on `handles`; returns its folder."""
    if not 0 < config.validation_fraction < 0.5:
        raise TweetbotsError("validation_fraction must be between 0 and 0.5")
    rng = random.Random(config.seed)
    splits = {}
    for handle in handles:
        path = data_dir / handle / CLEAN_FILE
        if not path.exists():
            raise TweetbotsError(f"no cleaned tweets for @{handle}: run the clean stage first")
        texts = [row["text"] for row in read_jsonl(path)]
        splits[handle] = split_tweets(texts, config.validation_fraction, rng)
    # Two users can post the same text: one user's held-out tweet never trains the model.
    held_out = {text for _, validation in splits.values() for text in validation}
    splits = {h: ([t for t in tr if t not in held_out], va) for h, (tr, va) in splits.items()}
    largest = max(sum(len(t) for t in train) for train, _ in splits.values())
    train_rows, validation_rows, copies = [], [], {}
    for handle, (train, validation) in splits.items():
        balanced = oversample(train, largest, rng) if len(handles) > 1 else train
        copies[handle] = round(len(balanced) / max(len(train), 1), 3)
        train_rows += [{"user": handle, "text": text} for text in balanced]
        validation_rows += [{"user": handle, "text": text} for text in validation]
    out = dataset_dir(model_name(handles), data_dir)
    tables = [asdict(read_table(handle, data_dir)) for handle in handles]
    write_jsonl(out / "train.jsonl", train_rows)
    write_jsonl(out / "validation.jsonl", validation_rows)
    write_atomic(out / "tables.json", json.dumps(tables, indent=2) + "\n")
    meta = {
        "handles": handles,
        "name": model_name(handles),
        **asdict(config),
        "train_tweets": len(train_rows),
        "validation_tweets": len(validation_rows),
        "oversampling": copies,
    }
    write_atomic(out / "dataset.json", json.dumps(meta, indent=2) + "\n")
    print(f"dataset {out}: {len(train_rows)} training and {len(validation_rows)} validation tweets")
    return out


def read_tables(folder: Path) -> list[DataTable]:
    return [DataTable(**row) for row in json.loads((folder / "tables.json").read_text())]


@dataclass
class DatasetArguments:
    users: str = field(metadata={"help": "handle or comma-separated handles"})
    data_dir: Path = field(default=Path("data"), metadata={"help": "where data/<handle>/ lives"})


def main(argv: list[str] | None = None) -> None:
    args, config = HfArgumentParser((DatasetArguments, DatasetConfig)).parse_args_into_dataclasses(
        argv
    )
    run_stage(lambda: build_dataset(parse_handles(args.users), args.data_dir, config))


if __name__ == "__main__":
    main()
