"""`make train`'s pipeline: checks before any paid download, one archive per user, owner checks.

The runs are real processes; the X API is the local stand-in, whose request log shows that a
bad base, a bad setting or another account's archive costs no API call.
"""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest
import yaml
from conftest import SAMPLE_ARCHIVE, run_pipeline, ytd_file
from x_api_standin import XApiStandin

from training.errors import TweetbotsError
from training.next_steps import next_steps
from training.pipeline import archives_by_user
from training.tweets import plain_mode, read_tweets

TOKEN = "checks-standin-token-9d2e"


def sample_entries() -> list:
    text = SAMPLE_ARCHIVE.read_text()
    return json.loads(text[text.index("=") + 1 :])


def owned_archive(path: Path, owner: str, entries: list) -> Path:
    """An X archive zip of `owner`'s: data/tweets.js and data/account.js."""
    with zipfile.ZipFile(path, "w") as bundle:
        bundle.writestr("data/tweets.js", ytd_file(entries))
        bundle.writestr("data/account.js", ytd_file([{"account": {"username": owner}}], "account"))
    return path


@pytest.fixture
def archives(tmp_path) -> dict[str, Path]:
    """Alice's and Bob's archives: each half of the bundled sample (400 tweets)."""
    entries = sample_entries()
    return {
        "alice": owned_archive(tmp_path / "alice.zip", "Alice", entries[:400]),
        "bob": owned_archive(tmp_path / "bob.zip", "bob", entries[400:]),
    }


@pytest.fixture
def api():
    with XApiStandin(token=TOKEN) as standin:
        standin.add_user("carol", 300)
        yield standin


def api_env(api) -> dict:
    return {"X_BEARER_TOKEN": api.token, "X_API_URL": api.url}


def test_one_archive_per_user_makes_one_bot_with_a_column_each(tmp_path, archives):
    result = run_pipeline(
        tmp_path, "alice,bob", "--archive", f"bob={archives['bob']},alice={archives['alice']}"
    )
    assert result.returncode == 0, result.stderr
    for handle in ("alice", "bob"):
        assert len(read_tweets(tmp_path / "data" / handle / "tweets.jsonl")) == 400
    bundle = zipfile.ZipFile(tmp_path / "model_store" / "alice-bob.mar")
    card = bundle.read("README.md").decode()
    assert "| Data | alice | bob |" in card
    assert "| Tweets downloaded | 400 | 400 |" in card
    # Quiet: the stages' own lines, no library logging; the last lines say what to do next.
    output = result.stdout + result.stderr
    assert "INFO" not in output and "quantize /MatMul" not in output
    assert result.stdout.rstrip().endswith(next_steps("alice-bob", tmp_path / "exports"))
    # Exports and the archive are plain files and folders (umask applied), not 0700/0600.
    export = tmp_path / "exports" / "alice-bob"
    for path in [export, *export.rglob("*")]:
        assert stat.S_IMODE(path.stat().st_mode) == plain_mode(path.is_dir()), path
    mar = tmp_path / "model_store" / "alice-bob.mar"
    assert stat.S_IMODE(mar.stat().st_mode) == plain_mode()
    # The device follows the host: TorchServe gives the worker a GPU where there is one.
    assert "deviceType" not in yaml.safe_load(bundle.read("model-config.yaml"))


def test_another_accounts_archive_is_refused_before_any_api_call(tmp_path, archives, api):
    result = run_pipeline(
        tmp_path, "alice,carol", "--archive", f"alice={archives['bob']}", env=api_env(api)
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: {archives['bob']} is the archive of @bob, not @alice: use it for @bob, "
        "or set FORCE=1 (--force) to import it as @alice anyway"
    ]
    assert api.requests == []  # carol comes from the API, and nothing was asked of it
    assert not (tmp_path / "data" / "alice").exists()


@pytest.mark.parametrize(
    ("base", "message"),
    [
        ("missing", "error: cannot load base model '{path}' ("),
        ("bert", "error: base model '{path}' is a bert model: tweetbots trains and serves GPT-2"),
        ("no_weights", "error: base model folder '{path}' has a config but no weights"),
    ],
)
def test_a_bad_base_fails_before_any_tweet_is_downloaded(tmp_path, api, base, message):
    folder = tmp_path / base
    if base != "missing":
        folder.mkdir()
        model_type = "bert" if base == "bert" else "gpt2"
        (folder / "config.json").write_text(json.dumps({"model_type": model_type}))
        if base == "no_weights":  # a tokenizer, so only the weights are missing
            from training.base_model import gpt2_tokenizer_offline

            gpt2_tokenizer_offline().save_pretrained(folder)
    result = run_pipeline(tmp_path, "carol", "--base", str(folder), env=api_env(api))
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(message.format(path=folder)), line
    assert api.requests == []
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        (["--backend", "tflite"], "error: BACKEND must be one of onnx, torch, got 'tflite'"),
        (["--quantize", "int4"], "error: QUANTIZE must be int8 or none, got 'int4'"),
        (["--keep", "middle"], "error: keep must be one of best, last, not 'middle'"),
    ],
)
def test_a_bad_setting_fails_before_any_tweet_is_downloaded(tmp_path, api, setting, message):
    result = run_pipeline(tmp_path, "carol", *setting, env=api_env(api))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [message]
    assert api.requests == []


def test_a_misspelt_handler_setting_fails_before_any_tweet_is_downloaded(tmp_path, api):
    config = tmp_path / "model-config.yaml"
    config.write_text("batchSize: 8\nhandler:\n  max_row: 32\n")  # max_rows, misspelt
    result = run_pipeline(tmp_path, "carol", "--model_config", str(config), env=api_env(api))
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {config}: unknown handler setting(s) max_row"), line
    assert api.requests == []


def test_a_missing_archive_fails_before_any_tweet_is_downloaded(tmp_path, api):
    missing = tmp_path / "missing.zip"
    archive = f"alice={missing}"
    result = run_pipeline(tmp_path, "alice,carol", "--archive", archive, env=api_env(api))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"error: archive not found for @alice: {missing}"]
    assert api.requests == []


def test_archive_forms():
    one = archives_by_user(["alice"], "a.zip")
    assert one == {"alice": Path("a.zip")}
    assert archives_by_user(["alice"], "alice=a.zip") == one
    assert archives_by_user(["alice", "bob"], "@Bob=b.zip, alice=a.zip") == {
        "alice": Path("a.zip"),
        "bob": Path("b.zip"),
    }
    assert archives_by_user(["alice", "bob"], "bob=b.zip") == {"bob": Path("b.zip")}
    assert archives_by_user(["alice"], None) == {}


@pytest.mark.parametrize(
    ("users", "archive", "message"),
    [
        (
            ["alice", "bob"],
            "a.zip",
            "ARCHIVE=a.zip is one user's archive but USER names 2 users: give each user's "
            "archive, ARCHIVE=alice=<archive>,bob=<archive>",
        ),
        (["alice"], "carol=c.zip", "ARCHIVE names @carol, who is not in USER=alice"),
        (["alice"], "alice=a.zip,alice=b.zip", "ARCHIVE names @alice twice"),
        (["alice"], "alice=a.zip,b.zip", "ARCHIVE item 'b.zip' is not <handle>=<archive>"),
    ],
)
def test_archive_form_errors(users, archive, message):
    with pytest.raises(TweetbotsError) as error:
        archives_by_user(users, archive)
    assert str(error.value).startswith(message)
