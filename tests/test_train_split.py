"""A tweet is never in both splits, also when several users post it and are oversampled."""

from __future__ import annotations

import json

from conftest import write_json_lines

from training.dataset import DatasetConfig, build_dataset


def add_user(data_dir, handle: str, texts: list[str]) -> None:
    write_json_lines(
        data_dir / handle / "clean.jsonl", [{"id": str(i), "text": t} for i, t in enumerate(texts)]
    )
    chars = sum(map(len, texts))
    table = {"handle": handle, "downloaded": len(texts), "retweets": 0, "short": 0}
    (data_dir / handle / "table.json").write_text(
        json.dumps({**table, "kept": len(texts), "kept_chars": chars})
    )


def test_shared_tweets_never_cross_the_split(tmp_path):
    shared = [f"good morning everyone number {i}" for i in range(40)]
    add_user(tmp_path, "ann", shared + [f"ann says {i} things" for i in range(200)])
    add_user(tmp_path, "ben", shared + [f"ben says {i}" for i in range(20)])
    for seed in range(5):
        out = build_dataset(["ann", "ben"], tmp_path, DatasetConfig(seed=seed))
        train = {json.loads(line)["text"] for line in (out / "train.jsonl").open()}
        held_out = {json.loads(line)["text"] for line in (out / "validation.jsonl").open()}
        assert held_out and train.isdisjoint(held_out)
        assert json.loads((out / "dataset.json").read_text())["oversampling"]["ben"] > 1
