"""TorchServe for one run folder: its config file, its process, and a client for its APIs.

TorchServe keeps its pid file in the temporary directory and writes `key_file.json` and
`logs/` in its working directory; each service gets a run folder of its own (0700) for all of
them (and nginx's files), so `make serve` and the tests never step on each other. Its
inference and management APIs listen on unix sockets in that folder (config.properties): only
this user can reach them; its metrics stay on a loopback port for Prometheus.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from engine.files import write_private
from engine.names import SERVING_MODEL

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "config.properties"
LOG_CONFIG = ROOT / "serving" / "log4j2.xml"
SOCKET_PATH_MAX = 100  # a unix socket path holds at most 107 bytes
STOP_SECONDS = 20.0  # TorchServe's JVM and workers, after SIGTERM


def read_properties(path: Path) -> dict[str, str]:
    properties = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            properties[key.strip()] = value.strip()
    return properties


def render_properties(base: Path, overrides: dict[str, str]) -> str:
    """The base file with some keys replaced (comments and order kept)."""
    lines, seen = [], set()
    for line in base.read_text().splitlines():
        key = line.split("=", 1)[0].strip()
        if not line.lstrip().startswith("#") and "=" in line and key in overrides:
            line, _ = f"{key}={overrides[key]}", seen.add(key)
        lines.append(line)
    lines += [f"{key}={value}" for key, value in overrides.items() if key not in seen]
    return "\n".join(lines) + "\n"


class UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("localhost", timeout=timeout)
        self.socket_path = path

    def connect(self) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.socket_path)


def call(address: str, method: str, path: str, key: str | None = None, timeout: float = 5.0):
    """(status, parsed JSON or text) of one request to a TorchServe address (http or unix)."""
    if address.startswith("unix:"):
        connection: http.client.HTTPConnection = UnixHTTPConnection(address[5:], timeout)
    else:
        host_port = address.split("://", 1)[-1]
        connection = http.client.HTTPConnection(host_port, timeout=timeout)
    try:
        connection.request(method, path, headers={"Authorization": f"Bearer {key}"} if key else {})
        answer = connection.getresponse()
        body = answer.read().decode("utf-8", "replace")
    finally:
        connection.close()
    with contextlib.suppress(json.JSONDecodeError):
        return answer.status, json.loads(body)
    return answer.status, body


@dataclass
class Server:
    """One TorchServe (frontend JVM and its workers) for one run folder."""

    run_dir: Path
    properties: dict[str, str]

    @property
    def inference_url(self) -> str:
        return self.properties["inference_address"]

    @property
    def management_url(self) -> str:
        return self.properties["management_address"]

    @property
    def metrics_url(self) -> str:
        return self.properties["metrics_address"]

    @property
    def key_file(self) -> Path:
        return self.run_dir / "key_file.json"

    @property
    def pid_file(self) -> Path:
        return self.run_dir / ".model_server.pid"  # the launcher's, in TMPDIR

    def keys(self) -> dict[str, str]:
        """The current keys: {"inference": ..., "management": ..., "API": ...}."""
        data = json.loads(self.key_file.read_text())
        return {name: entry["key"] for name, entry in data.items()}

    def environment(self) -> dict[str, str]:
        return {
            **os.environ,
            # The launcher's pid file (TMPDIR) and the JVM's java.io.tmpdir (TEMP), where the
            # workers' sockets go: private to this run folder, not shared in /tmp.
            "TMPDIR": str(self.run_dir),
            "TEMP": str(self.run_dir),
            "LOG_LOCATION": str(self.run_dir / "logs"),
            "METRICS_LOCATION": str(self.run_dir / "logs"),
            # The handler parses every body itself (engine/contract.py): no JSON
            # decoding, and no traceback logged per bad body, in TorchServe's worker.
            "TS_DECODE_INPUT_REQUEST": "false",
        }

    def pid(self) -> int | None:
        """The frontend JVM's pid, if it runs."""
        with contextlib.suppress(OSError, ValueError, psutil.Error):
            pid = int(self.pid_file.read_text().strip())
            command = " ".join(psutil.Process(pid).cmdline())
            if "org.pytorch.serve.ModelServer" in command and str(self.run_dir) in command:
                return pid  # this run's JVM, not a reused pid
        return None

    def running(self) -> bool:
        return self.pid() is not None

    def torchserve(self, *args: str) -> int:
        """Run the torchserve launcher; its output (and the JVM's) goes to torchserve.out.

        A file, not a pipe: the JVM inherits the launcher's output and outlives it. Everything
        TorchServe creates is this user's only (umask 077).
        """
        descriptor = os.open(
            self.run_dir / "torchserve.out", os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600
        )
        with os.fdopen(descriptor, "a") as out:
            return subprocess.run(
                [str(Path(sys.executable).parent / "torchserve"), *args],
                cwd=self.run_dir,
                env=self.environment(),
                stdout=out,
                stderr=subprocess.STDOUT,
                umask=0o077,
                check=False,
            ).returncode

    def start(self, model_store: Path, log_config: Path = LOG_CONFIG) -> None:
        """Start TorchServe serving `bots.mar` of `model_store` (it returns once launched)."""
        self.run_dir.mkdir(parents=True, exist_ok=True)
        (self.run_dir / "logs").mkdir(mode=0o700, exist_ok=True)
        status = self.torchserve(
            "--start",
            "--ncs",
            "--ts-config",
            str(self.run_dir / "config.properties"),
            "--model-store",
            str(model_store.resolve()),
            "--models",
            f"{SERVING_MODEL}={SERVING_MODEL}.mar",
            "--log-config",
            str(log_config),
        )
        if status != 0:
            output = (self.run_dir / "torchserve.out").read_text()[-2000:]
            raise RuntimeError(f"torchserve did not start:\n{output}")

    def stop(self, timeout: float = STOP_SECONDS) -> bool:
        """SIGTERM to the JVM (it stops its workers), SIGKILL after `timeout`; False when it
        had to be killed."""
        pid = self.pid()
        if pid is None:
            return True
        with contextlib.suppress(psutil.NoSuchProcess):
            process = psutil.Process(pid)
            process.terminate()
            try:
                process.wait(timeout)
            except psutil.TimeoutExpired:
                process.kill()
                return False
        return True

    def management(self, method: str, path: str, timeout: float = 5.0):
        return call(self.management_url, method, path, self.keys()["management"], timeout)

    def models(self) -> list[str]:
        status, answer = self.management("GET", "/models")
        if status != 200:
            raise ConnectionError(f"TorchServe management answered {status}")
        return [model["modelName"] for model in answer["models"]]

    def workers(self, name: str) -> list[dict]:
        """TorchServe's description of a model's workers (id, pid, status, ...)."""
        status, answer = self.management("GET", f"/models/{name}")
        return answer[0]["workers"] if status == 200 else []

    def ready_models(self) -> list[str]:
        return [
            name
            for name in self.models()
            if any(worker["status"] == "READY" for worker in self.workers(name))
        ]

    def wait_ready(self, expected: list[str], timeout: float = 180.0) -> None:
        """Block until every expected model has a READY worker, or explain what is missing."""
        deadline = time.monotonic() + timeout
        started = time.monotonic()
        ready: list[str] = []
        while time.monotonic() < deadline:
            if not self.running() and time.monotonic() - started > 5:
                output = (self.run_dir / "torchserve.out").read_text()[-2000:]
                raise RuntimeError(f"TorchServe stopped while loading the models:\n{output}")
            try:
                ready = self.ready_models()
                if set(expected) <= set(ready):
                    return
            except (OSError, KeyError, json.JSONDecodeError, TypeError):
                pass
            time.sleep(0.5)
        log = self.run_dir / "logs" / "model_log.log"
        tail = log.read_text()[-2000:] if log.exists() else "(no model log)"
        raise TimeoutError(
            f"models not ready after {timeout:.0f} s: {sorted(set(expected) - set(ready))}\n{tail}"
        )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def socket_dir(run_dir: Path) -> Path:
    """Where TorchServe's unix sockets go: the run folder, or a private temporary folder when
    the run folder's path is too long for a socket address."""
    inside = run_dir.resolve() / "sock"
    if len(str(inside / "management.sock")) <= SOCKET_PATH_MAX:
        inside.mkdir(mode=0o700, exist_ok=True)
        os.chmod(inside, 0o700)
        return inside
    return Path(tempfile.mkdtemp(prefix="tweetbots-sock-"))  # mode 0700


def open_server(run_dir: Path, overrides: dict[str, str] | None = None) -> Server:
    """A TorchServe whose config is config.properties with `overrides` applied.

    `unix:NAME` addresses are put in the socket folder (socket_dir); the run folder is made
    private (0700): TorchServe's keys, sockets, logs and nginx's files are inside it. The gRPC
    servers, unused but always started, get free loopback ports unless `overrides` name them.
    """
    run_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(run_dir, 0o700)
    overrides = {
        "grpc_inference_port": str(free_port()),
        "grpc_management_port": str(free_port()),
        **(overrides or {}),
    }
    properties = {**read_properties(CONFIG), **overrides}
    sockets = None
    for key in ("inference_address", "management_address"):
        address = properties[key]
        if address.startswith("unix:") and not address.startswith("unix:/"):
            sockets = sockets or socket_dir(run_dir)
            overrides[key] = f"unix:{sockets / address[5:]}"
    metrics_config = properties.get("metrics_config")
    if metrics_config:  # TorchServe reads it from the run folder: make it absolute
        overrides["metrics_config"] = str(ROOT / metrics_config)
    write_private(run_dir / "config.properties", render_properties(CONFIG, overrides))
    return Server(run_dir.resolve(), read_properties(run_dir / "config.properties"))


def running_server(run_dir: Path) -> Server:
    """The server started in `run_dir`, with the config it was started with (not rewritten)."""
    config = run_dir / "config.properties"
    if not config.exists():
        return open_server(run_dir)
    return Server(run_dir.resolve(), read_properties(config))
