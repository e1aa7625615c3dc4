"""The jobs database and the runner's bookkeeping, without a service (the fast tier): a job's
life cycle in SQLite (WAL, shared by processes), the bounded queue, one running job at a time,
cancelling, the restart pass that leaves nothing "running", and the front's 501 answer where
the training packages are missing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

from serving.front_settings import FrontSettings
from serving.job_runner import (
    MAX_ATTEMPTS,
    JobPolicy,
    JobRunner,
    eta_of,
    job_command,
    last_error,
    progress_of,
)
from serving.job_store import JobStore, QueueFull
from serving.nginx_config import ServingLimits, render


def test_a_job_goes_from_queued_to_running_to_done_and_the_queue_is_bounded(tmp_path):
    store = JobStore(tmp_path)
    first = store.add("job_" + "1" * 16, "alice", "ops", {"lora": True}, max_queued=2)
    assert first.state == "queued" and first.options == {"lora": True}
    store.add("job_" + "2" * 16, "bob", "ops", {}, max_queued=2)
    with pytest.raises(QueueFull):
        store.add("job_" + "3" * 16, "carol", "ops", {}, max_queued=2)
    claimed = store.claim(running_limit=1)
    assert claimed.id == first.id and claimed.state == "running" and claimed.attempts == 1
    assert store.claim(running_limit=1) is None  # one at a time
    done = store.update(first.id, state="done", progress=1.0, table=[{"kept": 3}])
    assert done.finished is not None and done.table == [{"kept": 3}]
    assert store.claim(running_limit=1).bot == "bob"
    with pytest.raises(ValueError, match="unknown job state"):
        store.update(first.id, state="exploded")
    public = done.public()
    assert not {"pid", "key_name", "cancel_requested"} & set(public)
    assert public["url"] == f"/jobs/{first.id}" and public["created"].endswith("Z")


def test_the_database_is_wal_and_shared_with_another_process(tmp_path):
    store = JobStore(tmp_path)
    store.add("job_" + "a" * 16, "alice", "ops", {}, max_queued=8)
    mode = sqlite3.connect(store.path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    other = (
        "import sys; from pathlib import Path; from serving.job_store import JobStore; "
        "s = JobStore(Path(sys.argv[1])); s.update('job_' + 'a' * 16, stage='train', step=7)"
    )
    subprocess.run([sys.executable, "-c", other, str(tmp_path)], cwd=ROOT, check=True)
    seen = JobStore(tmp_path).get("job_" + "a" * 16)
    assert (seen.stage, seen.step) == ("train", 7)


def test_cancelling_a_queued_job_is_at_once_a_running_one_is_marked(tmp_path):
    store = JobStore(tmp_path)
    queued = store.add("job_" + "4" * 16, "alice", "ops", {}, max_queued=8)
    running = store.add("job_" + "5" * 16, "bob", "ops", {}, max_queued=8)
    store.update(running.id, state="running")
    assert store.request_cancel(queued.id).state == "cancelled"
    marked = store.request_cancel(running.id)
    assert marked.state == "running" and marked.cancel_requested
    finished = store.update(queued.id, state="cancelled")
    assert store.request_cancel(finished.id).state == "cancelled"  # left as it was


def test_a_restart_requeues_running_jobs_and_fails_them_after_max_attempts(tmp_path):
    store = JobStore(tmp_path)
    again = store.add("job_" + "6" * 16, "alice", "ops", {}, max_queued=8)
    spent = store.add("job_" + "7" * 16, "bob", "ops", {}, max_queued=8)
    cancelled = store.add("job_" + "8" * 16, "carol", "ops", {}, max_queued=8)
    store.update(again.id, state="running", attempts=1, pid=2**22 + 12345)  # not alive
    store.update(spent.id, state="running", attempts=MAX_ATTEMPTS)
    store.update(cancelled.id, state="running", cancel_requested=True)
    JobRunner(store, JobPolicy(bot_store=tmp_path / "bots")).recover()
    assert store.get(again.id).state == "queued" and store.get(again.id).pid is None
    assert store.get(spent.id).state == "failed"
    assert f"{MAX_ATTEMPTS} times" in store.get(spent.id).error
    assert store.get(cancelled.id).state == "cancelled"
    assert not store.in_state("running")


def test_progress_eta_and_errors_come_from_the_pipelines_own_output(tmp_path):
    assert progress_of(None, 0, 0) == 0.0
    assert 0 < progress_of("clean", 0, 0) < progress_of("train", 0, 100)
    assert progress_of("train", 50, 100) == pytest.approx(0.5)
    assert progress_of("train", 100, 100) < progress_of("publish", 100, 100) < 1.0
    now = time.monotonic()
    assert eta_of([(now, 10)], 10, 100) is None
    assert eta_of([(now, 10), (now + 5, 20)], 20, 100) == pytest.approx(40.0)
    log = tmp_path / "pipeline.log"
    log.write_text("training...\nerror: too little text: 12 tweets kept\ninterrupted\n")
    assert last_error(log) == "too little text: 12 tweets kept"
    assert last_error(tmp_path / "missing.log") is None


def test_the_jobs_command_is_make_trains_pipeline_in_the_jobs_folder(tmp_path):
    store = JobStore(tmp_path)
    job = store.add("job_" + "9" * 16, "alice", "ops",
                    {"archive": "archive", "force": True, "epochs": 3, "lora": False},
                    max_queued=8)  # fmt: skip
    folder = store.job_dir(job.id)
    policy = JobPolicy(bot_store=tmp_path / "bots", base="tiny", threads=1,
                       train_args="--learning_rate 0.003")  # fmt: skip
    command = job_command(job, folder, policy)
    assert command[1:3] == ["-m", "training.pipeline"]
    pairs = dict(zip(command[3::2], command[4::2], strict=False))
    assert pairs["--user"] == "alice" and pairs["--archive"] == str(folder / "archive")
    assert pairs["--data_dir"] == str(folder / "data") and pairs["--lora"] == "0"
    assert pairs["--bot_store"] == str(tmp_path / "bots") and pairs["--base"] == "tiny"
    assert pairs["--epochs"] == "3" and pairs["--force"] == "1"
    assert command[-2:] == ["--learning_rate", "0.003"]


def test_without_the_training_packages_the_jobs_routes_answer_501(tmp_path):
    names = ["pid", "error_log", "access_log", "tmp", "keys_map", "scopes_map", "upstream_auth",
             "health_socket", "jobs_socket", "static", "bot_index", "v1_models"]  # fmt: skip
    paths = {name: Path("/tmp/tweetbots") / name for name in names}
    text = render(FrontSettings(), paths, "127.0.0.1:1", ServingLimits(), None, ["peft"])
    assert text.count('"type":"TrainingUnavailable"') == 4  # /_jobs/, /bots/x, /jobs, /defaults
    assert "lacks the training packages (peft)" in text
    assert "TrainingUnavailable" not in render(
        FrontSettings(), paths, "127.0.0.1:1", ServingLimits(), None, []
    )


def test_a_failing_pipeline_fails_its_job_with_the_pipelines_own_words(tmp_path):
    store = JobStore(tmp_path / "jobs")
    job = store.add("job_" + "b" * 16, "alice", "ops", {"lora": True}, max_queued=8)
    policy = JobPolicy(bot_store=tmp_path / "bots", base="tiny", train_args="--epochs zero")
    runner = JobRunner(store, policy)
    deadline = time.monotonic() + 60
    while store.get(job.id).state in ("queued", "running"):
        assert time.monotonic() < deadline, store.get(job.id)
        runner.tick()
        time.sleep(0.2)
    failed = store.get(job.id)
    assert failed.state == "failed" and failed.pid is None
    assert failed.error == "EPOCHS=zero is not a whole number"  # the pipeline's one line
    assert not runner.running
