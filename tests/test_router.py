"""The bot-affinity router's nginx, for real, in front of three stand-in replicas on loopback
(the fast tier: no TorchServe, no Docker; tests/test_replicas.py runs it with the real
service in containers).

It checks: each bot's requests go to one replica, the same every time, and the bots spread
over all three; a replica that sheds (503) or is down spills its bots to others, and a
request no replica can take gets the router's JSON 503 with Retry-After; the OpenAI base URL
`/bots/<bot>/v1/...` routes by the bot and reaches the replica as `/v1/...`; the replicas'
own answers (errors included) pass untouched; each replica's /healthz is reachable; a bad
replica list is refused in one line.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
from conftest import ROOT, free_port

from serving.front import nginx_binary
from serving.router import RouterError, RouterSettings, check, render


class Replica(BaseHTTPRequestHandler):
    """Answers with its name and the path it got; sheds (503) when told to."""

    def log_message(self, *args) -> None:
        pass

    def answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        if self.server.shedding:
            body = b'{"code":503,"type":"Overloaded","message":"busy"}\n'
            self.send_response(503)
            self.send_header("Retry-After", "2")
        elif self.path == "/predictions/teapot":
            body = b'{"code":418,"type":"Teapot","message":"the replica\'s own error"}\n'
            self.send_response(418)
        else:
            body = json.dumps({"replica": self.server.name, "path": self.path}).encode()
            self.send_response(200)
            self.send_header("X-Tweetbots-Replica", self.server.name)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_DELETE = answer


@pytest.fixture(scope="module")
def router(tmp_path_factory):
    replicas = []
    for number in range(3):
        server = ThreadingHTTPServer(("127.0.0.1", free_port()), Replica)
        server.name, server.shedding = f"r{number}", False
        threading.Thread(target=server.serve_forever, daemon=True).start()
        replicas.append(server)
    folder = tmp_path_factory.mktemp("router")
    (folder / "tmp").mkdir()
    settings = RouterSettings(listen=f"127.0.0.1:{free_port()}", fail_timeout_s=2, max_fails=1)
    addresses = [f"127.0.0.1:{server.server_address[1]}" for server in replicas]
    conf = folder / "nginx.conf"
    conf.write_text(render(addresses, settings, folder))
    nginx = subprocess.Popen(
        [nginx_binary(), "-p", str(folder), "-c", str(conf), "-e", "stderr", "-g", "daemon off;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    url = f"http://{settings.listen}"
    deadline = time.monotonic() + 10
    while True:
        try:
            requests.get(url + "/healthz", timeout=2)
            break
        except requests.ConnectionError:
            assert time.monotonic() < deadline and nginx.poll() is None, nginx.stderr.read()
            time.sleep(0.05)
    try:
        yield url, replicas
    finally:
        nginx.terminate()
        nginx.wait(10)
        for server in replicas:
            server.shutdown()


def owner(url: str, bot: str) -> str:
    answer = requests.post(f"{url}/predictions/{bot}", json={"text": "hi"}, timeout=10)
    assert answer.status_code == 200, answer.text
    return answer.json()["replica"]


def test_a_bot_has_one_owner_and_the_bots_spread_over_every_replica(router):
    url, _ = router
    owners = {f"bot{n:03d}": owner(url, f"bot{n:03d}") for n in range(120)}
    again = {bot: owner(url, bot) for bot in owners}
    assert again == owners
    counts = Counter(owners.values())
    assert set(counts) == {"r0", "r1", "r2"} and min(counts.values()) >= 20, counts
    tgi = requests.post(f"{url}/tgi/bot007/generate", json={"inputs": "hi"}, timeout=10)
    assert tgi.json()["replica"] == owners["bot007"]


def test_the_openai_base_url_of_a_bot_routes_by_the_bot_and_reaches_v1(router):
    url, _ = router
    answer = requests.post(f"{url}/bots/bot042/v1/completions", json={"model": "bot042"},
                           timeout=10)  # fmt: skip
    assert answer.json() == {"replica": owner(url, "bot042"), "path": "/v1/completions"}


def test_the_replicas_own_answers_and_errors_pass_untouched(router):
    url, _ = router
    answer = requests.post(f"{url}/predictions/teapot", json={}, timeout=10)
    assert answer.status_code == 418 and answer.json()["type"] == "Teapot"
    health = [requests.get(f"{url}/replicas/{n}/healthz", timeout=10) for n in range(3)]
    assert [h.json()["replica"] for h in health] == ["r0", "r1", "r2"]


def test_a_shedding_or_dead_owner_spills_to_the_next_and_none_left_is_a_json_503(router):
    url, replicas = router
    bot = "bot005"
    first = owner(url, bot)
    shedding = next(server for server in replicas if server.name == first)
    shedding.shedding = True
    try:
        spilled = owner(url, bot)  # the owner's 503: the next replica on the ring answers
        assert spilled != first
    finally:
        shedding.shedding = False
    for server in replicas:
        server.shedding = True
    try:
        answer = requests.post(f"{url}/predictions/{bot}", json={}, timeout=10)
        assert answer.status_code == 503 and int(answer.headers["Retry-After"]) > 0
        assert answer.headers["Content-Type"].startswith("application/json")
        assert answer.json()["code"] == 503
    finally:
        for server in replicas:
            server.shedding = False
    deadline = time.monotonic() + 10  # past the router's fail_timeout (2 s here), asked again
    while owner(url, bot) != first:
        assert time.monotonic() < deadline, "the owner never got its bot back"
        time.sleep(0.5)


def test_the_jobs_api_is_never_sent_twice(router):
    url, replicas = router
    key = {"Authorization": "Bearer tb_" + "1" * 48}
    first = requests.post(f"{url}/bots", headers=key, json={}, timeout=10).json()["replica"]
    shedding = next(server for server in replicas if server.name == first)
    shedding.shedding = True
    try:  # the client's replica sheds: its 503 is the answer, the write goes nowhere else
        answer = requests.post(f"{url}/bots", headers=key, json={}, timeout=10)
        assert answer.status_code == 503 and answer.json()["type"] == "Overloaded"
    finally:
        shedding.shedding = False
    jobs = requests.get(f"{url}/jobs", headers=key, timeout=10).json()["replica"]
    assert jobs == first  # a client's jobs stay with its replica


def test_a_bad_replica_list_or_setting_is_refused_in_one_line():
    for replicas, settings, message in [
        ([], RouterSettings(), "at least one replica"),
        (["no-port"], RouterSettings(), "HOST:PORT"),
        (["a:1", "a:1"], RouterSettings(), "named twice"),
        (["a:1"], RouterSettings(tries=0), "tries must be a positive"),
        (["a:1"], RouterSettings(listen="not an address"), "--listen"),
    ]:
        with pytest.raises(RouterError, match=message):
            check(replicas, settings)
    done = subprocess.run([sys.executable, "-m", "serving.router", "render", "--replica", "x"],
                          cwd=ROOT, capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 1 and done.stderr.strip().startswith("error: a replica is")
    assert "Traceback" not in done.stderr


def test_the_router_process_stops_gracefully_on_sigterm(tmp_path):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "serving.router", "run", "--replica", "127.0.0.1:9",
         "--listen", f"127.0.0.1:{port}", "--run-dir", str(tmp_path / "run")],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 10
    while not (tmp_path / "run" / "nginx.pid").exists():
        assert time.monotonic() < deadline and process.poll() is None, process.stderr.read()
        time.sleep(0.05)
    answer = requests.get(f"http://127.0.0.1:{port}/healthz", timeout=10)
    assert answer.status_code == 503 and answer.json()["type"] == "NoReplica"
    process.send_signal(signal.SIGTERM)
    assert process.wait(15) == 0  # nginx's graceful quit, its own exit status
    assert not (tmp_path / "run" / "nginx.pid").exists()
