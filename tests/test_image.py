"""The serving image, built and run for real: `make test-image` (and `make test` with Docker).

Builds the Dockerfile's `app` target from a local debootstrap base and runs it as the
Kubernetes Deployment does (read-only root, a scratch /tmp, the stores and the key file
mounted read-only): the whole service, the nginx front before TorchServe, with a full bot and
an adapter bot in the bot store, both served by the one serving model. Through the front:
/healthz without a key, predictions with one (401 without), a streamed prediction, GET /bots,
a bot published into the mounted store while it runs, a key added to the mounted key file;
/metrics; every log on the container's output without a key; and SIGTERM while requests are
in progress: every one answered, exit code 0, within the bound.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import docker_helpers
import pytest
import requests
from docker_helpers import (
    ADAPTER,
    FULL,
    IMAGE_SIZE_LIMIT,
    IMAGE_UID,
    Ports,
    container_logs,
    docker,
    give_to_image_user,
    key_folder,
    metric_total,
    predict,
    run_as,
    wait_healthy,
)

from engine.store import BotStore
from serving.keys import KeyStore

# The session's fixtures (one image build and one pair of bots for the image and compose tests).
docker_engine = docker_helpers.docker_engine
app_image = docker_helpers.app_image
stores = docker_helpers.stores

pytestmark = pytest.mark.e2e

DRAIN_SECONDS = 60  # the container's default bound (serving/supervisor.py), kept explicit here
BODY = {"text": "My dream is", "max_new_tokens": 12, "seed": 3}
SLOW_REQUEST = {"text": "My dream is", "num_return_sequences": 8, "max_new_tokens": 150,
                "stop_at_newline": False}  # fmt: skip


@pytest.fixture(scope="module")
def container(app_image, stores, tmp_path_factory):
    keys = tmp_path_factory.mktemp("keys")
    key = key_folder(keys)
    ports = Ports.free()
    name = f"tweetbots-test-{uuid.uuid4().hex[:8]}"
    environment = [f"--env={k}={v}" for k, v in ports.environment().items()]
    # As the Kubernetes Deployment runs it: read-only root, a scratch /tmp, the stores and the
    # key file (a Secret there) mounted read-only.
    docker(
        "run", "--detach", "--name", name, "--network", "host", *environment, *run_as(),
        "--read-only", "--tmpfs", "/tmp:exec",
        "--volume", f"{stores.bot_store}:/app/bots:ro",
        "--volume", f"{keys}:/run/secrets/tweetbots:ro",
        app_image.tag,
    )  # fmt: skip
    try:
        wait_healthy(name)
        yield name, ports, key, keys
    finally:
        docker("rm", "--force", name, check=False)


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
        "command -v nginx; command -v java; command -v tini; ls /opt/venv/bin | grep -c '^pip' "
        "|| true"
    )
    out = docker("run", "--rm", "--network=none", "--entrypoint=sh", app_image.tag, "-c", probe)
    lines = out.splitlines()
    assert lines[0] == str(IMAGE_UID)
    assert lines[1:4] == ["/usr/sbin/nginx", "/usr/bin/java", "/usr/bin/tini"]
    assert lines[4] == "0"


def test_history_holds_no_host_settings(app_image):
    history = docker("history", "--no-trunc", "--format", "{{.CreatedBy}}", app_image.tag)
    for leak in ("127.0.0.1", "PIP_", "pip_cert", "/opt/wheels", "/opt/pypi"):
        assert leak not in history


def test_health_needs_no_key_and_predictions_need_one(container):
    name, ports, key, _ = container
    health = requests.get(f"{ports.url}/healthz", timeout=10)
    assert (health.status_code, health.json()) == (200, {"status": "ready"})
    refused = predict(ports, None, FULL, BODY)
    assert refused.status_code == 401 and refused.json()["type"] == "Unauthorized"
    assert predict(ports, "tb_" + "0" * 48, ADAPTER, BODY).status_code == 401
    for bot in (FULL, ADAPTER):
        answer = predict(ports, key, bot, BODY)
        assert answer.status_code == 200, answer.text
        assert answer.json()[0]["generated_text"].startswith("My dream is")
    # Both kinds of bot went through the one serving model.
    metrics = requests.get(f"{ports.metrics_url}/metrics", timeout=10).text
    ok = r'tweetbots_requests_total\{model_name="bots".*outcome="ok".*\} 2'
    assert re.search(ok, metrics), metrics
    assert "ts_inference_requests_total" in metrics


def test_a_streamed_prediction_arrives_as_ndjson_lines(container):
    _, ports, key, _ = container
    body = {**BODY, "max_new_tokens": 30, "stop_at_newline": False}
    with predict(ports, key, ADAPTER, {**body, "stream": True}, stream=True) as answer:
        assert answer.status_code == 200
        assert answer.headers["Content-Type"] == "application/x-ndjson"
        assert "ts_stream_next" not in answer.headers
        lines = [json.loads(line) for line in answer.iter_lines()]
    *pieces, final = lines
    assert len(pieces) > 1 and all(set(piece) == {"index", "text"} for piece in pieces)
    assert final == predict(ports, key, ADAPTER, body).json()  # the same as without streaming
    assert final[0]["generated_text"] == "My dream is" + "".join(p["text"] for p in pieces)


def test_get_bots_lists_the_mounted_store(container):
    _, ports, key, _ = container
    assert requests.get(f"{ports.url}/bots", timeout=10).status_code == 401
    listed = requests.get(f"{ports.url}/bots", headers={"Authorization": f"Bearer {key}"})
    kinds = {bot["name"]: bot["kind"] for bot in listed.json()["bots"]}
    assert {FULL: "full", ADAPTER: "adapter"}.items() <= kinds.items()


def test_a_bot_published_into_the_mounted_store_is_served_at_once(container, stores):
    _, ports, key, _ = container
    assert predict(ports, key, "latecomer", BODY).status_code == 404
    store = BotStore(stores.bot_store)
    record = store.record(ADAPTER)
    late = record.__class__(**{**record.__dict__, "name": "latecomer", "version": ""})
    folder = store.path(ADAPTER)
    store.publish(late, [folder / "adapter_model.safetensors", folder / "adapter_config.json"])
    answer = predict(ports, key, "latecomer", BODY)
    assert answer.status_code == 200, answer.text
    assert answer.json() == predict(ports, key, ADAPTER, BODY).json()  # the same adapter
    listed = requests.get(f"{ports.url}/bots", headers={"Authorization": f"Bearer {key}"})
    assert "latecomer" in {bot["name"] for bot in listed.json()["bots"]}


def test_a_key_added_to_the_mounted_file_is_accepted_without_a_restart(container):
    name, ports, _, keys = container
    second = KeyStore(keys / "api_keys.json").create("second").key
    give_to_image_user(keys)
    deadline = time.monotonic() + 30  # checked every 5 s, then an nginx reload
    while predict(ports, second, FULL, BODY).status_code != 200:
        assert time.monotonic() < deadline, docker("logs", "--tail", "20", name)
        time.sleep(1)
    assert "tweetbots: API keys changed: the front accepts 2 key(s)" in docker("logs", name)


def test_metrics_and_every_log_on_the_containers_output_without_keys(container):
    name, ports, key, _ = container
    metrics = requests.get(f"{ports.metrics_url}/metrics", timeout=10).text
    assert "tweetbots_bot_requests_total" in metrics
    logs = container_logs(name)
    assert f'"POST /predictions/bots/1.0/{ADAPTER} HTTP/1.1" 200' in logs  # TorchServe's
    assert f'"key":"tests","method":"POST","path":"/predictions/{ADAPTER}"' in logs  # nginx's
    assert "tweetbots: serving the bot store /app/bots" in logs
    assert key not in logs
    files = docker("exec", name, "sh", "-c", "ls /tmp/tweetbots/logs | wc -l")
    assert files == "3"  # the front's and the keeper's logs, copied out; TorchServe's: none


def test_sigterm_drains_requests_in_progress_then_exits_0(container):
    name, ports, key, _ = container
    arrived = metric_total(ports.metrics_url, "ts_inference_requests_total")
    bodies = [({**SLOW_REQUEST, "seed": seed}, bot) for seed in range(3) for bot in (FULL, ADAPTER)]
    with ThreadPoolExecutor(len(bodies) + 1) as pool:
        futures = [pool.submit(predict, ports, key, bot, body) for body, bot in bodies]
        streamed = pool.submit(stream_lines, ports, key)
        deadline = time.monotonic() + 30
        while metric_total(ports.metrics_url, "ts_inference_requests_total") < arrived + 7:
            assert time.monotonic() < deadline, "the requests never reached TorchServe"
            time.sleep(0.02)
        assert not any(future.done() for future in futures), "requests too quick to test"
        started = time.monotonic()
        docker("stop", "--time", str(DRAIN_SECONDS + 30), name)  # SIGTERM, SIGKILL after that
        stopped = time.monotonic() - started
        answers = [future.result() for future in futures]
        lines = streamed.result()
    assert [answer.status_code for answer in answers] == [200] * len(bodies)
    assert all(len(a.json()) == SLOW_REQUEST["num_return_sequences"] for a in answers)
    assert isinstance(lines[-1], list) and len(lines) > 2  # the stream ended with its answer
    assert docker("inspect", "--format", "{{.State.ExitCode}}", name) == "0"
    assert stopped < DRAIN_SECONDS
    logs = container_logs(name)
    assert "tweetbots: SIGTERM: draining" in logs
    assert "tweetbots: no request in progress" in logs and "tweetbots: stopped" in logs


def stream_lines(ports: Ports, key: str) -> list:
    body = {**SLOW_REQUEST, "num_return_sequences": 1, "stream": True, "seed": 9}
    with predict(ports, key, ADAPTER, body, stream=True) as answer:
        assert answer.status_code == 200
        return [json.loads(line) for line in answer.iter_lines()]
