"""Resume: a training process killed with SIGKILL continues to the same weights, bit for bit."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import ROOT
from train_helpers import (
    assert_same_weights,
    run_metrics,
    sample_dataset,
    summary,
    train_command,
    validation_loss,
)

RESUMABLE = ["--epochs", "2", "--checkpoint_every", "3"]  # 40 steps, a checkpoint every 3


def logged_steps(runs: Path) -> int:
    metrics = list(runs.glob("samplebot/*/metrics.jsonl"))
    lines = metrics[0].read_text().splitlines() if metrics else []
    return len([line for line in lines if '"loss"' in line])


def kill_after(command: list[str], runs: Path, step: int) -> None:
    """Start training, SIGKILL it once a checkpoint exists and `step` steps were logged."""
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 240
    while not (list(runs.glob("samplebot/*/checkpoint.pt")) and logged_steps(runs) >= step):
        assert process.poll() is None, "training finished before it could be killed"
        assert time.monotonic() < deadline, "no checkpoint in time"
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


def test_a_killed_run_resumes_to_the_same_weights(tmp_path):
    data = sample_dataset(tmp_path)
    reference = train_command(data, tmp_path / "runs_a", tmp_path / "exports_a", *RESUMABLE)
    subprocess.run(reference, cwd=ROOT, check=True, capture_output=True)

    runs, exports = tmp_path / "runs_b", tmp_path / "exports_b"
    command = train_command(data, runs, exports, *RESUMABLE)
    kill_after(command, runs, step=4)  # mid first epoch
    kill_after(command, runs, step=26)  # mid second epoch, after a resume
    assert not exports.exists(), "the export folder changed before the run finished"
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)

    assert_same_weights(exports / "samplebot", tmp_path / "exports_a" / "samplebot")
    assert len(list((runs / "samplebot").iterdir())) == 1  # one run, continued twice
    resumed = run_metrics(runs, exports / "samplebot")
    uninterrupted = run_metrics(tmp_path / "runs_a", tmp_path / "exports_a" / "samplebot")
    assert [row["step"] for row in resumed if "loss" in row] == list(range(1, 41))
    timing = {"seconds", "tokens_per_second"}
    assert [{k: v for k, v in row.items() if k not in timing} for row in resumed] == [
        {k: v for k, v in row.items() if k not in timing} for row in uninterrupted
    ]
    # The best epoch's weights are the ones exported, and the checkpoints are gone.
    # Training evaluated in its precision (bf16 autocast on a CPU with native bf16), this in fp32.
    trained = summary(exports / "samplebot")
    best, precision = trained["best"], trained["precision"]["used"]
    exported = validation_loss(exports / "samplebot", data)
    assert exported == pytest.approx(
        best["validation_loss"], rel=1e-6 if precision == "fp32" else 1e-4
    )
    nearest = min(trained["epochs"], key=lambda e: abs(e["validation_loss"] - exported))
    assert nearest["epoch"] == best["epoch"]
    assert not list(runs.glob("samplebot/*/*.pt"))
