"""Training speed: tokens/s and seconds per epoch for GPT-2 124M on the bundled sample.

The Hub is unreachable here, so the model is GPT2Config()'s 124M configuration with random
weights (the same compute as pretrained GPT-2). One epoch over the sample's 631 kept tweets
(90% train), full fine-tuning and LoRA, through the real `train()` loop.

Usage: python -m bench.train_bench [--epochs 1] [--threads 0] [--out bench/results]
Writes train_bench.json and train_bench.md into --out.
"""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
from pathlib import Path

import torch
from transformers import GPT2Config, GPT2LMHeadModel

from training.base_model import gpt2_tokenizer_offline
from training.clean import clean_user
from training.dataset import DatasetConfig, build_dataset
from training.train import TrainConfig, train
from training.x_archive import import_archive

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "archive" / "data" / "tweets.js"


def gpt2_124m(folder: Path) -> Path:
    """GPT-2 124M (GPT2Config defaults), random weights, GPT-2's tokenizer, saved to `folder`."""
    torch.manual_seed(0)
    tokenizer = gpt2_tokenizer_offline()
    tokenizer.model_max_length = 1024
    GPT2LMHeadModel(GPT2Config()).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def bench(epochs: int, threads: int) -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        import_archive("samplebot", SAMPLE, root / "data")
        clean_user("samplebot", root / "data")
        build_dataset(["samplebot"], root / "data", DatasetConfig(seed=42))
        base = gpt2_124m(root / "base")
        for mode in ("full", "lora"):
            config = TrainConfig(
                base=str(base),
                epochs=epochs,
                lora=mode == "lora",
                checkpoint_every=0,
                threads=threads,
            )
            export = train("samplebot", root / "data", root / "runs", root / mode, config, 42)
            summary = json.loads((export / "training.json").read_text())
            results.append(
                {
                    "mode": mode,
                    "epochs": epochs,
                    "train_tweets": summary["train_tweets"],
                    "tokens_per_epoch": summary["tokens_per_epoch"],
                    "steps": summary["steps"],
                    "batch": f"{config.batch_size} x {config.block_size} tokens",
                    "threads": summary["threads_per_process"],
                    "seconds_per_epoch": round(summary["seconds"] / epochs, 1),
                    "tokens_per_second": summary["tokens_per_second"],
                    "trainable_parameters": summary["trainable_parameters"],
                    "model_bytes": summary["model_bytes"],
                    "adapter_bytes": summary.get("adapter_bytes"),
                }
            )
    return results


def markdown(results: list[dict]) -> str:
    lines = [
        f"GPT-2 124M (random weights), {platform.processor() or platform.machine()}, "
        f"{torch.get_num_threads()} threads, torch {torch.__version__}",
        "",
        "| mode | tokens/s | s/epoch | tokens/epoch | steps | trainable params | on disk |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        size = r["adapter_bytes"] or r["model_bytes"]
        lines.append(
            f"| {r['mode']} | {r['tokens_per_second']:.0f} | {r['seconds_per_epoch']:.1f} | "
            f"{r['tokens_per_epoch']} | {r['steps'] // r['epochs']} | "
            f"{r['trainable_parameters']:,} | {size / 1e6:.1f} MB |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--threads", type=int, default=0, help="0: all cores")
    parser.add_argument("--out", type=Path, default=Path("bench/results"))
    args = parser.parse_args()
    results = bench(args.epochs, args.threads)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "train_bench.json").write_text(json.dumps(results, indent=2) + "\n")
    (args.out / "train_bench.md").write_text(markdown(results))
    print(markdown(results))


if __name__ == "__main__":
    main()
