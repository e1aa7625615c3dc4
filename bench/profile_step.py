"""Where a decode step's time goes, at 1, 16 and 64 rows, for each backend.

Builds `make bench`'s GPT-2 124M-configuration bot (random weights), exports it to ONNX (int8),
and runs the engine in this process: each batch size is prefilled, warmed for a few steps, then
`STEPS` decode steps are timed; before that, whole requests of `make bench`'s 40 tokens are timed
from prefill to end. ONNX Runtime's profiler splits its share by operator type (only
the events inside the timed steps' runs are counted); what is left of the step's wall time is
the engine's own Python work (sampling, the detokenizer, bookkeeping). The torch backend is
profiled with `torch.profiler` (operators by self time). Writes bench/results/profile.{json,md}.

Usage: python -m bench.profile_step [--short] [--out bench/results] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import torch

from bench.run import NEW_TOKENS, ROOT, build_model
from engine import Engine, EngineConfig, SamplingParams
from engine.backends import OnnxBackend, TorchBackend, choose_dtype, choose_kv_dtype, load_weights
from engine.gpt2 import GPT2, Shape
from training.base_model import gpt2_tokenizer_offline
from training.export_onnx import export_onnx
from training.tweets import write_atomic

ROWS = (1, 16, 64)
SHORT_ROWS = (1, 4)  # --short: the CI mode, a tiny model
WARM_STEPS = 4
STEPS = 12
PROMPT = "My dream is"


def timed_steps(engine: Engine, rows: int) -> list[float]:
    """Prefill `rows` requests, warm up, then time STEPS decode steps (seconds each)."""
    params = SamplingParams(max_new_tokens=WARM_STEPS + STEPS + 2, seed=1, stop_at_newline=False)
    for index in range(rows):
        engine.add_request(f"r{index}", PROMPT, params)
    for _ in range(1 + WARM_STEPS):  # the prefill, then decode steps
        engine.step()
    times = []
    for _ in range(STEPS):
        started = time.perf_counter()
        engine.step()
        times.append(time.perf_counter() - started)
    while engine.has_unfinished():
        engine.step()
    return times


def whole_requests(engine: Engine, rows: int) -> float:
    """Tokens/s of `rows` requests of NEW_TOKENS tokens each, from their prefill to their end
    (what the engine alone makes over a request's life; lengths grow, so steps slow down)."""
    params = SamplingParams(max_new_tokens=NEW_TOKENS, seed=2, stop_at_newline=False)
    for round_ in range(2):  # the first round warms the cache up
        for index in range(rows):
            engine.add_request(f"w{round_}-{index}", PROMPT, params)
        started = time.perf_counter()
        while engine.has_unfinished():
            engine.step()
        elapsed = time.perf_counter() - started
    return rows * NEW_TOKENS / elapsed


def onnx_breakdown(profile_file: Path, runs: int) -> tuple[float, dict[str, float]]:
    """(ms in ONNX Runtime per run, ms per run by operator type) over the last `runs` runs."""
    events = json.loads(profile_file.read_text())
    windows = [e for e in events if e.get("name") == "model_run"][-runs:]
    inside = defaultdict(float)
    for event in events:
        if event.get("cat") != "Node" or not event["name"].endswith("_kernel_time"):
            continue
        start = event["ts"]
        if any(w["ts"] <= start <= w["ts"] + w["dur"] for w in windows):
            inside[event["args"]["op_name"]] += event["dur"]
    in_ort = sum(w["dur"] for w in windows) / runs / 1000
    return in_ort, {op: us / runs / 1000 for op, us in inside.items()}


def profile_onnx(folder: Path, threads: int, rows_levels: tuple[int, ...]) -> list[dict]:
    import onnxruntime

    tokenizer = gpt2_tokenizer_offline()
    shape = Shape.from_config(json.loads((folder / "config.json").read_text()))
    torch.set_num_threads(1)  # as the served ONNX backend does (engine.backends.load_backend)
    results = []
    for rows in rows_levels:
        backend = OnnxBackend(
            folder / "model.int8.onnx", shape, None, threads, tokenizer.eos_token_id
        )
        whole = whole_requests(Engine(backend, tokenizer, EngineConfig(max_rows=64)), rows)
        backend.reset()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        options.enable_profiling = True
        with tempfile.TemporaryDirectory() as scratch:
            options.profile_file_prefix = str(Path(scratch) / "ort")
            backend.session = onnxruntime.InferenceSession(
                str(folder / "model.int8.onnx"), options, providers=["CPUExecutionProvider"]
            )
            times = timed_steps(Engine(backend, tokenizer, EngineConfig(max_rows=64)), rows)
            in_ort, ops = onnx_breakdown(Path(backend.session.end_profiling()), STEPS)
        step_ms = statistics.median(times) * 1000
        top = dict(sorted(ops.items(), key=lambda item: -item[1])[:4])
        results.append(
            {
                "backend": "onnx int8",
                "rows": rows,
                "step_ms": step_ms,
                "tokens_per_s": rows / step_ms * 1000,
                "whole_requests_tokens_per_s": whole,
                "onnx_runtime_ms": in_ort,
                "outside_onnx_runtime_ms": max(step_ms - in_ort, 0.0),
                "top_ops_ms": top,
                "other_ops_ms": sum(ops.values()) - sum(top.values()),
            }
        )
        print(json.dumps(results[-1]), flush=True)
    return results


def short_name(dtype: torch.dtype) -> str:
    return str(dtype).removeprefix("torch.")


def profile_torch(folder: Path, threads: int, rows_levels: tuple[int, ...]) -> list[dict]:
    tokenizer = gpt2_tokenizer_offline()
    torch.set_num_threads(threads)
    device = torch.device("cpu")
    shape, weights = load_weights(folder)
    dtype = choose_dtype("auto", device)
    kv = choose_kv_dtype("auto", dtype, device)
    results = []
    for rows in rows_levels:
        backend = TorchBackend(
            GPT2(shape, weights, dtype), device, tokenizer.eos_token_id, kv_dtype=kv
        )
        engine = Engine(backend, tokenizer, EngineConfig(max_rows=64))
        whole = whole_requests(engine, rows)
        timed_steps(engine, rows)  # warm: the first run allocates the cache
        with torch.profiler.profile(activities=[torch.profiler.ProfilerActivity.CPU]) as prof:
            times = timed_steps(engine, rows)
        averages = sorted(prof.key_averages(), key=lambda a: -a.self_cpu_time_total)
        # the profiler covers the prefill and warm-up too: report operator shares, scaled
        total = sum(a.self_cpu_time_total for a in averages) or 1.0
        step_ms = statistics.median(times) * 1000
        results.append(
            {
                "backend": f"torch {short_name(dtype)} (kv {short_name(kv)})",
                "rows": rows,
                "step_ms": step_ms,
                "tokens_per_s": rows / step_ms * 1000,
                "whole_requests_tokens_per_s": whole,
                "top_ops_share": {a.key: a.self_cpu_time_total / total for a in averages[:5]},
            }
        )
        print(json.dumps(results[-1]), flush=True)
    return results


def markdown(results: list[dict], threads: int) -> str:
    lines = [
        f"Decode step of GPT-2 124M (random weights), {threads} threads, "
        f"median of {STEPS} steps after {WARM_STEPS} warm ones, in one process "
        "(`python -m bench.profile_step`).",
        "",
        "| backend | rows | step ms | tokens/s | whole requests, tokens/s | where the time goes |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in results:
        if "top_ops_ms" in r:
            parts = [f"{op} {ms:.1f} ms" for op, ms in r["top_ops_ms"].items()]
            parts.append(f"other ops {r['other_ops_ms']:.1f} ms")
            outside = r["outside_onnx_runtime_ms"]
            parts.append(f"outside ONNX Runtime (sampling, bookkeeping) {outside:.1f} ms")
        else:
            parts = [f"{op} {share:.0%}" for op, share in r["top_ops_share"].items()]
        lines.append(
            f"| {r['backend']} | {r['rows']} | {r['step_ms']:.1f} | {r['tokens_per_s']:.0f} | "
            f"{r['whole_requests_tokens_per_s']:.0f} | " + "; ".join(parts) + " |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="default bench/results (--short: .../short)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--short", action="store_true", help="CI mode: tiny model, 1 and 4 rows")
    args = parser.parse_args(argv)
    out = args.out or ROOT / "bench" / "results" / ("short" if args.short else "")
    levels = SHORT_ROWS if args.short else ROWS
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tweetbots-profile.") as scratch:
        work = Path(scratch)
        folder = build_model(work / "exports", short=args.short)
        export_onnx(folder.name, work / "exports", work / "data", "int8")
        results = profile_onnx(folder, args.threads, levels)
        results += profile_torch(folder, args.threads, levels)
    write_atomic(out / "profile.json", json.dumps(results, indent=2) + "\n")
    write_atomic(out / "profile.md", markdown(results, args.threads))
    print(markdown(results, args.threads))


if __name__ == "__main__":
    main()
