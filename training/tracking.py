"""The run folder `runs/<name>/<run-id>/`: what was run, and how it went.

What was run: config.json (every setting and the run's fingerprint), tables.json (the data
table), seeds.json, versions.json. How it went: metrics.jsonl (per-step loss and learning rate,
per-epoch validation loss and perplexity), TensorBoard events in tensorboard/, loss.png and,
with REPORT_TO=wandb, a Weights & Biases run. summary.json marks the run finished; a run
started again with the same command (same fingerprint) continues in its unfinished folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import time
from importlib import metadata
from pathlib import Path

from engine.files import file_hash  # noqa: F401  (the run fingerprint's, train.py)
from training.checkpoint import BEST, CHECKPOINT
from training.tweets import atomic_file, write_atomic, write_jsonl

CONFIG = "config.json"
SUMMARY = "summary.json"
METRICS = "metrics.jsonl"
PLOT = "loss.png"
VERSIONED = ("torch", "transformers", "tokenizers", "safetensors", "peft", "numpy", "tensorboard")
REPORTERS = {"", "none", "tensorboard", "wandb"}


def fingerprint(parts: dict) -> str:
    """A hash of everything that decides the weights: same command, same data -> same hash."""
    text = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def recorded_fingerprint(folder: Path) -> str | None:
    config = folder / CONFIG
    return json.loads(config.read_text())["fingerprint"] if config.exists() else None


def run_folder(runs: Path, print_: str) -> Path:
    """The unfinished run with this fingerprint, or a new folder `<UTC time>-<fingerprint>`."""
    runs.mkdir(parents=True, exist_ok=True)
    for folder in sorted(runs.glob(f"*-{print_[:8]}"), reverse=True):
        config = folder / CONFIG
        recorded = json.loads(config.read_text())["fingerprint"] if config.exists() else print_
        if not (folder / SUMMARY).exists() and recorded == print_:
            return folder
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    folder, count = runs / f"{stamp}-{print_[:8]}", 1
    while folder.exists():
        count += 1
        folder = runs / f"{stamp}.{count}-{print_[:8]}"
    folder.mkdir()
    return folder


def package_versions() -> dict[str, str]:
    versions = {"python": platform.python_version(), "platform": platform.platform()}
    for package in VERSIONED:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            continue
    return versions


def describe_run(folder: Path, config: dict, tables: list[dict], seeds: dict) -> None:
    """Write what was run: settings, data table, seeds and package versions."""
    for filename, content in (
        (CONFIG, config),
        ("tables.json", tables),
        ("seeds.json", seeds),
        ("versions.json", package_versions()),
    ):
        write_atomic(folder / filename, json.dumps(content, indent=2, default=str) + "\n")


def plot_losses(rows: list[dict], path: Path) -> None:
    """Training loss per step and validation loss per epoch, as a PNG (written atomically)."""
    from matplotlib.figure import Figure  # no pyplot: no GUI backend, no global state

    steps = [row for row in rows if "loss" in row]
    epochs = [row for row in rows if "validation_loss" in row]
    figure = Figure(figsize=(7, 4), dpi=100)
    axes = figure.subplots()
    axes.plot([r["step"] for r in steps], [r["loss"] for r in steps], lw=1, label="training")
    axes.plot(
        [r["step"] for r in epochs],
        [r["validation_loss"] for r in epochs],
        marker="o",
        label="validation (end of epoch)",
    )
    axes.set_xlabel("optimizer step")
    axes.set_ylabel("loss (nats per token)")
    axes.grid(alpha=0.3)
    axes.legend()
    figure.tight_layout()
    with atomic_file(path) as handle:
        figure.savefig(handle, format="png")


class Tracker:
    """Rank 0's record of the metrics: JSON lines, TensorBoard, the plot and optionally W&B."""

    def __init__(self, folder: Path, resume_step: int, report_to: str, config: dict) -> None:
        from torch.utils.tensorboard import SummaryWriter

        self.folder = folder
        metrics = folder / METRICS
        # A killed run logged steps after its last checkpoint; they are trained again.
        self.rows = [r for r in read_metrics(folder) if r["step"] <= resume_step]
        write_jsonl(metrics, self.rows)
        self.log = metrics.open("a", encoding="utf-8", buffering=1)  # a line per step: jobs watch
        self.board = SummaryWriter(
            str(folder / "tensorboard"), purge_step=resume_step + 1 if resume_step else None
        )
        self.wandb = start_wandb(folder, config) if report_to == "wandb" else None

    def record(self, row: dict) -> None:
        """One step's loss and learning rate, or one epoch's validation metrics."""
        self.rows.append(row)
        self.log.write(json.dumps(row) + "\n")
        for key, value in row.items():
            if key not in ("step", "epoch"):
                self.board.add_scalar(key, value, row["step"])
        if self.wandb is not None:
            self.wandb.log(row, step=row["step"])
        if "validation_loss" in row:
            self.log.flush()
            self.board.flush()
            plot_losses(self.rows, self.folder / PLOT)

    def close(self) -> None:
        self.log.close()
        self.board.close()
        if self.wandb is not None:
            self.wandb.finish()


def start_wandb(folder: Path, config: dict):
    """A W&B run named after the run folder (resumed with it); WANDB_MODE=offline works too."""
    import wandb  # optional: check_config has made sure it is installed

    return wandb.init(
        project=os.environ.get("WANDB_PROJECT", "tweetbots"),
        name=f"{config['name']}/{folder.name}",
        id=folder.name.replace(".", "-"),
        resume="allow",
        dir=str(folder),
        config=config,
    )


def finish_run(folder: Path, summary: dict) -> None:
    """Mark the run finished; its checkpoints are no longer needed (the export has the weights)."""
    write_atomic(folder / SUMMARY, json.dumps(summary, indent=2) + "\n")
    for leftover in (CHECKPOINT, BEST):
        (folder / leftover).unlink(missing_ok=True)


def read_metrics(folder: Path) -> list[dict]:
    """The metrics logged so far; a last line cut short by a kill is dropped."""
    path = folder / METRICS
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError:
            break
    return rows
