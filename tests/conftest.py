"""Shared fixtures: archive builders and the handler modules on sys.path (as in a .mar)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import zipfile
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests
import yaml

from engine.names import SERVING_MODEL
from serving.front_settings import FrontSettings
from serving.keys import KeyStore
from serving.supervisor import MODEL_CONFIG, Service

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


MAKE_VARIABLES = ("MAKEFLAGS", "MAKELEVEL", "MFLAGS", "MAKEOVERRIDES")


def run_make(*args: str, env: dict | None = None, timeout: float = 600):
    """`make ARGS` in the project as a user types it: not as a sub-make of a `make test` that
    runs this suite (its MAKEFLAGS and level would change make's output and variables)."""
    clean = {k: v for k, v in (env or os.environ).items() if k not in MAKE_VARIABLES}
    return subprocess.run(
        ["make", *args], cwd=ROOT, env=clean, capture_output=True, text=True, check=False,
        timeout=timeout,
    )  # fmt: skip


def run_short_bench(module: str, out: Path) -> None:
    """`python -m <module> --short --out <out>`: a benchmark in its CI mode, as a real process."""
    subprocess.run(
        [sys.executable, "-m", module, "--short", "--out", str(out)],
        cwd=ROOT, check=True, capture_output=True, timeout=600,
    )  # fmt: skip


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
SERVED = SERVING_MODEL  # the TorchServe model that serves every bot (its metrics' model_name)
BATCH_DELAY_MS = 1000  # wide enough that concurrent test requests always share a batch
TEST_KEY = "tests"  # the API key every test service accepts


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def trained_bot(tmp_path_factory) -> Path:
    """A tiny full bot trained once per session from the sample archive: the folder holding
    its bots/ store (serve it with `bot_service`), exports/ and model_store/<bot>.mar."""
    root = tmp_path_factory.mktemp("bot")
    archive = root / "twitter-archive.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.write(SAMPLE_ARCHIVE, "data/tweets.js")
    trained = run_pipeline(root, MODEL, "--archive", str(archive))
    assert trained.returncode == 0, trained.stderr
    return root


def serving_config(root: Path, **model_config) -> Path:
    """handlers/model-config.yaml with these changes (`handler={...}` for its handler
    section), written to `root/model-config.yaml`: the serving model's settings for a test."""
    config = yaml.safe_load(MODEL_CONFIG.read_text())
    config["handler"].update(model_config.pop("handler", {}))
    config.update(model_config)
    path = root / "model-config.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


def job_settings(root: Path, jobs: dict | None) -> dict:
    """front.yaml's jobs_* settings for a test service: its jobs in `root/jobs`, training the
    tiny offline base; `jobs` as {"base": ..., "learning_rate": ..., "queued": ...}."""
    jobs = dict(jobs or {})
    settings = {"jobs_dir": str(root / "jobs"), "jobs_base": jobs.pop("base", "tiny")}
    if "learning_rate" in jobs:
        settings["jobs_train_args"] = f"--learning_rate {float(jobs.pop('learning_rate'))}"
    return settings | {f"jobs_{name}": value for name, value in jobs.items()}


def start_service(
    root: Path,
    bot_store: Path,
    front: dict | None = None,
    model_config: Path | None = None,
    jobs: dict | None = None,
    **properties,
) -> Service:
    """TorchServe and its nginx front on free loopback ports, from the project's own config
    files, serving `bot_store` (with `model_config` as the serving model's settings); the
    front accepts the API key TEST_KEY (in `root/api_keys.json`, admin scope), and its
    training jobs (`jobs`, see job_settings) live in `root/jobs`."""
    keys = KeyStore(root / "api_keys.json")
    if not any(key.name == TEST_KEY for key in keys.load()):
        keys.create(TEST_KEY, scope="admin")
    settings = FrontSettings.load(
        listen=f"127.0.0.1:{free_port()}", keys_file=str(keys.path),
        **(job_settings(root, jobs) | (front or {})),
    )  # fmt: skip
    addresses = {"metrics_address": f"http://127.0.0.1:{free_port()}", **properties}
    service = Service.open(root / "serve", settings, addresses)
    service.start(bot_store, model_config or MODEL_CONFIG)
    return service


@contextmanager
def bot_service(root: Path, trained: Path, front: dict | None = None, **model_config):
    """The trained bot's store served with these model-config.yaml changes behind a front
    with `front`'s settings; stopped when the block ends."""
    config = serving_config(root, **model_config)
    service = start_service(root, trained / "bots", front, config)
    try:
        yield service
    finally:
        service.stop()


@pytest.fixture(scope="module")
def served(trained_bot, tmp_path_factory):
    # one engine step per TorchServe call: the tiny model decodes a token in a millisecond,
    # and the tests watch streams and joins token by token
    with bot_service(
        tmp_path_factory.mktemp("e2e"), trained_bot, batchSize=8, maxBatchDelay=BATCH_DELAY_MS,
        handler={"step_budget_ms": 0},
    ) as service:  # fmt: skip
        yield service


def api_key(service: Service, name: str = TEST_KEY) -> str:
    return KeyStore(service.front.settings.keys_path).get(name).key


def predict(
    service, body=None, *, data=None, headers=None, key=True, model=MODEL, timeout=120, stream=False
):
    """POST /predictions/<model> through the front, with the test key unless key=False (or
    another key as a string)."""
    token = api_key(service) if key is True else key
    auth = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.post(
        f"{service.url}/predictions/{model}",
        json=body,
        data=data,
        headers={**auth, **(headers or {})},
        timeout=timeout,
        verify=service.front.verify,
        stream=stream,
    )
