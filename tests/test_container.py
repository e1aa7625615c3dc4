"""serving/container.py's pure parts: settings, TorchServe overrides, in-flight count, retarget.

The process itself (PID 1, drain on SIGTERM, health) runs for real in tests/test_image.py.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import yaml

from serving.container import (
    LOG_CONFIG,
    Settings,
    container_properties,
    metric_sum,
    retarget,
)

METRICS = """\
# HELP ts_inference_requests_total Total number of inference requests received.
# TYPE ts_inference_requests_total counter
ts_inference_requests_total{model_name="a",model_version="default",hostname="h",} 7.0
ts_inference_requests_total{model_name="b",model_version="default",hostname="h",} 2.0
tweetbots_requests_total{model_name="a",model_version="1.0",outcome="ok",Hostname="h",} 5.0
tweetbots_requests_total{model_name="a",model_version="1.0",outcome="bad_request",Hostname="h",} 1.0
tweetbots_requests_total_other 100.0
"""


def test_metric_sum_adds_every_labelled_sample_of_one_name():
    assert metric_sum(METRICS, "ts_inference_requests_total") == 9.0
    assert metric_sum(METRICS, "tweetbots_requests_total") == 6.0
    assert metric_sum(METRICS, "missing_total") == 0.0


def test_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("TWEETBOTS_DRAIN_SECONDS", "12.5")
    monkeypatch.setenv("TWEETBOTS_DEVICE_TYPE", "gpu")
    monkeypatch.setenv("TWEETBOTS_RUN_DIR", "/tmp/x")
    settings = Settings.from_environment()
    assert (settings.drain_seconds, settings.device_type) == (12.5, "gpu")
    assert settings.draining_marker == Path("/tmp/x/draining")


def test_properties_listen_on_the_host_log_to_stdout_and_take_ts_variables():
    settings = Settings(host="0.0.0.0")
    environ = {"TS_METRICS_ADDRESS": "http://127.0.0.1:9999", "TS_CONFIG_FILE": "/x", "HOME": "/"}
    overrides = container_properties(settings, environ)
    assert overrides["inference_address"] == "http://0.0.0.0:8080"
    assert overrides["management_address"] == "http://0.0.0.0:8081"
    assert overrides["metrics_address"] == "http://127.0.0.1:9999"  # TS_* wins
    assert f"-Dlog4j.configurationFile=file://{LOG_CONFIG}" in overrides["vmargs"]
    assert "config_file" not in overrides and "home" not in overrides
    assert LOG_CONFIG.exists()


def write_archive(path: Path, device_type: str) -> None:
    manifest = {"model": {"modelName": path.stem, "configFile": "model-config.yaml"}}
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("MAR-INF/MANIFEST.json", json.dumps(manifest))
        archive.writestr("model-config.yaml", yaml.safe_dump({"deviceType": device_type}))
        archive.writestr("weights.bin", b"\0" * 100)


def test_retarget_sets_device_type_in_a_copy_and_links_archives_already_right(tmp_path):
    store, run_dir = tmp_path / "store", tmp_path / "run"
    store.mkdir()
    write_archive(store / "cpubot.mar", "cpu")
    write_archive(store / "gpubot.mar", "gpu")
    assert retarget(store, run_dir, "") == store  # no device type: the store as it is
    served = retarget(store, run_dir, "gpu")
    with zipfile.ZipFile(served / "cpubot.mar") as copy:
        assert yaml.safe_load(copy.read("model-config.yaml")) == {"deviceType": "gpu"}
        assert copy.read("weights.bin") == b"\0" * 100
    with zipfile.ZipFile(store / "cpubot.mar") as original:  # the mounted store is untouched
        assert yaml.safe_load(original.read("model-config.yaml")) == {"deviceType": "cpu"}
    assert (served / "gpubot.mar").resolve() == (store / "gpubot.mar").resolve()
    assert retarget(store, run_dir, "gpu") == served  # again (a restart): replaced, not failed
