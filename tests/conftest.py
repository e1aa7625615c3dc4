"""Shared fixtures: archive builders and the handler modules on sys.path (as in a .mar)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import requests
import yaml

from serving.server import open_server

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "handlers"))  # the archive puts handler modules at its root

SAMPLE_ARCHIVE = ROOT / "samples" / "archive" / "data" / "tweets.js"


def archive_entry(tweet_id: int, text: str) -> dict:
    return {
        "tweet": {
            "id_str": str(tweet_id),
            "id": str(tweet_id),
            "created_at": "Mon Mar 03 10:00:00 +0000 2025",
            "full_text": text,
            "lang": "en",
        }
    }


def ytd_file(entries: list, kind: str = "tweets", part: int = 0) -> str:
    return f"window.YTD.{kind}.part{part} = " + json.dumps(entries, indent=1)


@pytest.fixture
def sample_archive() -> Path:
    return SAMPLE_ARCHIVE


def write_json_lines(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))


QUICK_TRAINING = ["--base", "tiny", "--epochs", "1", "--block_size", "64"]


def run_pipeline(root: Path, user: str, *extra: str, env: dict | None = None):
    """`make train`'s entry point as a real process, every output under `root`."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "training.pipeline",
            "--user",
            user,
            *QUICK_TRAINING,
            "--data_dir",
            str(root / "data"),
            "--runs_dir",
            str(root / "runs"),
            "--export_dir",
            str(root / "exports"),
            "--model_store",
            str(root / "model_store"),
            "--bot_store",
            str(root / "bots"),
            *extra,
        ],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )


# A served bot, shared by the end-to-end and monitoring tests (one per module).
MODEL = "e2ebot"
BATCH_DELAY_MS = 1000  # wide enough that concurrent test requests always share a batch


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = tmp_path_factory.mktemp("e2e")
    archive = root / "twitter-archive.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.write(SAMPLE_ARCHIVE, "data/tweets.js")
    model_config = yaml.safe_load((ROOT / "handlers" / "model-config.yaml").read_text())
    model_config.update(batchSize=8, maxBatchDelay=BATCH_DELAY_MS)
    (root / "model-config.yaml").write_text(yaml.safe_dump(model_config))
    store = root / "model_store"
    trained = run_pipeline(
        root, MODEL, "--archive", str(archive), "--model_config", str(root / "model-config.yaml")
    )
    assert trained.returncode == 0, trained.stderr
    assert sorted(p.name for p in store.iterdir()) == [f"{MODEL}.mar"]
    addresses = {
        key: f"http://127.0.0.1:{free_port()}"
        for key in ("inference_address", "management_address", "metrics_address")
    }
    # TorchServe always starts gRPC servers too: free ports, so servers never collide
    addresses |= {key: str(free_port()) for key in ("grpc_inference_port", "grpc_management_port")}
    server = open_server(root / "serve", addresses)
    server.start(store)
    try:
        server.wait_ready([MODEL])
        yield server
    finally:
        server.stop()


def predict(server, body=None, *, data=None, headers=None, key=True, stream=False):
    auth = {"Authorization": f"Bearer {server.keys()['inference']}"} if key else {}
    return requests.post(
        f"{server.inference_url}/predictions/{MODEL}",
        json=body,
        data=data,
        headers={**auth, **(headers or {})},
        timeout=120,
        stream=stream,
    )
