"""Run the service: TorchServe and its nginx front, started and stopped together (`make serve`,
`make stop`, and the container's process).

    client --HTTP(S)--> nginx front (front.yaml's `listen`; API keys, limits, JSON errors)
                          |  unix sockets in the run folder (mode 0700): this user only
                          v
                        TorchServe serving `bots.mar`: every bot of the bot store
                        (metrics on config.properties' metrics_address for Prometheus)

`bots.mar` is built at every start into the run folder from the serving model-config
(handlers/model-config.yaml): the stores may be read-only. `start` returns once /healthz
answers through the front; `run` stays in the foreground (a container's PID 1 child, under
tini): it copies every log to stdout/stderr, reloads the front when the mounted key file
changes, and on SIGTERM/SIGINT drains: /healthz answers 503 at once, nginx stops gracefully
(no new connection; requests in progress finish, at most `drain_seconds`), then TorchServe
stops (it drops requests on SIGTERM, so it goes last) and the process exits 0.

Usage: python -m serving.supervisor start|stop|status|run|health [--run-dir .serve]
       [--bot-store bots] [--listen [HOST:]PORT] [--tls-cert FILE --tls-key FILE]
Container settings (environment, for `run` and `health`): TWEETBOTS_LISTEN,
TWEETBOTS_BOT_STORE, TWEETBOTS_API_KEYS_FILE, TWEETBOTS_RUN_DIR, TWEETBOTS_DRAIN_SECONDS,
TWEETBOTS_DEVICE_TYPE (cpu | gpu), TWEETBOTS_JOBS_DIR (training jobs),
TWEETBOTS_REPLICA (its name behind the router), and TS_<KEY>=value
for any config.properties key.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests
import yaml

from engine.names import SERVING_MODEL
from engine.store import BotStore
from serving.front import Front
from serving.front_settings import ROOT, FrontError, FrontSettings
from serving.keys import OPERATOR_KEY, KeyStore
from serving.logs import LogCopier, clear_logs, log_files
from serving.nginx_config import ServingLimits
from serving.torchserve import LOG_CONFIG, Server, open_server, running_server

MODEL_CONFIG = ROOT / "handlers" / "model-config.yaml"  # the serving model's settings
CONTAINER_LOG_CONFIG = ROOT / "deploy" / "log4j2.xml"  # TorchServe's logs on its stdout
FIRST_KEY = OPERATOR_KEY  # created by `make serve` when there is no API key yet (admin scope)
KEYS_CHECK_SECONDS = 5.0


class Stop(Exception):
    """SIGTERM or SIGINT while the service starts."""


class AlreadyRunning(RuntimeError):
    pass


@dataclass(frozen=True)
class ServiceSettings:
    """Where the service lives and what it serves (CLI flags, or a container's environment)."""

    run_dir: Path = ROOT / ".serve"
    bot_store: Path = ROOT / "bots"
    model_config: Path = MODEL_CONFIG
    device_type: str = ""  # "cpu" | "gpu" written into bots.mar's config; "": TorchServe picks
    log_config: Path = LOG_CONFIG
    drain_seconds: float = 60.0
    properties: dict[str, str] = field(default_factory=dict)  # config.properties overrides

    @classmethod
    def from_environment(cls, env=os.environ) -> tuple[ServiceSettings, FrontSettings]:
        """A container's settings: TWEETBOTS_* variables, TS_<KEY> for config.properties."""
        properties = {"metrics_address": "http://0.0.0.0:8082"}
        for name, value in env.items():
            if name.startswith("TS_") and name != "TS_CONFIG_FILE":
                properties[name[3:].lower()] = value
        service = cls(
            run_dir=Path(env.get("TWEETBOTS_RUN_DIR", "/tmp/tweetbots")),
            bot_store=Path(env.get("TWEETBOTS_BOT_STORE", "/app/bots")),
            device_type=env.get("TWEETBOTS_DEVICE_TYPE", ""),
            log_config=CONTAINER_LOG_CONFIG,
            drain_seconds=float(env.get("TWEETBOTS_DRAIN_SECONDS", 60)),
            properties=properties,
        )
        front = FrontSettings.load(
            listen=env.get("TWEETBOTS_LISTEN", "0.0.0.0:8080"),
            keys_file=env.get("TWEETBOTS_API_KEYS_FILE", "/run/secrets/tweetbots/api_keys.json"),
            jobs_dir=env.get("TWEETBOTS_JOBS_DIR", "/tmp/tweetbots-jobs"),
            replica=env.get("TWEETBOTS_REPLICA", ""),
        )
        return service, front

    def serving_config(self) -> Path:
        """The serving model's model-config.yaml, with deviceType when one is asked for."""
        if not self.device_type:
            return self.model_config
        config = yaml.safe_load(self.model_config.read_text())
        path = self.run_dir / "bots-model-config.yaml"
        path.write_text(yaml.safe_dump({**config, "deviceType": self.device_type}, sort_keys=False))
        return path


@dataclass
class Service:
    """TorchServe and its nginx front for one run folder."""

    torchserve: Server
    front: Front

    @classmethod
    def open(
        cls, run_dir: Path, front: FrontSettings, properties: dict[str, str] | None = None
    ) -> Service:
        """A service to start (its TorchServe config written now)."""
        return cls(open_server(run_dir, properties), Front(run_dir.resolve(), front))

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
        bot_store: Path,
        model_config: Path = MODEL_CONFIG,
        timeout: float = 180.0,
        log_config: Path = LOG_CONFIG,
    ) -> None:
        """Build bots.mar for `bot_store`, start TorchServe and the front, and wait until
        /healthz answers through the front."""
        from training.mar import build_bots_archive  # the archiver: only where serving starts

        if self.running():
            raise AlreadyRunning(f"already running at {self.url} (run folder {self.run_dir})")
        bot_store.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):  # the listings of a store older than them (a
            BotStore(bot_store).write_index()  # read-only store keeps what it has)
        archives = self.run_dir / "model_store"
        build_bots_archive(bot_store, archives, model_config)
        self.torchserve.start(archives, log_config)
        try:
            self.torchserve.wait_ready([SERVING_MODEL], timeout)
            self.front.configure(
                upstream=self.upstream(),
                ts_key=self.torchserve.keys()["inference"],
                limits=ServingLimits.of(model_config),
                bot_store=bot_store,
                health_socket=self.health_socket(),
            )
            self.front.start()
            self.front.wait_healthy()
        except BaseException:
            self.stop()
            raise

    def stop(self, drain_seconds: float = 15.0) -> bool:
        """The front first (graceful: requests in progress finish, at most `drain_seconds`),
        then TorchServe; False if neither was running."""
        front = self.front.stop(timeout=drain_seconds)
        torchserve = self.torchserve.running()
        if torchserve:
            self.torchserve.stop()
        return front or torchserve


class KeyWatch:
    """A mounted API key file: checked at start, applied again when its content changes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.digest = ""
        self.checked = 0.0

    def check(self) -> str:
        """A problem that keeps the service from starting, or "" (a warning is printed)."""
        try:
            if not self.path.exists():
                return (
                    f"no API key file at {self.path}: create one with `python -m serving.keys_cli "
                    "create NAME --keys-file FILE` and mount it there (TWEETBOTS_API_KEYS_FILE)"
                )
            keys = KeyStore(self.path).load()
        except PermissionError:
            return (
                f"cannot read the API key file {self.path}: make it readable by uid "
                f"{os.getuid()} (the container's user) or run the container as its owner"
            )
        except (OSError, ValueError, TypeError) as error:
            return f"the API key file {self.path} is not a key store ({type(error).__name__})"
        if not keys:
            say(f"{self.path} holds no key: every request will get 401")
        self.digest = self.read_digest()
        return ""

    def read_digest(self) -> str:
        with contextlib.suppress(OSError):
            return hashlib.sha256(self.path.read_bytes()).hexdigest()
        return ""

    def poll(self, front: Front) -> None:
        """Every KEYS_CHECK_SECONDS: a changed key file reloads the front (no request lost)."""
        now = time.monotonic()
        if now - self.checked < KEYS_CHECK_SECONDS:
            return
        self.checked = now
        digest = self.read_digest()
        if not digest or digest == self.digest:
            return
        try:
            count = front.write_keys()
            front.reload()
        except (OSError, ValueError, TypeError, FrontError) as error:
            say(f"new API keys not applied ({type(error).__name__})")
            return
        self.digest = digest
        say(f"API keys changed: the front accepts {count} key(s)")


def say(message: str) -> None:
    print(f"tweetbots: {message}", flush=True)


class Foreground:
    """The service as this process's children until a signal; then drained and stopped."""

    def __init__(self, settings: ServiceSettings, front: FrontSettings) -> None:
        self.settings = settings
        self.front_settings = front
        self.stop_requested = False
        self.starting = True

    def on_signal(self, signum, _frame) -> None:
        if self.stop_requested:  # a second signal: the first one's stop is under way
            return
        say(f"{signal.Signals(signum).name}: draining")
        self.stop_requested = True
        if self.starting:
            raise Stop

    def run(self) -> int:
        keys = KeyWatch(self.front_settings.keys_path)
        problem = keys.check()
        if problem:
            print(f"tweetbots: {problem}", file=sys.stderr, flush=True)
            return 2
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, self.on_signal)
        self.settings.run_dir.mkdir(parents=True, exist_ok=True)
        clear_logs(self.settings.run_dir)
        copier = LogCopier(log_files(self.settings.run_dir))
        copier.start()
        try:
            return self.serve(keys)
        finally:
            copier.stop()

    def serve(self, keys: KeyWatch) -> int:
        settings = self.settings
        service = None
        try:
            service = Service.open(settings.run_dir, self.front_settings, settings.properties)
            service.start(
                settings.bot_store, settings.serving_config(), log_config=settings.log_config
            )
            self.starting = False
        except Stop:  # before anything was served
            if service is not None:
                service.stop()
            return 0
        except (FrontError, OSError, TimeoutError, RuntimeError) as error:
            print(f"tweetbots: the service did not start: {error}", file=sys.stderr, flush=True)
            return 1
        say(f"serving the bot store {settings.bot_store} at {self.front_settings.listen}")
        while not self.stop_requested:
            for name, part in (("TorchServe", service.torchserve), ("the front", service.front)):
                if not part.running():
                    say(f"{name} exited; stopping")
                    service.stop()
                    return 1
            keys.poll(service.front)
            time.sleep(0.5)
        return self.shutdown(service)

    def shutdown(self, service: Service) -> int:
        bound = self.settings.drain_seconds
        started = time.monotonic()
        service.front.stop(timeout=bound)  # graceful: requests in progress finish
        took = time.monotonic() - started
        if took < bound:
            say(f"no request in progress after {took:.1f} s")
        else:
            say(f"requests still in progress after {bound:.0f} s were cut")
        stopped = service.torchserve.stop()
        say("stopped" if stopped else "TorchServe did not stop in time; killed")
        return 0 if stopped else 1


def start(args: argparse.Namespace) -> None:
    """`make serve`: start in the background, with the `default` key made if none exists."""
    from engine.store import BotStore

    existing = Service.existing(args.run_dir)
    if existing.torchserve.running() and existing.front.running():
        print(f"already running at {existing.url} (run folder {args.run_dir}); `make stop` first")
        return
    if existing.running():
        half = "TorchServe" if existing.torchserve.running() else "the front (nginx)"
        sys.exit(f"error: only {half} is running from {args.run_dir}: `make stop`, then serve")
    front = FrontSettings.load(
        listen=args.listen,
        tls_certificate=args.tls_cert and str(args.tls_cert.resolve()),
        tls_certificate_key=args.tls_key and str(args.tls_key.resolve()),
    )
    store = KeyStore(front.keys_path)
    if not store.load():
        store.create(FIRST_KEY, scope="admin")
        print(f"created API key {FIRST_KEY!r} in {store.path}: `make key-show NAME={FIRST_KEY}`")
    service = Service.open(args.run_dir, front)
    service.start(args.bot_store)
    names = ", ".join(r.name for r in BotStore(args.bot_store).records()) or "no bot yet"
    print(f"serving {names} at {service.url}/predictions/<name>  (health: /healthz)")
    print(f"every bot of {args.bot_store} is answered from its next request, new ones included")
    print("API keys: `make key-list`, `make key-create NAME=...`, `make key-revoke NAME=...`")
    print(f"metrics: {service.metrics_url}/metrics   logs: {service.run_dir / 'logs'}")


def health(front: FrontSettings) -> int:
    """0 when the front's /healthz says ready (no key needed); 1 otherwise or stopping."""
    try:
        answer = requests.get(f"{front.url}/healthz", timeout=5)
        print(json.dumps(answer.json()) if answer.content else answer.status_code)
        return 0 if answer.status_code == 200 else 1
    except (requests.RequestException, ValueError) as error:
        print(f"unhealthy: {type(error).__name__}")
        return 1


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["start", "stop", "status", "run", "health"])
    parser.add_argument("--run-dir", type=Path, default=ROOT / ".serve")
    parser.add_argument("--bot-store", type=Path, default=ROOT / "bots")
    parser.add_argument("--listen", help="the front's [host:]port (default: front.yaml's)")
    parser.add_argument("--tls-cert", type=Path, help="PEM certificate: serve HTTPS")
    parser.add_argument("--tls-key", type=Path, help="the certificate's private key")
    args = parser.parse_args(argv)
    try:
        if args.command == "start":
            start(args)
        elif args.command == "stop":
            stopped = Service.existing(args.run_dir).stop()
            print("stopped the front (nginx) and TorchServe" if stopped
                  else f"nothing to stop: no server is running from {args.run_dir}")  # fmt: skip
        elif args.command == "status":
            service = Service.existing(args.run_dir)  # exit status 0: running, 3: not
            running = service.torchserve.running() and service.front.running()
            state = "running" if running else "not running"
            print(f"{state}: {service.url} (run folder {args.run_dir})")
            sys.exit(0 if running else 3)
        else:
            settings, front = ServiceSettings.from_environment()
            sys.exit(
                health(front) if args.command == "health" else Foreground(settings, front).run()
            )
    except (FrontError, FileNotFoundError, TimeoutError, RuntimeError) as error:
        sys.exit(f"error: {error}")


if __name__ == "__main__":
    main()
