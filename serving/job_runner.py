"""The training jobs' runner: one `make train` pipeline per job, in its own process, at low
priority, behind a bounded queue.

Each job runs `python -m training.pipeline` (the same stages, files and card as `make train`)
with its data, runs and exports in the job's own folder (`<jobs dir>/<id>/`) and the service's
bot store as its target: its bot is answered from its next request once published (the store's
switch is one atomic rename, so a cancelled or failed job publishes nothing half-made).

The policy that keeps serving first on a small CPU box: at most `jobs_running` pipelines at a
time (default 1), each at niceness `jobs_nice` with `jobs_threads` CPU threads (default 10 and
1: the serving worker keeps the other cores and wins every contested time slice).

Progress comes from the pipeline's own files, read every `POLL_S`: the stage it is in
(`--progress`), the run folder's config.json (steps in all) and metrics.jsonl (steps done, the
validation perplexity per epoch), the data table (data/<user>/table.json). A job's error is
the pipeline's own one-line `error: ...` message.

Durability: the state lives in the jobs database (serving/job_store.py). When the service
stops, running pipelines are interrupted and stay "running" in the database; at the next start
`recover` queues them again and the pipeline resumes from its last checkpoint (a run with the
same settings continues in its unfinished run folder). A job interrupted `MAX_ATTEMPTS` times
fails with that reason instead of looping.
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from serving.front_settings import ROOT
from serving.job_store import Job, JobStore
from training.clean import TABLE_FILE

POLL_S = 0.5
CANCEL_GRACE_S = 5.0  # after SIGINT, then SIGKILL
MAX_ATTEMPTS = 3
LOG = "pipeline.log"
PROGRESS = "progress.json"
# Shares of the progress bar outside the training steps (the stages before and after).
BEFORE_TRAINING, AFTER_TRAINING = 0.05, 0.05


@dataclass(frozen=True)
class JobPolicy:
    """How jobs run (front.yaml's jobs_* settings)."""

    bot_store: Path
    base: str = "gpt2"
    running: int = 1
    nice: int = 10
    threads: int = 1
    train_args: str = ""


@dataclass
class Running:
    """A pipeline in flight and what the runner has seen of it."""

    job: Job
    process: subprocess.Popen
    seen: list[tuple[float, int]] = field(default_factory=list)  # (time, step) samples
    cancelled_at: float | None = None


def job_command(job: Job, folder: Path, policy: JobPolicy) -> list[str]:
    """The pipeline's command line for a job (its options were checked by the jobs API)."""
    options = job.options
    command = [
        sys.executable, "-m", "training.pipeline",
        "--user", ",".join(options.get("users") or [job.bot]),
        "--data_dir", str(folder / "data"),
        "--runs_dir", str(folder / "runs"),
        "--export_dir", str(folder / "exports"),
        "--model_store", str(folder / "model_store"),
        "--bot_store", str(policy.bot_store),
        "--base", options.get("base") or policy.base,
        "--lora", "1" if options.get("lora", True) else "0",
        "--threads", str(policy.threads),
        "--next_steps", "0",
        "--progress", str(folder / PROGRESS),
    ]  # fmt: skip
    if options.get("archive"):
        command += ["--archive", str(folder / options["archive"])]
    if options.get("force"):
        command += ["--force", "1"]
    if options.get("epochs"):
        command += ["--epochs", str(int(options["epochs"]))]
    return command + shlex.split(policy.train_args)


def last_error(log: Path) -> str | None:
    """The pipeline's own `error: ...` line (its last), without the prefix."""
    with contextlib.suppress(OSError):
        lines = log.read_text(errors="replace").splitlines()
        for line in reversed(lines):
            if line.startswith("error: "):
                return line[len("error: ") :].strip()[:500]
    return None


def read_json(path: Path) -> dict | list | None:
    with contextlib.suppress(OSError, ValueError):
        return json.loads(path.read_text())
    return None


def observe(job: Job, folder: Path) -> dict:
    """What the job's files say now: stage, steps, per-epoch perplexity, data tables."""
    from training.tracking import CONFIG, read_metrics  # torch: not at the process's start

    seen: dict = {}
    progress = read_json(folder / PROGRESS)
    if isinstance(progress, dict):
        seen["stage"] = progress.get("stage")  # the innermost (export, within train)
        seen["phase"] = (progress.get("open") or [None])[0]  # the outermost: for the bar
    users = job.options.get("users") or [job.bot]
    tables = [read_json(folder / "data" / user / TABLE_FILE) for user in users]
    if all(isinstance(table, dict) for table in tables):
        seen["table"] = tables
    runs = sorted((folder / "runs" / job.bot).glob("*/" + CONFIG))
    if runs:
        run = runs[-1].parent
        config = read_json(runs[-1]) or {}
        rows = read_metrics(run)
        seen["steps"] = int(config.get("steps") or 0)
        seen["step"] = max((row["step"] for row in rows if "loss" in row), default=0)
        seen["epochs"] = [
            {"epoch": row["epoch"], "validation_perplexity": row["validation_perplexity"]}
            for row in rows
            if "validation_perplexity" in row
        ]
    return seen


def progress_of(stage: str | None, step: int, steps: int) -> float:
    """The bar's fraction: a sliver for the stages before training, training's steps, then
    the stages after (export, publish)."""
    if stage in (None, "check", "import", "clean", "dataset") or not steps:
        return 0.0 if stage is None else BEFORE_TRAINING / 2
    if stage == "train":
        return BEFORE_TRAINING + (1 - BEFORE_TRAINING - AFTER_TRAINING) * min(step / steps, 1.0)
    return 1 - AFTER_TRAINING / 2  # export, onnx, publish


def eta_of(seen: list[tuple[float, int]], step: int, steps: int) -> float | None:
    """Seconds left from the step rate seen so far (None until two steps were seen)."""
    if len(seen) < 2 or not steps or seen[-1][1] <= seen[0][1]:
        return None
    rate = (seen[-1][0] - seen[0][0]) / (seen[-1][1] - seen[0][1])
    return round(rate * max(steps - step, 0), 1)


class JobRunner:
    """Starts queued jobs while slots are free, watches them, and ends them."""

    def __init__(self, store: JobStore, policy: JobPolicy) -> None:
        self.store = store
        self.policy = policy
        self.running: dict[str, Running] = {}
        self.stopping = threading.Event()
        self.wake = threading.Event()

    # --- start-up: nothing is left "running" by a previous life --------------------------------

    def recover(self) -> None:
        for job in self.store.in_state("running"):
            self._kill_leftover(job)
            if job.cancel_requested:
                self.store.update(job.id, state="cancelled", stage=None, pid=None)
            elif job.attempts >= MAX_ATTEMPTS:
                self.store.update(
                    job.id, state="failed", pid=None,
                    error=f"the service stopped while this job ran, {job.attempts} times; "
                    "submit it again",
                )  # fmt: skip
            else:  # the pipeline resumes from its last checkpoint
                self.store.update(job.id, state="queued", pid=None)

    @staticmethod
    def _kill_leftover(job: Job) -> None:
        """A pipeline of this job still running from before (its runner died): stop it."""
        with contextlib.suppress(psutil.Error, TypeError):
            process = psutil.Process(job.pid)
            if str(job.id) in " ".join(process.cmdline()):
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)

    # --- the loop ------------------------------------------------------------------------------

    def run_forever(self) -> None:
        self.recover()
        while not self.stopping.is_set():
            try:
                self.tick()
            except Exception as error:  # keep running: one job's trouble is that job's
                print(f"job runner: {type(error).__name__}: {error}", file=sys.stderr)
            self.wake.wait(POLL_S)
            self.wake.clear()

    def tick(self) -> None:
        for job_id in list(self.running):
            self._watch(self.running[job_id])
        while len(self.running) < self.policy.running:
            job = self.store.claim(self.policy.running)
            if job is None:
                break
            self._start(job)

    def _start(self, job: Job) -> None:
        folder = self.store.job_dir(job.id)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        log = open(folder / LOG, "ab")  # noqa: SIM115 (the child owns it)
        log.write(f"--- attempt {job.attempts} at {time.strftime('%H:%M:%S')}\n".encode())
        log.flush()
        threads = str(self.policy.threads)
        environment = {
            **os.environ, "OMP_NUM_THREADS": threads, "MKL_NUM_THREADS": threads,
            "TOKENIZERS_PARALLELISM": "false", "TWEETBOTS_JOB": job.id, "PYTHONUNBUFFERED": "1",
        }  # fmt: skip
        nice = self.policy.nice
        try:
            process = subprocess.Popen(
                [*job_command(job, folder, self.policy)],
                cwd=ROOT, env=environment, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                start_new_session=True, preexec_fn=lambda: os.nice(nice),
            )  # fmt: skip
        except OSError as error:
            self.store.update(job.id, state="failed", error=f"could not start: {error}")
            return
        finally:
            log.close()
        self.running[job.id] = Running(self.store.update(job.id, pid=process.pid), process)

    def _watch(self, entry: Running) -> None:
        job, folder = entry.job, self.store.job_dir(entry.job.id)
        seen = observe(job, folder)
        step, steps = seen.get("step", job.step), seen.get("steps", job.steps)
        if step and (not entry.seen or entry.seen[-1][1] != step):
            entry.seen.append((time.monotonic(), step))
        stage = seen.get("stage", job.stage)
        progress = progress_of(seen.get("phase", stage), step, steps)
        changes = {
            "stage": stage, "step": step, "steps": steps,
            "progress": round(max(progress, job.progress), 4),  # never backwards
            "eta_s": eta_of(entry.seen, step, steps) if stage == "train" else None,
            "epochs": seen.get("epochs", job.epochs), "table": seen.get("table", job.table),
        }  # fmt: skip
        current = self.store.get(job.id)
        if current.cancel_requested and entry.cancelled_at is None:
            entry.cancelled_at = time.monotonic()
            self._signal(entry.process, signal.SIGINT)
        elif entry.cancelled_at and time.monotonic() - entry.cancelled_at > CANCEL_GRACE_S:
            self._signal(entry.process, signal.SIGKILL)
        code = entry.process.poll()
        if code is None:
            if any(getattr(current, key) != value for key, value in changes.items()):
                entry.job = self.store.update(job.id, **changes)
            return
        del self.running[job.id]
        if code == 0:
            changes |= {"state": "done", "progress": 1.0, "eta_s": 0.0, "stage": None}
        elif current.cancel_requested:
            changes |= {"state": "cancelled", "eta_s": None}
        else:
            reason = last_error(folder / LOG) or (
                f"the training process was killed (signal {-code})"
                if code < 0
                else f"the training process failed (exit status {code})"
            )
            changes |= {"state": "failed", "error": reason, "eta_s": None}
        self.store.update(job.id, pid=None, **changes)
        self.wake.set()  # start the next one now

    @staticmethod
    def _signal(process: subprocess.Popen, signum: int) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signum)

    def interrupt_all(self, timeout: float = 10.0) -> None:
        """Interrupt every pipeline (once the loop stopped); they stay "running" in the
        database, for `recover` at the next start."""
        for entry in self.running.values():
            self._signal(entry.process, signal.SIGINT)
        deadline = time.monotonic() + timeout
        for entry in self.running.values():
            try:
                entry.process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self._signal(entry.process, signal.SIGKILL)
                entry.process.wait(5)
