"""Training jobs' durable state: one SQLite database (WAL) in the jobs folder, beside the bot
store.

A job is a row: who asked (the key's name), for which bot, with which options, and how far it
got (state, stage, progress, ETA, the data table, the validation perplexity per epoch, the
error in plain words). The jobs API (serving/jobs_api.py) writes a row when a job is accepted;
the runner (serving/job_runner.py) moves it through its states. Every change is one short
transaction, so a crash of either leaves the last committed state, and the runner's start-up
pass (`JobRunner.recover`) finds every job that was running and resumes or fails it: none is
left "running" forever.

States: queued -> running -> done | failed | cancelled (queued -> cancelled too).
"""

from __future__ import annotations

import contextlib
import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

DATABASE = "jobs.db"
STATES = ("queued", "running", "done", "failed", "cancelled")
FINISHED = ("done", "failed", "cancelled")
ID_PATTERN = r"job_[0-9a-f]{16}"

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    bot TEXT NOT NULL,
    key_name TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    options TEXT NOT NULL,
    stage TEXT,
    progress REAL NOT NULL DEFAULT 0,
    step INTEGER NOT NULL DEFAULT 0,
    steps INTEGER NOT NULL DEFAULT 0,
    eta_s REAL,
    data_table TEXT,
    epochs TEXT NOT NULL DEFAULT '[]',
    error TEXT,
    pid INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    created REAL NOT NULL,
    started REAL,
    updated REAL NOT NULL,
    finished REAL
);
CREATE INDEX IF NOT EXISTS jobs_by_state ON jobs (state, created);
"""


@dataclass
class Job:
    id: str
    bot: str
    key_name: str
    state: str
    options: dict
    stage: str | None = None
    progress: float = 0.0
    step: int = 0
    steps: int = 0
    eta_s: float | None = None
    table: list[dict] | None = None
    epochs: list[dict] = field(default_factory=list)
    error: str | None = None
    pid: int | None = None
    attempts: int = 0
    cancel_requested: bool = False
    created: float = 0.0
    started: float | None = None
    updated: float = 0.0
    finished: float | None = None

    @property
    def url(self) -> str:
        return f"/jobs/{self.id}"

    def public(self) -> dict:
        """What GET /jobs/<id> answers (no pid, no internal counters)."""
        data = asdict(self)
        for private in ("pid", "cancel_requested", "key_name"):
            data.pop(private)
        data["url"] = self.url
        for stamp in ("created", "started", "updated", "finished"):
            if data[stamp] is not None:
                data[stamp] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(data[stamp]))
        return data


COLUMNS = {"table": "data_table"}  # a field whose column has another name (TABLE is SQL's)
JSON_FIELDS = ("options", "table", "epochs")


def _row_to_job(row: sqlite3.Row) -> Job:
    values = {key: row[COLUMNS.get(key, key)] for key in Job.__dataclass_fields__}
    for name in JSON_FIELDS:
        if values[name] is not None:
            values[name] = json.loads(values[name])
    values["cancel_requested"] = bool(values["cancel_requested"])
    return Job(**values)


class JobStore:
    """The jobs database; safe to share between threads and processes (WAL, busy timeout)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.path = folder / DATABASE
        self._local = threading.local()
        with self._connection() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)

    def job_dir(self, job_id: str) -> Path:
        return self.folder / job_id

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA busy_timeout=30000")
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
        yield db

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE: writers queue, readers never block)."""
        with self._connection() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise

    @staticmethod
    def new_id() -> str:
        return f"job_{secrets.token_hex(8)}"

    def add(self, job_id: str, bot: str, key_name: str, options: dict, max_queued: int) -> Job:
        """Queue a job, unless one for the same bot is queued or running (JobExists) or
        `max_queued` jobs already wait (QueueFull): checked and added in one transaction."""
        now = time.time()
        with self.transaction() as db:
            active = db.execute(
                "SELECT id, state FROM jobs WHERE bot = ? AND state IN ('queued', 'running')",
                (bot,),
            ).fetchone()
            if active is not None:
                raise JobExists(active["id"], active["state"])
            waiting = db.execute("SELECT COUNT(*) FROM jobs WHERE state = 'queued'").fetchone()[0]
            if waiting >= max_queued:
                raise QueueFull(waiting)
            db.execute(
                "INSERT INTO jobs (id, bot, key_name, state, options, created, updated) "
                "VALUES (?, ?, ?, 'queued', ?, ?, ?)",
                (job_id, bot, key_name, json.dumps(options), now, now),
            )
        return self.get(job_id)

    def get(self, job_id: str) -> Job | None:
        with self._connection() as db:
            row = db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return _row_to_job(row) if row else None

    def list(self, limit: int = 100) -> list[Job]:
        with self._connection() as db:
            rows = db.execute(
                "SELECT * FROM jobs ORDER BY created DESC, id LIMIT ?", (limit,)
            ).fetchall()
        return [_row_to_job(row) for row in rows]

    def in_state(self, *states: str) -> list[Job]:
        marks = ",".join("?" * len(states))
        with self._connection() as db:
            rows = db.execute(
                f"SELECT * FROM jobs WHERE state IN ({marks}) ORDER BY created, id", states
            ).fetchall()
        return [_row_to_job(row) for row in rows]

    def update(self, job_id: str, **changes) -> Job:
        """Set fields of one job (names as in Job); `updated` is stamped."""
        if "state" in changes and changes["state"] not in STATES:
            raise ValueError(f"unknown job state {changes['state']!r}")
        changes["updated"] = time.time()
        if changes.get("state") in FINISHED:
            changes.setdefault("finished", changes["updated"])
        columns, values = [], []
        for name, value in changes.items():
            if name not in Job.__dataclass_fields__:
                raise ValueError(f"no job field {name!r}")
            columns.append(f"{COLUMNS.get(name, name)} = ?")
            values.append(json.dumps(value) if name in JSON_FIELDS and value is not None else value)
        with self.transaction() as db:
            db.execute(f"UPDATE jobs SET {', '.join(columns)} WHERE id = ?", (*values, job_id))
        return self.get(job_id)

    def claim(self, running_limit: int) -> Job | None:
        """The oldest queued job, now marked running, if fewer than `running_limit` run."""
        with self.transaction() as db:
            running = db.execute("SELECT COUNT(*) FROM jobs WHERE state = 'running'").fetchone()[0]
            if running >= running_limit:
                return None
            row = db.execute(
                "SELECT id FROM jobs WHERE state = 'queued' ORDER BY created, id LIMIT 1"
            ).fetchone()
            if row is None:
                return None
            now = time.time()
            db.execute(
                "UPDATE jobs SET state = 'running', started = COALESCE(started, ?), "
                "updated = ?, attempts = attempts + 1 WHERE id = ?",
                (now, now, row["id"]),
            )
        return self.get(row["id"])

    def request_cancel(self, job_id: str) -> Job | None:
        """Mark a job for cancelling: a queued one is cancelled at once, a running one when
        its runner sees the mark (within a second); a finished one is left as it is."""
        now = time.time()
        with self.transaction() as db:
            db.execute(
                "UPDATE jobs SET state = 'cancelled', stage = NULL, updated = ?, finished = ? "
                "WHERE id = ? AND state = 'queued'",
                (now, now, job_id),
            )
            db.execute(
                "UPDATE jobs SET cancel_requested = 1, updated = ? "
                "WHERE id = ? AND state = 'running'",
                (now, job_id),
            )
        return self.get(job_id)

    def waiting(self) -> int:
        with self._connection() as db:
            return db.execute("SELECT COUNT(*) FROM jobs WHERE state = 'queued'").fetchone()[0]


class JobExists(Exception):
    """A job for this bot is queued or running already."""

    def __init__(self, job_id: str, state: str) -> None:
        super().__init__(f"job {job_id} is {state}")
        self.job_id, self.state = job_id, state


class QueueFull(Exception):
    """The queue holds its maximum of waiting jobs."""

    def __init__(self, waiting: int) -> None:
        super().__init__(f"{waiting} jobs are waiting")
        self.waiting = waiting
