"""Shared by the training tests: the bundled sample as a dataset, the CLI, weights, metrics."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import torch
from conftest import SAMPLE_ARCHIVE
from safetensors.torch import load_file
from transformers import AutoModelForCausalLM, AutoTokenizer

from engine.prompt import tweet_ids
from training.clean import clean_user
from training.dataset import DatasetConfig, build_dataset
from training.distributed import Processes
from training.train import blocks, evaluate
from training.tweets import read_jsonl
from training.x_archive import import_archive

SEED = 5
BLOCK_SIZE = 64
# Small and quick: 20 steps an epoch on the tiny model; one thread, so runs compare bit-exactly.
QUICK = ["--base", "tiny", "--batch_size", "8", "--block_size", str(BLOCK_SIZE)]
QUICK += ["--learning_rate", "1e-3", "--seed", str(SEED), "--threads", "1"]


def sample_dataset(root: Path) -> Path:
    """data/samplebot/dataset/ from the bundled sample archive; returns the data folder."""
    data = root / "data"
    import_archive("samplebot", SAMPLE_ARCHIVE, data)
    clean_user("samplebot", data)
    build_dataset(["samplebot"], data, DatasetConfig(seed=SEED))
    return data


def train_command(data: Path, runs: Path, exports: Path, *extra: str) -> list[str]:
    """`python -m training.train` on the sample; extra arguments last (they win)."""
    folders = ["--data_dir", str(data), "--runs_dir", str(runs), "--export_dir", str(exports)]
    return [sys.executable, "-m", "training.train", "--name", "samplebot", *QUICK, *folders, *extra]


def weights(export: Path) -> dict[str, torch.Tensor]:
    return load_file(export / "model.safetensors")


def assert_same_weights(left: Path, right: Path) -> None:
    first, second = weights(left), weights(right)
    assert first.keys() == second.keys()
    for name, tensor in first.items():
        assert tensor.equal(second[name]), name


def summary(export: Path) -> dict:
    return json.loads((export / "training.json").read_text())


def run_metrics(runs: Path, export: Path) -> list[dict]:
    return read_jsonl(runs / "samplebot" / summary(export)["run"] / "metrics.jsonl")


def validation_loss(export: Path, data: Path) -> float:
    """The exported model's loss on the held-out tweets, computed as training does."""
    model = AutoModelForCausalLM.from_pretrained(export)
    tokenizer = AutoTokenizer.from_pretrained(export)
    texts = [r["text"] for r in read_jsonl(data / "samplebot" / "dataset" / "validation.jsonl")]
    held_out = blocks(tweet_ids(tokenizer, texts), tokenizer.eos_token_id, BLOCK_SIZE)
    single = Processes(0, 1, 1, torch.device("cpu"), started_group=False)
    return evaluate(model, held_out, tokenizer.eos_token_id, 8, single)
