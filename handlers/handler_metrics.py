"""Generation metrics of the tweetbot handler, written through TorchServe's metrics API.

TorchServe's Prometheus histograms have fixed buckets (0.005-10) that fit neither seconds of
CPU generation nor batch sizes, so each histogram here is written as the three counters a
Prometheus client histogram exposes: `<name>_bucket{le}` (cumulative), `<name>_sum` and
`<name>_count`; `histogram_quantile` reads them as any histogram. Every series is declared in
monitoring/metrics.yaml (TorchServe drops undeclared metrics) and carries the model's name
and version. Every series is written once at load, so rates count the first requests too.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from ts.metrics.metric_type_enum import MetricTypes

PREFIX = "tweetbots_"
OUTCOMES = ("ok", "bad_request", "error")
# Seconds: from a small GPU batch to a large CPU one (responseTimeout is 120 s).
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120)
FIRST_TOKEN_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
PER_TOKEN_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256)


class Histogram:
    """A Prometheus histogram kept in TorchServe counters; one write per batch, not per value."""

    def __init__(self, metrics, name: str, buckets: Sequence[float], labels: list[str]) -> None:
        self.counters = {
            part: metrics.get_metric(f"{PREFIX}{name}_{part}", MetricTypes.COUNTER)
            for part in ("bucket", "sum", "count")
        }
        self.bounds = [*buckets, float("inf")]
        self.labels = labels
        self.observe([])

    def observe(self, values: Sequence[float]) -> None:
        for bound in self.bounds:
            le = "+Inf" if bound == float("inf") else f"{bound:g}"
            hits = sum(value <= bound for value in values)
            self.counters["bucket"].add_or_update(hits, [*self.labels, le])
        self.counters["sum"].add_or_update(float(sum(values)), self.labels)
        self.counters["count"].add_or_update(len(values), self.labels)


class DecodeClock:
    """Times of the decode steps of one batch: the first gives time to first token."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.steps = 0
        self.first = self.last = 0.0

    def step(self) -> None:
        """The decode loop calls it after every forward pass (the handler passes it as on_step)."""
        self.last = time.perf_counter()
        if not self.steps:
            self.first = self.last
        self.steps += 1


class BatchRecord:
    """What one call of `handle` reports when its generate call has returned."""

    def __init__(self) -> None:
        self.ok = self.bad = self.prompt_tokens = self.generated_tokens = self.rows = 0

    def generated(self, prompts: list[int], answers: list, bad: int) -> None:
        """`prompts`: prompt tokens per valid request; `answers`: their decoding.Generation."""
        self.ok, self.bad, self.prompt_tokens = len(prompts), bad, sum(prompts)
        self.rows = sum(len(answer.texts) for answer in answers)
        self.generated_tokens = sum(answer.tokens for answer in answers)


class GenerationMetrics:
    """The handler's Prometheus view: outcomes, tokens, latencies, batch sizes, load time."""

    def __init__(self, context, load_seconds: float) -> None:
        metrics = context.metrics
        version = str(context.manifest.get("model", {}).get("modelVersion", ""))
        self.labels = [context.model_name, version]
        self.clock = DecodeClock()
        self.requests = metrics.get_metric(f"{PREFIX}requests_total", MetricTypes.COUNTER)
        self.prompt_tokens = metrics.get_metric(f"{PREFIX}prompt_tokens_total", MetricTypes.COUNTER)
        self.generated_tokens = metrics.get_metric(
            f"{PREFIX}generated_tokens_total", MetricTypes.COUNTER
        )
        for outcome in OUTCOMES:
            self.requests.add_or_update(0, [*self.labels, outcome])
        self.prompt_tokens.add_or_update(0, self.labels)
        self.generated_tokens.add_or_update(0, self.labels)
        self.latency = Histogram(metrics, "request_duration_seconds", LATENCY_BUCKETS, self.labels)
        self.first_token = Histogram(
            metrics, "time_to_first_token_seconds", FIRST_TOKEN_BUCKETS, self.labels
        )
        self.per_token = Histogram(
            metrics, "time_per_output_token_seconds", PER_TOKEN_BUCKETS, self.labels
        )
        self.batch_size = Histogram(metrics, "generate_batch_size", BATCH_BUCKETS, self.labels)
        load = metrics.get_metric(f"{PREFIX}model_load_seconds", MetricTypes.GAUGE)
        load.add_or_update(load_seconds, self.labels)

    @contextmanager
    def batch(self, size: int) -> Iterator[BatchRecord]:
        """Times one batch of `size` requests; if it raises, all of them count as errors."""
        self.clock.reset()
        start = time.perf_counter()
        record = BatchRecord()
        try:
            yield record
        except Exception:
            self.requests.add_or_update(size, [*self.labels, "error"])
            self.latency.observe([time.perf_counter() - start] * size)
            raise
        self.emit(record, start, time.perf_counter())

    def emit(self, record: BatchRecord, start: float, end: float) -> None:
        self.requests.add_or_update(record.ok, [*self.labels, "ok"])
        self.requests.add_or_update(record.bad, [*self.labels, "bad_request"])
        self.prompt_tokens.add_or_update(record.prompt_tokens, self.labels)
        self.generated_tokens.add_or_update(record.generated_tokens, self.labels)
        self.latency.observe([end - start] * (record.ok + record.bad))
        clock = self.clock
        if record.rows:
            self.batch_size.observe([record.rows])
        if record.ok and clock.steps:
            self.first_token.observe([clock.first - start] * record.ok)
        if record.ok and clock.steps > 1:
            self.per_token.observe([(clock.last - clock.first) / (clock.steps - 1)] * record.ok)
