"""The container's process (serving/supervisor.py `run`): its parts, and the whole process on
this host (no Docker needed).

The image runs the same process under tini (tests/test_image.py, with a Docker engine); here
it runs as a plain child with real nginx and TorchServe on free loopback ports: health, a
prediction, and SIGTERM while requests are in progress (every one answered, exit code 0).
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
import yaml
from conftest import MODEL, ROOT, TEST_KEY, free_port
from docker_helpers import metric_total

from engine.store import BotRecord, BotStore
from serving import supervisor
from serving.keys import KeyStore
from serving.logs import LogCopier
from serving.supervisor import MODEL_CONFIG, KeyWatch, ServiceSettings


def test_settings_come_from_the_environment():
    environ = {
        "TWEETBOTS_LISTEN": "127.0.0.1:9999",
        "TWEETBOTS_BOT_STORE": "/data/bots",
        "TWEETBOTS_API_KEYS_FILE": "/keys/k.json",
        "TWEETBOTS_DRAIN_SECONDS": "12.5",
        "TWEETBOTS_DEVICE_TYPE": "gpu",
        "TWEETBOTS_RUN_DIR": "/tmp/x",
    }
    settings, front = ServiceSettings.from_environment(environ)
    assert (settings.drain_seconds, settings.device_type) == (12.5, "gpu")
    assert (settings.bot_store, settings.run_dir) == (Path("/data/bots"), Path("/tmp/x"))
    assert (front.listen, front.keys_path, front.url) == (
        "127.0.0.1:9999",
        Path("/keys/k.json"),
        "http://127.0.0.1:9999",
    )
    _, default = ServiceSettings.from_environment({})
    assert default.url == "http://127.0.0.1:8080"  # 0.0.0.0 asked on loopback


def test_properties_open_metrics_to_other_hosts_and_take_ts_variables():
    environ = {"TS_JOB_QUEUE_SIZE": "64", "TS_CONFIG_FILE": "/x", "HOME": "/"}
    settings, _ = ServiceSettings.from_environment(environ)
    assert settings.properties == {"metrics_address": "http://0.0.0.0:8082", "job_queue_size": "64"}
    moved, _ = ServiceSettings.from_environment({"TS_METRICS_ADDRESS": "http://127.0.0.1:9"})
    assert moved.properties["metrics_address"] == "http://127.0.0.1:9"  # TS_* wins


def test_the_serving_config_carries_the_device_type(tmp_path):
    assert ServiceSettings(run_dir=tmp_path).serving_config() == MODEL_CONFIG
    written = ServiceSettings(run_dir=tmp_path, device_type="gpu").serving_config()
    config = yaml.safe_load(written.read_text())
    assert config == {**yaml.safe_load(MODEL_CONFIG.read_text()), "deviceType": "gpu"}


def test_log_copier_follows_appends_rotation_and_truncation(tmp_path):
    log, out = tmp_path / "front-access.log", io.BytesIO()
    copier = LogCopier({log: out})
    copier.copy()  # not there yet
    log.write_bytes(b"one\n")
    copier.copy()
    with log.open("ab") as handle:
        handle.write(b"two\n")
    log.rename(tmp_path / "front-access.log.1")  # rotated by rename: the rest, then the new
    with (tmp_path / "front-access.log.1").open("ab") as handle:
        handle.write(b"three\n")
    log.write_bytes(b"four, longer than five\n")
    copier.copy()
    os.truncate(log, 0)  # rotated by copy and truncation (torchserve.out; at 10 MB)
    with log.open("ab") as handle:
        handle.write(b"five\n")
    copier.copy()
    assert out.getvalue() == b"one\ntwo\nthree\nfour, longer than five\nfive\n"


class FakeFront:
    def __init__(self) -> None:
        self.reloads = 0

    def write_keys(self) -> int:
        return 1

    def reload(self) -> None:
        self.reloads += 1


def test_key_file_is_checked_at_start_and_a_change_reloads_the_front(tmp_path, monkeypatch):
    path = tmp_path / "keys" / "api_keys.json"
    problem = KeyWatch(path).check()
    assert str(path) in problem and "serving.keys_cli create" in problem
    path.parent.mkdir()
    path.write_text("not json")
    assert "not a key store" in KeyWatch(path).check()
    path.unlink()
    KeyStore(path).create("first")
    watch, front = KeyWatch(path), FakeFront()
    assert watch.check() == ""
    monkeypatch.setattr(supervisor, "KEYS_CHECK_SECONDS", 0.0)
    watch.poll(front)
    assert front.reloads == 0  # unchanged
    KeyStore(path).create("second")
    watch.poll(front)
    watch.poll(front)
    assert front.reloads == 1


def test_the_bot_store_is_readable_by_a_server_of_another_user(tmp_path):
    """A container runs as its own user: whatever modes training wrote, the store is readable."""
    source = tmp_path / "export"
    source.mkdir()
    for name in ("model.safetensors", "config.json"):
        (source / name).write_bytes(b"x")
        os.chmod(source / name, 0o600)  # as save_pretrained writes weights
    store = BotStore(tmp_path / "bots")
    base = store.base_dir(store.add_base(source, "tiny"))
    record = BotRecord(name="somebot", kind="full", base={"name": "tiny", "hash": None})
    live = store.publish(record, [source / "model.safetensors", source / "config.json"])
    for folder in (base, live.resolve()):
        assert folder.stat().st_mode & 0o777 == 0o755
        for path in folder.iterdir():
            assert path.stat().st_mode & 0o444 == 0o444, path


# --- the whole process on this host ---------------------------------------------------------


def slow_request(seed: int) -> dict:
    return {"text": "My dream is", "num_return_sequences": 8, "max_new_tokens": 150,
            "stop_at_newline": False, "seed": seed}  # fmt: skip


@pytest.mark.e2e
def test_the_process_serves_and_drains_on_sigterm(trained_bot, tmp_path):
    keys = KeyStore(tmp_path / "keys" / "api_keys.json")
    key = keys.create(TEST_KEY).key
    front, metrics = free_port(), free_port()
    environment = {
        **os.environ,
        "TWEETBOTS_LISTEN": f"127.0.0.1:{front}",
        "TWEETBOTS_BOT_STORE": str(trained_bot / "bots"),
        "TWEETBOTS_API_KEYS_FILE": str(keys.path),
        "TWEETBOTS_RUN_DIR": str(tmp_path / "run"),
        "TS_METRICS_ADDRESS": f"http://127.0.0.1:{metrics}",
    }
    log = tmp_path / "output.log"  # a file: a pipe nobody reads would fill and block it
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "serving.supervisor", "run"],
            cwd=ROOT,
            env=environment,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url, metrics_url = f"http://127.0.0.1:{front}", f"http://127.0.0.1:{metrics}"
    headers = {"Authorization": f"Bearer {key}"}
    try:
        health = [sys.executable, "-m", "serving.supervisor", "health"]
        deadline = time.monotonic() + 240
        while subprocess.run(health, cwd=ROOT, env=environment, capture_output=True).returncode:
            assert process.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(1)

        def ask(seed: int) -> requests.Response:
            return requests.post(
                f"{url}/predictions/{MODEL}", json=slow_request(seed), headers=headers, timeout=180
            )

        arrived = metric_total(metrics_url, "ts_inference_requests_total")
        with ThreadPoolExecutor(4) as pool:
            futures = [pool.submit(ask, seed) for seed in range(4)]
            deadline = time.monotonic() + 30
            while metric_total(metrics_url, "ts_inference_requests_total") < arrived + 4:
                assert time.monotonic() < deadline, "the requests never reached TorchServe"
                time.sleep(0.02)
            assert not any(future.done() for future in futures), "requests too quick to test"
            process.send_signal(signal.SIGTERM)
            answers = [future.result() for future in futures]
        assert [answer.status_code for answer in answers] == [200] * 4
        assert process.wait(90) == 0
    finally:
        if process.poll() is None:
            process.kill()
    output = log.read_text()
    assert "tweetbots: SIGTERM: draining" in output
    assert "tweetbots: no request in progress" in output and "tweetbots: stopped" in output
    assert f'"key":"{TEST_KEY}","method":"POST"' in output  # the front's log, copied out
    assert key not in output
