"""`make train`'s pipeline from the X API (a local stand-in) and from an archive agree.

Both runs are real processes; the X API run talks HTTP to the stand-in through X_API_URL.
"""

from __future__ import annotations

import json
import zipfile
from datetime import datetime

import pytest
from conftest import SAMPLE_ARCHIVE, run_pipeline
from x_api_standin import XApiStandin

from training.x_archive import load_archive

TOKEN = "pipeline-standin-token-5f3c"
SAME_BYTES = ["model.int8.onnx", "tables.json", "config.json", "generation_config.json"]


def as_api_post(tweet) -> dict:
    """An archive tweet as X API v2 returns it (retweets carry referenced_tweets)."""
    created = datetime.fromisoformat(tweet.created_at).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    post = {"id": tweet.id, "created_at": created, "text": tweet.text, "lang": tweet.lang}
    if tweet.retweet:
        post["referenced_tweets"] = [{"type": "retweeted", "id": "1"}]
    return post


@pytest.fixture(scope="module")
def api():
    tweets, _ = load_archive(SAMPLE_ARCHIVE)
    with XApiStandin(token=TOKEN) as standin:
        user = standin.add_user("samplebot", 0)
        user.posts = [as_api_post(t) for t in reversed(tweets)]  # the stand-in keeps oldest first
        standin.add_user("second_voice", 400)
        yield standin


def api_env(api) -> dict:
    return {"X_BEARER_TOKEN": api.token, "X_API_URL": api.url}


def test_x_api_and_archive_give_the_same_dataset_table_and_model(api, tmp_path):
    from_api = run_pipeline(tmp_path / "api", "samplebot", env=api_env(api))
    assert from_api.returncode == 0, from_api.stderr
    assert TOKEN not in from_api.stdout + from_api.stderr
    archive = tmp_path / "archive.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.write(SAMPLE_ARCHIVE, "data/tweets.js")
    from_archive = run_pipeline(tmp_path / "zip", "samplebot", "--archive", str(archive))
    assert from_archive.returncode == 0, from_archive.stderr

    for name in ("train.jsonl", "validation.jsonl", "tables.json", "dataset.json"):
        api_file = tmp_path / "api" / "data" / "samplebot" / "dataset" / name
        assert (
            api_file.read_bytes()
            == (tmp_path / "zip" / "data/samplebot/dataset" / name).read_bytes()
        )
    table = json.loads((tmp_path / "api" / "data" / "samplebot" / "table.json").read_text())
    assert (table["downloaded"], table["retweets"], table["short"], table["kept"]) == (
        800,
        91,
        78,
        631,
    )
    marks = [
        zipfile.ZipFile(tmp_path / run / "model_store" / "samplebot.mar") for run in ("api", "zip")
    ]
    assert sorted(marks[0].namelist()) == sorted(marks[1].namelist())
    for member in SAME_BYTES:
        assert marks[0].read(member) == marks[1].read(member), member


def test_two_users_make_one_bot_with_a_column_each(api, tmp_path):
    result = run_pipeline(tmp_path, "Second_Voice,@samplebot", env=api_env(api))
    assert result.returncode == 0, result.stderr
    name = "samplebot-second_voice"
    card = zipfile.ZipFile(tmp_path / "model_store" / f"{name}.mar").read("README.md").decode()
    assert "| Data | samplebot | second\\_voice |" in card  # Markdown-escaped handle
    assert "| Tweets downloaded | 800 | 400 |" in card
    train = (tmp_path / "data" / name / "dataset" / "train.jsonl").read_text().splitlines()
    rows = [json.loads(line) for line in train]
    chars = {
        u: sum(len(r["text"]) for r in rows if r["user"] == u)
        for u in ("samplebot", "second_voice")
    }
    assert chars["second_voice"] >= chars["samplebot"]  # the smaller user is oversampled


def test_no_token_and_no_archive_is_a_one_line_error(tmp_path, monkeypatch):
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    result = run_pipeline(tmp_path, "nobody_here")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "error: no tweets for @nobody_here: set X_BEARER_TOKEN to download them, "
        "or pass ARCHIVE=<archive zip or tweets.js>"
    ]
