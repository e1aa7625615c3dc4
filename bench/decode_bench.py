"""The engine's decode speed in this process (no TorchServe, no ONNX): for a GPU check.

GPT-2 124M configuration (random weights), the torch backend in the dtype the engine picks on
the device (bf16 on CUDA), requests of `--new-tokens` tokens at 1, 16 and 64 rows at once:
tokens/s from the first prefill to the last token (a warm-up round first).

Usage: python -m bench.decode_bench [--device auto|cpu|cuda] [--out DIR] [--short]
       [--stand-in-tokenizer]
Writes decode_bench.json into --out.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import torch
from transformers import AutoTokenizer

from bench.train_bench import gpt2_124m, sync
from engine import Engine, EngineConfig, SamplingParams, TorchBackend
from engine.backends import choose_dtype, choose_kv_dtype, load_weights
from engine.gpt2 import GPT2
from training.base_model import TINY_CONFIG
from training.tweets import write_atomic

ROWS = (1, 16, 64)
PROMPT = "My dream is"


def decode(folder: Path, device: torch.device, rows_levels: tuple[int, ...], new: int) -> list:
    tokenizer = AutoTokenizer.from_pretrained(folder)
    shape, weights = load_weights(folder)
    dtype = choose_dtype("auto", device)
    kv = choose_kv_dtype("auto", dtype, device)
    backend = TorchBackend(GPT2(shape, weights, dtype), device, tokenizer.eos_token_id, kv_dtype=kv)
    engine = Engine(backend, tokenizer, EngineConfig(max_rows=max(rows_levels)))
    params = SamplingParams(max_new_tokens=new, seed=2, stop_at_newline=False)
    results = []
    for rows in rows_levels:
        for round_ in range(2):  # the first round warms the cache and kernels up
            for index in range(rows):
                engine.add_request(f"{rows}-{round_}-{index}", PROMPT, params)
            sync(device)
            started = time.perf_counter()
            while engine.has_unfinished():
                engine.step()
            sync(device)
            elapsed = time.perf_counter() - started
        results.append(
            {
                "rows": rows,
                "new_tokens": new,
                "dtype": str(dtype).removeprefix("torch."),
                "tokens_per_second": rows * new / elapsed,
                "seconds": elapsed,
            }
        )
        print(json.dumps(results[-1]), flush=True)
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="auto", help="auto: CUDA when there is one")
    parser.add_argument("--out", type=Path, default=Path("bench/results"))
    parser.add_argument("--new-tokens", type=int, default=40)
    parser.add_argument("--short", action="store_true", help="tiny model, 1 and 4 rows")
    parser.add_argument("--stand-in-tokenizer", action="store_true")
    args = parser.parse_args(argv)
    auto = "cuda" if torch.cuda.is_available() else "cpu"
    device = torch.device(auto if args.device == "auto" else args.device)
    with tempfile.TemporaryDirectory() as tmp:
        config = TINY_CONFIG if args.short else None
        folder = gpt2_124m(Path(tmp) / "base", config, args.stand_in_tokenizer)
        levels = (1, 4) if args.short else ROWS
        results = decode(folder, device, levels, 8 if args.short else args.new_tokens)
    report = {
        "model": "tiny" if args.short else "GPT-2 124M configuration, random weights",
        "device": str(device),
        "gpu": torch.cuda.get_device_name(device) if device.type == "cuda" else None,
        "torch": torch.__version__,
        "results": results,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    write_atomic(args.out / "decode_bench.json", json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
