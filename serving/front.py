"""The public front door: nginx in front of TorchServe (started and stopped by serving/server.py).

TorchServe 0.12 is in limited maintenance, so nothing a client sends reaches it unchecked:
nginx authenticates API keys (serving/keys.py), rate-limits per key, caps bodies, bounds
the requests in progress per TorchServe model, forwards only the headers the handler needs (plus
`X-Request-Start`), and turns every error TorchServe or the network can produce into a JSON
answer that says what happened (serving/templates/nginx.conf.j2). `/healthz` needs no key.

The nginx config is generated from front.yaml (settings), the archives being served (the
routing map: bot name -> TorchServe path) and TorchServe's inference key, which nginx adds on
the internal hop. A keeper process beside nginx (serving/keeper.py) answers /healthz and
rotates the front's logs and torchserve.out.
"""

from __future__ import annotations

import contextlib
import dataclasses
import grp
import json
import math
import os
import pwd
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import jinja2
import psutil
import requests
import yaml

from serving.keys import KeyStore, nginx_map

ROOT = Path(__file__).resolve().parent.parent
SETTINGS_FILE = ROOT / "serving" / "front.yaml"
TEMPLATE = "nginx.conf.j2"
BOT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")
LISTEN = re.compile(r"((?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):)?(?P<port>\d{1,5})")
# Characters a path may hold to be written into nginx's config (quoted) safely.
SAFE_PATH = re.compile(r"[A-Za-z0-9_./+@,:=~ -]+")
DEFAULT_RESPONSE_TIMEOUT_S = 120  # TorchServe's default_response_timeout in config.properties


class FrontError(RuntimeError):
    """The front cannot be configured or started as asked; the message says why."""


@dataclass(frozen=True)
class FrontSettings:
    """front.yaml, typed; every field is documented there."""

    listen: str = "127.0.0.1:8080"
    tls_certificate: str | None = None
    tls_certificate_key: str | None = None
    keys_file: str = "secrets/api_keys.json"
    rate_per_minute: int = 600
    burst: int = 60
    max_in_flight_per_model: int = 96
    retry_after_s: int = 2
    worker_restart_retry_after_s: int = 5
    max_body_bytes: int = 65536
    client_timeout_s: int = 15
    connect_timeout_s: int = 5
    read_timeout_margin_s: int = 10
    health_rate_per_minute: int = 600
    health_burst: int = 20
    health_timeout_s: int = 5
    workers: int = 1
    worker_connections: int = 1024
    log_max_bytes: int = 10_000_000
    log_keep: int = 5
    log_check_s: float = 30.0

    @classmethod
    def load(cls, path: Path = SETTINGS_FILE, **overrides) -> FrontSettings:
        values = yaml.safe_load(path.read_text()) or {}
        unknown = set(values) - {field.name for field in dataclasses.fields(cls)}
        if unknown:
            raise FrontError(f"{path}: unknown setting(s) {', '.join(sorted(unknown))}")
        return cls.checked({**values, **{k: v for k, v in overrides.items() if v is not None}})

    @classmethod
    def checked(cls, values: dict) -> FrontSettings:
        converted = {}
        for field in dataclasses.fields(cls):
            if field.name not in values:
                continue
            value = values[field.name]
            if field.type in ("int", "float"):
                kind = int if field.type == "int" else float
                if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                    raise FrontError(f"front setting {field.name} must be a positive {field.type}")
                value = kind(value)
            elif value is not None:
                value = str(value)
            converted[field.name] = value
        settings = cls(**converted)
        if not LISTEN.fullmatch(settings.listen):
            raise FrontError(f"front setting listen must be [host:]port, got {settings.listen!r}")
        if bool(settings.tls_certificate) != bool(settings.tls_certificate_key):
            raise FrontError("TLS needs both tls_certificate and tls_certificate_key")
        return settings

    def replace(self, **changes) -> FrontSettings:
        return self.checked({**dataclasses.asdict(self), **changes})

    @property
    def keys_path(self) -> Path:
        return ROOT / self.keys_file

    @property
    def tls_files(self) -> tuple[Path, Path] | None:
        """(certificate, key), relative paths taken from the project root."""
        if not self.tls:
            return None
        return (ROOT / self.tls_certificate).resolve(), (ROOT / self.tls_certificate_key).resolve()

    @property
    def tls(self) -> bool:
        return bool(self.tls_certificate)

    @property
    def url(self) -> str:
        """The address clients on this machine use."""
        match = LISTEN.fullmatch(self.listen)
        host = (match and match.group("host")) or "127.0.0.1"
        host = "127.0.0.1" if host in ("0.0.0.0", "*") else host
        return f"{'https' if self.tls else 'http'}://{host}:{match.group('port')}"


@dataclass(frozen=True)
class Route:
    """Where the front sends /predictions/<bot>: a TorchServe path and the model whose queue
    (and in-flight limit) it joins. A bot with a dedicated archive goes to it; any other name
    goes to the multiplexed model, `/predictions/bots/1.0/<bot>` (TorchServe hands the handler
    `<bot>` as url_path), whose handler serves every bot of the bot store or answers 404."""

    path: str
    model: str


MULTIPLEXED = Route("/predictions/bots/1.0/$bot", "bots")


def routes(model_store: Path) -> dict[str, Route]:
    """One route per dedicated archive in the model store (not the multiplexed model's)."""
    names = sorted(
        p.stem
        for p in model_store.glob("*.mar")
        if BOT_NAME.fullmatch(p.stem) and p.stem != MULTIPLEXED.model
    )
    return {name: Route(f"/predictions/{name}", name) for name in names}


def response_timeout(model_store: Path, default: int = DEFAULT_RESPONSE_TIMEOUT_S) -> int:
    """The largest `responseTimeout` of the archives' model-config.yaml (TorchServe's default
    for an archive without one)."""
    timeouts = []
    for archive in model_store.glob("*.mar"):
        try:
            config = yaml.safe_load(zipfile.ZipFile(archive).read("model-config.yaml")) or {}
            timeouts.append(int(config.get("responseTimeout", default)))
        except (KeyError, zipfile.BadZipFile, ValueError, TypeError, yaml.YAMLError):
            timeouts.append(default)
    return max(timeouts, default=default)


def nginx_binary() -> str:
    found = shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(p, os.X_OK)), None
    )
    if not found:
        raise FrontError("nginx is not installed: run `make install` (it installs Debian's nginx)")
    return found


def safe_path(path: Path | str, what: str) -> str:
    text = str(path)
    if not SAFE_PATH.fullmatch(text):
        raise FrontError(f"{what} {text!r} holds characters nginx's config cannot take")
    return text


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
        self.upstream_auth = self.dir / "upstream_auth.conf"
        self.state_file = self.dir / "front.json"
        self.keeper_pid_file = self.dir / "keeper.pid"
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
        bots: dict[str, Route],
        read_timeout_s: int,
        health_socket: Path | None = None,
        bot_store: Path | None = None,
    ) -> None:
        """Write nginx.conf, the key map and the upstream key (0600, in a 0700 folder).

        `health_socket`: where the keeper answers /healthz (default: in the front's folder).
        `bot_store`: served by the multiplexed model: names without an archive go there, and
        GET /bots lists the store (its index.json).
        """
        for folder in (self.dir, self.logs, self.dir / "tmp"):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(folder, 0o700)
        if not re.fullmatch(r"[A-Za-z0-9_-]+", ts_key):
            raise FrontError("TorchServe's inference key has unexpected characters")
        settings = self.settings
        tls = None
        if settings.tls_files:
            certificate, key = settings.tls_files
            tls = {
                "certificate": safe_path(certificate, "certificate"),
                "key": safe_path(key, "certificate key"),
            }
            for path in settings.tls_files:
                if not path.is_file():
                    raise FrontError(f"TLS file not found: {path}")
        for name, route in bots.items():
            if not (BOT_NAME.fullmatch(name) and SAFE_PATH.fullmatch(route.path + route.model)):
                raise FrontError(f"a bot name nginx cannot route: {name!r}")
        paths = {
            "pid": self.pid_file,
            "error_log": self.error_log,
            "access_log": self.access_log,
            "tmp": self.dir / "tmp",
            "keys_map": self.keys_map,
            "upstream_auth": self.upstream_auth,
            "health_socket": health_socket or self.dir / "health.sock",
        }
        if bot_store is not None:
            paths["bot_index"] = bot_store.resolve() / "index.json"
        environment = jinja2.Environment(
            loader=jinja2.FileSystemLoader(ROOT / "serving" / "templates"),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            autoescape=False,
        )
        text = environment.get_template(TEMPLATE).render(
            s=settings,
            p={key: safe_path(value, key) for key, value in paths.items()},
            user=self.user_directive(),
            listen=settings.listen,
            tls=tls,
            upstream=safe_path(upstream, "TorchServe address"),
            routes=bots,
            multiplexed=MULTIPLEXED if bot_store is not None else None,
            read_timeout_s=read_timeout_s + settings.read_timeout_margin_s,
            retry_after_rate_s=max(1, math.ceil(60 / settings.rate_per_minute)),
        )
        write_private(self.upstream_auth, f'proxy_set_header Authorization "Bearer {ts_key}";\n')
        self.write_keys()
        write_private(self.conf, text)
        state = {
            "url": self.url,
            "settings": dataclasses.asdict(settings),
            "bots": sorted(bots),
            "bot_store": str(bot_store.resolve()) if bot_store is not None else None,
            "models": sorted(
                {route.model for route in bots.values()}
                | ({MULTIPLEXED.model} if bot_store is not None else set())
            ),
            "health_socket": str(paths["health_socket"]),
            "read_timeout_s": read_timeout_s + settings.read_timeout_margin_s,
        }
        write_private(self.state_file, json.dumps(state, indent=1) + "\n")

    def write_keys(self) -> int:
        keys = KeyStore(self.settings.keys_path).load()
        write_private(self.keys_map, nginx_map(keys))
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
        self.start_keeper()

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

    # --- the keeper (serving/keeper.py): /healthz and log rotation ---------------------------

    def start_keeper(self) -> None:
        self.stop_keeper()
        log = os.open(self.logs / "keeper.log", os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            keeper = subprocess.Popen(
                [sys.executable, "-m", "serving.keeper", "--run-dir", str(self.run_dir)],
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=log,
                start_new_session=True,
                umask=0o077,
            )
        finally:
            os.close(log)
        write_private(self.keeper_pid_file, f"{keeper.pid}\n")

    def stop_keeper(self) -> None:
        with contextlib.suppress(OSError, ValueError, psutil.Error):
            process = psutil.Process(int(self.keeper_pid_file.read_text()))
            if "serving.keeper" in " ".join(process.cmdline()):
                process.terminate()
                process.wait(5)
        self.keeper_pid_file.unlink(missing_ok=True)

    def rotate_logs(self) -> list[Path]:
        """Rotate every front log over log_max_bytes (nginx reopens them), and torchserve.out
        (copied, then truncated: the JVM keeps it open). Returns the rotated files."""
        rotated = [
            log
            for log in (self.access_log, self.error_log, self.logs / "keeper.log")
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


def accepting(worker: psutil.Process) -> bool:
    """An nginx worker that takes new connections (not gone, not "shutting down")."""
    try:
        return " ".join(worker.cmdline()).strip() == "nginx: worker process"
    except psutil.Error:
        return False


def shift(log: Path, keep: int) -> None:
    """log.1 -> log.2 ... ; the oldest beyond `keep` is deleted."""
    oldest = log.with_name(f"{log.name}.{keep}")
    oldest.unlink(missing_ok=True)
    for index in range(keep - 1, 0, -1):
        older = log.with_name(f"{log.name}.{index}")
        if older.exists():
            older.rename(log.with_name(f"{log.name}.{index + 1}"))


def write_private(path: Path, text: str) -> None:
    """Atomically, mode 0600."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as out:
        out.write(text)
    os.replace(temporary, path)


def apply_keys(store: KeyStore, run_dir: Path | None = None) -> str:
    """Give a running front the key store's current keys (an nginx reload); what happened."""
    run_dir = run_dir or ROOT / ".serve"
    front = Front.of(run_dir)
    if front is None or not front.running():
        return "no front is running: the keys take effect at the next `make serve`"
    if front.settings.keys_path.resolve() != store.path.resolve():
        return f"the running front reads keys from {front.settings.keys_path}, not {store.path}"
    count = front.write_keys()
    front.reload()
    return f"the front at {front.url} now accepts {count} key(s)"
