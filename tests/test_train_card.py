"""The model card: every section and number, escaping of what users wrote, and the truth about
the base model (what it is, its license, its limitations) and about a useless model."""

from __future__ import annotations

import subprocess
from importlib.metadata import metadata

import pytest
import yaml
from conftest import ROOT
from train_helpers import sample_dataset, train_command

from training.base_facts import unigram_perplexity, usefulness_warning
from training.card import render_card
from training.clean import DataTable
from training.train import PROMPTS, TrainConfig

TABLES = [
    DataTable("alice_b", downloaded=3200, retweets=410, short=150, kept=2640, kept_chars=190_000),
    DataTable("bob", downloaded=900, retweets=12, short=40, kept=848, kept_chars=60_000),
]
EPOCHS = [
    {"step": 100, "epoch": 1, "validation_loss": 3.5, "validation_perplexity": 33.1155},
    {"step": 200, "epoch": 2, "validation_loss": 3.25, "validation_perplexity": 25.7903},
    {"step": 300, "epoch": 3, "validation_loss": 3.3, "validation_perplexity": 27.1126},
]
SAMPLES = [{"prompt": p, "text": f"{p} a | b *bold* <b>x</b> #{i}"} for i, p in enumerate(PROMPTS)]


def summary(base: str = "gpt2", **config) -> dict:
    return {
        "config": vars(TrainConfig(base=base, epochs=3, **config)),
        "seed": 7,
        "steps": 300,
        "seconds": 812.5,
        "tokens_per_second": 402.3,
        "train_tweets": 6312,
        "validation_tweets": 348,
        "epochs": EPOCHS,
        "best": EPOCHS[1],
        "exported_epoch": 2,
        "device": "cpu",
        "processes": 2,
        "threads_per_process": 1,
        "trainable_parameters": 124_439_808,
        "model_bytes": 497_774_208,
        "samples": SAMPLES,
    }


def test_two_user_card_has_every_section_and_number():
    card = render_card("alice_b-bob", TABLES, summary())
    _, header, body = card.split("---\n", 2)
    meta = yaml.safe_load(header)
    assert meta["language"] == "en" and meta["widget"] == [{"text": "My dream is"}]
    assert {"huggingtweets", "alice_b", "bob"} <= set(meta["tags"])
    sections = [line for line in body.splitlines() if line.startswith("## ")]
    assert sections == [
        "## How does it work?",
        "## Training data",
        "## Training procedure",
        "## Samples",
        "## How to use",
        "## Limitations and bias",
        "## License",
    ]
    assert "# alice\\_b-bob bot" in body
    assert "[@alice\\_b](https://x.com/alice_b), [@bob](https://x.com/bob)" in body
    for row in (
        "| Data | alice\\_b | bob |",
        "| Tweets downloaded | 3200 | 900 |",
        "| Retweets | 410 | 12 |",
        "| Short tweets | 150 | 40 |",
        "| Tweets kept | 2640 | 848 |",
        "| Epochs | 3 |",
        "| Learning rate | 0.0001372, cosine schedule, no warm-up |",
        "| Batch | 8 blocks of 128 tokens |",
        "| Trainable parameters | 124,439,808 |",
        "| Seed | 7 |",
        "| Steps | 300 in 812.5 s (402.3 tokens/s) |",
        "| Hardware | 2 × cpu, 1 threads each |",
        "| 1 | 3.5000 | 33.12 |",
        "| 2 | 3.2500 | 25.79 |",
        "| 3 | 3.3000 | 27.11 |",
    ):
        assert row in body.splitlines(), row
    assert "6312 tweets trained the model and 348" in body
    assert "**Best validation perplexity: 25.79** (epoch 2, loss 3.2500)" in body
    assert "exported weights are from epoch 2 (the best)" in body
    assert "![Training and validation loss](loss.png)" in body
    # Generated text is escaped: no new table cell, no emphasis, no HTML.
    samples = [line for line in body.splitlines() if line.startswith("| I ") or "My dream" in line]
    assert len([s for s in samples if s.startswith("| ")]) == 5
    assert "| I don't like | I don't like a \\| b \\*bold\\* \\<b\\>x\\</b\\> #2 |" in samples
    assert "KEY=$(.venv/bin/python -m serving.keys_cli show default)" in body  # defined, then used
    assert "Authorization: Bearer $KEY" in body
    assert "curl -s http://127.0.0.1:8080/predictions/alice_b-bob" in body
    assert 'pipeline("text-generation", model="exports/alice_b-bob")' in body
    assert "the same limitations and bias as GPT-2" in body


def test_lora_card_reports_adapter_and_full_sizes():
    lora = summary(lora=True, lora_rank=4)
    lora.update(adapter_bytes=1_181_112, trainable_parameters=294_912, exported_epoch=3)
    body = render_card("bob", TABLES[1:], lora)
    assert "| LoRA | rank 4, alpha 16.0, dropout 0.05, on c\\_attn,c\\_proj,c\\_fc |" in body
    assert "| Adapter size on disk | 1.18 MB (full model 497.77 MB) |" in body
    assert "exported weights are from epoch 3 (the last)" in body


def card_parts(base: str, **extra) -> tuple[dict, str]:
    card = render_card("bob", TABLES[1:], {**summary(base), **extra})
    _, header, body = card.split("---\n", 2)
    return yaml.safe_load(header), body


def section(body: str, title: str) -> str:
    return body.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_tiny_card_says_it_is_a_random_test_model():
    meta, body = card_parts("tiny")
    assert "**with random weights**, never pretrained on any text" in body
    assert "2 layers, 64-wide, 2 attention heads, 256 positions" in body
    intro = body.split("## How does it work?")[0]
    assert "> **A test model:** it started from random weights (`BASE=tiny`)" in intro
    assert "trained on the user's tweets" in intro and "fine-tuned" not in intro
    limitations = section(body, "Limitations and bias")
    assert "This is a test model" in limitations and "GPT-2](" not in limitations
    assert meta["license"] == "mit"
    assert "MIT. The weights started at random" in section(body, "License")
    assert "tokenizer's vocabulary is GPT-2's" in section(body, "License")


@pytest.mark.parametrize("base", ["gpt2", "openai-community/gpt2-medium", "gpt2-xl"])
def test_gpt2_card_carries_gpt2s_license_and_limitations(base):
    meta, body = card_parts(base)
    assert meta["license"] == "mit"
    license_text = section(body, "License")
    assert "OpenAI's GPT-2, released under a [modified MIT license]" in license_text
    assert "github.com/openai/gpt-2/blob/master/LICENSE" in license_text
    assert "clearly indicated" in license_text
    assert "the same limitations and bias as GPT-2" in section(body, "Limitations and bias")
    assert f"`{base}`, OpenAI's GPT-2 pretrained on WebText" in body
    assert "test model" not in body and "random weights" not in body


def test_distilgpt2_card_is_apache_licensed():
    meta, body = card_parts("distilgpt2")
    assert meta["license"] == "apache-2.0"
    assert "Apache License 2.0" in section(body, "License")
    assert "DistilGPT2 and of GPT-2" in section(body, "Limitations and bias")


def test_a_local_base_folder_claims_no_license_it_cannot_know(tmp_path):
    folder = tmp_path / "gpt2"  # named like GPT-2, but a folder's origin is unknown
    folder.mkdir()
    meta, body = card_parts(str(folder))
    assert meta["license"] == "other"
    assert f"derive from `{folder}`, whose own license applies" in section(body, "License")
    assert f"its base model, `{folder}`" in section(body, "Limitations and bias")


def test_the_project_is_mit_licensed_as_the_cards_say():
    assert (ROOT / "LICENSE").read_text().startswith("MIT License\n")
    package = metadata("tweetbots")  # from pyproject.toml's license fields
    assert package["License-Expression"] == "MIT"
    assert package.get_all("License-File") == ["LICENSE"]
    _, body = card_parts("tiny")
    assert "MIT" in section(body, "License")


def test_a_useless_model_is_called_useless_at_the_top_of_its_card():
    best = dict(EPOCHS[1], validation_perplexity=47512.56)
    _, body = card_parts("gpt2", best=best, baseline_perplexity=610.5)
    intro = body.split("## How does it work?")[0]
    assert (
        "> **Warning:** this model is useless: its best validation perplexity, 47,512.56, is "
        "worse than 610.50, that of predicting each token by its frequency" in intro
    )
    assert "alone scores\n610.50; a useful model is well below that." in body
    _, good = card_parts("gpt2", baseline_perplexity=610.5)  # best: 25.79
    assert "Warning" not in good
    _, older = card_parts("gpt2")  # a summary from before the baseline was recorded
    assert "Warning" not in older and "For scale" not in older


def test_the_unigram_baseline():
    eos, vocab = 0, 10
    # Training targets: one <|endoftext|>, so p(eos) = 2/11 and p(any other) = 1/11 (add-one);
    # the validation targets 1, 2, eos give exp(-(2 ln 1/11 + ln 2/11) / 3) = 11 / 2^(1/3).
    assert unigram_perplexity([[eos]], [[eos, 1, 2]], vocab) == pytest.approx(11 / 2 ** (1 / 3))
    repeated = [[eos, 3, 3, 3]] * 50
    assert unigram_perplexity(repeated, [[eos, 3, 3]], vocab) < 2
    assert usefulness_warning(5.0, 600.0) is None
    assert usefulness_warning(601.0, 600.0).startswith("this model is useless")


def test_training_warns_that_an_untrained_model_is_useless(tmp_path):
    """A random tiny model with learning rate 0 learns nothing: the stage says so, and the card."""
    data = sample_dataset(tmp_path)
    command = train_command(data, tmp_path / "runs", tmp_path / "exports")
    result = subprocess.run(
        [*command, "--epochs", "1", "--learning_rate", "0"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 1 and "this model is useless" in warnings[0]
    card = (tmp_path / "exports" / "samplebot" / "README.md").read_text()
    assert "> **Warning:** this model is useless" in card
