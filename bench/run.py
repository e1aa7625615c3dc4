"""`make bench`: TorchServe under concurrent HTTP load, against the model card's own usage.

Builds a GPT-2 124M-configuration bot (random weights: the same compute as the pretrained
model; the Hub is not needed), exports it to ONNX (fp32 + int8), archives it once per
backend, starts TorchServe with the archive's own model-config.yaml, and drives it with
1, 4, 16 and 64 concurrent clients; every request asks for 1 sequence of exactly 40 new
tokens (`stop_at_newline: false`). In the same run, the baseline is the model card's usage:
a transformers `pipeline` called once per request in one process. Every figure is also
given as a ratio to that baseline. Writes bench/results/bench.{json,md,png}, and
report-<backend>.png: the run as Prometheus saw it (tokens/s, latency, batch size).

`--short` is the CI mode: a tiny model, 1 and 4 clients, a few requests, seconds.

Usage: python -m bench.run [--short] [--backends onnx,torch] [--out bench/results]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import requests
import torch
import yaml
from transformers import GenerationConfig, GPT2Config, GPT2LMHeadModel, pipeline

from serving.monitor import start_prometheus
from serving.report import render
from serving.server import open_server
from training.base_model import TINY_CONFIG, gpt2_tokenizer_offline
from training.export_onnx import export_onnx
from training.mar import DEFAULT_MODEL_CONFIG, build_archive

ROOT = Path(__file__).resolve().parent.parent
NAME = "benchbot"
NEW_TOKENS = 40
PROMPTS = [
    "My dream is",
    "I can't believe it's Monday again and",
    "hot take:",
    "The best part of working from home is",
    "Just finished reading a thread about",
    "Nobody talks about how",
    "Coffee first, then",
    "We shipped the new release and",
]
TARGETS = {16: 5.0, 64: 7.0}  # tokens/s ratio to the baseline at these concurrencies
MODEL_LABELS = {True: "tiny GPT-2, random weights", False: "GPT-2 124M config, random weights"}
LATENCY_TARGET = 0.5  # p50 at 1 client / the baseline's single-sequence latency


@dataclass(frozen=True)
class Plan:
    short: bool
    rounds: dict[int, int]  # concurrent clients -> requests each client sends, one at a time
    baseline_requests: int  # before the served runs and again after them


FULL = Plan(False, {1: 8, 4: 4, 16: 3, 64: 2}, baseline_requests=6)
SHORT = Plan(True, {1: 2, 4: 2}, baseline_requests=2)


def build_model(export_dir: Path, short: bool) -> Path:
    """GPT-2 124M's configuration (or `tiny`) with random weights, GPT-2's real tokenizer."""
    torch.manual_seed(0)
    tokenizer = gpt2_tokenizer_offline()
    config = GPT2Config(**TINY_CONFIG) if short else GPT2Config()
    tokenizer.model_max_length = config.n_positions
    model = GPT2LMHeadModel(config)
    eos = tokenizer.eos_token_id
    model.generation_config = GenerationConfig(
        do_sample=True, top_p=0.95, top_k=50, temperature=1.0, max_new_tokens=NEW_TOKENS,
        bos_token_id=eos, eos_token_id=eos, pad_token_id=eos,
    )  # fmt: skip
    folder = export_dir / NAME
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def percentiles(values: list[float]) -> dict[str, float]:
    return {f"p{q}_s": float(np.percentile(values, q)) for q in (50, 90, 99)}


def body(index: int) -> dict:
    return {
        "text": PROMPTS[index % len(PROMPTS)],
        "max_new_tokens": NEW_TOKENS,
        "num_return_sequences": 1,
        "seed": index,
        "stop_at_newline": False,  # exactly NEW_TOKENS tokens, so tokens/s counts true work
    }


def drive(url: str, key: str, clients: int, rounds: int) -> dict:
    """`clients` closed-loop clients, each sending `rounds` requests one after another."""
    latencies: list[float] = []
    batches: list[int] = []
    errors: list[str] = []
    lock = threading.Lock()
    gate = threading.Barrier(clients + 1)

    def client(number: int) -> None:
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {key}"
        gate.wait()
        for turn in range(rounds):
            sent = time.perf_counter()
            try:
                answer = session.post(url, json=body(number * rounds + turn), timeout=600)
                ok = answer.status_code == 200 and len(answer.json()) == 1
                failure = "" if ok else f"HTTP {answer.status_code}: {answer.text[:200]}"
            except requests.RequestException as error:
                answer, failure = None, f"{type(error).__name__}: {error}"
            elapsed = time.perf_counter() - sent
            with lock:
                if failure:
                    errors.append(failure)
                else:
                    latencies.append(elapsed)
                    batches.append(int(answer.headers.get("X-Batch-Size", 0)))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    gate.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    return {
        "concurrency": clients,
        "requests": len(latencies),
        "errors": len(errors),
        "error_samples": errors[:3],
        "seconds": seconds,
        "tokens_per_s": len(latencies) * NEW_TOKENS / seconds,
        "requests_per_s": len(latencies) / seconds,
        "mean_batch": statistics.fmean(batches) if batches else 0.0,
        **(percentiles(latencies) if latencies else {}),
    }


def wait_for_scrape(prometheus: str, timeout: float = 60.0) -> None:
    """Until Prometheus holds a sample taken before any traffic: rates need a starting point."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        answer = requests.get(f"{prometheus}/api/v1/query", params={"query": "up == 1"}, timeout=5)
        if answer.ok and answer.json()["data"]["result"]:
            return
        time.sleep(0.5)
    raise RuntimeError(f"Prometheus at {prometheus} never scraped TorchServe")


def serve_and_measure(store: Path, run_dir: Path, plan: Plan, report: Path) -> list[dict]:
    """Start TorchServe on free loopback ports, warm it up, then load it level by level.

    A Prometheus scrapes it meanwhile (every second), and the run's metrics are drawn into
    `report` with `make report`'s renderer: the monitoring view of a known load.
    """
    addresses = {
        key: f"http://127.0.0.1:{free_port()}"
        for key in ("inference_address", "management_address", "metrics_address")
    }
    server = open_server(run_dir, addresses)
    server.start(store)
    prometheus = None
    try:
        prometheus_port = free_port()
        prometheus = start_prometheus(
            run_dir / "prometheus", server.metrics_url, prometheus_port, scrape_interval="1s"
        )
        server.wait_ready([NAME], timeout=300)
        wait_for_scrape(f"http://127.0.0.1:{prometheus_port}")
        url = f"{server.inference_url}/predictions/{NAME}"
        key = server.keys()["inference"]
        rows = []
        started = time.time()
        for clients, rounds in plan.rounds.items():
            drive(url, key, clients, rounds=1)  # warm-up: this batch shape, caches, threads
            rows.append(drive(url, key, clients, rounds))
            print(json.dumps(rows[-1]), flush=True)
        time.sleep(3)  # the last requests' counters reach Prometheus
        minutes = (time.time() - started) / 60 + 0.5
        render(f"http://127.0.0.1:{prometheus_port}", report, minutes, window="5s")
        return rows
    finally:
        if prometheus is not None:
            prometheus.terminate()
            prometheus.wait(timeout=30)
        server.stop()


def measure_baseline(folder: Path, requests_count: int) -> list[float]:
    """The model card's usage: a text-generation pipeline, called once per request."""
    generator = pipeline("text-generation", model=str(folder), device="cpu")
    generator(PROMPTS[0], max_new_tokens=NEW_TOKENS, min_new_tokens=NEW_TOKENS)  # warm-up
    latencies = []
    for index in range(requests_count):
        sent = time.perf_counter()
        generator(
            PROMPTS[index % len(PROMPTS)],
            max_new_tokens=NEW_TOKENS,
            min_new_tokens=NEW_TOKENS,  # the same work as the served requests
            num_return_sequences=1,
        )
        latencies.append(time.perf_counter() - sent)
    return latencies


def baseline_summary(latencies: list[float]) -> dict:
    """One figure from the runs before and after serving: load drifts on a shared machine."""
    seconds = sum(latencies)
    return {
        "requests": len(latencies),
        "seconds": seconds,
        "tokens_per_s": len(latencies) * NEW_TOKENS / seconds,
        "requests_per_s": len(latencies) / seconds,
        **percentiles(latencies),
    }


def with_ratios(rows: list[dict], baseline: dict) -> list[dict]:
    for row in rows:
        row["tokens_per_s_ratio"] = row["tokens_per_s"] / baseline["tokens_per_s"]
        if "p50_s" in row:
            row["p50_ratio"] = row["p50_s"] / baseline["p50_s"]
    return rows


def verdicts(results: dict[str, list[dict]]) -> list[dict]:
    """The issue's targets, checked per backend on this run's own baseline."""
    checks = []
    for backend, rows in results.items():
        by_level = {row["concurrency"]: row for row in rows}
        for level, ratio in TARGETS.items():
            if level in by_level:
                got = by_level[level]["tokens_per_s_ratio"]
                checks.append(
                    {"backend": backend, "target": f"tokens/s at {level} clients >= {ratio}x",
                     "measured": round(got, 2), "met": got >= ratio}
                )  # fmt: skip
        if 1 in by_level and "p50_ratio" in by_level[1]:
            got = by_level[1]["p50_ratio"]
            checks.append(
                {"backend": backend, "target": f"p50 at 1 client <= {LATENCY_TARGET}x baseline",
                 "measured": round(got, 2), "met": got <= LATENCY_TARGET}
            )  # fmt: skip
    return checks


def markdown(report: dict) -> str:
    base = report["baseline"]
    lines = [
        f"# tweetbots benchmark ({'short CI mode' if report['short'] else 'GPT-2 124M'})",
        "",
        f"{report['model']}; {NEW_TOKENS} new tokens a request, 1 sequence; "
        f"{report['machine']['cpus']} CPUs; TorchServe settings: `{report['settings']}`. "
        f"Baseline measured before serving ({base['tokens_per_s_before']:.0f} tokens/s) and "
        f"after ({base['tokens_per_s_after']:.0f}); the table pools both.",
        "",
        "| backend | clients | tokens/s | × baseline | requests/s | p50 s | p90 s | p99 s "
        "| p50 × baseline | mean batch | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| baseline: `pipeline` per request | 1 | {base['tokens_per_s']:.0f} | 1.00 "
        f"| {base['requests_per_s']:.2f} | {base['p50_s']:.2f} | {base['p90_s']:.2f} "
        f"| {base['p99_s']:.2f} | 1.00 | 1 | 0 |",
    ]
    for backend, rows in report["results"].items():
        for r in rows:
            lines.append(
                f"| {backend} | {r['concurrency']} | {r['tokens_per_s']:.0f} "
                f"| {r['tokens_per_s_ratio']:.2f} | {r['requests_per_s']:.2f} "
                f"| {r.get('p50_s', float('nan')):.2f} | {r.get('p90_s', float('nan')):.2f} "
                f"| {r.get('p99_s', float('nan')):.2f} | {r.get('p50_ratio', float('nan')):.2f} "
                f"| {r['mean_batch']:.1f} | {r['errors']} |"
            )
    if not report["targets"]:
        return "\n".join([*lines, "", "The short mode checks the harness, not the targets."]) + "\n"
    lines += ["", "| target | backend | measured | met |", "| --- | --- | ---: | --- |"]
    lines += [
        f"| {c['target']} | {c['backend']} | {c['measured']} | {'yes' if c['met'] else 'NO'} |"
        for c in report["targets"]
    ]
    return "\n".join(lines) + "\n"


def plot(report: dict, target: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, (throughput, latency) = pyplot.subplots(1, 2, figsize=(11, 4.2))
    for backend, rows in report["results"].items():
        levels = [r["concurrency"] for r in rows]
        throughput.plot(levels, [r["tokens_per_s"] for r in rows], "o-", label=backend)
        latency.plot(levels, [r.get("p50_s", np.nan) for r in rows], "o-", label=backend)
    base = report["baseline"]
    throughput.axhline(base["tokens_per_s"], color="grey", ls="--", label="baseline (pipeline)")
    latency.axhline(base["p50_s"], color="grey", ls="--", label="baseline (pipeline)")
    for axis, title in ((throughput, "generated tokens/s"), (latency, "p50 latency (s)")):
        axis.set_xscale("log", base=2)
        axis.set_xlabel("concurrent clients")
        axis.set_title(title)
        axis.grid(True, alpha=0.3)
        axis.legend()
    figure.suptitle(f"tweetbots on TorchServe: {report['model']}")
    figure.tight_layout()
    figure.savefig(target, dpi=110)
    pyplot.close(figure)


def write_results(report: dict, out: Path) -> None:
    """bench.json, bench.md and bench.png, each written beside its target then renamed."""
    out.mkdir(parents=True, exist_ok=True)
    for name, write in (
        ("bench.json", lambda p: p.write_text(json.dumps(report, indent=2) + "\n")),
        ("bench.md", lambda p: p.write_text(markdown(report))),
        ("bench.png", lambda p: plot(report, p)),
    ):
        staging = out / f".{name}.tmp.{os.getpid()}{Path(name).suffix}"
        write(staging)
        staging.replace(out / name)


def run(plan: Plan, backends: list[str], out: Path, model_config: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="tweetbots-bench.") as scratch:
        work = Path(scratch)
        folder = build_model(work / "exports", plan.short)
        export = export_onnx(NAME, work / "exports", work / "data", "int8")
        settings = yaml.safe_load(model_config.read_text())
        before = measure_baseline(folder, plan.baseline_requests)
        results = {}
        for backend in backends:
            store = work / f"store-{backend}"
            build_archive(NAME, work / "exports", store, model_config, backend)
            results[backend] = serve_and_measure(
                store, work / f"serve-{backend}", plan, out / f"report-{backend}.png"
            )
            shutil.rmtree(store)
        after = measure_baseline(folder, plan.baseline_requests)
    baseline = baseline_summary(before + after) | {
        "tokens_per_s_before": NEW_TOKENS / statistics.fmean(before),
        "tokens_per_s_after": NEW_TOKENS / statistics.fmean(after),
    }
    for rows in results.values():
        with_ratios(rows, baseline)
    report = {
        "short": plan.short,
        "model": MODEL_LABELS[plan.short],
        "new_tokens": NEW_TOKENS,
        "plan": asdict(plan),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "settings": {k: v for k, v in settings.items() if k != "handler"}
        | {"threads": settings.get("handler", {}).get("threads", 0)},
        "onnx_export": export,
        "baseline": baseline,
        "results": results,
    }
    report["targets"] = [] if plan.short else verdicts(results)
    write_results(report, out)
    return report


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="CI mode: tiny model, seconds")
    parser.add_argument("--backends", default="onnx,torch", help="comma-separated: onnx,torch")
    parser.add_argument(
        "--out", type=Path, help="default bench/results, or bench/results/short with --short"
    )
    parser.add_argument("--model-config", type=Path, default=DEFAULT_MODEL_CONFIG)
    args = parser.parse_args(argv)
    out = args.out or ROOT / "bench" / "results" / ("short" if args.short else "")
    report = run(SHORT if args.short else FULL, args.backends.split(","), out, args.model_config)
    print(markdown(report))


if __name__ == "__main__":
    main()
