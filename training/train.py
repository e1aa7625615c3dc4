"""Fine-tune a causal LM on a bot's dataset and export it (safetensors, tokenizer, card).

The whole loop is here, top to bottom: tokenize once, then per epoch shuffle the tweets,
join them with `<|endoftext|>` (before, between and after), cut the stream into blocks,
and take AdamW steps on a cosine schedule with no warm-up (the reference recipe).

Reads `data/<name>/dataset/`, logs to `runs/<name>/metrics.jsonl`, and writes the export
folder `exports/<name>/` only when training has finished.

Usage: python -m training.train --name NAME [--base tiny] [--epochs 4] ...
"""

from __future__ import annotations

import json
import math
import random
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch
from tqdm.auto import tqdm
from transformers import (
    GenerationConfig,
    HfArgumentParser,
    PreTrainedModel,
    get_cosine_schedule_with_warmup,
)

from training.base_model import load_base
from training.card import write_card
from training.dataset import DatasetConfig, dataset_dir, read_tables
from training.errors import TweetbotsError, run_stage
from training.tweets import read_jsonl, write_atomic

GENERATION_DEFAULTS = {
    "do_sample": True,
    "top_p": 0.95,
    "top_k": 50,
    "temperature": 1.0,
    "max_new_tokens": 40,
    "num_return_sequences": 1,
}


@dataclass
class TrainConfig:
    """The recipe; defaults are the reference's (huggingtweets)."""

    base: str = field(
        default="gpt2", metadata={"help": "Hub id, local folder, or 'tiny' (offline, random init)"}
    )
    epochs: int = field(default=4, metadata={"help": "passes over the training tweets"})
    learning_rate: float = field(default=1.372e-4, metadata={"help": "AdamW peak learning rate"})
    batch_size: int = field(default=8, metadata={"help": "blocks per optimizer step"})
    block_size: int = field(default=128, metadata={"help": "tokens per training block"})
    weight_decay: float = field(default=0.0, metadata={"help": "AdamW weight decay"})
    max_grad_norm: float = field(default=1.0, metadata={"help": "gradient clipping norm"})


def encode(tokenizer, texts: list[str]) -> list[list[int]]:
    """Token ids of each tweet, preceded by <|endoftext|>."""
    ids = tokenizer(texts, add_special_tokens=False)["input_ids"]
    return [[tokenizer.eos_token_id, *tweet] for tweet in ids]


def blocks(tweets: list[list[int]], eos: int, block_size: int) -> list[list[int]]:
    """Join the tweets (with a closing <|endoftext|>) and cut the stream into blocks."""
    stream = [token for tweet in tweets for token in tweet] + [eos]
    return [stream[i : i + block_size] for i in range(0, len(stream), block_size)]


def collate(batch: list[list[int]], pad: int, device: torch.device) -> dict[str, torch.Tensor]:
    """Right-pad a batch; padded positions are masked and ignored by the loss."""
    width = max(len(row) for row in batch)
    ids = torch.full((len(batch), width), pad, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    for i, row in enumerate(batch):
        ids[i, : len(row)] = torch.tensor(row)
        mask[i, : len(row)] = 1
    labels = ids.masked_fill(mask == 0, -100)
    return {
        "input_ids": ids.to(device),
        "attention_mask": mask.to(device),
        "labels": labels.to(device),
    }


@torch.no_grad()
def evaluate(
    model: PreTrainedModel, data: list[list[int]], pad: int, batch_size: int, device
) -> float:
    """Mean loss per predicted token over the validation blocks."""
    model.eval()
    total, count = 0.0, 0
    for start in range(0, len(data), batch_size):
        batch = collate(data[start : start + batch_size], pad, device)
        predicted = int((batch["labels"][:, 1:] != -100).sum())
        total += model(**batch).loss.item() * predicted
        count += predicted
    model.train()
    return total / max(count, 1)


def train(
    name: str, data_dir: Path, runs_dir: Path, export_dir: Path, config: TrainConfig, seed: int
) -> Path:
    """Train the bot `name` on its dataset; returns the export folder."""
    folder = dataset_dir(name, data_dir)
    if not (folder / "train.jsonl").exists():
        raise TweetbotsError(f"no dataset for {name} in {folder}: run the dataset stage first")
    if config.epochs < 1 or config.batch_size < 1 or config.block_size < 2:
        raise TweetbotsError("epochs and batch_size must be at least 1, block_size at least 2")
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model, tokenizer = load_base(config.base, seed)
    block_size = min(config.block_size, model.config.n_positions)
    eos = tokenizer.eos_token_id
    train_tweets = encode(tokenizer, [r["text"] for r in read_jsonl(folder / "train.jsonl")])
    validation = blocks(
        encode(tokenizer, [r["text"] for r in read_jsonl(folder / "validation.jsonl")]),
        eos,
        block_size,
    )
    steps_per_epoch = math.ceil(len(blocks(train_tweets, eos, block_size)) / config.batch_size)
    total_steps = steps_per_epoch * config.epochs

    model.to(device).train()
    optimizer = torch.optim.AdamW(
        model.parameters(), lr=config.learning_rate, weight_decay=config.weight_decay
    )
    schedule = get_cosine_schedule_with_warmup(optimizer, 0, total_steps)
    run = runs_dir / name
    run.mkdir(parents=True, exist_ok=True)
    metrics_log = (run / "metrics.jsonl").open("w", encoding="utf-8")
    rng = random.Random(seed)
    history = []
    started = time.monotonic()
    progress = tqdm(total=total_steps, desc=f"training {name}", unit="step")
    for epoch in range(1, config.epochs + 1):
        order = rng.sample(train_tweets, len(train_tweets))  # a fresh shuffle each epoch
        epoch_blocks = blocks(order, eos, block_size)
        for start in range(0, len(epoch_blocks), config.batch_size):
            batch = collate(epoch_blocks[start : start + config.batch_size], eos, device)
            loss = model(**batch).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), config.max_grad_norm)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad(set_to_none=True)
            progress.update()
            progress.set_postfix(epoch=epoch, loss=f"{loss.item():.3f}")
            metrics_log.write(
                json.dumps(
                    {
                        "step": progress.n,
                        "epoch": epoch,
                        "loss": loss.item(),
                        "learning_rate": schedule.get_last_lr()[0],
                    }
                )
                + "\n"
            )
        validation_loss = evaluate(model, validation, eos, config.batch_size, device)
        history.append(
            {
                "epoch": epoch,
                "validation_loss": validation_loss,
                "validation_perplexity": math.exp(min(validation_loss, 50)),
            }
        )
        metrics_log.write(json.dumps(history[-1]) + "\n")
        metrics_log.flush()
        tqdm.write(
            f"epoch {epoch}: validation loss {validation_loss:.4f}, "
            f"perplexity {history[-1]['validation_perplexity']:.2f}"
        )
    progress.close()
    metrics_log.close()
    summary = {
        "name": name,
        "config": asdict(config),
        "seed": seed,
        "steps": total_steps,
        "train_tweets": len(train_tweets),
        "seconds": round(time.monotonic() - started, 1),
        "epochs": history,
        "device": str(device),
    }
    return export(model, tokenizer, name, folder, export_dir, summary)


def export(
    model: PreTrainedModel, tokenizer, name: str, dataset: Path, export_dir: Path, summary: dict
) -> Path:
    """Write the export folder next to the old one, then swap it in (safetensors only)."""
    export_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=export_dir, prefix=f".{name}."))
    model.generation_config = GenerationConfig(
        **GENERATION_DEFAULTS,
        bos_token_id=tokenizer.eos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.eos_token_id,
    )
    model.cpu().save_pretrained(staging)
    tokenizer.save_pretrained(staging)
    tables = read_tables(dataset)
    write_atomic(staging / "training.json", json.dumps(summary, indent=2) + "\n")
    shutil.copyfile(dataset / "tables.json", staging / "tables.json")
    write_card(staging / "README.md", name, tables, summary)
    target = export_dir / name
    retired = export_dir / f".{name}.old"
    shutil.rmtree(retired, ignore_errors=True)
    if target.exists():
        target.rename(retired)
    staging.rename(target)
    shutil.rmtree(retired, ignore_errors=True)
    print(f"exported {name} -> {target}")
    return target


@dataclass
class TrainArguments:
    name: str = field(metadata={"help": "bot name (sorted handles joined with '-')"})
    data_dir: Path = field(default=Path("data"), metadata={"help": "where datasets live"})
    runs_dir: Path = field(default=Path("runs"), metadata={"help": "training logs"})
    export_dir: Path = field(default=Path("exports"), metadata={"help": "exported models"})


def main(argv: list[str] | None = None) -> None:
    args, config, data = HfArgumentParser(
        (TrainArguments, TrainConfig, DatasetConfig)
    ).parse_args_into_dataclasses(argv)
    run_stage(
        lambda: train(args.name, args.data_dir, args.runs_dir, args.export_dir, config, data.seed)
    )


if __name__ == "__main__":
    main()
