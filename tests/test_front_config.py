"""The nginx front's config on a real nginx, against a stand-in for TorchServe.

The stand-in listens on a unix socket as TorchServe does and answers each bot name with one of
TorchServe's (or the handler's) behaviours, so every error mapping is checked exactly: what
the client sees when TorchServe answers 500/503/507, when the handler answers 4xx or 5xx,
when the upstream is slow, closes, or streams; and which headers reach the upstream.
No model is loaded: this module takes seconds.
"""

from __future__ import annotations

import json
import os
import socket
import socketserver
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import openai
import pytest
import requests
from conftest import free_port

from engine.contract import FORM_CONTENT_TYPE
from engine.store import BotRecord, BotStore
from serving.front import Front
from serving.front_settings import FrontSettings
from serving.keys import KeyStore
from serving.nginx_config import ServingLimits

UPSTREAM_KEY = "TsKey_12"  # what the front must send TorchServe instead of the client's key
READ_TIMEOUT_S = 2  # the serving model's responseTimeout: nginx waits this + the margin (1 s)
PER_BOT = 2  # requests in progress each bot may have
LIMITS = ServingLimits(response_timeout_s=READ_TIMEOUT_S, max_in_flight_per_bot=PER_BOT)
SEEN: list[dict] = []  # what the stand-in received, newest last
STANDIN: dict = {}


class StandIn(BaseHTTPRequestHandler):
    """TorchServe's behaviours, chosen by the bot name in /predictions/<bot>."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def reply(self, status: int, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        for name, value in {"Content-Type": "application/json", **(headers or {})}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        """TorchServe's management API, as the keeper asks it for /healthz."""
        ready = "UNLOADING" if Path(self.server.sick_marker).exists() else "READY"
        if self.path == "/models":
            self.reply(200, json.dumps({"models": [{"modelName": "bots"}]}).encode())
        else:
            self.reply(200, json.dumps([{"workers": [{"pid": 1, "status": ready}]}]).encode())

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        SEEN.append({"path": self.path, "headers": dict(self.headers.items()), "body": body})
        bot = self.path.rsplit("/", 1)[-1]
        if "/v1/" in self.path:  # the OpenAI-compatible API: the bot is the body's model
            bot = json.loads(body or b"{}").get("model", "")
        ts_error = {"code": 0, "type": "InternalServerException", "message": "Worker died."}
        handler = {"X-Tweetbots-Error": "InternalError", "X-Tweetbots-Error-Message": "boom: x"}
        if bot == "echo":
            self.reply(200, b'[{"generated_text": "ok"}]', {"ts_stream_next": "false"})
        elif bot == "handler400":
            self.reply(400, b'{"code": 400, "type": "BadRequest", "message": "\\"text\\" is x"}')
        elif bot in ("ts500", "ts503", "ts507"):
            self.reply(int(bot[2:]), json.dumps(ts_error).encode())
        elif bot == "handler500":
            self.reply(500, b'{"code": 500}', handler)
        elif bot == "handler503":
            self.reply(503, b'{"code": 503}', {**handler, "X-Tweetbots-Error": "Busy"})
        elif bot == "slow":
            time.sleep(READ_TIMEOUT_S + 3)
            self.reply(200, b"[]")
        elif bot == "close":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        elif bot == "stream":
            self.send_response(200)
            self.send_header("Content-Type", "application/x-ndjson")
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("ts_stream_next", "true")
            self.end_headers()
            for index in range(3):
                line = json.dumps({"piece": index, "sent": time.time()}).encode() + b"\n"
                self.wfile.write(f"{len(line):x}\r\n".encode() + line + b"\r\n")
                self.wfile.flush()
                time.sleep(0.5)
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.reply(404, b'{"code": 404, "type": "ModelNotFoundException"}')


class UnixServer(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True


@pytest.fixture(scope="module")
def front(tmp_path_factory):
    """A real nginx with the project's template in front of the stand-in."""
    root = tmp_path_factory.mktemp("front")
    socket_path = root / "inference.sock"
    server = UnixServer(str(socket_path), StandIn)
    server.sick_marker = str(root / "sick")
    STANDIN["server"] = server
    threading.Thread(target=server.serve_forever, daemon=True).start()
    KeyStore(root / "keys.json").create("alice")
    settings = FrontSettings.load(
        listen=f"127.0.0.1:{free_port()}",
        keys_file=str(root / "keys.json"),
        jobs_dir=str(root / "jobs"),
        read_timeout_margin_s=1,
        max_body_bytes=1000,
        client_timeout_s=2,
    )
    nginx = Front(root / "run", settings)
    nginx.configure(f"unix:{socket_path}", UPSTREAM_KEY, LIMITS, root / "bots")
    # What the keeper reads to ask "TorchServe" (the stand-in) for its workers
    (root / "run" / "config.properties").write_text(f"management_address=unix:{socket_path}\n")
    keys = {"management": {"key": "M"}, "inference": {"key": UPSTREAM_KEY}, "API": {"key": "A"}}
    (root / "run" / "key_file.json").write_text(json.dumps(keys))
    nginx.start()
    try:
        yield nginx
    finally:
        nginx.stop()
        server.shutdown()


def post(front, bot: str, key: str | None = "alice", **kwargs) -> requests.Response:
    token = KeyStore(front.settings.keys_path).get(key).key if key else None
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    headers.update(kwargs.pop("headers", {}))
    return requests.post(f"{front.url}/predictions/{bot}", headers=headers, timeout=30, **kwargs)


def error(answer: requests.Response, status: int, kind: str) -> str:
    assert answer.status_code == status, answer.text
    assert answer.headers["Content-Type"] == "application/json"
    document = answer.json()
    assert (document["code"], document["type"]) == (status, kind), document
    return document["message"]


def test_only_chosen_headers_reach_torchserve(front):
    before = time.time()
    curl_d = {"Content-Type": "application/x-www-form-urlencoded"}  # curl -d 'My dream is'
    answer = post(
        front, "echo", data="My dream is", headers={**curl_d, "X-Evil": "1", "Cookie": "c"}
    )
    assert answer.status_code == 200 and answer.json() == [{"generated_text": "ok"}]
    assert "ts_stream_next" not in answer.headers
    seen = SEEN[-1]
    headers = {name.lower(): value for name, value in seen["headers"].items()}
    assert headers["authorization"] == f"Bearer {UPSTREAM_KEY}"  # never the client's key
    assert float(headers["x-request-start"]) == pytest.approx(before, abs=5)
    assert headers["content-type"] == FORM_CONTENT_TYPE  # a form post: a prompt, marked
    assert seen["body"] == b"My dream is"
    assert not {"x-evil", "cookie"} & set(headers)


def test_handler_answers_pass_untouched(front):
    answer = post(front, "handler400", json={"text": ""})
    assert answer.status_code == 400 and answer.json()["message"] == '"text" is x'
    assert error(post(front, "handler500"), 500, "InternalError") == "boom: x"
    message = error(post(front, "handler503"), 503, "Busy")
    assert message == "boom: x" and answer.headers.get("X-Tweetbots-Error") is None
    unknown = post(front, "nobody")  # TorchServe's own 4xx JSON passes too
    assert unknown.status_code == 404 and unknown.json()["type"] == "ModelNotFoundException"


@pytest.mark.parametrize(
    ("bot", "kind", "retry"),
    [
        ("ts500", "WorkerDied", "5"),
        ("ts507", "WorkerDied", "5"),
        ("ts503", "ServiceUnavailable", "2"),
        ("close", "ModelServerUnavailable", "5"),
    ],
)
def test_torchserve_failures_become_503_with_retry_after(front, bot, kind, retry):
    answer = post(front, bot, json={"text": "hi"})
    assert "retry after" in error(answer, 503, kind)
    assert answer.headers["Retry-After"] == retry


def test_an_upstream_that_never_answers_gets_504_within_the_bound(front):
    started = time.monotonic()
    assert "within 3 s" in error(post(front, "slow", json={"text": "hi"}), 504, "Timeout")
    assert time.monotonic() - started < READ_TIMEOUT_S + 1 + 2


def test_torchserve_unreachable_is_503(front, tmp_path):
    other = Front(tmp_path / "run", front.settings.replace(listen=f"127.0.0.1:{free_port()}"))
    other.configure(f"unix:{tmp_path}/none.sock", UPSTREAM_KEY, LIMITS, tmp_path / "bots")
    other.start()
    try:
        answer = post(other, "echo", json={"text": "hi"})
        assert error(answer, 503, "ModelServerUnavailable") and answer.headers["Retry-After"]
        health = requests.get(f"{other.url}/healthz", timeout=10)
        assert health.status_code == 503 and health.json()["status"] == "unavailable"
    finally:
        other.stop()


def test_streamed_chunks_pass_as_they_come(front):
    arrivals = []
    with post(front, "stream", json={"text": "hi", "stream": True}, stream=True) as answer:
        assert answer.status_code == 200 and "ts_stream_next" not in answer.headers
        assert answer.headers["Content-Type"] == "application/x-ndjson"
        for line in answer.iter_lines():
            arrivals.append((json.loads(line), time.time()))
    assert [piece["piece"] for piece, _ in arrivals] == [0, 1, 2]
    for piece, arrived in arrivals:  # each line arrived when sent, not at the end
        assert arrived - piece["sent"] < 0.4


def test_keys_only_in_the_authorization_header(front):
    answer = requests.post(f"{front.url}/predictions/echo?key=abc", data="hi", timeout=10)
    assert "Authorization header" in error(answer, 400, "BadRequest")
    assert error(post(front, "echo", key=None, data="hi"), 401, "Unauthorized")
    wrong = requests.post(
        f"{front.url}/predictions/echo", headers={"Authorization": "Bearer tb_x"}, timeout=10
    )
    assert wrong.status_code == 401 and wrong.headers["WWW-Authenticate"].startswith("Bearer")


def test_healthz_needs_no_key_and_is_ready_only_with_a_ready_worker(front):
    health = requests.get(f"{front.url}/healthz", timeout=10)
    assert health.status_code == 200 and health.json() == {"status": "ready"}
    marker = Path(STANDIN["server"].sick_marker)
    marker.touch()  # the worker is restarting
    try:
        answer = requests.get(f"{front.url}/healthz", timeout=10)
        assert answer.status_code == 503 and answer.json()["status"] == "unavailable"
        assert "no ready worker for bots" in answer.json()["message"]
        assert answer.headers["Retry-After"]
    finally:
        marker.unlink()
    assert requests.get(f"{front.url}/healthz", timeout=10).status_code == 200
    assert requests.post(f"{front.url}/healthz", timeout=10).status_code == 405


def test_nothing_but_predictions_and_healthz(front):
    assert error(requests.get(f"{front.url}/models", timeout=10), 401, "Unauthorized")
    with_key = post(front, "echo", headers={}, data="x")  # sanity: the key works
    assert with_key.status_code == 200
    token = KeyStore(front.settings.keys_path).get("alice").key
    auth = {"Authorization": f"Bearer {token}"}
    for path in ("/models", "/ping", "/metrics", "/predictions"):
        answer = requests.get(f"{front.url}{path}", headers=auth, timeout=10)
        assert error(answer, 404, "NotFound"), path
    for path in ("/predictions/a/b", "/predictions/Alice", "/predictions/-x", "/predictions/a.b"):
        answer = requests.post(f"{front.url}{path}", headers=auth, timeout=10)
        assert "not a bot name" in error(answer, 404, "UnknownBot"), path
    answer = requests.get(f"{front.url}/predictions/echo", headers=auth, timeout=10)
    assert error(answer, 405, "MethodNotAllowed") and answer.headers["Allow"] == "POST"


def test_body_cap_is_413_json(front):
    answer = post(front, "echo", data="x" * 1001)
    assert "over 1000 bytes" in error(answer, 413, "PayloadTooLarge")


def raw_http(front, request: bytes) -> tuple[int, dict]:
    """Send bytes as they are; (status, JSON body) of the answer, which must come (within
    client_timeout_s when the request never completes)."""
    port = int(front.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(request)  # then wait: the front must answer and close
        data = b""
        while chunk := connection.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body)


POST = (
    b"POST /predictions/echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
    b"Authorization: Bearer KEY\r\n"
)


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (POST + b"Content-Length: -5\r\n\r\n", 400),  # issue 9: no answer from TorchServe
        (b"GARBAGE\r\n\r\n", 400),
        # issue 19: errors raised while reading the request line itself
        (b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        (b"POST /predictions/echo HTTP/2.7\r\nHost: x\r\n\r\n", 505),
        (b"POST /predictions/echo HTTP/9\r\nHost: x\r\n\r\n", 505),
        (b"POST /predictions/echo FTP/1.0\r\nHost: x\r\n\r\n", 400),
        (POST + b"Transfer-Encoding: chunked\r\n\r\nzz", 411),
        (POST + b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 411),
        (
            b"GET /healthz HTTP/1.1\r\nConnection: close\r\nX-Big: " + b"a" * 20000 + b"\r\n\r\n",
            431,
        ),
    ],
)
def test_malformed_http_gets_a_json_answer(front, request_bytes, status):
    key = KeyStore(front.settings.keys_path).get("alice").key.encode()
    code, body = raw_http(front, request_bytes.replace(b"KEY", key))
    assert code == status and body["code"] == status and body["message"]


def test_api_keys_compare_exactly(front):
    """nginx's map compares strings ignoring case: keys are matched as exact expressions."""
    key = KeyStore(front.settings.keys_path).get("alice").key
    for variant in (key.upper(), key[:3] + key[3:].upper(), key + "0", key[:-1], " " + key):
        answer = requests.post(f"{front.url}/predictions/echo", data="hi", timeout=10,
                               headers={"Authorization": f"Bearer {variant}"})  # fmt: skip
        assert error(answer, 401, "Unauthorized"), variant
    assert post(front, "echo", data="hi").status_code == 200


def test_a_killed_worker_is_not_called_out_of_memory(front):
    message = error(post(front, "ts507", json={"text": "hi"}), 503, "WorkerDied")
    assert "worker died" in message and "out of memory" not in message


def test_each_bot_has_its_share_of_requests_in_progress(front):
    """A bot with PER_BOT requests in progress sheds its next one at once (503 Overloaded with
    Retry-After); another bot is still answered."""
    with ThreadPoolExecutor(PER_BOT) as pool:
        slow = [pool.submit(post, front, "slow", json={"text": "hi"}) for _ in range(PER_BOT)]
        deadline = time.monotonic() + 5
        while sum(seen["path"].endswith("/slow") for seen in SEEN) < PER_BOT:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        shed = post(front, "slow", json={"text": "hi"})
        assert "each bot may have 2" in error(shed, 503, "Overloaded")
        assert shed.headers["Retry-After"]
        assert post(front, "echo", json={"text": "hi"}).status_code == 200
        assert all(f.result().status_code == 504 for f in slow)


def test_a_body_that_stops_coming_is_closed_within_the_client_timeout(front):
    """nginx answers nothing then (it closes the connection): the client is not left hanging."""
    key = KeyStore(front.settings.keys_path).get("alice").key.encode()
    port = int(front.url.rsplit(":", 1)[1])
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        connection.sendall(POST.replace(b"KEY", key) + b"Content-Length: 10\r\n\r\nshort")
        assert connection.recv(65536) == b""  # closed
    assert time.monotonic() - started < front.settings.client_timeout_s + 3


def test_access_log_names_keys_but_never_holds_them(front):
    post(front, "echo", data="secret prompt text")
    requests.post(f"{front.url}/predictions/echo?key=tb_0123456789abcdef", timeout=10)
    time.sleep(0.2)
    log = front.access_log.read_text()
    lines = [json.loads(line) for line in log.splitlines()]
    assert any(line["key"] == "alice" for line in lines)
    assert KeyStore(front.settings.keys_path).get("alice").key not in log
    assert UPSTREAM_KEY not in log and "secret prompt" not in log and "0123456789abcdef" not in log
    assert os.stat(front.access_log).st_mode & 0o777 == 0o600


# --- the OpenAI-compatible paths: the same mappings, in OpenAI's error shape ---------------


def oai_client(front, key: str | None = "alice") -> openai.OpenAI:
    token = KeyStore(front.settings.keys_path).get(key).key if key else "tb_00000000"
    return openai.OpenAI(base_url=f"{front.url}/v1", api_key=token, max_retries=0, timeout=30)


def oai_error(answer, status: int, code: str | None) -> dict:
    """The answer is OpenAI's error object with this status and code."""
    assert answer.status_code == status, answer.text
    assert answer.headers["Content-Type"] == "application/json"
    document = answer.json()
    assert set(document) == {"error"} and set(document["error"]) == {
        "message",
        "type",
        "param",
        "code",
    }
    assert document["error"]["message"] and document["error"]["code"] == code, document
    return document["error"]


@pytest.mark.parametrize(
    ("bot", "status", "code", "retry"),
    [
        ("ts500", 503, "worker_died", "5"),
        ("ts507", 503, "worker_died", "5"),
        ("ts503", 503, "service_unavailable", "2"),
        ("close", 503, "model_server_unavailable", "5"),
        ("handler500", 500, "internal_error", "5"),
        ("handler503", 503, "overloaded", "2"),
        ("slow", 504, "timeout", None),
    ],
)
def test_v1_failures_are_openai_errors_the_client_raises(front, bot, status, code, retry):
    with pytest.raises(openai.InternalServerError) as raised:
        oai_client(front).completions.create(model=bot, prompt="hi")
    assert raised.value.status_code == status
    error = oai_error(raised.value.response, status, code)
    assert error["type"] == "server_error"
    assert raised.value.response.headers.get("Retry-After") == retry
    if bot.startswith("handler"):
        assert error["message"] == "boom: x"  # the handler's own message, kept


def test_v1_reaches_the_serving_model_with_the_body_untouched(front):
    answer = oai_client(front).chat.completions.with_raw_response.create(
        model="echo", messages=[{"role": "user", "content": "hi"}]
    )
    assert answer.status_code == 200
    seen = SEEN[-1]
    assert seen["path"] == "/predictions/bots/1.0/v1/chat/completions"
    assert json.loads(seen["body"])["messages"] == [{"role": "user", "content": "hi"}]
    headers = {name.lower(): value for name, value in seen["headers"].items()}
    assert headers["authorization"] == f"Bearer {UPSTREAM_KEY}"
    handler = oai_client(front).completions.with_raw_response
    with pytest.raises(openai.BadRequestError):  # the handler's 4xx passes untouched
        handler.create(model="handler400", prompt="hi")


def test_v1_front_errors_are_openai_errors(front):
    with pytest.raises(openai.AuthenticationError) as raised:
        oai_client(front, key=None).completions.create(model="echo", prompt="hi")
    assert (
        oai_error(raised.value.response, 401, "invalid_api_key")["type"] == "invalid_request_error"
    )
    assert raised.value.response.headers["WWW-Authenticate"].startswith("Bearer")
    with pytest.raises(openai.APIStatusError) as raised:
        oai_client(front).completions.create(model="echo", prompt="x" * 1001)
    assert (
        "over 1000 bytes" in oai_error(raised.value.response, 413, "request_too_large")["message"]
    )
    auth = {"Authorization": f"Bearer {KeyStore(front.settings.keys_path).get('alice').key}"}
    for method, path, status, code in [
        ("GET", "/v1/completions", 405, "method_not_allowed"),
        ("POST", "/v1/models", 405, "method_not_allowed"),
        ("POST", "/v1/embeddings", 404, "unknown_url"),
        ("GET", "/v1/models/Not.A.Bot", 404, "model_not_found"),
        ("POST", "/v1/completions?key=x", 400, None),
    ]:
        answer = requests.request(method, f"{front.url}{path}", headers=auth, timeout=10)
        oai_error(answer, status, code)
    request = b"POST /v1/completions HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
    request += b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
    status, body = raw_http(front, request)
    assert status == 411 and body["error"]["code"] == "length_required"
    answer = requests.get(f"{front.url}/nothing", headers=auth, timeout=10)
    assert "/v1/completions" in error(answer, 404, "NotFound")  # other paths keep their shape


def test_v1_rate_limit_is_a_rate_limit_error_with_retry_after(front):
    store = KeyStore(front.settings.keys_path)
    store.create("hammer")
    front.write_keys()
    front.reload()
    try:
        client = oai_client(front, "hammer")
        with pytest.raises(openai.RateLimitError) as raised:
            for _ in range(front.settings.burst + 20):
                client.models.list()
        oai_error(raised.value.response, 429, "rate_limit_exceeded")
        assert raised.value.response.headers["Retry-After"]
    finally:
        store.revoke("hammer")
        front.write_keys()
        front.reload()


def test_v1_models_list_and_retrieve_from_the_bot_store(front):
    client = oai_client(front)
    store = BotStore(Path(front.state()["bot_store"]))
    assert client.models.list().data == [] or not store.records()  # nothing published yet
    base = {"hash": "sha256:" + "0" * 64, "name": "gpt2"}
    store.publish(BotRecord(name="alice-bot", kind="adapter", base=base), [])
    store.publish(BotRecord(name="bob", kind="full", base=base), [])
    try:
        listed = {model.id: model for model in client.models.list().data}
        assert set(listed) == {"alice-bot", "bob"}
        alice = client.models.retrieve("alice-bot")
        assert (alice.object, alice.owned_by, alice.parent) == ("model", "tweetbots", "gpt2")
        assert alice.created == pytest.approx(time.time(), abs=120)
        assert listed["bob"].parent is None and listed["bob"].base == "gpt2"
        with pytest.raises(openai.NotFoundError) as raised:
            client.models.retrieve("nobody")
        assert oai_error(raised.value.response, 404, "model_not_found")["param"] == "model"
    finally:
        store.remove("alice-bot")
        store.remove("bob")
    assert client.models.list().data == []
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("bob")
