"""The front's settings: serving/front.yaml, typed and checked (its one home).

Every field is documented in front.yaml. Relative paths (the key file, TLS files) are taken
from the project root.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SETTINGS_FILE = ROOT / "serving" / "front.yaml"
LISTEN = re.compile(r"((?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):)?(?P<port>\d{1,5})")


YIELDS = ("busy", "never")  # jobs_yield: pause training while serving works, or never


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
    max_in_flight: int = 96
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
    max_upload_bytes: int = 64 * 2**20
    jobs_dir: str = "jobs"
    jobs_running: int = 1
    jobs_queued: int = 8
    jobs_nice: int = 10
    jobs_threads: int = 1
    jobs_base: str = "gpt2"
    jobs_train_args: str = ""
    jobs_yield: str = "busy"
    replica: str = ""  # this service's name among replicas: answers say it (X-Tweetbots-Replica)

    @classmethod
    def load(cls, path: Path = SETTINGS_FILE, **overrides) -> FrontSettings:
        """front.yaml with `overrides` (None values ignored), checked."""
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
        if settings.replica and not re.fullmatch(r"[A-Za-z0-9_.-]{1,64}", settings.replica):
            raise FrontError("front setting replica must be 1-64 letters, digits, _ . or -")
        if settings.jobs_yield not in YIELDS:
            raise FrontError(
                f"front setting jobs_yield must be busy or never, got {settings.jobs_yield!r}"
            )
        if bool(settings.tls_certificate) != bool(settings.tls_certificate_key):
            raise FrontError("TLS needs both tls_certificate and tls_certificate_key")
        return settings

    def replace(self, **changes) -> FrontSettings:
        return self.checked({**dataclasses.asdict(self), **changes})

    @property
    def keys_path(self) -> Path:
        return ROOT / self.keys_file

    @property
    def jobs_path(self) -> Path:
        """The training jobs' folder (their database and one folder per job)."""
        return ROOT / self.jobs_dir

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
