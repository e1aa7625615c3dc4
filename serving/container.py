"""The serving container's PID 1: run TorchServe, drain on SIGTERM, report health.

Python as PID 1 gets no default signal handlers (SIGTERM would be ignored and `docker stop`
would end in SIGKILL), and orphaned processes (TorchServe's workers, when its JVM dies) are
re-parented to PID 1, which must reap them. This module does both, keeps TorchServe's logs on
stdout (deploy/log4j2.xml) and stops in a stated bound:

  SIGTERM/SIGINT -> `draining` (the health check fails at once, so load balancers and
  readiness probes stop sending) -> wait until no request is in flight, at most
  TWEETBOTS_DRAIN_SECONDS (default 60) -> stop TorchServe (at most STOP_SECONDS) -> exit 0.
  Give the orchestrator a grace period above the sum (docker stop -t 90,
  terminationGracePeriodSeconds: 90).

In flight = requests TorchServe counted on arrival (`ts_inference_requests_total`) minus the
requests its handler answered (`tweetbots_requests_total`), both read from the metrics
endpoint, which needs no key. A request that never reaches the handler (queue full, worker
died) keeps the count above zero, so the drain then lasts the whole bound: slower, never lossy.

Usage (the image's ENTRYPOINT): python -m serving.container run | health
Settings (environment): TWEETBOTS_MODEL_STORE (/app/model_store), TWEETBOTS_RUN_DIR
(/tmp/tweetbots), TWEETBOTS_HOST (0.0.0.0), TWEETBOTS_DRAIN_SECONDS (60),
TWEETBOTS_DEVICE_TYPE (cpu | gpu: the deviceType every archive is served with), and
TS_<KEY>=value for any config.properties key (e.g. TS_INFERENCE_ADDRESS).
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import requests
import yaml

from serving.server import ADDRESS_KEYS, CONFIG, ROOT, open_server, read_properties, running_server

LOG_CONFIG = ROOT / "deploy" / "log4j2.xml"
STOP_SECONDS = 20.0  # TorchServe's JVM and workers after the drain
PR_SET_CHILD_SUBREAPER = 36


@dataclass(frozen=True)
class Settings:
    model_store: Path = ROOT / "model_store"
    run_dir: Path = Path("/tmp/tweetbots")
    host: str = "0.0.0.0"
    drain_seconds: float = 60.0
    device_type: str = ""  # "": as each archive says

    @classmethod
    def from_environment(cls) -> Settings:
        env = os.environ
        default = cls()
        return cls(
            model_store=Path(env.get("TWEETBOTS_MODEL_STORE", default.model_store)),
            run_dir=Path(env.get("TWEETBOTS_RUN_DIR", default.run_dir)),
            host=env.get("TWEETBOTS_HOST", default.host),
            drain_seconds=float(env.get("TWEETBOTS_DRAIN_SECONDS", default.drain_seconds)),
            device_type=env.get("TWEETBOTS_DEVICE_TYPE", default.device_type),
        )

    @property
    def draining_marker(self) -> Path:
        return self.run_dir / "draining"


def metric_sum(text: str, name: str) -> float:
    """The sum of every sample of counter `name` in Prometheus text."""
    pattern = re.compile(rf"^{re.escape(name)}(?:\{{[^}}]*\}})?\s+(\S+)", re.MULTILINE)
    return sum(float(value) for value in pattern.findall(text))


def in_flight(metrics_url: str) -> float:
    text = requests.get(f"{metrics_url}/metrics", timeout=5).text
    return metric_sum(text, "ts_inference_requests_total") - metric_sum(
        text, "tweetbots_requests_total"
    )


def retarget(model_store: Path, run_dir: Path, device_type: str) -> Path:
    """`model_store` with every archive's deviceType set (TorchServe reads it only there).

    An archive already right is linked, another one rewritten into the run folder.
    """
    if not device_type:
        return model_store
    store = run_dir / "model_store"
    store.mkdir(parents=True, exist_ok=True)
    for archive in sorted(model_store.glob("*.mar")):
        target = store / archive.name
        target.unlink(missing_ok=True)
        with zipfile.ZipFile(archive) as source:
            manifest = yaml.safe_load(source.read("MAR-INF/MANIFEST.json"))
            config_name = manifest.get("model", {}).get("configFile")
            config = yaml.safe_load(source.read(config_name)) if config_name else {}
            if not config_name or config.get("deviceType") == device_type:
                target.symlink_to(archive.resolve())
                continue
            config["deviceType"] = device_type
            with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as copy:
                for item in source.infolist():
                    data = source.read(item)
                    if item.filename == config_name:
                        data = yaml.safe_dump(config, sort_keys=False).encode()
                    copy.writestr(item, data)
    return store


def container_properties(settings: Settings, environ) -> dict[str, str]:
    """config.properties overrides: listen on `settings.host`, log to stdout, TS_* variables.

    TS_<KEY>=value sets <key> (lower case), as TorchServe's own enable_envvars_config names
    them (TS_INFERENCE_ADDRESS, TS_GRPC_INFERENCE_PORT, ...); they are written into the
    rendered file, so this module and TorchServe read the same addresses.
    """
    properties = read_properties(CONFIG)
    host = settings.host
    overrides = {key: properties[key].replace("127.0.0.1", host) for key in ADDRESS_KEYS}
    log_config = f"-Dlog4j.configurationFile=file://{LOG_CONFIG}"
    overrides["vmargs"] = " ".join(filter(None, [properties.get("vmargs"), log_config]))
    for name, value in environ.items():
        if name.startswith("TS_") and name != "TS_CONFIG_FILE":
            overrides[name[3:].lower()] = value
    return overrides


class Supervisor:
    """TorchServe as a child of this process, stopped only after a drain."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.stop_requested = False
        self.launcher: subprocess.Popen | None = None
        self.launcher_status: int | None = None

    def request_stop(self, signum, _frame) -> None:
        if not self.stop_requested:
            print(f"container: {signal.Signals(signum).name}: draining", flush=True)
        self.stop_requested = True

    def reap(self) -> None:
        """Collect every exited child (orphans included); note the launcher's status."""
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            if self.launcher is not None and pid == self.launcher.pid:
                self.launcher_status = os.waitstatus_to_exitcode(status)

    def run(self) -> int:
        settings = self.settings
        signal.signal(signal.SIGTERM, self.request_stop)
        signal.signal(signal.SIGINT, self.request_stop)
        # Outside a container too, orphaned workers come back to this process to be reaped.
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
        settings.run_dir.mkdir(parents=True, exist_ok=True)
        settings.draining_marker.unlink(missing_ok=True)
        archives = sorted(p.stem for p in settings.model_store.glob("*.mar"))
        if not archives:
            print(f"container: no model archives in {settings.model_store}", file=sys.stderr)
            return 2
        store = retarget(settings.model_store, settings.run_dir, settings.device_type)
        server = open_server(settings.run_dir, container_properties(settings, os.environ))
        launcher = str(Path(sys.executable).parent / "torchserve")
        # stdout and stderr are inherited: the JVM's console log is the container's log.
        self.launcher = subprocess.Popen(
            [launcher, "--start", "--foreground", "--ncs",
             "--ts-config", str(settings.run_dir / "config.properties"),
             "--model-store", str(store), "--models", "all"],
            cwd=settings.run_dir,
            env=server.environment(),
        )  # fmt: skip
        print(
            f"container: TorchServe serving {', '.join(archives)}; keys in {server.key_file}",
            flush=True,
        )
        while not self.stop_requested:
            self.reap()
            if self.launcher_status is not None:
                print(f"container: TorchServe exited ({self.launcher_status})", flush=True)
                return self.launcher_status or 1
            time.sleep(0.2)
        settings.draining_marker.touch()
        self.drain(server.metrics_url.replace("0.0.0.0", "127.0.0.1"))
        return self.stop_torchserve(server)

    def drain(self, metrics_url: str) -> None:
        deadline = time.monotonic() + self.settings.drain_seconds
        idle_since = None
        while time.monotonic() < deadline:
            self.reap()
            if self.launcher_status is not None:
                return
            try:
                busy = in_flight(metrics_url) > 0
            except requests.RequestException:
                busy = False  # no metrics endpoint: TorchServe is not answering anything
            now = time.monotonic()
            idle_since = None if busy else (idle_since or now)
            # Idle for a moment: the handler counts a request just before TorchServe writes it.
            if idle_since is not None and now - idle_since >= 1.0:
                print("container: no request in flight", flush=True)
                return
            time.sleep(0.2)
        print(
            f"container: requests still in flight after {self.settings.drain_seconds:.0f} s",
            flush=True,
        )

    def stop_torchserve(self, server) -> int:
        pid_file = server.run_dir / ".model_server.pid"
        if self.launcher_status is None and pid_file.exists():
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(int(pid_file.read_text().split()[0]), signal.SIGTERM)
        deadline = time.monotonic() + STOP_SECONDS
        while time.monotonic() < deadline:
            self.reap()
            if self.launcher_status is not None and not self.has_children():
                break
            time.sleep(0.1)
        else:
            print("container: TorchServe did not stop in time; killing it", flush=True)
            if self.launcher_status is None and self.launcher is not None:
                self.launcher.kill()
            return 1
        print("container: stopped", flush=True)
        return 0

    @staticmethod
    def has_children() -> bool:
        me = str(os.getpid())
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[1] == me:  # the parent pid
                return True
        return False


def health(settings: Settings) -> int:
    """0 when TorchServe answers and every archive has a ready worker; 1 otherwise or draining.

    Needs no secret from the caller: the keys are read inside the container. When TorchServe's
    management key has expired (token_expiration_min), the model check is skipped and the
    metrics endpoint alone decides. The front's /healthz replaces this when it lands.
    """
    if settings.draining_marker.exists():
        print("draining")
        return 1
    try:
        server = running_server(settings.run_dir)
        metrics_url = server.metrics_url.replace("0.0.0.0", "127.0.0.1")
        requests.get(f"{metrics_url}/metrics", timeout=5).raise_for_status()
        expected = sorted(p.stem for p in settings.model_store.glob("*.mar"))
        server.properties.update(
            {key: value.replace("0.0.0.0", "127.0.0.1") for key, value in server.properties.items()}
        )
        try:
            ready = server.ready_models()
        except requests.HTTPError as error:
            if error.response is not None and error.response.status_code == 400:
                print("ok (metrics; management key expired)")
                return 0
            raise
        missing = sorted(set(expected) - set(ready))
        if missing:
            print(f"not ready: {', '.join(missing)}")
            return 1
    except (requests.RequestException, OSError, KeyError, ValueError) as error:
        print(f"unhealthy: {type(error).__name__}")
        return 1
    print("ok")
    return 0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["run", "health"])
    args = parser.parse_args(argv)
    settings = Settings.from_environment()
    sys.exit(Supervisor(settings).run() if args.command == "run" else health(settings))


if __name__ == "__main__":
    main()
