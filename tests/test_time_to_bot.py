"""bench.time_to_bot in its CI mode: an archive in the sample's proportions, `make train ...
LORA=1` into a running server's store, the bot's first answer, every stage's share."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT

from bench.time_to_bot import build_archive, kind


def test_the_archive_keeps_the_samples_proportions_and_repeats_no_tweet(tmp_path):
    kinds = build_archive(tmp_path, 3_200)
    sample = build_archive(tmp_path / "sample", 800)  # the sample itself, as it is
    assert sum(kinds.values()) == 3_200
    for name, count in sample.items():
        assert abs(kinds[name] / 3_200 - count / 800) < 0.01, name
    source = (tmp_path / "data" / "tweets.js").read_text()
    tweets = [t["tweet"] for t in json.loads(source[source.index("[") :])]
    assert len({t["id_str"] for t in tweets}) == 3_200
    long_texts = [t["full_text"] for t in tweets if len(t["full_text"].split()) >= 4]
    assert len(set(long_texts)) > 0.9 * len(long_texts)  # recombined, not copied
    assert all(kind(t["full_text"]) in kinds for t in tweets)


@pytest.mark.e2e
def test_the_short_run_times_every_stage_up_to_the_first_answer(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "bench.time_to_bot", "--short", "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    report = json.loads((tmp_path / "time_to_bot.json").read_text())
    stages = report["stages"]
    assert list(stages) == ["start-up", "check", "import", "clean", "dataset", "train",
                            "tokenize", "export", "publish", "first answer"]  # fmt: skip
    total = report["time_to_bot_s"]
    assert abs(sum(s["seconds"] for s in stages.values()) - total) < 0.05 * total
    assert abs(sum(s["share"] for s in stages.values()) - 1) < 0.05
    assert all(s["seconds"] >= 0 for s in stages.values()) and stages["train"]["seconds"] > 0
    assert report["data_table"]["downloaded"] == 400 and report["first_answer_text"].strip()
    assert report["met"] == (total <= report["target_s"])
    assert "| first answer |" in (tmp_path / "time_to_bot.md").read_text()
    assert (tmp_path / "time_to_bot.png").stat().st_size > 1000
