"""`make bench`: TorchServe under concurrent HTTP load, against the model card's own usage.

Builds a GPT-2 124M-configuration bot (random weights: the same compute as the pretrained
model; the Hub is not needed), exports it to ONNX (fp32 + int8), archives it per backend and
runs three workloads, each request streamed so the client sees its time to first token:

1. closed loop: 1, 4, 16 and 64 concurrent clients, each request exactly 40 new tokens, per
   backend (ONNX Runtime int8; torch in the dtype the engine picks here, bf16 or fp32);
2. open loop: Poisson arrivals at a stated rate, answers of 5 to 80 tokens, the same arrivals
   against continuous batching and against static batching (each TorchServe batch run to its
   end), on the best backend of workload 1;
3. the baseline, in the same run: the model card's usage, a transformers `pipeline` called
   once per request in one process (before and after serving, pooled).

After each steady level of workload 1, the same levels as bursts: every client sends 2 to 8
requests (drawn per client from a fixed seed) and stops, with no warm-up, so the ramp and the
drain are in the figure (users send bursts too; a ratio to the steady level is given).
Beside workload 1, the same requests through the OpenAI-compatible `/v1/completions` at one
level (16 clients; 4 in --short), plain and streamed, with their tokens/s as a ratio to
`/predictions/`' at that level in the same run.

Every figure is also given as a ratio to the baseline. Writes bench/results/bench.{json,md,png}
and report-<backend>.png (the run as a Prometheus beside TorchServe saw it).
`--short` is the CI mode: a tiny model, 1 and 4 clients, a few seconds of open loop.

Usage: python -m bench.run [--short] [--backends onnx,torch] [--out bench/results]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import requests
import torch
import yaml
from transformers import GenerationConfig, GPT2Config, GPT2LMHeadModel, pipeline

from bench.load import PROMPTS, burst_rounds, closed_loop, open_loop
from bench.service import (
    free_port,
    publish_adapter_bot,
    publish_full_bot,
    serving_config,
    start_service,
)
from engine.request import GENERATION_DEFAULTS
from monitoring.monitor import start_prometheus
from monitoring.report import render
from training.base_model import TINY_CONFIG, gpt2_tokenizer_offline
from training.export_onnx import export_onnx
from training.mar import DEFAULT_MODEL_CONFIG

ROOT = Path(__file__).resolve().parent.parent
NAME = "benchbot"
NEW_TOKENS = 40
MODEL_LABELS = {True: "tiny GPT-2, random weights", False: "GPT-2 124M config, random weights"}
# The targets on this 2-core CPU, against the same run's baseline.
TOKENS_TARGETS = {16: 40.0, 64: 50.0}  # tokens/s ratio at these concurrencies
LATENCY_TARGET = 0.2  # p50 at 1 client / the baseline's latency
STREAMED_TTFT_TARGET = (16, 0.15)  # streamed time to first token p50 at 16 clients, seconds
OPENAI_LEVEL = 16  # clients of the /v1/completions level (the plan's largest below it in CI)
OPENAI_TARGET = 0.95  # its tokens/s / /predictions/' at the same level, plain and streamed
OPEN_LOOP_TTFT_TARGET = 1 / 3  # continuous batching's TTFT p99 / static batching's
BURST = (2, 8)  # the bursty closed loop: each client sends this many requests, then stops
OVERLOAD = 4  # the overload workload offers this many times the best closed-loop request rate
ADAPTER, ADAPTER_BOT = "adapter", "adapterbot"  # the adapter-bot row: a LoRA bot on the same base
# Issue 22's targets, under the bursty loop, against the same run's baseline and full bot.
ADAPTER_TARGET = (0.8, (1, 16, 64))  # adapter bot's tokens/s / the full bot's, at these levels
BURSTY_LATENCY_TARGET = 0.12  # one client's p50 / the baseline's
BURSTY_TOKENS_TARGETS = {16: 34.0, 64: 48.0}  # tokens/s ratio to the baseline
# A service of one bot: the bot may have every request in flight (a bot's share only matters
# beside other bots), so 64 clients are measured against the engine, not the fairness limit.
ONE_BOT = {"max_in_flight_per_bot": 96}


@dataclass(frozen=True)
class Plan:
    short: bool
    rounds: dict[int, int]  # concurrent clients -> requests each client sends, one at a time
    baseline_requests: int  # before the served runs and again after them
    open_loop_rate: float  # requests per second
    open_loop_seconds: float
    overload_seconds: float  # arrivals at OVERLOAD x the sustainable rate, for this long


# Enough rounds per client that the first round's ramp and the last one's drain are a small part
# of each level (with 3 rounds at 16 clients, rows per step averaged 12).
FULL = Plan(
    False, {1: 8, 4: 6, 16: 6, 64: 4}, 6, open_loop_rate=6.0, open_loop_seconds=40,
    overload_seconds=15,
)  # fmt: skip
SHORT = Plan(True, {1: 2, 4: 2}, 2, open_loop_rate=4.0, open_loop_seconds=3, overload_seconds=2)


def build_model(export_dir: Path, short: bool) -> Path:
    """GPT-2 124M's configuration (or `tiny`) with random weights, GPT-2's real tokenizer."""
    torch.manual_seed(0)
    tokenizer = gpt2_tokenizer_offline()
    config = GPT2Config(**TINY_CONFIG) if short else GPT2Config()
    tokenizer.model_max_length = config.n_positions
    model = GPT2LMHeadModel(config)
    eos = tokenizer.eos_token_id
    model.generation_config = GenerationConfig(
        **{**GENERATION_DEFAULTS, "max_new_tokens": NEW_TOKENS},
        bos_token_id=eos, eos_token_id=eos, pad_token_id=eos,
    )  # fmt: skip
    folder = export_dir / NAME
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def percentiles(values: list[float]) -> dict[str, float]:
    return {f"p{q}_s": float(np.percentile(values, q)) for q in (50, 90, 99)}


def wait_for_scrape(prometheus: str, timeout: float = 60.0) -> None:
    """Until Prometheus holds a sample taken before any traffic: rates need a starting point."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        answer = requests.get(f"{prometheus}/api/v1/query", params={"query": "up == 1"}, timeout=5)
        if answer.ok and answer.json()["data"]["result"]:
            return
        time.sleep(0.5)
    raise RuntimeError(f"Prometheus at {prometheus} never scraped TorchServe")


class Served:
    """The real service (front + TorchServe) serving the bot, a Prometheus scraping it."""

    def __init__(
        self, store: Path, config: Path, run_dir: Path, watch: bool = True, bot: str = NAME
    ) -> None:
        self.bot = bot
        self.service, self.key = start_service(run_dir, store, config)
        self.metrics_url = self.service.metrics_url
        self.prometheus = None
        self.prometheus_url = ""
        try:
            if watch:
                port = free_port()
                self.prometheus = start_prometheus(
                    run_dir / "prometheus", self.metrics_url, port, scrape_interval="1s"
                )
                self.prometheus_url = f"http://127.0.0.1:{port}"
                wait_for_scrape(self.prometheus_url)
        except BaseException:
            self.close()
            raise
        self.url = f"{self.service.url}/predictions/{bot}"
        self.openai_url = f"{self.service.url}/v1/completions"
        self.started = time.time()

    def engine_info(self) -> dict[str, str]:
        text = requests.get(f"{self.metrics_url}/metrics", timeout=10).text
        for line in text.splitlines():
            if line.startswith("tweetbots_engine_info{") and float(line.rsplit(" ", 1)[1]) == 1:
                labels = line[line.index("{") + 1 : line.index("}")]
                pairs = [item.split("=", 1) for item in labels.split(",") if "=" in item]
                return {k: v.strip('"') for k, v in pairs if k in ("backend", "dtype", "device")}
        return {}

    def report(self, target: Path) -> None:
        time.sleep(3)  # the last requests' counters reach Prometheus
        minutes = (time.time() - self.started) / 60 + 0.5
        render(self.prometheus_url, target, minutes, window="5s")

    def close(self) -> None:
        if self.prometheus is not None:
            self.prometheus.terminate()
            self.prometheus.wait(timeout=30)
        self.service.stop()


def closed_loop_levels(served: Served, plan: Plan) -> list[dict]:
    """Each level with plain requests (what most clients send), then the streamed level: the
    same requests answered as NDJSON, timing the first piece of text."""
    rows = []
    streamed = STREAMED_TTFT_TARGET[0] if STREAMED_TTFT_TARGET[0] in plan.rounds else 4
    levels = [(c, r, False) for c, r in plan.rounds.items()]
    levels.append((streamed, plan.rounds.get(streamed, 2), True))
    for clients, rounds, stream in levels:
        closed_loop(served.url, served.key, clients, 1, NEW_TOKENS, stream)  # warm-up
        rows.append(closed_loop(served.url, served.key, clients, rounds, NEW_TOKENS, stream))
        print(json.dumps(rows[-1]), flush=True)
    return rows


def bursty_levels(served: Served, plan: Plan, steady: list[dict]) -> list[dict]:
    """Each level again as bursts: every client sends BURST requests (drawn per client from
    the level's seed) and stops, no warm-up, so the ramp and the drain are in the figure;
    each row's tokens/s also as a ratio to the steady level's."""
    rows = []
    for clients in plan.rounds:
        rounds = burst_rounds(clients, seed=clients, low=BURST[0], high=BURST[1])
        row = closed_loop(served.url, served.key, clients, rounds, NEW_TOKENS)
        same = next(r for r in steady if r["concurrency"] == clients and not r["stream"])
        rows.append(
            row | {"shape": "bursty", "vs_steady": row["tokens_per_s"] / same["tokens_per_s"]}
        )
        print(json.dumps(rows[-1]), flush=True)
    return rows


def openai_levels(served: Served, plan: Plan, rows: list[dict]) -> list[dict]:
    """The /v1/completions level, plain and streamed, each with its tokens/s as a ratio to the
    predictions row of the same level and kind (measured just before it, in this run)."""
    clients = max(level for level in plan.rounds if level <= OPENAI_LEVEL)
    streamed = STREAMED_TTFT_TARGET[0] if STREAMED_TTFT_TARGET[0] in plan.rounds else 4
    out = []
    for stream in (False, True):
        if stream and clients != streamed:  # no predictions row to compare with
            predictions = closed_loop(served.url, served.key, clients, plan.rounds[clients],
                                      NEW_TOKENS, stream)  # fmt: skip
        else:
            predictions = next(r for r in rows if r["concurrency"] == clients
                               and r["stream"] == stream)  # fmt: skip
        closed_loop(served.openai_url, served.key, clients, 1, NEW_TOKENS, stream, served.bot)
        row = closed_loop(
            served.openai_url,
            served.key,
            clients,
            plan.rounds[clients],
            NEW_TOKENS,
            stream,
            served.bot,
        )
        row["vs_predictions"] = row["tokens_per_s"] / predictions["tokens_per_s"]
        out.append(row)
        print(json.dumps(row), flush=True)
    return out


def overload(served: Served, closed_loop_rows: list[dict], plan: Plan) -> dict:
    """Arrivals at OVERLOAD x the best closed-loop request rate (the sustainable load), 40
    tokens each: what is answered, what is shed (503 + Retry-After) and how fast."""
    sustainable = max(r["requests_per_s"] for r in closed_loop_rows if not r["stream"])
    rate = OVERLOAD * sustainable
    result = open_loop(
        served.url, served.key, rate, plan.overload_seconds, seed=1,
        new_tokens=(NEW_TOKENS, NEW_TOKENS), stream=False,
    )  # fmt: skip
    result |= {"sustainable_requests_per_s": sustainable, "factor": OVERLOAD}
    print(json.dumps({"overload": result}), flush=True)
    return result


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


def best_backend(results: dict[str, dict]) -> str:
    """The full bot's backend with the most tokens/s at the highest concurrency."""
    full = [b for b in results if b != ADAPTER] or list(results)
    return max(full, key=lambda b: results[b]["closed_loop"][-1]["tokens_per_s"])


def check(target: str, backend: str, measured: float, met: bool) -> dict:
    return {"backend": backend, "target": target, "measured": round(measured, 3), "met": met}


def verdicts(results: dict[str, dict], open_loop_runs: dict[str, dict]) -> list[dict]:
    """The issue's targets, checked on this run's own baseline and its own static batching."""
    checks = []
    for backend, result in results.items():
        rows = result["closed_loop"]
        by_level = {row["concurrency"]: row for row in rows if not row["stream"]}
        streamed = {row["concurrency"]: row for row in rows if row["stream"]}
        for level, ratio in TOKENS_TARGETS.items():
            if level in by_level:
                got = by_level[level]["tokens_per_s_ratio"]
                checks.append(check(f"tokens/s at {level} clients >= {ratio}x", backend, got,
                                    got >= ratio))  # fmt: skip
        if 1 in by_level:
            got = by_level[1]["p50_ratio"]
            checks.append(check(f"p50 at 1 client <= {LATENCY_TARGET}x baseline", backend, got,
                                got <= LATENCY_TARGET))  # fmt: skip
        for row in result.get("openai", []):
            kind = "streamed" if row["stream"] else "plain"
            target = f"/v1/completions tokens/s at {row['concurrency']} clients ({kind})"
            got = row["vs_predictions"]
            checks.append(check(f"{target} >= {OPENAI_TARGET}x /predictions/", backend, got,
                                got >= OPENAI_TARGET))  # fmt: skip
        level, seconds = STREAMED_TTFT_TARGET
        if level in streamed:
            got = streamed[level]["ttft_p50_s"]
            checks.append(check(f"streamed TTFT p50 at {level} clients <= {seconds} s", backend,
                                got, got <= seconds))  # fmt: skip
    checks += bursty_verdicts(results)
    if {"continuous", "static"} <= set(open_loop_runs):
        cb, static = open_loop_runs["continuous"], open_loop_runs["static"]
        backend = open_loop_runs["backend"]
        got = cb["tokens_per_s"] / static["tokens_per_s"]
        checks.append(check("open loop: continuous tokens/s >= static", backend, got, got >= 1))
        got = cb["ttft_p99_s"] / static["ttft_p99_s"]
        checks.append(check(f"open loop: continuous TTFT p99 <= {OPEN_LOOP_TTFT_TARGET:.2f}x "
                            "static", backend, got, got <= OPEN_LOOP_TTFT_TARGET))  # fmt: skip
    return checks


def bursty_verdicts(results: dict[str, dict]) -> list[dict]:
    """Issue 22's targets: under the bursty loop, the full bot's (best backend's) one-client
    latency and 16/64-client throughput against the baseline, the adapter bot's tokens/s
    against the full bot's."""
    checks = []
    full = best_backend(results)
    by_level = {row["concurrency"]: row for row in results[full].get("bursty", [])}
    if 1 in by_level:
        got = by_level[1]["p50_ratio"]
        checks.append(check(f"bursty: p50 at 1 client <= {BURSTY_LATENCY_TARGET}x baseline",
                            full, got, got <= BURSTY_LATENCY_TARGET))  # fmt: skip
    for level, ratio in BURSTY_TOKENS_TARGETS.items():
        if level in by_level:
            got = by_level[level]["tokens_per_s_ratio"]
            checks.append(check(f"bursty: tokens/s at {level} clients >= {ratio}x baseline",
                                full, got, got >= ratio))  # fmt: skip
    adapter = {row["concurrency"]: row for row in results.get(ADAPTER, {}).get("bursty", [])}
    share, levels = ADAPTER_TARGET
    for level in levels:
        if level in adapter and level in by_level:
            got = adapter[level]["tokens_per_s"] / by_level[level]["tokens_per_s"]
            target = f"bursty: adapter bot tokens/s at {level} clients >= {share}x the full bot's"
            checks.append(check(target, ADAPTER, got, got >= share))
    return checks


def cell(row: dict, key: str, digits: int = 2) -> str:
    return f"{row[key]:.{digits}f}" if key in row else "n/a"


def markdown(report: dict) -> str:
    base = report["baseline"]
    lines = [
        f"# tweetbots benchmark ({'short CI mode' if report['short'] else 'GPT-2 124M'})",
        "",
        f"{report['model']}; {report['machine']['cpus']} CPUs; TorchServe settings: "
        f"`{report['settings']}`. Requests go through the nginx front with an API key; the "
        f"closed loop sends plain requests, then streamed ones at one level (`streamed`: "
        f"time to first token is the first NDJSON line); the open loop streams. Baseline "
        f"(the model card's `pipeline`, "
        f"one request at a time) measured before serving "
        f"({base['tokens_per_s_before']:.0f} tokens/s) and after "
        f"({base['tokens_per_s_after']:.0f}); the tables pool both.",
        "",
        f"## Closed loop: {NEW_TOKENS} new tokens a request",
        "",
        "| backend | clients | tokens/s | × baseline | requests/s | TTFT p50 s | TTFT p99 s "
        "| p50 s | p99 s | p50 × baseline | mean batch | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| baseline: `pipeline` per request | 1 | {base['tokens_per_s']:.0f} | 1.00 "
        f"| {base['requests_per_s']:.2f} | n/a | n/a | {base['p50_s']:.2f} | {base['p99_s']:.2f} "
        f"| 1.00 | 1 | 0 |",
    ]
    for backend, result in report["results"].items():
        label = f"{backend} ({result['engine'].get('dtype', '?')})"
        for r in result["closed_loop"]:
            clients = f"{r['concurrency']} streamed" if r["stream"] else r["concurrency"]
            lines.append(
                f"| {label} | {clients} | {r['tokens_per_s']:.0f} "
                f"| {r['tokens_per_s_ratio']:.2f} | {r['requests_per_s']:.2f} "
                f"| {cell(r, 'ttft_p50_s')} | {cell(r, 'ttft_p99_s')} | {cell(r, 'p50_s')} "
                f"| {cell(r, 'p99_s')} | {cell(r, 'p50_ratio')} | {r['mean_batch']:.1f} "
                f"| {r['errors']} |"
            )
    lines += [
        "",
        f"## Bursty closed loop: each client sends {BURST[0]} to {BURST[1]} requests, then stops",
        "",
        "No warm-up: each level's ramp and drain are in its figures.",
        "",
        "| backend | clients | requests | tokens/s | × baseline | × steady | p50 s | p99 s "
        "| p50 × baseline | mean batch | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for backend, result in report["results"].items():
        for r in result.get("bursty", []):
            lines.append(
                f"| {backend} | {r['concurrency']} | {r['requests']} | {r['tokens_per_s']:.0f} "
                f"| {r['tokens_per_s_ratio']:.2f} | {r['vs_steady']:.2f} | {cell(r, 'p50_s')} "
                f"| {cell(r, 'p99_s')} | {cell(r, 'p50_ratio')} | {r['mean_batch']:.1f} "
                f"| {r['errors']} |"
            )
    lines += [
        "",
        "## The same requests through /v1/completions (the OpenAI-compatible API)",
        "",
        "| backend | clients | tokens/s | × /predictions/ | TTFT p50 s | p50 s | p99 s | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for backend, result in report["results"].items():
        for r in result.get("openai", []):
            clients = f"{r['concurrency']} streamed" if r["stream"] else r["concurrency"]
            lines.append(
                f"| {backend} | {clients} | {r['tokens_per_s']:.0f} | {r['vs_predictions']:.2f} "
                f"| {cell(r, 'ttft_p50_s')} | {cell(r, 'p50_s')} | {cell(r, 'p99_s')} "
                f"| {r['errors']} |"
            )
    runs = report["open_loop"]
    if {"continuous", "static"} <= set(runs):
        lines += [
            "",
            f"## Open loop: Poisson arrivals at {runs['continuous']['rate']:g} requests/s for "
            f"{runs['continuous']['offered_seconds']:g} s, 5 to 80 new tokens each "
            f"({runs['backend']})",
            "",
            "| batching | requests | tokens/s | × baseline | TTFT p50 s | TTFT p99 s | p50 s "
            "| p99 s | errors |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for mode in ("continuous", "static"):
            r = runs[mode]
            lines.append(
                f"| {mode} | {r['requests']} | {r['tokens_per_s']:.0f} "
                f"| {r['tokens_per_s_ratio']:.2f} | {cell(r, 'ttft_p50_s')} "
                f"| {cell(r, 'ttft_p99_s')} | {cell(r, 'p50_s')} | {cell(r, 'p99_s')} "
                f"| {r['errors']} |"
            )
    if "overload" in runs:
        lines += overload_lines(runs["overload"], runs["backend"])
    if not report["targets"]:
        return "\n".join([*lines, "", "The short mode checks the harness, not the targets."]) + "\n"
    lines += ["", "| target | backend | measured | met |", "| --- | --- | ---: | --- |"]
    lines += [
        f"| {c['target']} | {c['backend']} | {c['measured']} | {'yes' if c['met'] else 'NO'} |"
        for c in report["targets"]
    ]
    return "\n".join(lines) + "\n"


def overload_lines(r: dict, backend: str) -> list[str]:
    shed = r["refused"].get("503", 0)
    others = {k: v for k, v in r["refused"].items() if k != "503"}
    return [
        "",
        f"## Overload: {r['factor']}x the sustainable rate ({backend}, continuous batching)",
        "",
        f"Poisson arrivals at {r['rate']:.1f} requests/s ({r['factor']} x "
        f"{r['sustainable_requests_per_s']:.1f}, the best closed-loop rate) for "
        f"{r['offered_seconds']:g} s, {NEW_TOKENS} new tokens each, plain JSON.",
        "",
        "| arrivals | answered | answered p50 s | answered p99 s | shed (503) "
        "| with Retry-After | shed p50 s | shed p99 s | other answers |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        f"| {r['arrivals']} | {r['requests']} | {cell(r, 'p50_s')} | {cell(r, 'p99_s')} "
        f"| {shed} | {r['refused_with_retry_after']} | {cell(r, 'refused_p50_s', 3)} "
        f"| {cell(r, 'refused_p99_s', 3)} | {others or 'none'} |",
    ]


def plot(report: dict, target: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, (throughput, latency, opened) = pyplot.subplots(1, 3, figsize=(15, 4.2))
    for backend, result in report["results"].items():
        rows = [r for r in result["closed_loop"] if not r["stream"]]
        streamed = [r for r in result["closed_loop"] if r["stream"]]
        levels = [r["concurrency"] for r in rows]
        throughput.plot(levels, [r["tokens_per_s"] for r in rows], "o-", label=backend)
        latency.plot(levels, [r.get("p50_s", np.nan) for r in rows], "o-", label=f"{backend} p50")
        latency.plot([r["concurrency"] for r in streamed], [r["ttft_p50_s"] for r in streamed],
                     "x", label=f"{backend} streamed TTFT p50")  # fmt: skip
    base = report["baseline"]
    throughput.axhline(base["tokens_per_s"], color="grey", ls="--", label="baseline (pipeline)")
    latency.axhline(base["p50_s"], color="grey", ls="--", label="baseline p50")
    for axis, title in ((throughput, "generated tokens/s"), (latency, "seconds")):
        axis.set_xscale("log", base=2)
        axis.set_xlabel("concurrent clients")
        axis.set_title(title)
        axis.grid(True, alpha=0.3)
        axis.legend(fontsize=8)
    runs = report["open_loop"]
    modes = [m for m in ("continuous", "static") if m in runs]
    keys = ["ttft_p50_s", "ttft_p99_s", "p50_s", "p99_s"]
    for offset, mode in enumerate(modes):
        values = [runs[mode].get(k, np.nan) for k in keys]
        opened.bar(np.arange(len(keys)) + offset * 0.4, values, 0.4, label=mode)
    opened.set_xticks(np.arange(len(keys)) + 0.2, ["TTFT p50", "TTFT p99", "p50", "p99"])
    opened.set_title("open loop: seconds (lower is better)")
    opened.legend(fontsize=8)
    figure.suptitle(f"tweetbots on TorchServe: {report['model']}")
    figure.tight_layout()
    figure.savefig(target, dpi=110)
    pyplot.close(figure)


def write_report(report: dict, out: Path, stem: str, markdown_of, plot_to) -> None:
    """`<stem>.json`, `<stem>.md` (markdown_of(report)) and `<stem>.png` (plot_to(report,
    path)), each written beside its target, then renamed into place."""
    out.mkdir(parents=True, exist_ok=True)
    for name, write in (
        (f"{stem}.json", lambda p: p.write_text(json.dumps(report, indent=2) + "\n")),
        (f"{stem}.md", lambda p: p.write_text(markdown_of(report))),
        (f"{stem}.png", lambda p: plot_to(report, p)),
    ):
        staging = out / f".{name}.tmp.{os.getpid()}{Path(name).suffix}"
        write(staging)
        staging.replace(out / name)


def write_results(report: dict, out: Path) -> None:
    """bench.json, bench.md and bench.png."""
    write_report(report, out, "bench", markdown, plot)


def run(plan: Plan, backends: list[str], out: Path, model_config: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="tweetbots-bench.") as scratch:
        work = Path(scratch)
        folder = build_model(work / "exports", plan.short)
        export = export_onnx(NAME, work / "exports", work / "data", "int8")
        settings = yaml.safe_load(model_config.read_text())
        before = measure_baseline(folder, plan.baseline_requests)
        store = work / "bots"
        publish_full_bot(NAME, folder, store)
        if ADAPTER in backends:
            publish_adapter_bot(ADAPTER_BOT, folder, store)
        results: dict[str, dict] = {}
        for backend in backends:
            handler = (
                {"adapter_backend": "auto"} if backend == ADAPTER else {"full_backend": backend}
            )
            config = serving_config(model_config, work / f"{backend}.yaml",
                                    handler={**handler, **ONE_BOT})  # fmt: skip
            bot = ADAPTER_BOT if backend == ADAPTER else NAME
            served = Served(store, config, work / f"serve-{backend}", bot=bot)
            try:
                rows = closed_loop_levels(served, plan)
                results[backend] = {"engine": served.engine_info(), "closed_loop": rows,
                                    "bursty": bursty_levels(served, plan, rows),
                                    "openai": openai_levels(served, plan, rows)}  # fmt: skip
                served.report(out / f"report-{backend}.png")
            finally:
                served.close()
        best = best_backend(results)
        open_loop_runs: dict = {"backend": best}
        configs = {  # static: each TorchServe batch runs to its end (round 1's setting)
            "continuous": {},
            "static": {"continuousBatching": False, "maxBatchDelay": 50},
        }
        for mode, changes in configs.items():
            handler = {"full_backend": best, **ONE_BOT}
            config = serving_config(model_config, work / f"{mode}.yaml", handler=handler, **changes)
            served = Served(store, config, work / f"serve-{mode}", watch=False)
            try:
                closed_loop(served.url, served.key, 4, 1, NEW_TOKENS)  # warm-up
                open_loop_runs[mode] = open_loop(
                    served.url, served.key, plan.open_loop_rate, plan.open_loop_seconds
                )
                print(json.dumps({mode: open_loop_runs[mode]}), flush=True)
                if mode == "continuous":
                    sustainable = results[open_loop_runs["backend"]]["closed_loop"]
                    open_loop_runs["overload"] = overload(served, sustainable, plan)
            finally:
                served.close()
        after = measure_baseline(folder, plan.baseline_requests)
    baseline = baseline_summary(before + after) | {
        "tokens_per_s_before": NEW_TOKENS / statistics.fmean(before),
        "tokens_per_s_after": NEW_TOKENS / statistics.fmean(after),
    }
    for result in results.values():
        with_ratios(result["closed_loop"], baseline)
        with_ratios(result["bursty"], baseline)
        with_ratios(result["openai"], baseline)
    with_ratios([open_loop_runs[m] for m in ("continuous", "static")], baseline)
    report = {
        "short": plan.short,
        "model": MODEL_LABELS[plan.short],
        "new_tokens": NEW_TOKENS,
        "plan": asdict(plan),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "settings": {k: v for k, v in settings.items() if k != "handler"}
        | {"handler": settings.get("handler", {})},
        "onnx_export": export,
        "baseline": baseline,
        "results": results,
        "open_loop": open_loop_runs,
    }
    report["targets"] = [] if plan.short else verdicts(results, open_loop_runs)
    write_results(report, out)
    return report


def bench_parser(description: str, short_help: str) -> argparse.ArgumentParser:
    """The options every benchmark takes: --short, --out, --model-config."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--short", action="store_true", help=short_help)
    parser.add_argument(
        "--out", type=Path, help="default bench/results, or bench/results/short with --short"
    )
    parser.add_argument("--model-config", type=Path, default=DEFAULT_MODEL_CONFIG)
    return parser


def results_dir(args: argparse.Namespace) -> Path:
    return args.out or ROOT / "bench" / "results" / ("short" if args.short else "")


def main(argv: list[str] | None = None) -> None:
    parser = bench_parser(__doc__.splitlines()[0], "CI mode: tiny model, seconds")
    parser.add_argument(
        "--backends",
        default=f"onnx,torch,{ADAPTER}",
        help=f"comma-separated: onnx and torch (the full bot), {ADAPTER} (an adapter bot)",
    )
    args = parser.parse_args(argv)
    out = results_dir(args)
    report = run(SHORT if args.short else FULL, args.backends.split(","), out, args.model_config)
    print(markdown(report))


if __name__ == "__main__":
    main()
