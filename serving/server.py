"""Run the service: TorchServe on internal addresses, nginx (serving/front.py) as the public door.

    client --HTTP(S)--> nginx (front.yaml's `listen`, default 127.0.0.1:8080; API keys)
                          |  unix socket in the run folder (mode 0700): this user only
                          v
                        TorchServe inference + management (config.properties);
                        metrics stay on http://127.0.0.1:8082/metrics for Prometheus

TorchServe keeps its pid file in the temporary directory and writes `key_file.json` and
`logs/` in its working directory; each service gets a run folder of its own (0700) for all of
them and for nginx's files, so `make serve` and the tests never step on each other.

Usage: python -m serving.server start|stop|status [--run-dir .serve] [--model-store model_store]
       [--listen [HOST:]PORT] [--tls-cert FILE --tls-key FILE] [--foreground]
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from serving.front import (
    MULTIPLEXED,
    Front,
    FrontError,
    FrontSettings,
    response_timeout,
    routes,
    write_private,
)
from serving.keys import KeyStore

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "config.properties"
LOG_CONFIG = ROOT / "serving" / "log4j2.xml"
ADDRESS_KEYS = ("inference_address", "management_address", "metrics_address")
SOCKET_PATH_MAX = 100  # a unix socket path holds at most 107 bytes
FIRST_KEY = "default"  # created by `make serve` when there is no API key yet


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
            # The handler parses every body itself (handlers/generation_request.py): no JSON
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

    def start(
        self, model_store: Path, *, foreground: bool = False, log_config: Path | None = LOG_CONFIG
    ) -> None:
        """Start TorchServe; in the foreground (containers) this returns when it stops."""
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
            "all",
            *(["--log-config", str(log_config)] if log_config else []),
            *(["--foreground"] if foreground else []),
        )
        if status != 0:
            output = (self.run_dir / "torchserve.out").read_text()[-2000:]
            raise RuntimeError(f"torchserve did not start:\n{output}")

    def stop(self) -> None:
        self.torchserve("--stop", "--foreground")

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


class AlreadyRunning(RuntimeError):
    pass


@dataclass
class Service:
    """TorchServe and its nginx front, started and stopped together."""

    torchserve: Server
    front: Front

    @classmethod
    def open(
        cls, run_dir: Path, settings: FrontSettings, overrides: dict[str, str] | None = None
    ) -> Service:
        """A service to start (its TorchServe config written now)."""
        return cls(open_server(run_dir, overrides), Front(run_dir.resolve(), settings))

    @classmethod
    def existing(cls, run_dir: Path) -> Service:
        """The service last started in `run_dir`, with the settings it was started with."""
        front = Front.of(run_dir.resolve()) or Front(run_dir.resolve(), FrontSettings.load())
        return cls(running_server(run_dir), front)

    @property
    def run_dir(self) -> Path:
        return self.torchserve.run_dir

    @property
    def url(self) -> str:
        return self.front.url

    @property
    def metrics_url(self) -> str:
        return self.torchserve.metrics_url

    def running(self) -> bool:
        return self.torchserve.running() or self.front.running()

    def upstream(self) -> str:
        """TorchServe's inference address as nginx's `server` takes it."""
        address = self.torchserve.inference_url
        return address if address.startswith("unix:") else address.split("://", 1)[1]

    def health_socket(self) -> Path | None:
        """The keeper's socket beside TorchServe's (a short path), if TorchServe has one."""
        address = self.torchserve.inference_url
        return Path(address[5:]).parent / "health.sock" if address.startswith("unix:") else None

    def start(
        self,
        model_store: Path,
        timeout: float = 180.0,
        bot_store: Path | None = None,
        bots_config: Path | None = None,
    ) -> list[str]:
        """Start both and wait until /healthz answers through the front; the bots served.

        With `bot_store`, the multiplexed model (`bots.mar`, built now with `bots_config`, by
        default handlers/model-config.yaml) serves every bot of the store too, those trained
        while the service runs included.
        """
        if self.running():
            raise AlreadyRunning(f"already running at {self.url} (run folder {self.run_dir})")
        models = []
        if bot_store is not None:
            from training.mar import DEFAULT_MODEL_CONFIG, build_bots_archive

            bot_store.mkdir(parents=True, exist_ok=True)
            build_bots_archive(bot_store, model_store, bots_config or DEFAULT_MODEL_CONFIG)
            models.append(MULTIPLEXED.model)
        bots = routes(model_store)
        if not bots and not models:
            raise FileNotFoundError(
                f"no model archives in {model_store}: run `make train USER=...` first"
            )
        self.torchserve.start(model_store)
        try:
            self.torchserve.wait_ready(sorted(bots) + models, timeout)
            default = int(self.torchserve.properties.get("default_response_timeout", 120))
            self.front.configure(
                upstream=self.upstream(),
                ts_key=self.torchserve.keys()["inference"],
                bots=bots,
                read_timeout_s=response_timeout(model_store, default),
                health_socket=self.health_socket(),
                bot_store=bot_store,
            )
            self.front.start()
            self.front.wait_healthy()
        except BaseException:
            self.stop()
            raise
        return sorted(bots)

    def stop(self) -> bool:
        """Stop both; False if neither was running."""
        front = self.front.stop()
        torchserve = self.torchserve.running()
        if torchserve:
            self.torchserve.stop()
        return front or torchserve


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["start", "stop", "status"])
    parser.add_argument("--run-dir", type=Path, default=ROOT / ".serve")
    parser.add_argument("--model-store", type=Path, default=ROOT / "model_store")
    parser.add_argument(
        "--bot-store", type=Path, default=ROOT / "bots", help="the bot store the service serves"
    )
    parser.add_argument("--listen", help="the front's [host:]port (default: front.yaml's)")
    parser.add_argument("--host", help="the front listens on this address (containers: 0.0.0.0)")
    parser.add_argument("--tls-cert", type=Path, help="PEM certificate: serve HTTPS")
    parser.add_argument("--tls-key", type=Path, help="the certificate's private key")
    parser.add_argument("--foreground", action="store_true", help="run until stopped (containers)")
    args = parser.parse_args(argv)
    try:
        if args.command == "start":
            start(args)
        elif args.command == "stop":
            service = Service.existing(args.run_dir)
            if service.stop():
                print("stopped the front (nginx) and TorchServe")
            else:
                print(f"nothing to stop: no server is running from {args.run_dir}")
        else:
            service = Service.existing(args.run_dir)
            state = "running" if service.running() else "not running"
            print(f"{state}: {service.url} (run folder {args.run_dir})")
    except (FrontError, FileNotFoundError, TimeoutError, RuntimeError) as error:
        sys.exit(f"error: {error}")


def start(args: argparse.Namespace) -> None:
    # Imported here, not at the top: the front's keeper imports this module, and the engine
    # package imports torch (~0.3 GB resident in a process that needs none of it).
    from engine.store import BotStore

    existing = Service.existing(args.run_dir)
    if existing.torchserve.running() and existing.front.running():
        print(f"already running at {existing.url} (run folder {args.run_dir}); `make stop` first")
        return
    if existing.running():
        half = "TorchServe" if existing.torchserve.running() else "the front (nginx)"
        sys.exit(f"error: only {half} is running from {args.run_dir}: `make stop`, then serve")
    listen = args.listen
    if args.host:
        port = (listen or FrontSettings.load().listen).rsplit(":", 1)[-1]
        listen = f"{args.host}:{port}"
    settings = FrontSettings.load(
        listen=listen,
        tls_certificate=args.tls_cert and str(args.tls_cert.resolve()),
        tls_certificate_key=args.tls_key and str(args.tls_key.resolve()),
    )
    store = KeyStore(settings.keys_path)
    if not store.load():
        store.create(FIRST_KEY)
        print(f"created API key {FIRST_KEY!r} in {store.path}: `make key-show NAME={FIRST_KEY}`")
    service = Service.open(args.run_dir, settings)
    bots = service.start(args.model_store, bot_store=args.bot_store)
    stored = [record.name for record in BotStore(args.bot_store).records()]
    names = ", ".join(sorted(set(bots) | set(stored))) or "no bot yet"
    print(f"serving {names} at {service.url}/predictions/<name>  (health: /healthz)")
    print(f"bots trained from now on are served at once (bot store {args.bot_store})")
    print("API keys: `make key-list`, `make key-create NAME=...`, `make key-revoke NAME=...`")
    print(f"metrics: {service.torchserve.metrics_url}/metrics   logs: {service.run_dir / 'logs'}")
    if args.foreground:
        wait_for_signal(service)


def wait_for_signal(service: Service) -> None:
    """Until SIGTERM/SIGINT or the death of nginx or TorchServe; then stop both."""
    stopping = []
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: stopping.append(True))
    while not stopping and service.torchserve.running() and service.front.running():
        time.sleep(1)
    service.stop()


if __name__ == "__main__":
    main()
