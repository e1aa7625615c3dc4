"""Training on the bundled sample: the export is complete, safetensors only, and reusable."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import SAMPLE_ARCHIVE
from transformers import AutoModelForCausalLM, AutoTokenizer, GenerationConfig

from training.clean import clean_user
from training.dataset import DatasetConfig, build_dataset
from training.train import TrainConfig, train
from training.x_archive import import_archive

QUICK = {"epochs": 1, "batch_size": 8, "block_size": 64, "learning_rate": 1e-3}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("train")
    import_archive("samplebot", SAMPLE_ARCHIVE, root / "data")
    clean_user("samplebot", root / "data")
    build_dataset(["samplebot"], root / "data", DatasetConfig(seed=5))
    return root


def run_training(root, base="tiny", export="exports", **overrides):
    return train(
        "samplebot",
        root / "data",
        root / "runs",
        root / export,
        TrainConfig(base=base, **{**QUICK, **overrides}),
        seed=5,
    )


def test_export_is_a_complete_safetensors_model(workspace):
    out = run_training(workspace)
    names = {p.name for p in out.iterdir()}
    assert {
        "model.safetensors",
        "config.json",
        "generation_config.json",
        "tokenizer.json",
        "README.md",
        "tables.json",
        "training.json",
    } <= names
    assert not [n for n in names if n.endswith((".bin", ".pt", ".pth", ".pkl"))]
    assert not list(out.parent.glob(".samplebot*"))  # no staging folder left
    generation = GenerationConfig.from_pretrained(out)
    assert (generation.top_p, generation.top_k, generation.temperature) == (0.95, 50, 1.0)
    assert generation.do_sample and generation.eos_token_id == 50256
    summary = json.loads((out / "training.json").read_text())
    assert summary["seed"] == 5 and summary["config"]["learning_rate"] == 1e-3
    assert len(summary["epochs"]) == 1 and summary["epochs"][0]["validation_loss"] > 0
    run = workspace / "runs" / "samplebot" / summary["run"]
    logged = [json.loads(line) for line in (run / "metrics.jsonl").open()]
    assert any("validation_perplexity" in row for row in logged)
    assert sum("loss" in row for row in logged) == summary["steps"]
    card = (out / "README.md").read_text()
    kept = json.loads((workspace / "data" / "samplebot" / "table.json").read_text())["kept"]
    assert "widget:\n- text: My dream is" in card and f"| Tweets kept | {kept} |" in card
    tokenizer = AutoTokenizer.from_pretrained(out)
    assert len(tokenizer) == 50257


def test_training_is_reproducible_with_the_same_seed(workspace):
    first = AutoModelForCausalLM.from_pretrained(run_training(workspace, export="a"))
    second = AutoModelForCausalLM.from_pretrained(run_training(workspace, export="b"))
    for (name, left), (_, right) in zip(
        first.state_dict().items(), second.state_dict().items(), strict=True
    ):
        assert left.equal(right), name


def test_a_local_folder_is_a_base_model(workspace):
    base = run_training(workspace, export="base")
    frozen = run_training(workspace, base=str(base), export="frozen", learning_rate=0.0)
    assert json.loads((frozen / "training.json").read_text())["config"]["base"] == str(base)
    start = AutoModelForCausalLM.from_pretrained(base).state_dict()
    after = AutoModelForCausalLM.from_pretrained(frozen).state_dict()
    assert all(start[name].equal(after[name]) for name in start)  # it started from the folder


def test_cli_errors_are_one_line(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "training.train",
            "--name",
            "ghost",
            "--base",
            "tiny",
            "--data_dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: no dataset for ghost in {tmp_path}/ghost/dataset: run the dataset stage first"
    ]
