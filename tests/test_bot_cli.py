"""`make bots`, `make generate` and `make delete` on a real bot store (no server)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT, SAMPLE_ARCHIVE, run_pipeline

from engine.store import BotStore


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    root = tmp_path_factory.mktemp("botcli")
    for name, extra in (("alice", ["--lora", "--learning_rate", "3e-3"]), ("carol", [])):
        result = run_pipeline(root, name, "--archive", str(SAMPLE_ARCHIVE), "--force", *extra)
        assert result.returncode == 0, result.stderr[-2000:]
    return root


def cli(root, module: str, *args: str) -> subprocess.CompletedProcess:
    folders = ["--bot-store", str(root / "bots")]
    if module == "serving.bots":
        folders += ["--model-store", str(root / "model_store"), "--run-dir", str(root / "none"),
                    "--export-dir", str(root / "exports"), "--runs-dir", str(root / "runs"),
                    "--data-dir", str(root / "data")]  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", module, *args, *folders],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def test_bots_lists_every_bot_with_its_facts(trained):
    result = cli(trained, "serving.bots", "list")
    assert result.returncode == 0, result.stderr
    header, *lines = result.stdout.splitlines()
    assert header.split() == ["bot", "users", "base", "kind", "tweets", "kept", "perplexity",
                              "size", "served"]  # fmt: skip
    rows = {line.split()[0]: line.split() for line in lines}
    assert rows["alice"][1:4] == ["alice", "tiny", "adapter"]
    assert rows["carol"][3] == "full"
    assert rows["alice"][-1] == "no"  # no server running


def test_generate_answers_locally_and_seeded(trained):
    first = cli(trained, "engine.generate", "--bot", "alice", "--seed", "3", "-n", "2")
    assert first.returncode == 0, first.stderr
    texts = [json.loads(line) for line in first.stdout.splitlines()]
    assert len(texts) == 2 and all(t.startswith("My dream is") for t in texts)
    again = cli(trained, "engine.generate", "--bot", "alice", "--seed", "3", "-n", "2")
    assert again.stdout == first.stdout
    full = cli(trained, "engine.generate", "--bot", "carol", "--prompt", "I like", "-n", "1")
    assert full.returncode == 0 and json.loads(full.stdout).startswith("I like")
    missing = cli(trained, "engine.generate", "--bot", "nobody")
    assert missing.returncode == 1
    assert missing.stderr.strip() == (
        f"error: no bot named 'nobody' (bots in {trained / 'bots'}: alice, carol)"
    )


def test_delete_removes_one_bot_and_keeps_the_tweets_unless_asked(trained):
    result = cli(trained, "serving.bots", "delete", "carol")
    assert result.returncode == 0, result.stderr
    assert BotStore(trained / "bots").record("carol") is None
    assert not (trained / "exports" / "carol").exists()
    assert not (trained / "model_store" / "carol.mar").exists()
    assert (trained / "data" / "carol").exists()  # the (paid) download stays
    assert BotStore(trained / "bots").record("alice") is not None  # the others stay
    result = cli(trained, "serving.bots", "delete", "alice", "--data")
    assert result.returncode == 0 and not (trained / "data" / "alice").exists()
    gone = cli(trained, "serving.bots", "delete", "alice")
    assert gone.returncode == 1 and "no bot 'alice'" in gone.stderr
