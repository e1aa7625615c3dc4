"""The serving container's process: the whole service (`make serve` in the foreground).

    client --> nginx front on TWEETBOTS_LISTEN (0.0.0.0:8080): API keys, /healthz, GET /bots
                 |  unix sockets in the run folder (TWEETBOTS_RUN_DIR, /tmp/tweetbots)
                 v
               TorchServe: the multiplexed model `bots` (every bot of TWEETBOTS_BOT_STORE,
               /app/bots, those published while it runs included) and every dedicated archive
               of TWEETBOTS_MODEL_STORE (/app/model_store); metrics on 0.0.0.0:8082

It runs serving.server's Service with what a container needs:
- tini is PID 1 (the image's ENTRYPOINT): it reaps TorchServe's JVM and workers, which the
  torchserve launcher orphans, and passes signals on to this process;
- both stores may be mounted read-only: `bots.mar` (built at start, like `make serve` does)
  and GPU copies of archives go to a model store in the run folder that links the rest;
- the API keys are a mounted file (TWEETBOTS_API_KEYS_FILE: a Kubernetes Secret), only read;
  when it changes, the front reloads (no request is dropped);
- every log (TorchServe's, nginx's access and error logs, the keeper's) is copied to stdout or
  stderr as it is written; the files stay in the run folder, rotated by the front's keeper.

Shutdown, in a stated bound: SIGTERM/SIGINT -> /healthz answers 503 at once (its keeper stops)
and nginx stops gracefully: it takes no new connection and waits for every request in
progress, at most TWEETBOTS_DRAIN_SECONDS (60) -> TorchServe stops (at most STOP_SECONDS)
-> exit 0. TorchServe drops its requests on SIGTERM, so it is stopped only after the front.
In progress is what nginx holds, exactly: TorchServe's arrival counter minus the handler's
answered counter drifts up for good with every request the handler never answers (a worker
death, a full queue), after which every drain would wait out its whole bound.

`kserve` runs TorchServe alone, as KServe's TorchServe runtime expects (no front: KServe's
ingress is the edge); its TS_* settings come from the InferenceService.

Usage (the image's ENTRYPOINT): python -m serving.container run | health | kserve
Settings (environment): TWEETBOTS_LISTEN, TWEETBOTS_BOT_STORE, TWEETBOTS_MODEL_STORE,
TWEETBOTS_API_KEYS_FILE, TWEETBOTS_RUN_DIR, TWEETBOTS_DRAIN_SECONDS, TWEETBOTS_DEVICE_TYPE
(cpu | gpu: the deviceType every model is served with), and TS_<KEY>=value for any
config.properties key (e.g. TS_METRICS_ADDRESS=http://0.0.0.0:9082).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import signal
import sys
import threading
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import psutil
import requests
import yaml

from serving.front import MULTIPLEXED, Front, FrontError, FrontSettings, routes
from serving.keys import KeyStore
from serving.server import ROOT, Server, Service, open_server

LOG_CONFIG = ROOT / "deploy" / "log4j2.xml"  # TorchServe's logs on its stdout, no files
BOTS_CONFIG = ROOT / "handlers" / "model-config.yaml"  # the multiplexed model's settings
STOP_SECONDS = 20.0  # TorchServe's JVM and workers, after the drain
KEYS_CHECK_SECONDS = 5.0


class Stop(Exception):
    """SIGTERM or SIGINT while the service starts."""


@dataclass(frozen=True)
class Settings:
    listen: str = "0.0.0.0:8080"
    bot_store: Path = Path("/app/bots")
    model_store: Path = ROOT / "model_store"
    api_keys_file: Path = Path("/run/secrets/tweetbots/api_keys.json")
    run_dir: Path = Path("/tmp/tweetbots")
    metrics_address: str = "http://0.0.0.0:8082"
    drain_seconds: float = 60.0
    device_type: str = ""  # "": as each archive says

    @classmethod
    def from_environment(cls, env=os.environ) -> Settings:
        default = cls()
        return cls(
            listen=env.get("TWEETBOTS_LISTEN", default.listen),
            bot_store=Path(env.get("TWEETBOTS_BOT_STORE", default.bot_store)),
            model_store=Path(env.get("TWEETBOTS_MODEL_STORE", default.model_store)),
            api_keys_file=Path(env.get("TWEETBOTS_API_KEYS_FILE", default.api_keys_file)),
            run_dir=Path(env.get("TWEETBOTS_RUN_DIR", default.run_dir)),
            drain_seconds=float(env.get("TWEETBOTS_DRAIN_SECONDS", default.drain_seconds)),
            device_type=env.get("TWEETBOTS_DEVICE_TYPE", default.device_type),
        )

    def front(self) -> FrontSettings:
        """front.yaml with the container's address and key file."""
        return FrontSettings.load(listen=self.listen, keys_file=str(self.api_keys_file))


def container_properties(settings: Settings, environ) -> dict[str, str]:
    """config.properties overrides: metrics for other hosts (Prometheus), and TS_* variables.

    TS_<KEY>=value sets <key> (lower case), as TorchServe's own enable_envvars_config names
    them (TS_METRICS_ADDRESS, TS_SERVICE_ENVELOPE, ...); they are written into the rendered
    file, so this module and TorchServe read the same settings.
    """
    overrides = {"metrics_address": settings.metrics_address}
    for name, value in environ.items():
        if name.startswith("TS_") and name != "TS_CONFIG_FILE":
            overrides[name[3:].lower()] = value
    return overrides


def with_device_type(config: dict, device_type: str) -> dict:
    return {**config, "deviceType": device_type} if device_type else config


def serving_store(model_store: Path, run_dir: Path, device_type: str) -> Path:
    """A model store in the run folder for TorchServe: every dedicated archive of
    `model_store` linked, or copied with its deviceType set (TorchServe reads it only from the
    archive). bots.mar is built into it at start; the mounted store is never written."""
    store = run_dir / "model_store"
    shutil.rmtree(store, ignore_errors=True)
    store.mkdir(parents=True)
    for archive in sorted(model_store.glob("*.mar")):
        if archive.stem == MULTIPLEXED.model:  # built at start for the mounted bot store
            continue
        target = store / archive.name
        with zipfile.ZipFile(archive) as source:
            manifest = yaml.safe_load(source.read("MAR-INF/MANIFEST.json"))
            config_name = manifest.get("model", {}).get("configFile")
            config = yaml.safe_load(source.read(config_name)) if config_name else {}
            if not device_type or not config_name or config.get("deviceType") == device_type:
                target.symlink_to(archive.resolve())
                continue
            with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as copy:
                for item in source.infolist():
                    data = source.read(item)
                    if item.filename == config_name:
                        data = yaml.safe_dump(with_device_type(config, device_type)).encode()
                    copy.writestr(item, data)
    return store


def bots_config(run_dir: Path, device_type: str) -> Path:
    """The multiplexed model's model-config.yaml, with the container's deviceType."""
    if not device_type:
        return BOTS_CONFIG
    config = with_device_type(yaml.safe_load(BOTS_CONFIG.read_text()), device_type)
    path = run_dir / "bots-model-config.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


class ContainerServer(Server):
    """TorchServe logging to its stdout (deploy/log4j2.xml), which the LogCopier follows."""

    def start(self, model_store: Path, *, foreground: bool = False, log_config=LOG_CONFIG):
        super().start(model_store, foreground=foreground, log_config=log_config)

    def keys(self) -> dict[str, str]:
        """No keys to send when token authorization is off (KServe: TS_DISABLE_TOKEN_...)."""
        if self.properties.get("disable_token_authorization") == "true":
            return {"inference": "", "management": "", "API": ""}
        return super().keys()


def stop_torchserve(server: Server) -> bool:
    """SIGTERM to TorchServe's JVM (it stops its workers); SIGKILL after STOP_SECONDS."""
    pid = server.pid()
    if pid is None:
        return True
    with contextlib.suppress(psutil.NoSuchProcess):
        process = psutil.Process(pid)
        process.terminate()
        try:
            process.wait(STOP_SECONDS)
        except psutil.TimeoutExpired:
            print("container: TorchServe did not stop in time; killed", flush=True)
            process.kill()
            return False
    return True


class LogCopier(threading.Thread):
    """Copies what is appended to log files to stdout or stderr (like `tail -F`): follows a
    file renamed away by rotation (to its end) and one truncated (TorchServe's output)."""

    def __init__(self, files: dict[Path, BinaryIO], interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.files = files
        self.interval = interval
        self.handles: dict[Path, BinaryIO] = {}
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.wait(self.interval):
            self.copy()
        self.copy()

    def stop(self) -> None:
        self.stopping.set()
        self.join(5)

    def copy(self) -> None:
        for path, out in self.files.items():
            handle = self.handles.get(path)
            if handle is not None:
                self.write(out, handle.read())
            try:
                current = path.stat()
            except FileNotFoundError:
                continue
            if handle is None or os.fstat(handle.fileno()).st_ino != current.st_ino:
                if handle is not None:
                    handle.close()
                handle = self.handles[path] = path.open("rb")
                self.write(out, handle.read())
            elif current.st_size < handle.tell():  # truncated after a copy: from the start
                handle.seek(0)
                self.write(out, handle.read())

    @staticmethod
    def write(out: BinaryIO, data: bytes) -> None:
        if data:
            out.write(data)
            out.flush()


def log_files(run_dir: Path) -> dict[Path, BinaryIO]:
    """The service's logs (serving.server, serving.front) and where each is copied to."""
    logs = run_dir / "logs"
    return {
        run_dir / "torchserve.out": sys.stdout.buffer,
        logs / "front-access.log": sys.stdout.buffer,
        logs / "front-error.log": sys.stderr.buffer,
        logs / "keeper.log": sys.stderr.buffer,
    }


def clear_logs(run_dir: Path) -> None:
    """A restarted container (its run folder kept) must not copy the last run's logs again."""
    for path in log_files(run_dir):
        for old in path.parent.glob(f"{path.name}*"):
            old.unlink()


class KeyWatch:
    """The mounted API key file: checked at start, applied again when its content changes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.digest = ""
        self.checked = 0.0

    def check(self) -> str:
        """A problem that keeps the service from starting, or "" (a warning is printed)."""
        try:
            if not self.path.exists():
                return (
                    f"no API key file at {self.path}: create one with `python -m serving.keys "
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
            print(f"container: {self.path} holds no key: every request will get 401", flush=True)
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
            print(f"container: new API keys not applied ({type(error).__name__})", flush=True)
            return
        self.digest = digest
        print(f"container: API keys changed: the front accepts {count} key(s)", flush=True)


class Supervisor:
    """The service as this process's children; stopped after the front drained."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.stop_requested = False
        self.starting = True

    def on_signal(self, signum, _frame) -> None:
        if self.stop_requested:  # a second signal: the first one's stop is under way
            return
        print(f"container: {signal.Signals(signum).name}: draining", flush=True)
        self.stop_requested = True
        if self.starting:
            raise Stop

    @contextlib.contextmanager
    def prepared(self):
        """Signals handled, the run folder ready, its logs copied to stdout/stderr."""
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, self.on_signal)
        self.settings.run_dir.mkdir(parents=True, exist_ok=True)
        clear_logs(self.settings.run_dir)
        copier = LogCopier(log_files(self.settings.run_dir))
        copier.start()
        try:
            yield
        finally:
            copier.stop()

    def run(self) -> int:
        keys = KeyWatch(self.settings.api_keys_file)
        problem = keys.check()
        if problem:
            print(f"container: {problem}", file=sys.stderr, flush=True)
            return 2
        with self.prepared():
            return self.serve(keys)

    def serve(self, keys: KeyWatch) -> int:
        settings = self.settings
        service = None
        try:
            front = Front(settings.run_dir.resolve(), settings.front())
            service = Service(self.torchserve(), front)
            store = serving_store(settings.model_store, settings.run_dir, settings.device_type)
            config = bots_config(settings.run_dir, settings.device_type)
            bots = service.start(store, bot_store=settings.bot_store, bots_config=config)
            self.starting = False
        except Stop:  # before anything was served
            if service is not None:
                service.stop()
            return 0
        except (FrontError, OSError, TimeoutError, RuntimeError) as error:
            print(f"container: the service did not start: {error}", file=sys.stderr, flush=True)
            return 1
        print(
            f"container: serving the bot store {settings.bot_store}"
            f"{' and ' + ', '.join(bots) if bots else ''} at {settings.listen}",
            flush=True,
        )
        while not self.stop_requested:
            for name, part in (("TorchServe", service.torchserve), ("the front", service.front)):
                if not part.running():
                    print(f"container: {name} exited; stopping", flush=True)
                    service.stop()
                    return 1
            keys.poll(service.front)
            time.sleep(0.5)
        return self.shutdown(service)

    def torchserve(self) -> ContainerServer:
        opened = open_server(self.settings.run_dir, container_properties(self.settings, os.environ))
        return ContainerServer(opened.run_dir, opened.properties)

    def shutdown(self, service: Service) -> int:
        bound = self.settings.drain_seconds
        started = time.monotonic()
        service.front.stop(timeout=bound)  # graceful: requests in progress finish
        took = time.monotonic() - started
        if took < bound:
            print(f"container: no request in progress after {took:.1f} s", flush=True)
        else:
            print(f"container: requests still in progress after {bound:.0f} s were cut", flush=True)
        stopped = stop_torchserve(service.torchserve)
        print("container: stopped", flush=True)
        return 0 if stopped else 1

    def run_kserve(self) -> int:
        """TorchServe alone with its TS_* settings (KServe: inference on TCP :8080, the v1
        envelope, token authorization off); Knative's queue-proxy drains requests."""
        settings = self.settings
        with self.prepared():
            server = None
            try:
                store = serving_store(settings.model_store, settings.run_dir, settings.device_type)
                if not routes(store):
                    print(f"container: no model archives in {settings.model_store}", flush=True)
                    return 2
                server = self.torchserve()
                server.start(store)
                server.wait_ready(sorted(routes(store)))
                self.starting = False
            except Stop:
                return 0 if server is None or stop_torchserve(server) else 1
            except (OSError, TimeoutError, RuntimeError) as error:
                print(f"container: TorchServe did not start: {error}", file=sys.stderr, flush=True)
                return 1
            print(f"container: TorchServe serving {', '.join(sorted(routes(store)))}", flush=True)
            while not self.stop_requested and server.running():
                time.sleep(0.5)
            stopped = stop_torchserve(server)
            return 0 if stopped and self.stop_requested else 1


def health(settings: Settings) -> int:
    """0 when the front's /healthz says ready (no key needed); 1 otherwise or stopping."""
    try:
        url = f"{settings.front().url}/healthz"
        answer = requests.get(url, timeout=5)
        print(json.dumps(answer.json()) if answer.content else answer.status_code)
        return 0 if answer.status_code == 200 else 1
    except (requests.RequestException, ValueError, FrontError) as error:
        print(f"unhealthy: {type(error).__name__}")
        return 1


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["run", "health", "kserve"])
    args = parser.parse_args(argv)
    settings = Settings.from_environment()
    if args.command == "health":
        sys.exit(health(settings))
    supervisor = Supervisor(settings)
    sys.exit(supervisor.run() if args.command == "run" else supervisor.run_kserve())


if __name__ == "__main__":
    main()
