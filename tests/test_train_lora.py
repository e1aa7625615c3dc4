"""LoRA training, `--keep last`, and the run folder (config, data, seeds, versions, metrics)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from peft import PeftModel
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
from train_helpers import BLOCK_SIZE, SEED, sample_dataset, validation_loss, weights

from training.base_model import load_base
from training.errors import TweetbotsError
from training.train import TrainConfig, train


@pytest.fixture(scope="module")
def lora_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("lora")
    data = sample_dataset(root)
    config = TrainConfig(
        base="tiny",
        epochs=2,
        batch_size=8,
        block_size=BLOCK_SIZE,
        learning_rate=3e-3,
        lora=True,
        keep="last",
        threads=1,
    )
    export = train("samplebot", data, root / "runs", root / "exports", config, SEED)
    return data, export, json.loads((export / "training.json").read_text())


def test_lora_export_is_merged_and_the_adapter_is_small(lora_run):
    _, export, summary = lora_run
    exported = weights(export)
    assert not [name for name in exported if "lora" in name]
    adapter = export / "adapter"
    assert (adapter / "adapter_config.json").exists()
    assert summary["adapter_bytes"] == (adapter / "adapter_model.safetensors").stat().st_size
    assert summary["model_bytes"] == (export / "model.safetensors").stat().st_size
    assert summary["adapter_bytes"] * 20 < summary["model_bytes"]
    # Base + adapter, merged by peft, is the exported model; the embeddings were frozen.
    base, _ = load_base("tiny", SEED)
    merged = PeftModel.from_pretrained(base, adapter).merge_and_unload().state_dict()
    assert exported["transformer.wte.weight"].equal(
        load_base("tiny", SEED)[0].transformer.wte.weight
    )
    for name, tensor in exported.items():
        assert tensor == pytest.approx(merged[name].detach(), abs=1e-6), name


def test_keep_last_exports_the_last_epoch(lora_run):
    data, export, summary = lora_run
    assert summary["exported_epoch"] == 2
    assert validation_loss(export, data) == pytest.approx(
        summary["epochs"][-1]["validation_loss"], rel=1e-5
    )


def test_the_run_folder_records_the_run(lora_run):
    data, export, summary = lora_run
    run = data.parent / "runs" / "samplebot" / summary["run"]
    config = json.loads((run / "config.json").read_text())
    assert config["train"]["lora"] and config["seed"] == SEED and config["fingerprint"]
    assert json.loads((run / "tables.json").read_text())[0]["kept"] == 631
    assert json.loads((run / "seeds.json").read_text())["data_order"] == SEED
    assert "torch" in json.loads((run / "versions.json").read_text())
    rows = [json.loads(line) for line in (run / "metrics.jsonl").open()]
    steps = [row for row in rows if "loss" in row]
    assert len(steps) == summary["steps"] and all("learning_rate" in row for row in steps)
    assert [row["epoch"] for row in rows if "validation_perplexity" in row] == [1, 2]
    board = EventAccumulator(str(run / "tensorboard"))
    board.Reload()
    assert len(board.Scalars("loss")) == summary["steps"]
    assert len(board.Scalars("validation_loss")) == 2
    for plot in (run / "loss.png", export / "loss.png"):
        assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (run / "summary.json").exists() and not list(run.glob("*.pt"))


def test_report_to_wandb_logs_offline(tmp_path, monkeypatch):
    pytest.importorskip("wandb", reason="wandb is optional (pip install -e '.[wandb]')")
    monkeypatch.setenv("WANDB_MODE", "offline")
    data = sample_dataset(tmp_path)
    config = TrainConfig(base="tiny", epochs=1, block_size=BLOCK_SIZE, report_to="wandb", threads=1)
    export = train("samplebot", data, tmp_path / "runs", tmp_path / "exports", config, SEED)
    run = json.loads((export / "training.json").read_text())["run"]
    assert list((tmp_path / "runs" / "samplebot" / run / "wandb").glob("offline-run-*"))


def test_report_to_wandb_without_wandb_fails_before_training(tmp_path):
    if importlib.util.find_spec("wandb") is not None:
        pytest.skip("wandb is installed: test_report_to_wandb_logs_offline covers it")
    config = TrainConfig(base="tiny", report_to="wandb")
    (tmp_path / "samplebot" / "dataset").mkdir(parents=True)
    (tmp_path / "samplebot" / "dataset" / "train.jsonl").touch()
    with pytest.raises(TweetbotsError, match="pip install wandb"):
        train("samplebot", tmp_path, tmp_path / "runs", tmp_path / "exports", config, SEED)
    assert not (tmp_path / "runs").exists()


def test_exported_folders_load_with_the_standard_one_liners_offline(lora_run):
    """The card's snippets, run as written in a fresh process with the Hub unreachable: the
    adapter names a base that exists (tiny's weights saved in the export), and its README
    is the bot's card, not peft's template."""
    _, export, _ = lora_run
    adapter = export / "adapter"
    config = json.loads((adapter / "adapter_config.json").read_text())
    assert Path(config["base_model_name_or_path"]).is_dir()
    card = (adapter / "README.md").read_text()
    assert "AutoPeftModelForCausalLM.from_pretrained(" in card and "samplebot" in card
    assert "[More Information Needed]" not in card
    root_config = json.loads((export / "config.json").read_text())
    assert root_config["prefix"] == "<|endoftext|>"
    assert root_config["task_specific_params"]["text-generation"]["do_sample"] is True
    code = (
        "import sys\n"
        "from peft import AutoPeftModelForCausalLM\n"
        "from transformers import AutoTokenizer, pipeline\n"
        "model = AutoPeftModelForCausalLM.from_pretrained(sys.argv[1] + '/adapter')\n"
        "tokenizer = AutoTokenizer.from_pretrained(sys.argv[1])\n"
        "inputs = tokenizer(tokenizer.eos_token + 'My dream is', return_tensors='pt')\n"
        "out = model.generate(**inputs, do_sample=True, max_new_tokens=5,\n"
        "                     pad_token_id=tokenizer.eos_token_id)\n"
        "print('ADAPTER', len(out[0]) > inputs['input_ids'].shape[1])\n"
        "generator = pipeline('text-generation', model=sys.argv[1])\n"
        "print('PIPELINE', generator('My dream is', max_new_tokens=5)[0]['generated_text'])\n"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_ENDPOINT": "http://127.0.0.1:9"}
    ran = subprocess.run(
        [sys.executable, "-c", code, str(export)], env=env, capture_output=True, text=True
    )
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert "ADAPTER True" in ran.stdout
    assert "PIPELINE My dream is" in ran.stdout
