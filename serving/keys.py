"""API keys of the public front: created, listed, shown and revoked by an operator.

Keys are long-lived random secrets (`tb_` + 48 hex digits, 192 bits) with a name each, kept in
one JSON file that only the service's user can read (folder 0700, file 0600; written
atomically under a lock). Several keys are valid at once, so a client's key is rotated by
creating a new one, moving the client over, then revoking the old one. A running front gets
every change by an nginx reload: requests in flight finish on the old workers, none is dropped.

Each key has a scope: `predict` (the default: ask bots, list them, read jobs) or `admin` (also
create, cancel and delete bots through the jobs API, serving/jobs_api.py). The front tells the
jobs API the caller's scope; the jobs API refuses a write without `admin` (403). A key saved
before scopes existed predicts, except the operator's first key (`default`, made by
`make serve`), which keeps managing bots.

Keys are never logged: nginx logs the key's name, and the CLI (serving/keys_cli.py) prints a
key only when asked (`create`, `show`).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from engine.files import write_private

NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
KEY_PREFIX = "tb_"
KEY_PATTERN = re.compile(r"tb_[0-9a-f]{48}")
SCOPES = ("predict", "admin")
OPERATOR_KEY = "default"  # `make serve`'s first key: the operator's, it manages bots


class KeyProblem(Exception):
    """An operator's mistake with a key (unknown name, name taken, bad name)."""


@dataclass(frozen=True)
class ApiKey:
    name: str
    key: str
    created: str
    scope: str = "predict"

    @property
    def manages_bots(self) -> bool:
        return self.scope == "admin"

    @property
    def fingerprint(self) -> str:
        """Identifies a key in listings without revealing it."""
        return hashlib.sha256(self.key.encode()).hexdigest()[:12]


class KeyStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> list[ApiKey]:
        if not self.path.exists():
            return []
        data = json.loads(self.path.read_text())
        return [
            ApiKey(**{"scope": "admin" if entry.get("name") == OPERATOR_KEY else "predict"} | entry)
            for entry in data.get("keys", [])
        ]

    def save(self, keys: list[ApiKey]) -> None:
        """Atomically, readable by this user only."""
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.path.parent, 0o700)
        data = {"version": 1, "keys": [vars(key) for key in keys]}
        write_private(self.path, json.dumps(data, indent=1) + "\n")

    @contextlib.contextmanager
    def locked(self) -> Iterator[list[ApiKey]]:
        """The keys, for a change saved when the block ends; one change at a time."""
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = os.open(
            self.path.with_name(f".{self.path.name}.lock"), os.O_CREAT | os.O_RDWR, 0o600
        )
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)
            keys = self.load()
            yield keys
            self.save(keys)
        finally:
            os.close(lock)

    def create(self, name: str, scope: str = "predict") -> ApiKey:
        if scope not in SCOPES:
            raise KeyProblem(f"a key's scope is one of {', '.join(SCOPES)}, got {scope!r}")
        if not NAME_PATTERN.fullmatch(name):
            raise KeyProblem(
                f"a key name is 1-64 letters, digits, '_', '.' or '-' (starting with a letter or "
                f"digit), got {name!r}"
            )
        with self.locked() as keys:
            if any(key.name == name for key in keys):
                raise KeyProblem(
                    f"a key named {name!r} exists: revoke it first, or pick another name"
                )
            created = ApiKey(
                name=name,
                key=KEY_PREFIX + secrets.token_hex(24),
                created=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                scope=scope,
            )
            keys.append(created)
        return created

    def revoke(self, name: str) -> None:
        with self.locked() as keys:
            kept = [key for key in keys if key.name != name]
            if len(kept) == len(keys):
                raise KeyProblem(f"no key named {name!r}; `make key-list` lists them")
            keys[:] = kept

    def get(self, name: str) -> ApiKey:
        for key in self.load():
            if key.name == name:
                return key
        raise KeyProblem(f"no key named {name!r}; `make key-list` lists them")
