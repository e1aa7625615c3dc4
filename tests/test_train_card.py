"""The model card of a two-user bot: every section and number, and escaping of what users wrote."""

from __future__ import annotations

import yaml

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


def summary(**config) -> dict:
    return {
        "config": vars(TrainConfig(base="gpt2", epochs=3, **config)),
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
    assert "Authorization: Bearer $INFERENCE_KEY" in body
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
