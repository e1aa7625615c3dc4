"""The serving image, built and run for real: `make test-image` (and `make test` with Docker).

Builds Dockerfile's serving target from a local debootstrap base, starts it with a
freshly trained tiny bot in model_store/, waits for Docker's HEALTHCHECK, predicts with a key,
reads /metrics, and stops it with SIGTERM while requests are in flight: every one must be
answered and the container must exit 0 within its drain bound.
"""

from __future__ import annotations

import re
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import docker_helpers
import pytest
import requests
from docker_helpers import (
    BOT,
    IMAGE_SIZE_LIMIT,
    Ports,
    docker,
    inference_key,
    metric_total,
    wait_healthy,
)

# The session's fixtures (one image build and one bot for the image and compose tests).
docker_engine = docker_helpers.docker_engine
app_image = docker_helpers.app_image
bot_store = docker_helpers.bot_store

pytestmark = pytest.mark.e2e

DRAIN_SECONDS = 60  # the container's default bound, kept explicit here
SLOW_REQUEST = {"text": "My dream is", "num_return_sequences": 16, "max_new_tokens": 200}


@pytest.fixture(scope="module")
def container(app_image, bot_store):
    ports = Ports.free()
    name = f"tweetbots-test-{uuid.uuid4().hex[:8]}"
    environment = [f"--env={key}={value}" for key, value in ports.environment().items()]
    # As the Kubernetes Deployment runs it: read-only root, a scratch /tmp, the store read-only.
    docker(
        "run", "--detach", "--name", name, "--network", "host", *environment,
        "--read-only", "--tmpfs", "/tmp:exec", "--volume", f"{bot_store}:/app/model_store:ro",
        app_image.tag,
    )  # fmt: skip
    try:
        wait_healthy(name)
        yield name, ports
    finally:
        docker("rm", "--force", name, check=False)


def predict(ports: Ports, key: str | None, body: dict) -> requests.Response:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return requests.post(
        f"http://127.0.0.1:{ports.inference}/predictions/{BOT}",
        json=body,
        headers=headers,
        timeout=120,
    )


def test_image_is_small_and_its_context_left_the_host_out(app_image):
    assert app_image.size <= IMAGE_SIZE_LIMIT, f"{app_image.size / 1e9:.2f} GB"
    # .dockerignore: the context is a few MB, never .venv (1.5 GB), data/, runs/, exports/.
    sizes = re.findall(r"transferring context: ([\d.]+)(kB|MB|GB|B)", app_image.log)
    assert sizes, app_image.log[-2000:]
    scale = {"B": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}
    assert max(float(value) * scale[unit] for value, unit in sizes) < 50e6


def test_runs_as_non_root_without_build_tools_or_prometheus(app_image):
    probe = (
        "id -u; for tool in gcc cc make pip prometheus; do command -v $tool; done; "
        "command -v nginx; command -v java; ls /opt/venv/bin | grep -c '^pip' || true"
    )
    out = docker("run", "--rm", "--network=none", "--entrypoint=sh", app_image.tag, "-c", probe)
    lines = out.splitlines()
    assert lines[0] == "10001"
    assert lines[1:3] == ["/usr/sbin/nginx", "/usr/bin/java"]
    assert lines[3] == "0"


def test_history_holds_no_host_settings(app_image):
    history = docker("history", "--no-trunc", "--format", "{{.CreatedBy}}", app_image.tag)
    for leak in ("127.0.0.1", "PIP_", "pip_cert", "/opt/wheels", "/opt/pypi"):
        assert leak not in history


def test_health_prediction_with_a_key_and_metrics(container):
    name, ports = container
    assert predict(ports, None, {"text": "My dream is"}).status_code == 400  # no key
    answer = predict(ports, inference_key(name), {"text": "My dream is", "seed": 3})
    assert answer.status_code == 200, answer.text
    assert answer.json()[0]["generated_text"].startswith("My dream is")
    metrics = requests.get(f"http://127.0.0.1:{ports.metrics}/metrics", timeout=10).text
    assert re.search(r'tweetbots_requests_total\{.*outcome="ok".*\} 1\.0', metrics)
    assert "ts_inference_requests_total" in metrics
    # TorchServe's logs are the container's: the access log line of that request is there.
    logs = docker("logs", name)
    assert f'"POST /predictions/{BOT} HTTP/1.1" 200' in logs
    files = docker("exec", name, "sh", "-c", "ls /tmp/tweetbots/logs 2>/dev/null | wc -l")
    assert files == "0"


def test_sigterm_drains_in_flight_requests_then_exits_0(container):
    name, ports = container
    key = inference_key(name)
    metrics_url = f"http://127.0.0.1:{ports.metrics}"
    arrived = metric_total(metrics_url, "ts_inference_requests_total")
    clients = 6
    with ThreadPoolExecutor(clients) as pool:
        futures = [
            pool.submit(predict, ports, key, {**SLOW_REQUEST, "seed": seed})
            for seed in range(clients)
        ]
        deadline = time.monotonic() + 30
        while metric_total(metrics_url, "ts_inference_requests_total") < arrived + clients:
            assert time.monotonic() < deadline, "the requests never reached TorchServe"
            time.sleep(0.02)
        assert not any(future.done() for future in futures), "requests too quick to test"
        started = time.monotonic()
        docker("stop", "--time", str(DRAIN_SECONDS + 30), name)  # SIGTERM, SIGKILL after that
        stopped = time.monotonic() - started
        answers = [future.result() for future in futures]
    assert [answer.status_code for answer in answers] == [200] * clients
    assert all(len(answer.json()) == SLOW_REQUEST["num_return_sequences"] for answer in answers)
    assert docker("inspect", "--format", "{{.State.ExitCode}}", name) == "0"
    assert stopped < DRAIN_SECONDS
    logs = docker("logs", name)
    assert "container: SIGTERM: draining" in logs
    assert "container: no request in flight" in logs
