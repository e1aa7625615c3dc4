"""The front door for real: nginx in front of a real TorchServe serving a tiny bot.

One service for the module (free loopback ports; API keys in a test key store). It checks:
hostile input (a hypothesis fuzz of 2,000+ bodies batched with valid requests) never costs a
valid request or the worker; the per-key rate limit, body cap and both kinds of load shedding
answer JSON with Retry-After; keys are created, rotated and revoked on a running front without
dropping a request in flight; TLS; that nothing but the front and Prometheus' metrics can be
reached (gRPC refuses callers without TorchServe's key); and that no key is ever logged.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import grpc
import psutil
import pytest
import requests
from conftest import MODEL, ROOT, SERVED, api_key, bot_service, free_port, predict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.contract import FIELDS
from serving.front import Front
from serving.keys import KeyStore
from serving.nginx_config import ServingLimits

pytestmark = pytest.mark.e2e
BATCH = 8
QUEUE = 8  # TorchServe's jobQueueSize for this bot: small, so its own queue can fill
FUZZ_ROUNDS = 334  # x 6 generated bodies = 2,004, each round with 2 valid requests
VALID = {"text": "My dream is", "max_new_tokens": 4, "num_return_sequences": 1}
HEAVY = {"text": "I", "num_return_sequences": 4, "max_new_tokens": 100, "stop_at_newline": False}


@pytest.fixture(scope="module")
def service(trained_bot, tmp_path_factory):
    front = {"rate_per_minute": 600_000, "burst": 1000, "max_in_flight": 64}
    with bot_service(
        tmp_path_factory.mktemp("front-e2e"), trained_bot, front,
        batchSize=BATCH, maxBatchDelay=100, jobQueueSize=QUEUE, responseTimeout=60,
    ) as service:  # fmt: skip
        yield service


def reconfigured(service, **changes) -> None:
    """The running front with other settings (an nginx reload, as an operator would)."""
    front = service.front
    front.settings = front.settings.replace(**changes)
    front.configure(
        service.upstream(), service.torchserve.keys()["inference"], limits(service),
        Path(front.state()["bot_store"]),
    )  # fmt: skip
    front.reload()


def limits(service) -> ServingLimits:
    return ServingLimits.of(service.run_dir.parent / "model-config.yaml")


def worker_pid(service) -> int:
    (worker,) = service.torchserve.workers(SERVED)
    return worker["pid"]


def assert_json_error(answer: requests.Response, status: int, kind: str) -> dict:
    assert answer.status_code == status, answer.text[:300]
    assert answer.headers["Content-Type"].startswith("application/json")
    document = answer.json()
    assert document["code"] == status and document["type"] == kind, document
    return document


# --- hostile input never costs a valid request or the worker --------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=6,
)
# Literals no JSON library writes, spliced in as raw text: issue 9's reproducers and friends.
RAW_LITERALS = st.sampled_from(
    ["7" * 5000, "9" * 5000 + ".5", "1e-300", "1e999", "-0", "NaN", "-Infinity", "[" * 3000]
    + ['"\\ud800"', '"\\udfff\\ud800"', '"' + "9" * 20_000 + '"', "0." + "0" * 400 + "1"]
)
CONTENT_TYPES = st.sampled_from(
    ["application/json", "application/json; charset=utf-8", "text/plain", "text/html"]
    + ["application/x-www-form-urlencoded", "application/octet-stream", "", "x/x"]
)


@st.composite
def hostile_body(draw) -> tuple[bytes, str]:
    """(body, content type) of one generated request."""
    kind = draw(st.integers(0, 4))
    if kind == 0:  # any bytes
        body = draw(st.binary(max_size=300))
    elif kind == 1:  # any text, surrogates as CESU-8 (not UTF-8)
        body = draw(st.text(max_size=100)).encode("utf-8", "surrogatepass")
    elif kind == 2:  # any JSON value
        body = json.dumps(draw(JSON_VALUES)).encode()
    else:  # an object with known and unknown fields, values of any kind, raw literals too
        names = st.sampled_from([*FIELDS, "sede", "\ud800"]) | st.text(max_size=5)
        values = draw(st.dictionaries(names, JSON_VALUES | RAW_LITERALS.map(RawJSON), max_size=5))
        if kind == 3:
            values.setdefault("text", "hi")
        body = "{" + ",".join(f"{json.dumps(k)}:{encode(v)}" for k, v in values.items()) + "}"
        body = body.encode("utf-8", "surrogatepass")
    return body, draw(CONTENT_TYPES)


class RawJSON(str):
    pass


def encode(value) -> str:
    return str(value) if isinstance(value, RawJSON) else json.dumps(value)


def send(service, key: str, body: bytes, content_type: str) -> requests.Response:
    headers = {"Authorization": f"Bearer {key}"}
    if content_type:
        headers["Content-Type"] = content_type
    return requests.post(
        f"{service.url}/predictions/{MODEL}", data=body, headers=headers, timeout=120
    )


def answer_document(answer: requests.Response):
    """The JSON of an answer; a streamed one (a valid body may ask for it) is one per line."""
    if answer.headers.get("Content-Type", "").startswith("application/x-ndjson"):
        lines = [json.loads(line) for line in answer.text.splitlines() if line]
        *pieces, final = lines  # pieces of text, then the whole answer in the pipeline's shape
        assert all(set(piece) == {"index", "text"} for piece in pieces), pieces
        assert final and all("generated_text" in item for item in final), final
        return final
    return answer.json()


def test_fuzz_2000_hostile_bodies_batched_with_valid_requests(service):
    key = api_key(service)
    pid = worker_pid(service)
    pool = ThreadPoolExecutor(BATCH)
    counts = {"generated": 0, "valid": 0, "2xx": 0, "4xx": 0, "valid_in_shared_steps": 0}

    @settings(
        max_examples=FUZZ_ROUNDS,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(bodies=st.lists(hostile_body(), min_size=BATCH - 2, max_size=BATCH - 2))
    def round_of(bodies):
        valid = [(json.dumps(VALID).encode(), "application/json")] * 2
        futures = [pool.submit(send, service, key, *request) for request in [*valid, *bodies]]
        answers = [future.result() for future in futures]
        for answer in answers[:2]:
            assert answer.status_code == 200, answer.text[:300]
            assert answer.json()[0]["generated_text"].startswith("My dream is")
            counts["valid_in_shared_steps"] += int(answer.headers["X-Batch-Size"]) > 1
        for (body, content_type), answer in zip(bodies, answers[2:], strict=True):
            assert answer.status_code == 200 or 400 <= answer.status_code < 500, (
                body[:200],
                content_type,
                answer.status_code,
                answer.text[:300],
            )
            document = answer_document(answer)
            if answer.status_code != 200:
                assert isinstance(document["message"], str) and document["message"], document
            counts["2xx" if answer.status_code == 200 else "4xx"] += 1
        counts["generated"] += len(bodies)
        counts["valid"] += 2

    try:
        round_of()
    finally:
        pool.shutdown()
    assert counts["generated"] >= 2000, counts
    assert counts["valid_in_shared_steps"] > 0, counts  # the valid ones decoded together
    assert worker_pid(service) == pid  # no body killed or restarted the worker
    print(counts)


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        (b'{"text":"\\ud800"}', 400, "lone surrogate"),
        (b'{"text":"hi","\\ud800":1}', 400, "unknown field(s)"),
        (b'{"text":"hi","seed":' + b"7" * 5000 + b"}", 400, "seed must be between"),
        (b'{"text":"hi","temperature":' + b"9" * 5000 + b"}", 400, "temperature is out of range"),
        (b'{"text":' + b"[" * 1000, 400, "nested too deeply"),
        (b'{"text":"hi","top_p":1e-300}', 400, "top_p must be greater than 0"),
        (b'{"text":"hi","seed":"' + b"9" * 60_000 + b'"}', 400, "seed must be an integer"),
        (b'{"text":"hi","seed":"' + b"9" * 2_000_000 + b'"}', 413, "65536 bytes"),
    ],
)
def test_issue_9_reproducers_get_a_correct_answer(service, body, status, words):
    pid = worker_pid(service)
    answer = predict(service, data=body, headers={"Content-Type": "application/json"})
    document = answer.json()
    assert answer.status_code == status and words in document["message"], document
    assert len(answer.content) < 1000 and worker_pid(service) == pid


# --- authentication, health, limits --------------------------------------------------------


def test_healthz_and_the_page_need_no_key_and_nothing_else_answers_without_one(service):
    health = requests.get(f"{service.url}/healthz", timeout=10)
    assert health.status_code == 200
    page = requests.get(f"{service.url}/", timeout=10)  # the playground: its API calls need one
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["Content-Security-Policy"]
    paths = [("POST", f"/predictions/{MODEL}"), ("GET", "/models"), ("GET", "/jobs"),
             ("POST", "/bots"), ("GET", "/defaults"), ("DELETE", f"/bots/{MODEL}")]  # fmt: skip
    for method, path in paths:
        answer = requests.request(method, f"{service.url}{path}", timeout=10)
        assert_json_error(answer, 401, "Unauthorized")


def test_rate_limit_per_key_is_429_with_retry_after(service):
    store = KeyStore(service.front.settings.keys_path)
    store.create("limited")
    store.create("other")
    reconfigured(service, rate_per_minute=6, burst=2)
    try:
        answers = [predict(service, VALID, key=api_key(service, "limited")) for _ in range(5)]
        statuses = [answer.status_code for answer in answers]
        assert statuses[:3] == [200, 200, 200] and 429 in statuses[3:], statuses
        limited = next(answer for answer in answers if answer.status_code == 429)
        assert (
            "6 requests a minute" in assert_json_error(limited, 429, "TooManyRequests")["message"]
        )
        assert int(limited.headers["Retry-After"]) == 10
        other = predict(service, VALID, key=api_key(service, "other"))
        assert other.status_code == 200  # another key has its own budget
    finally:
        store.revoke("limited")
        store.revoke("other")
        reconfigured(service, rate_per_minute=600_000, burst=1000)


def test_body_over_the_cap_is_413_json(service):
    answer = predict(service, data=b'{"text": "' + b"x" * 70_000 + b'"}')
    assert "65536 bytes" in assert_json_error(answer, 413, "PayloadTooLarge")["message"]


def concurrently(service, bodies: list[dict]) -> list[tuple[requests.Response, float]]:
    """(answer, seconds) of requests sent at the same moment."""
    results: list = [None] * len(bodies)
    gate = threading.Barrier(len(bodies))

    def one(index):
        gate.wait()
        started = time.monotonic()
        answer = predict(service, bodies[index])
        results[index] = (answer, time.monotonic() - started)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(bodies))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_over_the_in_flight_limit_sheds_at_once_with_503(service):
    reconfigured(service, max_in_flight=2)
    try:
        results = concurrently(service, [HEAVY] * 6)
    finally:
        reconfigured(service, max_in_flight=64)
    shed = [(answer, seconds) for answer, seconds in results if answer.status_code == 503]
    served = [answer for answer, _ in results if answer.status_code == 200]
    assert len(served) >= 2 and len(shed) >= 3, [a.status_code for a, _ in results]
    for answer, seconds in shed:
        assert_json_error(answer, 503, "Overloaded")
        assert answer.headers["Retry-After"] == "2" and seconds < 2.0  # fast, not queued


def test_torchserve_queue_full_is_503_with_retry_after(service):
    """Past the front's limit would be the front's 503; here TorchServe's own queue fills."""
    results = concurrently(service, [HEAVY] * (BATCH + QUEUE + 16))
    statuses = [answer.status_code for answer, _ in results]
    assert statuses.count(200) >= BATCH and 503 in statuses, statuses
    for answer, _ in results:
        if answer.status_code == 503:
            document = assert_json_error(answer, 503, "ServiceUnavailable")
            assert "queue is full" in document["message"] and answer.headers["Retry-After"]


# --- keys: rotation and revocation on a running front ---------------------------------------


def keys_cli(service, *args: str) -> subprocess.CompletedProcess:
    keys_file = str(service.front.settings.keys_path)
    run_dir = str(service.run_dir)
    return cli("serving.keys_cli", *args, "--run-dir", run_dir, "--keys-file", keys_file)


def test_keys_rotate_and_revoke_without_dropping_a_request(service):
    created = keys_cli(service, "create", "rotating-old")
    assert created.returncode == 0, created.stderr
    old = created.stdout.strip()
    assert "now accepts" in created.stderr and old.startswith("tb_")
    new = keys_cli(service, "create", "rotating-new").stdout.strip()
    assert predict(service, VALID, key=old).status_code == 200  # both valid at once
    assert predict(service, VALID, key=new).status_code == 200
    listing = keys_cli(service, "list").stdout
    assert "rotating-old" in listing and old not in listing  # names and fingerprints only
    in_flight: list = []
    request = threading.Thread(target=lambda: in_flight.append(predict(service, HEAVY, key=old)))
    request.start()
    time.sleep(0.3)  # the request is in progress when the key is revoked (nginx reloads)
    revoked = keys_cli(service, "revoke", "rotating-old")
    assert revoked.returncode == 0 and "now accepts" in revoked.stderr, revoked.stderr
    request.join()
    assert in_flight[0].status_code == 200  # not dropped by the reload
    assert_json_error(predict(service, VALID, key=old), 401, "Unauthorized")
    assert predict(service, VALID, key=new).status_code == 200
    again = keys_cli(service, "revoke", "rotating-old")
    assert again.returncode != 0 and "no key named 'rotating-old'" in again.stderr


def test_key_store_is_private(service):
    path = service.front.settings.keys_path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


# --- TLS ------------------------------------------------------------------------------------


def self_signed(folder: Path) -> tuple[Path, Path]:
    certificate, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"]
        + ["-keyout", str(key), "-out", str(certificate)],
        check=True,
        capture_output=True,
    )
    return certificate, key


def test_tls_with_a_given_certificate(service, tmp_path):
    certificate, key = self_signed(tmp_path)
    settings = service.front.settings.replace(
        listen=f"127.0.0.1:{free_port()}",
        tls_certificate=str(certificate),
        tls_certificate_key=str(key),
    )
    tls = Front(tmp_path / "run", settings)
    tls.configure(
        service.upstream(), service.torchserve.keys()["inference"], limits(service),
        Path(service.front.state()["bot_store"]),
    )  # fmt: skip
    tls.start()
    try:
        assert tls.url.startswith("https://")
        answer = requests.post(
            f"{tls.url}/predictions/{MODEL}",
            json=VALID,
            headers={"Authorization": f"Bearer {api_key(service)}"},
            verify=str(certificate),
            timeout=60,
        )
        assert answer.status_code == 200
        with pytest.raises(requests.exceptions.SSLError):  # not trusted without the certificate
            requests.get(f"{tls.url}/healthz", timeout=10)
        plain = tls.url.replace("https://", "http://")
        plain_answer = requests.get(f"{plain}/healthz", timeout=10)
        assert_json_error(plain_answer, 400, "BadRequest")  # no plain HTTP on the TLS port
    finally:
        tls.stop()


# --- nothing bypasses the front -------------------------------------------------------------


def test_torchserve_listens_only_on_private_sockets_and_metrics(service):
    java = psutil.Process(service.torchserve.pid())
    processes = [java, *java.children(recursive=True)]
    tcp = {
        (c.laddr.ip, c.laddr.port)
        for process in processes
        for c in process.net_connections("tcp")
        if c.status == psutil.CONN_LISTEN
    }
    properties = service.torchserve.properties
    metrics_port = int(service.metrics_url.rsplit(":", 1)[1])
    grpc_ports = {int(properties["grpc_inference_port"]), int(properties["grpc_management_port"])}
    assert {port for _, port in tcp} == {metrics_port, *grpc_ports}
    assert all(ip in ("127.0.0.1", "::ffff:127.0.0.1") for ip, _ in tcp), tcp  # loopback
    for address in (service.torchserve.inference_url, service.torchserve.management_url):
        socket_file = Path(address.removeprefix("unix:"))
        assert stat.S_IMODE(socket_file.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(service.run_dir.stat().st_mode) == 0o700


def grpc_ping(port: int, key: str | None) -> grpc.StatusCode:
    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        ping = channel.unary_unary(
            "/org.pytorch.serve.grpc.inference.InferenceAPIsService/Ping",
            request_serializer=lambda _: b"",
            response_deserializer=lambda raw: raw,
        )
        metadata = [("authorization", f"Bearer {key}")] if key else None
        try:
            ping(None, metadata=metadata, timeout=10)
        except grpc.RpcError as error:
            return error.code()
    return grpc.StatusCode.OK


def test_grpc_is_closed_without_torchserves_own_key(service):
    port = int(service.torchserve.properties["grpc_inference_port"])
    assert grpc_ping(port, None) == grpc.StatusCode.PERMISSION_DENIED
    assert grpc_ping(port, api_key(service)) == grpc.StatusCode.PERMISSION_DENIED
    assert grpc_ping(port, service.torchserve.keys()["inference"]) == grpc.StatusCode.OK


# --- the command line ----------------------------------------------------------------------


def cli(module: str, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


def test_serve_twice_and_stop_with_nothing_running_explain(service, tmp_path):
    again = cli("serving.supervisor", "start", "--run-dir", str(service.run_dir))
    assert again.returncode == 0 and "already running" in again.stdout, again.stderr
    assert "Traceback" not in again.stderr
    nothing = cli("serving.supervisor", "stop", "--run-dir", str(tmp_path / "none"))
    assert nothing.returncode == 0 and "nothing to stop" in nothing.stdout


def test_predict_without_a_model_says_which_bots_are_served(service):
    client = ["serving.client", "--run-dir", str(service.run_dir)]
    key = {"TWEETBOTS_API_KEY": api_key(service)}
    unnamed = cli(*client, env=key)
    assert unnamed.returncode != 0 and "Traceback" not in unnamed.stderr
    assert f"make predict MODEL=<name> (served: {MODEL})" in unnamed.stderr
    answered = cli(*client, "--model", MODEL, "-n", "2", "--max-new-tokens", "3", env=key)
    assert answered.returncode == 0 and len(answered.stdout.splitlines()) == 2, answered.stderr


# --- logs: rotated, private, and never holding a key ----------------------------------------


def test_logs_rotate_and_stay_private(service):
    front = service.front
    assert predict(service, VALID).status_code == 200
    small = Front(service.run_dir, front.settings.replace(log_max_bytes=1))
    rotated = small.rotate_logs()
    assert front.access_log in rotated and service.run_dir / "torchserve.out" in rotated
    assert predict(service, VALID).status_code == 200  # nginx reopened its log: a new file
    deadline = time.monotonic() + 10
    while not (front.access_log.exists() and front.access_log.stat().st_size):
        assert time.monotonic() < deadline, "nginx did not reopen its access log"
        time.sleep(0.1)
    assert front.access_log.with_name("front-access.log.1").stat().st_size > 0
    for log in service.run_dir.glob("logs/*"):
        assert stat.S_IMODE(log.stat().st_mode) == 0o600, log
    keeper = int((front.dir / "keeper.pid").read_text())
    assert "serving.keeper" in " ".join(psutil.Process(keeper).cmdline())


def test_no_key_is_in_any_log(service):
    """Last: after every test above sent keys (valid, revoked, wrong, in a query string)."""
    predict(service, VALID, key="tb_" + "ab" * 24)  # a wrong key
    requests.post(f"{service.url}/predictions/{MODEL}?key={api_key(service)}", timeout=10)
    time.sleep(0.5)
    secrets = [key.key for key in KeyStore(service.front.settings.keys_path).load()]
    secrets += ["ab" * 24, *service.torchserve.keys().values()]
    logs = [*service.run_dir.glob("logs/*"), *service.run_dir.glob("torchserve.out*")]
    assert any(log.name.startswith("front-access") for log in logs)
    for log in logs:
        text = log.read_text(errors="replace")
        for secret in secrets:
            assert secret not in text, f"a key is in {log.name}"
