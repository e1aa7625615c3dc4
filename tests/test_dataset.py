"""The dataset stage: a clean 90/10 split, and several users balanced by oversampling."""

from __future__ import annotations

import json
import random

import pytest
from conftest import write_json_lines

from training.dataset import DatasetConfig, build_dataset, oversample, split_tweets
from training.errors import TweetbotsError
from training.tweets import model_name, parse_handles


def test_handles_are_normalised_deduplicated_and_named():
    assert parse_handles("@Bob, alice,BOB") == ["alice", "bob"]
    assert model_name(["bob", "alice"]) == "alice-bob"
    with pytest.raises(TweetbotsError, match="invalid handle"):
        parse_handles("not a handle!")
    with pytest.raises(TweetbotsError, match="no handle"):
        parse_handles(" , ")


def test_split_never_puts_one_text_in_both_splits():
    texts = [f"tweet {i % 50}" for i in range(200)]  # every text four times
    train, validation = split_tweets(texts, 0.1, random.Random(1))
    assert set(train).isdisjoint(validation)
    assert len(set(validation)) == 5 and len(train) + len(validation) == 200


def test_oversample_reaches_the_target_length():
    texts = ["ab", "cd", "ef"]
    grown = oversample(texts, 15, random.Random(0))
    assert sum(map(len, grown)) >= 15 and grown[:6] == texts * 2


def add_user(data_dir, handle, count, length):
    write_json_lines(
        data_dir / handle / "clean.jsonl",
        [{"id": str(i), "text": f"{handle} {i} " + "w" * length} for i in range(count)],
    )
    table = {
        "handle": handle,
        "downloaded": count,
        "retweets": 0,
        "short": 0,
        "kept": count,
        "kept_chars": count * length,
    }
    (data_dir / handle / "table.json").write_text(json.dumps(table))


def test_two_users_are_balanced_and_written(tmp_path):
    add_user(tmp_path, "big", 100, 100)
    add_user(tmp_path, "small", 40, 50)
    out = build_dataset(["big", "small"], tmp_path, DatasetConfig(seed=3))
    assert out == tmp_path / "big-small" / "dataset"
    rows = [json.loads(line) for line in (out / "train.jsonl").read_text().splitlines()]
    chars = {
        user: sum(len(r["text"]) for r in rows if r["user"] == user) for user in ("big", "small")
    }
    assert chars["small"] >= chars["big"] > 0
    assert chars["small"] < chars["big"] * 1.1
    validation = [json.loads(line) for line in (out / "validation.jsonl").read_text().splitlines()]
    assert {r["user"] for r in validation} == {"big", "small"}
    assert {r["text"] for r in validation}.isdisjoint(r["text"] for r in rows)
    meta = json.loads((out / "dataset.json").read_text())
    assert meta["seed"] == 3 and meta["handles"] == ["big", "small"]
    assert [t["handle"] for t in json.loads((out / "tables.json").read_text())] == ["big", "small"]


def test_missing_clean_stage_is_explained(tmp_path):
    with pytest.raises(TweetbotsError, match="run the clean stage first"):
        build_dataset(["ghost"], tmp_path, DatasetConfig())
