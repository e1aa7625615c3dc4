"""Load generators for `make bench`: closed-loop clients and open-loop Poisson arrivals.

A streamed request (`"stream": true`) yields its time to first token (the first NDJSON line,
or Server-Sent Event on /v1/) as well as its latency (the final line); a plain one its latency
(the JSON answer). Both are measured by the client over real HTTP, queueing included. A
request goes to the predictions API, or with `model` set to the OpenAI-compatible
`/v1/completions` (the same sampling, in OpenAI's names).
"""

from __future__ import annotations

import json
import random
import statistics
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import requests

from engine.contract import request_body

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


def body(index: int, new_tokens: int, stream: bool = True, model: str = "") -> dict:
    """A predictions request of exactly `new_tokens` tokens (no stop at a newline, so tokens/s
    counts true work), in the request contract's names (engine/contract.py); with `model`, the
    same request for /v1/completions (`ignore_eos` is OpenAI's `stop_at_newline: false`)."""
    if model:
        return {"model": model, "prompt": PROMPTS[index % len(PROMPTS)], "seed": index,
                "max_tokens": new_tokens, "ignore_eos": True, "stream": stream}  # fmt: skip
    return request_body(
        PROMPTS[index % len(PROMPTS)], 1, max_new_tokens=new_tokens, seed=index,
        stop_at_newline=False, stream=stream,
    )  # fmt: skip


def answered(lines: list, openai: bool) -> bool:
    """The answer ended as its API ends one: the pipeline's list, or OpenAI's [DONE]/choices."""
    if openai:
        return bool(lines) and (lines[-1] == "[DONE]" or "choices" in lines[-1])
    return bool(lines) and isinstance(lines[-1], list)


@dataclass
class Timings:
    """What the clients of one run saw."""

    latencies: list[float] = field(default_factory=list)
    first_tokens: list[float] = field(default_factory=list)
    tokens: int = 0
    batches: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # answers other than 200: (status, seconds to the answer, whether it had Retry-After)
    refused: list[tuple[int, float, bool]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def summary(self, seconds: float) -> dict:
        def pct(values: list[float], prefix: str) -> dict:
            if not values:
                return {}
            return {f"{prefix}p{q}_s": float(np.percentile(values, q)) for q in (50, 90, 99)}

        return {
            "requests": len(self.latencies),
            "errors": len(self.errors),
            "error_samples": self.errors[:3],
            "seconds": seconds,
            "tokens_per_s": self.tokens / seconds,
            "requests_per_s": len(self.latencies) / seconds,
            "mean_batch": statistics.fmean(self.batches) if self.batches else 0.0,
            **pct(self.latencies, ""),
            **pct(self.first_tokens, "ttft_"),
            "refused": {
                str(status): sum(1 for s, _, _ in self.refused if s == status)
                for status in sorted({s for s, _, _ in self.refused})
            },
            "refused_with_retry_after": sum(1 for *_, retry in self.refused if retry),
            **pct([seconds for _, seconds, _ in self.refused], "refused_"),
        }


def send(session: requests.Session, url: str, request: dict, timings: Timings) -> None:
    """One request; its latency, tokens (and, streamed, time to first line) go into `timings`."""
    sent = time.perf_counter()
    first = None
    try:
        with session.post(url, json=request, timeout=600, stream=request["stream"]) as answer:
            if answer.status_code != 200:
                text = answer.text[:200]
                with timings.lock:
                    timings.refused.append(
                        (answer.status_code, time.perf_counter() - sent,
                         "Retry-After" in answer.headers)
                    )  # fmt: skip
                raise RuntimeError(f"HTTP {answer.status_code}: {text}")
            openai = "model" in request
            if request["stream"]:
                lines = []
                for line in answer.iter_lines():
                    if not line:  # the blank line after each Server-Sent Event
                        continue
                    first = first or time.perf_counter()
                    data = line.removeprefix(b"data: ") if openai else line
                    lines.append("[DONE]" if data == b"[DONE]" else json.loads(data))
            else:
                lines = [answer.json()]
            batch = int(answer.headers.get("X-Batch-Size", 0))
        if not answered(lines, openai):
            raise RuntimeError(f"no final answer line: {lines[-1:]}")
    except (requests.RequestException, RuntimeError, ValueError) as error:
        with timings.lock:
            timings.errors.append(f"{type(error).__name__}: {error}"[:300])
        return
    done = time.perf_counter()
    with timings.lock:
        timings.latencies.append(done - sent)
        if first is not None:
            timings.first_tokens.append(first - sent)
        timings.tokens += request.get("max_new_tokens") or request["max_tokens"]
        timings.batches.append(batch)


def session_for(key: str) -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {key}"
    return session


def burst_rounds(clients: int, seed: int, low: int = 2, high: int = 8) -> list[int]:
    """Each client's burst: `low` to `high` requests, drawn from `seed` alone (the same load
    for every system measured)."""
    chance = random.Random(f"burst:{seed}")
    return [chance.randint(low, high) for _ in range(clients)]


def closed_loop(
    url: str | Sequence[str],
    key: str,
    clients: int,
    rounds: int | Sequence[int],
    new_tokens: int,
    stream: bool = False,
    model: str = "",
) -> dict:
    """`clients` closed-loop clients, each sending `rounds` requests one after another (or
    `rounds[n]` for client n: bursts of different lengths, so the level ramps up and drains
    as real bursts do); with a list of URLs, client n sends to `url[n]` (e.g. each client to a
    bot of its own); with `model`, OpenAI requests for that bot (`url`: the front's
    /v1/completions)."""
    urls = [url] * clients if isinstance(url, str) else list(url)
    if len(urls) != clients:
        raise ValueError(f"{clients} clients need {clients} URLs, not {len(urls)}")
    counts = [rounds] * clients if isinstance(rounds, int) else list(rounds)
    if len(counts) != clients:
        raise ValueError(f"{clients} clients need {clients} round counts, not {len(counts)}")
    first = [sum(counts[:n]) for n in range(clients)]  # each request its own prompt and seed
    timings = Timings()
    gate = threading.Barrier(clients + 1)

    def client(number: int) -> None:
        session = session_for(key)
        gate.wait()
        for turn in range(counts[number]):
            request = body(first[number] + turn, new_tokens, stream, model)
            send(session, urls[number], request, timings)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    gate.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    api = "openai" if model else "predictions"
    return {"concurrency": clients, "stream": stream, "api": api, **timings.summary(seconds)}


def open_loop(
    url: str,
    key: str,
    rate: float,
    seconds: float,
    seed: int = 0,
    new_tokens: tuple[int, int] = (5, 80),
    stream: bool = True,
) -> dict:
    """Poisson arrivals at `rate` requests/s for `seconds`, each asking for `new_tokens[0]` to
    `new_tokens[1]` tokens.

    The arrival times and lengths depend only on `seed`, so two servers get the same load.
    Tokens/s is the tokens answered over the time from the first arrival to the last answer.
    """
    chance = random.Random(seed)
    arrivals, at = [], chance.expovariate(rate)
    while at < seconds:
        arrivals.append((at, chance.randint(*new_tokens)))
        at += chance.expovariate(rate)
    timings = Timings()
    threads = []
    started = time.perf_counter()
    for index, (offset, length) in enumerate(arrivals):
        time.sleep(max(0.0, started + offset - time.perf_counter()))
        thread = threading.Thread(
            target=send, args=(session_for(key), url, body(index, length, stream), timings)
        )
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    summary = timings.summary(elapsed)
    return {"rate": rate, "arrivals": len(arrivals), "offered_seconds": seconds, **summary}
