"""The training jobs' runner: one `make train` pipeline per job, in its own process, at low
priority, behind a bounded queue.

Each job runs `python -m training.pipeline` (the same stages, files and card as `make train`)
with its data, runs and exports in the job's own folder (`<jobs dir>/<id>/`) and the service's
bot store as its target: its bot is answered from its next request once published (the store's
switch is one atomic rename, so a cancelled or failed job publishes nothing half-made).

The policy that keeps serving first on a small CPU box: at most `jobs_running` pipelines at a
time (default 1), each at niceness `jobs_nice` in Linux's SCHED_IDLE class with `jobs_threads`
CPU threads (default 10 and 1), and, with `jobs_yield: busy` (the default), paused (SIGSTOP)
while the serving processes work and resumed once they have been idle for RESUME_AFTER_S.
Priorities alone do not protect serving here: measured (bench/jobs_load.py), a training
pipeline at niceness 10, 19 or in Linux's SCHED_IDLE class still made predictions 2-4x slower
at 16 clients, since what the two share is memory bandwidth and cache, not time slices. So
training runs in serving's idle time.

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

from serving.front_settings import ROOT, YIELDS
from serving.job_store import Job, JobStore
from training.clean import TABLE_FILE

POLL_S = 0.5
YIELD_POLL_S = 0.1  # how often the serving processes' CPU time is read
BUSY_CORES = 0.2  # serving is busy when its processes used more than this many cores
RESUME_AFTER_S = 1.0  # idle this long before a paused pipeline goes on
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
    yield_to: str = "busy"  # YIELDS: pause while serving is busy, or never
    run_dir: Path | None = None  # the service's: where its TorchServe is found

    def __post_init__(self) -> None:
        if self.yield_to not in YIELDS:
            raise ValueError(
                f"jobs_yield must be one of {', '.join(YIELDS)}, not {self.yield_to!r}"
            )


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
    """The pipeline's own `error: ...` line (its last), without the prefix, and without the
    server's paths (anyone with a key may read it)."""
    with contextlib.suppress(OSError):
        lines = log.read_text(errors="replace").splitlines()
        for line in reversed(lines):
            if line.startswith("error: "):
                text = line[len("error: ") :].strip()
                text = text.replace(str(log.parent), "the job's folder").replace(str(ROOT), ".")
                return text[:500]
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


class ServingWatch:
    """How many cores the serving processes (TorchServe's JVM and its workers) used since the
    last look: their CPU seconds, read from /proc."""

    def __init__(self, run_dir: Path) -> None:
        self.run_dir = run_dir
        self.last: tuple[float, float] | None = None

    def cpu_seconds(self) -> float:
        from serving.torchserve import running_server

        total = 0.0
        with contextlib.suppress(Exception):  # not started, restarting: no load
            jvm = psutil.Process(running_server(self.run_dir).pid())
            for process in [jvm, *jvm.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    times = process.cpu_times()
                    total += times.user + times.system
        return total

    def cores(self) -> float:
        now, seconds = time.monotonic(), self.cpu_seconds()
        last, self.last = self.last, (now, seconds)
        if last is None or now <= last[0]:
            return 0.0
        return max(seconds - last[1], 0.0) / (now - last[0])  # a restarted server: not < 0


class JobRunner:
    """Starts queued jobs while slots are free, watches them, and ends them."""

    def __init__(self, store: JobStore, policy: JobPolicy) -> None:
        self.store = store
        self.policy = policy
        self.running: dict[str, Running] = {}
        self.stopping = threading.Event()
        self.wake = threading.Event()
        self.lock = threading.Lock()  # self.running, between the loop and the yielder
        self.paused, self.paused_at = False, 0.0
        self.paused_seconds = 0.0  # in all, since the start (reported in the log)

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
        try:
            self.recover()
        except Exception as error:  # the loop must run: jobs keep their state for next time
            print(f"job runner: recovering: {error!r}", file=sys.stderr)
        if self.policy.yield_to == "busy" and self.policy.run_dir is not None:
            threading.Thread(target=self.yield_forever, daemon=True).start()
        while not self.stopping.is_set():
            try:
                with self.lock:
                    self.tick()
            except Exception as error:  # keep running: one job's trouble is that job's
                print(f"job runner: {type(error).__name__}: {error}", file=sys.stderr)
            self.wake.wait(POLL_S)
            self.wake.clear()

    def tick(self) -> None:
        for job_id in list(self.running):
            try:
                self._watch(self.running[job_id])
            except Exception as error:  # that job's trouble: the others go on
                print(f"job runner: watching {job_id}: {error!r}", file=sys.stderr)
        while not self.stopping.is_set() and len(self.running) < self.policy.running:
            job = self.store.claim(self.policy.running)
            if job is None:
                break
            self._start(job)

    def yield_forever(self) -> None:
        """Pause the pipelines while serving works; resume them once it has been idle."""
        watch, idle_since = ServingWatch(self.policy.run_dir), time.monotonic()
        watch.cores()
        while not self.stopping.wait(YIELD_POLL_S):
            busy = watch.cores() > BUSY_CORES
            now = time.monotonic()
            if busy:
                idle_since = now
            with self.lock:
                if busy and not self.paused and self.running:
                    self._signal_all(signal.SIGSTOP)
                    self.paused, self.paused_at = True, now
                elif self.paused and (now - idle_since >= RESUME_AFTER_S or not self.running):
                    self._signal_all(signal.SIGCONT)
                    self.paused = False
                    self.paused_seconds += now - self.paused_at

    def _signal_all(self, signum: int) -> None:
        for entry in self.running.values():
            self._signal(entry.process, signum)

    def _start(self, job: Job) -> None:
        """The job's pipeline, started; any failure to start fails the job (never a job left
        "running" with no process, which would hold its slot)."""
        process = None
        try:
            folder = self.store.job_dir(job.id)
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            command = job_command(job, folder, self.policy)
            threads = str(self.policy.threads)
            environment = {
                **os.environ, "OMP_NUM_THREADS": threads, "MKL_NUM_THREADS": threads,
                "TOKENIZERS_PARALLELISM": "false", "TWEETBOTS_JOB": job.id,
                "PYTHONUNBUFFERED": "1",
            }  # fmt: skip
            with open(folder / LOG, "ab") as log:  # the child keeps its own copy
                log.write(f"--- attempt {job.attempts} at {time.strftime('%H:%M:%S')}\n".encode())
                log.flush()
                process = subprocess.Popen(
                    command, cwd=ROOT, env=environment, stdin=subprocess.DEVNULL, stdout=log,
                    stderr=log, start_new_session=True,
                )  # fmt: skip
            lower_priority(process.pid, self.policy.nice)
            if self.paused:  # serving is busy: it waits with the others
                self._signal(process, signal.SIGSTOP)
            self.running[job.id] = Running(self.store.update(job.id, pid=process.pid), process)
        except Exception as error:
            if process is not None:
                self._signal(process, signal.SIGKILL)
            reason = f"the training process could not start ({type(error).__name__}: {error})"
            self.store.update(job.id, state="failed", pid=None, error=reason[:300])

    def _watch(self, entry: Running) -> None:
        job, folder = entry.job, self.store.job_dir(entry.job.id)
        try:
            seen = observe(job, folder)
        except Exception:  # a file half-written or odd: this round without it
            seen = {}
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
            self._signal(entry.process, signal.SIGCONT)  # a paused one must run to stop
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
        with self.lock:
            self.paused = False  # and the yielder (stopped too) does not pause them again
            entries = list(self.running.values())
        for entry in entries:
            self._signal(entry.process, signal.SIGCONT)
            self._signal(entry.process, signal.SIGINT)
        deadline = time.monotonic() + timeout
        for entry in entries:
            try:
                entry.process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self._signal(entry.process, signal.SIGKILL)
                entry.process.wait(5)


def lower_priority(pid: int, nice: int) -> None:
    """The pipeline's process, just started: niceness `nice`, and Linux's SCHED_IDLE class (it
    runs only on a core nothing else of normal priority wants). Set from here, not in the child
    before exec (unsafe in a threaded process); the threads torch starts later inherit both."""
    os.setpriority(os.PRIO_PROCESS, pid, nice)
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setscheduler(pid, os.SCHED_IDLE, os.sched_param(0))
