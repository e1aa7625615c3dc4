"""Where a training step's time goes: torch.profiler on a few steps of the real loop.

GPT-2 124M configuration (random weights, bench.train_bench.gpt2_124m), the bundled sample's
blocks, batch 8 x 128 tokens; full fine-tuning and LoRA, each through training.train's own
setup and optimizer step (`training.train.prepare` and `optimizer_step`). One warm-up step,
then `--steps` profiled steps. Operators are grouped into what the levers act on: matrix
products, the output layer's softmax and cross-entropy, the optimizer, the rest.

Usage: python -m bench.train_profile [--steps 3] [--precision auto|fp32|bf16] [--reference]
       [--out bench/results/train_profile.md] [--title "..."] [--append]
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import torch
from torch.profiler import ProfilerActivity, profile

from bench.train_bench import gpt2_124m, sample_blocks
from training.train import TrainConfig, optimizer_step, prepare
from training.tweets import write_atomic

GROUPS = {  # operator name fragment -> group; the first that matches wins
    "matrix products": ("aten::mm", "aten::addmm", "aten::bmm", "aten::baddbmm", "aten::matmul"),
    "attention": ("scaled_dot_product", "flash_attention"),
    "softmax + cross-entropy": ("log_softmax", "nll_loss", "cross_entropy", "logsumexp", "exp"),
    "optimizer": ("adam", "_foreach", "lerp", "addcdiv", "addcmul", "sqrt"),
    "gradient clipping": ("norm", "clip"),
    "copies and casts": ("aten::copy_", "aten::to", "aten::_to_copy", "contiguous", "clone"),
}


def group(name: str) -> str:
    lowered = name.lower()
    for label, fragments in GROUPS.items():
        if any(fragment in lowered for fragment in fragments):
            return label
    return "other (elementwise, layer norm, GELU, dropout, embedding)"


def profile_mode(
    mode: str,
    base: Path,
    rows: list[list[int]],
    eos: int,
    steps: int,
    precision: str,
    reference: bool,
) -> dict:
    """Profile `steps` optimizer steps (after one warm-up step) of `mode` on `rows`."""
    config = TrainConfig(base=str(base), lora=mode == "lora", precision=precision)
    setup = prepare(config, seed=42, reference=reference)
    batches = [rows[i * config.batch_size : (i + 1) * config.batch_size] for i in range(steps + 1)]
    optimizer_step(setup, batches[0], eos)
    started = time.perf_counter()
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        for batch in batches[1:]:
            optimizer_step(setup, batch, eos)
    seconds = (time.perf_counter() - started) / steps
    events = [e for e in prof.key_averages() if e.self_cpu_time_total > 0]
    total = sum(e.self_cpu_time_total for e in events)
    groups: dict[str, float] = defaultdict(float)
    for event in events:
        groups[group(event.key)] += event.self_cpu_time_total / total
    top = sorted(events, key=lambda e: e.self_cpu_time_total, reverse=True)[:12]
    return {
        "mode": mode,
        "precision": "reference fp32" if reference else setup.precision,
        "seconds_per_step": seconds,
        "tokens_per_second": sum(len(r) for b in batches[1:] for r in b) / (seconds * steps),
        "groups": dict(sorted(groups.items(), key=lambda kv: -kv[1])),
        "top": [(e.key, e.self_cpu_time_total / total, e.count // steps) for e in top],
    }


def markdown(results: list[dict], title: str, steps: int) -> str:
    lines = [
        f"## {title}",
        "",
        f"GPT-2 124M configuration (random weights), batch 8 x 128 tokens, {steps} profiled "
        f"steps after one warm-up, {platform.machine()} {torch.backends.cpu.get_cpu_capability()}"
        f", {torch.get_num_threads()} threads, torch {torch.__version__}. "
        "Command: `flock /tmp/tweetbots-bench.lock python -m bench.train_profile`.",
        "",
    ]
    for r in results:
        lines += [
            f"### {r['mode']} ({r['precision']}): {r['seconds_per_step']:.2f} s a step, "
            f"{r['tokens_per_second']:.0f} tokens/s under the profiler",
            "",
            "| group | share of operator self time |",
            "| --- | ---: |",
        ]
        lines += [f"| {name} | {share:.1%} |" for name, share in r["groups"].items()]
        lines += ["", "| operator | self time | calls a step |", "| --- | ---: | ---: |"]
        lines += [f"| `{key}` | {share:.1%} | {calls} |" for key, share, calls in r["top"]]
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--precision", default="auto")
    parser.add_argument("--modes", default="full,lora")
    parser.add_argument(
        "--reference", action="store_true", help="the loop before issue 16 (full fp32 logits)"
    )
    parser.add_argument("--out", type=Path, default=Path("bench/results/train_profile.md"))
    parser.add_argument("--title", default="The training loop")
    parser.add_argument("--append", action="store_true", help="add to --out instead of replacing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = gpt2_124m(Path(tmp) / "base")
        rows, eos = sample_blocks(Path(tmp), 128)
        results = [
            profile_mode(mode, base, rows, eos, args.steps, args.precision, args.reference)
            for mode in args.modes.split(",")
        ]
    text = markdown(results, args.title, args.steps)
    if args.append and args.out.exists():
        text = args.out.read_text() + "\n" + text
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(args.out, text)
    print(text)


if __name__ == "__main__":
    main()
