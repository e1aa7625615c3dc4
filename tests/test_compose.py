"""deploy/compose.yaml, started for real: the serving container (the front inside, the bot store
and the key folder mounted) and Prometheus with the alert rules.

Grafana's image cannot be pulled here (no registry), so its service is checked as
configuration only: the file parses and every file it mounts exists. Prometheus is Debian's
package in an image built from the local debootstrap base (deploy/prometheus/Dockerfile).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import docker_helpers
import pytest
import requests
import yaml
from docker_helpers import (
    ADAPTER,
    IMAGE_UID,
    Ports,
    docker,
    free_port,
    key_folder,
    predict,
    wait_healthy,
)

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent
COMPOSE_FILE = ROOT / "deploy" / "compose.yaml"
PROMETHEUS_IMAGE = docker_helpers.PROMETHEUS_IMAGE

docker_engine = docker_helpers.docker_engine
app_image = docker_helpers.app_image
stores = docker_helpers.stores
DATA = {"bots", "secrets"}  # the user's own folders, mounted read-only


def compose_command() -> list[str] | None:
    """`docker compose` (the v2 plugin) when installed, else `docker-compose` (v1, Debian)."""
    if subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    return None


@pytest.fixture(scope="module")
def compose(docker_engine):
    command = compose_command()
    if command is None:
        pytest.skip("no `docker compose` plugin or docker-compose (deploy/docker-host.sh install)")
    return command


def test_compose_file_parses_and_mounts_files_that_exist(compose):
    config = subprocess.run(
        [*compose, "-f", str(COMPOSE_FILE), "config"], capture_output=True, text=True, check=True
    ).stdout
    services = yaml.safe_load(config)["services"]
    assert set(services) == {"tweetbots", "prometheus", "grafana"}
    for name, service in services.items():
        assert service["network_mode"] == "host", name
        for volume in service.get("volumes", []):
            source = volume["source"] if isinstance(volume, dict) else volume.split(":")[0]
            if source.startswith("/") and Path(source).name not in DATA:  # bind mounts
                assert Path(source).exists(), f"{name}: {source}"
    serving = services["tweetbots"]
    assert serving["stop_grace_period"] in ("90s", "1m30s", 90)
    assert serving["read_only"] is True
    targets = {
        volume["target"] if isinstance(volume, dict) else volume.split(":")[1]
        for volume in serving["volumes"]
    }
    assert targets == {"/app/bots", "/run/secrets/tweetbots"}


@pytest.fixture(scope="module")
def stack(compose, app_image, stores, tmp_path_factory):
    docker_helpers.build_prometheus_image()
    ports = Ports.free()
    prometheus_port = free_port()
    # monitoring/prometheus.yml as it is, aimed at this test's metrics port.
    config = yaml.safe_load((ROOT / "monitoring" / "prometheus.yml").read_text())
    config["global"].update(scrape_interval="1s", evaluation_interval="1s")
    config["scrape_configs"][0]["static_configs"] = [{"targets": [f"127.0.0.1:{ports.metrics}"]}]
    prometheus_config = tmp_path_factory.mktemp("compose") / "prometheus.yml"
    prometheus_config.write_text(yaml.safe_dump(config))
    keys = tmp_path_factory.mktemp("compose-keys")
    key = key_folder(keys)
    user = {} if os.getuid() == 0 else {"TWEETBOTS_USER": f"{os.getuid()}:{os.getgid()}"}
    environment = {
        **os.environ,
        **ports.environment(),
        **user,
        "TWEETBOTS_IMAGE": app_image.tag,
        "BOT_STORE": str(stores.bot_store),
        "API_KEYS_DIR": str(keys),
        "PROMETHEUS_IMAGE": PROMETHEUS_IMAGE,
        "PROMETHEUS_CONFIG": str(prometheus_config),
        "PROMETHEUS_PORT": str(prometheus_port),
    }
    project = [*compose, "-p", f"tweetbots-test-{uuid.uuid4().hex[:8]}", "-f", str(COMPOSE_FILE)]

    def run(*args: str) -> str:
        result = subprocess.run(
            [*project, *args], env=environment, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout.strip()

    run("up", "--detach", "tweetbots", "prometheus")
    try:
        serving = run("ps", "-q", "tweetbots")
        wait_healthy(serving)
        yield serving, ports, key, f"http://127.0.0.1:{prometheus_port}"
    finally:
        run("down", "--volumes", "--timeout", "90")


query = docker_helpers.prometheus_query


def wait_for(condition, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = condition()
            if value:
                return value
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise AssertionError(f"not true after {timeout:.0f} s: {condition.__doc__}")


def test_prometheus_scrapes_the_bot_and_loads_the_alert_rules(stack):
    serving, ports, key, prometheus = stack
    assert requests.get(f"{ports.url}/healthz", timeout=10).status_code == 200
    assert predict(ports, None, ADAPTER, {"text": "My dream is"}).status_code == 401
    answer = predict(ports, key, ADAPTER, {"text": "My dream is", "seed": 1})
    assert answer.status_code == 200, answer.text

    def scraped():
        """Prometheus has scraped the answered request"""
        series = 'tweetbots_requests_total{outcome="ok",model_name="bots"} == 1'
        return query(prometheus, series)

    wait_for(scraped)
    assert query(prometheus, 'up{job="torchserve"}')[0]["value"][1] == "1"
    rules = requests.get(f"{prometheus}/api/v1/rules", timeout=10).json()["data"]["groups"]
    names = {rule["name"] for group in rules for rule in group["rules"]}
    assert {"TweetbotsErrorRatioHigh", "TorchServeDown", "TweetbotsLatencyP99High"} <= names
    if os.getuid() == 0:
        user = docker("inspect", "--format", "{{.Config.User}}", serving)
        assert user == f"{IMAGE_UID}:{IMAGE_UID}"
