"""The public front door's process: nginx in front of TorchServe, and its keeper beside it.

TorchServe 0.12 is in limited maintenance, so nothing a client sends reaches it unchecked:
nginx authenticates API keys (serving/keys.py), rate-limits per key, caps bodies, bounds the
requests in progress per bot and in all, forwards only the headers the handler needs (plus
`X-Request-Start`), and turns every error TorchServe or the network can produce into a JSON
answer that says what happened (serving/nginx_config.py renders its config). `/healthz` needs
no key.

This module runs it: writes the config into the run folder, starts nginx (not daemonized),
reloads it when keys change, stops it gracefully, and runs the keeper (serving/keeper.py),
which answers /healthz and rotates the front's logs and torchserve.out.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import grp
import importlib.util
import json
import os
import pwd
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import requests

from engine.files import write_private
from engine.names import SERVING_MODEL
from engine.store import INDEX, V1_MODELS
from serving import nginx_config
from serving.front_settings import ROOT, FrontError, FrontSettings
from serving.keys import KeyStore
from serving.logs import shift
from serving.nginx_config import ServingLimits

STATIC = ROOT / "serving" / "static"  # the playground page (GET /, GET /static/...)
# What a training job needs beyond serving: the serving image leaves them out (it cannot train)
TRAINING_PACKAGES = ("werkzeug", "peft", "tensorboard", "matplotlib", "tqdm")


def missing_training_packages() -> list[str]:
    """The packages the jobs API and its pipelines need that are not installed ([] when all)."""
    return [name for name in TRAINING_PACKAGES if importlib.util.find_spec(name) is None]


def nginx_binary() -> str:
    found = shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(p, os.X_OK)), None
    )
    if not found:
        raise FrontError("nginx is not installed: run `make install` (it installs Debian's nginx)")
    return found


class Front:
    """nginx for one run folder: its config, pid, logs and temporary files live inside it."""

    def __init__(self, run_dir: Path, settings: FrontSettings) -> None:
        self.run_dir = run_dir
        self.settings = settings
        self.dir = run_dir / "front"
        self.logs = run_dir / "logs"
        self.conf = self.dir / "nginx.conf"
        self.pid_file = self.dir / "nginx.pid"
        self.keys_map = self.dir / "api_keys.map"
        self.scopes_map = self.dir / "api_key_scopes.map"
        self.upstream_auth = self.dir / "upstream_auth.conf"
        self.state_file = self.dir / "front.json"
        self.access_log = self.logs / "front-access.log"
        self.error_log = self.logs / "front-error.log"

    @classmethod
    def of(cls, run_dir: Path) -> Front | None:
        """The front last configured in `run_dir`, with its settings then (None: never)."""
        state_file = run_dir / "front" / "front.json"
        if not state_file.exists():
            return None
        state = json.loads(state_file.read_text())
        return cls(run_dir, FrontSettings.checked(state["settings"]))

    @property
    def url(self) -> str:
        return self.settings.url

    def state(self) -> dict:
        return json.loads(self.state_file.read_text()) if self.state_file.exists() else {}

    # --- configuration ------------------------------------------------------------------------

    def configure(
        self,
        upstream: str,
        ts_key: str,
        limits: ServingLimits,
        bot_store: Path,
        health_socket: Path | None = None,
    ) -> None:
        """Write nginx.conf, the key map and the upstream key (0600, in a 0700 folder).

        `limits`: what the serving model's config says (response timeout, per-bot share);
        `bot_store`: GET /bots lists it (its index.json), GET /v1/models too (its OpenAI
        listing, V1_MODELS); `health_socket`: where the keeper
        answers /healthz (default: in the front's folder).
        """
        for folder in (self.dir, self.logs, self.dir / "tmp"):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(folder, 0o700)
        if not re.fullmatch(r"[A-Za-z0-9_-]+", ts_key):
            raise FrontError("TorchServe's inference key has unexpected characters")
        paths = {
            "pid": self.pid_file,
            "error_log": self.error_log,
            "access_log": self.access_log,
            "tmp": self.dir / "tmp",
            "keys_map": self.keys_map,
            "upstream_auth": self.upstream_auth,
            "health_socket": health_socket or self.dir / "health.sock",
            "jobs_socket": (health_socket or self.dir / "health.sock").with_name("jobs.sock"),
            "scopes_map": self.scopes_map,
            "static": STATIC,
            "bot_index": bot_store.resolve() / INDEX,
            "v1_models": bot_store.resolve() / V1_MODELS,
        }
        missing = missing_training_packages()
        text = nginx_config.render(
            self.settings, paths, upstream, limits, self.user_directive(), missing
        )
        write_private(self.upstream_auth, f'proxy_set_header Authorization "Bearer {ts_key}";\n')
        self.write_keys()
        write_private(self.conf, text)
        state = {
            "url": self.url,
            "settings": dataclasses.asdict(self.settings),
            "bot_store": str(bot_store.resolve()),
            "models": [SERVING_MODEL],
            "health_socket": str(paths["health_socket"]),
            "jobs_socket": str(paths["jobs_socket"]),
            "jobs": not missing,  # the jobs API runs (else its routes answer 501)
            "read_timeout_s": limits.response_timeout_s + self.settings.read_timeout_margin_s,
        }
        write_private(self.state_file, json.dumps(state, indent=1) + "\n")

    def write_keys(self) -> int:
        keys = KeyStore(self.settings.keys_path).load()
        write_private(self.keys_map, nginx_config.nginx_map(keys))
        write_private(self.scopes_map, nginx_config.nginx_scope_map(keys))
        return len(keys)

    @staticmethod
    def user_directive() -> str | None:
        """Workers run as the service's own user (they must reach TorchServe's socket in the
        0700 run folder); only a root master needs to be told so."""
        if os.geteuid() != 0:
            return None
        return f"{pwd.getpwuid(os.geteuid()).pw_name} {grp.getgrgid(os.getegid()).gr_name}"

    def command(self, *args: str) -> list[str]:
        return [
            nginx_binary(),
            *("-p", str(self.dir), "-c", str(self.conf), "-e", str(self.error_log)),
            *args,
        ]

    def nginx(self, *args: str) -> subprocess.CompletedProcess:
        done = subprocess.run(
            self.command(*args), capture_output=True, text=True, umask=0o077, check=False
        )
        if done.returncode != 0:
            raise FrontError(f"nginx {' '.join(args)} failed:\n{done.stderr.strip()[-2000:]}")
        return done

    # --- life cycle ---------------------------------------------------------------------------

    def master_pid(self) -> int | None:
        with contextlib.suppress(OSError, ValueError, psutil.Error):
            pid = int(self.pid_file.read_text().strip())
            process = psutil.Process(pid)
            ours = str(self.conf) in " ".join(process.cmdline())  # not a reused pid
            if ours and process.status() != psutil.STATUS_ZOMBIE:
                return pid
        return None

    def running(self) -> bool:
        return self.master_pid() is not None

    def start(self) -> None:
        """nginx in its own session, not daemonized by itself: a daemonizing nginx sets its
        umask to 0, and every log it reopens after a rotation would be world-readable."""
        self.nginx("-t")
        log = os.open(self.error_log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            master = subprocess.Popen(
                self.command("-g", "daemon off;"),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                start_new_session=True,
                umask=0o077,
            )
        finally:
            os.close(log)
        deadline = time.monotonic() + 10
        while self.master_pid() != master.pid:
            if time.monotonic() > deadline or master.poll() is not None:
                tail = self.error_log.read_text()[-1000:].strip()
                raise FrontError(f"nginx did not start ({self.error_log}):\n{tail}")
            time.sleep(0.05)
        jobs_socket = Path(self.state()["jobs_socket"])
        jobs_socket.unlink(missing_ok=True)  # a crashed run's
        if self.state()["jobs"]:
            self.start_sidecar("jobs")
            self.wait_for_socket(jobs_socket, "jobs")
        self.start_sidecar("keeper")  # last: /healthz says ready once all of it is up

    def wait_for_socket(self, socket: Path, sidecar: str, timeout: float = 60.0) -> None:
        """Until a sidecar listens (its socket exists), or its log's tail as the error."""
        deadline = time.monotonic() + timeout
        while not socket.exists():
            if time.monotonic() > deadline:
                tail = (self.logs / f"{sidecar}.log").read_text()[-1000:].strip()
                raise FrontError(f"the {sidecar} process did not start:\n{tail}")
            time.sleep(0.05)

    def reload(self) -> None:
        """Apply the written config: new workers take new requests, old ones finish theirs."""
        master = self.master_pid()
        if master is None:
            raise FrontError("the front is not running")
        self.nginx("-t")
        before = psutil.Process(master).children()
        os.kill(master, signal.SIGHUP)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # until only new workers accept connections
            if not any(accepting(worker) for worker in before) and any(
                accepting(worker) for worker in psutil.Process(master).children()
            ):
                return
            time.sleep(0.05)
        raise FrontError(f"nginx did not reload; see {self.error_log}")

    def stop(self, timeout: float = 15.0) -> bool:
        """Graceful (requests in progress finish) up to `timeout`, then at once; False if
        nothing was running."""
        self.stop_keeper()
        master = self.master_pid()
        if master is None:
            return False
        process = psutil.Process(master)
        workers = process.children()
        with contextlib.suppress(psutil.Error):
            process.send_signal(signal.SIGQUIT)
            try:
                process.wait(timeout)
            except psutil.TimeoutExpired:
                process.send_signal(signal.SIGTERM)
                process.wait(5)
        psutil.wait_procs(workers, timeout=5)
        return True

    def wait_healthy(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        last = "no answer"
        while time.monotonic() < deadline:
            try:
                answer = requests.get(f"{self.url}/healthz", timeout=5, verify=self.verify)
                if answer.status_code == 200:
                    return
                last = f"HTTP {answer.status_code} {answer.text.strip()[:200]}"
            except requests.RequestException as error:
                last = type(error).__name__
            time.sleep(0.2)
        raise FrontError(f"{self.url}/healthz not ready after {timeout:.0f} s: {last}")

    @property
    def verify(self) -> str | bool:
        """What a client on this machine verifies the front's certificate with."""
        return str(self.settings.tls_files[0]) if self.settings.tls_files else True

    # --- beside nginx: the keeper (/healthz, log rotation) and the jobs process -------------

    SIDECARS = {"keeper": "serving.keeper", "jobs": "serving.jobs"}

    def stop_keeper(self) -> None:
        for name in self.SIDECARS:
            self.stop_sidecar(name)

    def start_sidecar(self, name: str) -> None:
        """`python -m serving.<name> --run-dir ...` in its own session, logging to logs/."""
        self.stop_sidecar(name)
        log = os.open(self.logs / f"{name}.log", os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", self.SIDECARS[name], "--run-dir", str(self.run_dir)],
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                start_new_session=True,
                umask=0o077,
            )
        finally:
            os.close(log)
        write_private(self.dir / f"{name}.pid", f"{process.pid}\n")

    def stop_sidecar(self, name: str, timeout: float = 15.0) -> None:
        pid_file = self.dir / f"{name}.pid"
        with contextlib.suppress(OSError, ValueError, psutil.Error):
            process = psutil.Process(int(pid_file.read_text()))
            if self.SIDECARS[name] in " ".join(process.cmdline()):
                process.terminate()
                try:
                    process.wait(timeout)
                except psutil.TimeoutExpired:
                    process.kill()
                    process.wait(5)
        pid_file.unlink(missing_ok=True)

    def rotate_logs(self) -> list[Path]:
        """Rotate every front log over log_max_bytes (nginx reopens them), and torchserve.out
        (copied, then truncated: the JVM keeps it open). Returns the rotated files."""
        rotated = [
            log
            for log in (
                self.access_log,
                self.error_log,
                self.logs / "keeper.log",
                self.logs / "jobs.log",
            )  # fmt: skip
            if log.exists() and log.stat().st_size > self.settings.log_max_bytes
        ]
        for log in rotated:
            shift(log, self.settings.log_keep)
            log.rename(log.with_name(log.name + ".1"))
        master = self.master_pid()
        if rotated and master:
            os.kill(master, signal.SIGUSR1)  # nginx reopens its logs
        out = self.run_dir / "torchserve.out"
        if out.exists() and out.stat().st_size > self.settings.log_max_bytes:
            shift(out, self.settings.log_keep)
            shutil.copyfile(out, out.with_name(out.name + ".1"))
            os.chmod(out.with_name(out.name + ".1"), 0o600)
            os.truncate(out, 0)
            rotated.append(out)
        return rotated


def sidecar_front(argv: list[str] | None, description: str) -> Front:
    """A sidecar's `--run-dir DIR` argument, as the front configured there."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--run-dir", type=Path, required=True)
    args = parser.parse_args(argv)
    front = Front.of(args.run_dir)
    if front is None:
        sys.exit(f"error: no front configured in {args.run_dir}")
    return front


def accepting(worker: psutil.Process) -> bool:
    """An nginx worker that takes new connections (not gone, not "shutting down")."""
    try:
        return " ".join(worker.cmdline()).strip() == "nginx: worker process"
    except psutil.Error:
        return False
