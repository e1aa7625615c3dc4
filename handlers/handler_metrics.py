"""Engine metrics of the tweetbot handler, written through TorchServe's metrics API.

TorchServe's Prometheus histograms have fixed buckets (0.005-10) that fit neither seconds of
CPU generation nor batch sizes, so each histogram here is written as the three counters a
Prometheus client histogram exposes: `<name>_bucket{le}` (cumulative), `<name>_sum` and
`<name>_count`; `histogram_quantile` reads them as any histogram. Every series is declared in
monitoring/metrics.yaml (TorchServe drops undeclared metrics) and carries the model's name
and version, and is written once at load so rates count the first requests too.

Every write is a log line the frontend parses, so observations are kept here and written at
most once a second while the engine is busy, and at once when it falls idle.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence

from ts.metrics.metric_type_enum import MetricTypes

from engine.multiplex import adapter_lists
from engine.telemetry import APIS, OUTCOMES

PREFIX = "tweetbots_"
# Seconds: from a small GPU batch to a large CPU one.
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300)
FIRST_TOKEN_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
PER_TOKEN_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1)
ROWS_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256)
FLUSH_SECONDS = 1.0
TOP_BOTS = 20  # bots with a series of their own; the rest are counted as bot="other"
RESIDENCY = {  # engine.multiplex.Bots.residency() key -> (metric, kind)
    "adapters": ("resident_adapters", MetricTypes.GAUGE),
    "adapter_bytes": ("resident_adapter_bytes", MetricTypes.GAUGE),
    "adapter_loads": ("adapter_loads_total", MetricTypes.COUNTER),
    "adapter_evictions": ("adapter_evictions_total", MetricTypes.COUNTER),
    "full_bots": ("resident_full_bots", MetricTypes.GAUGE),
    "full_bytes": ("resident_full_bot_bytes", MetricTypes.GAUGE),
    "full_loads": ("full_bot_loads_total", MetricTypes.COUNTER),
    "full_evictions": ("full_bot_evictions_total", MetricTypes.COUNTER),
}


class Histogram:
    """A Prometheus histogram kept in TorchServe counters; observations are buffered."""

    def __init__(self, metrics, name: str, buckets: Sequence[float], labels: list[str]) -> None:
        self.counters = {
            part: metrics.get_metric(f"{PREFIX}{name}_{part}", MetricTypes.COUNTER)
            for part in ("bucket", "sum", "count")
        }
        self.bounds = [*buckets, float("inf")]
        self.labels = labels
        self.values: list[float] = []
        self.flush(force=True)

    def observe(self, *values: float) -> None:
        self.values.extend(values)

    def flush(self, force: bool = False) -> None:
        if not self.values and not force:
            return
        values, self.values = self.values, []
        for bound in self.bounds:
            le = "+Inf" if bound == float("inf") else f"{bound:g}"
            self.counters["bucket"].add_or_update(
                sum(v <= bound for v in values), [*self.labels, le]
            )
        self.counters["sum"].add_or_update(float(sum(values)), self.labels)
        self.counters["count"].add_or_update(len(values), self.labels)


class BusiestBots:
    """Per-bot counters with bounded cardinality: the busiest TOP_BOTS bots by requests get a
    `bot` label of their own, every other bot counts as `other`."""

    def __init__(self, metrics, labels: list[str]) -> None:
        self.requests = metrics.get_metric(f"{PREFIX}bot_requests_total", MetricTypes.COUNTER)
        self.tokens = metrics.get_metric(f"{PREFIX}bot_generated_tokens_total", MetricTypes.COUNTER)
        self.labels = labels
        self.total: Counter[str] = Counter()  # requests per bot since load
        self.pending: dict[str, list[int]] = {}  # bot -> [requests, tokens] not yet written
        self.named: set[str] = set()

    def add(self, bot: str, requests: int, tokens: int) -> None:
        self.total[bot] += requests
        counts = self.pending.setdefault(bot, [0, 0])
        counts[0] += requests
        counts[1] += tokens

    def flush(self) -> None:
        self.named = {bot for bot, _ in self.total.most_common(TOP_BOTS)}
        merged: dict[str, list[int]] = {}
        for bot, (requests, tokens) in self.pending.items():
            label = bot if bot in self.named else "other"
            counts = merged.setdefault(label, [0, 0])
            counts[0] += requests
            counts[1] += tokens
        for label, (requests, tokens) in merged.items():
            self.requests.add_or_update(requests, [*self.labels, label])
            self.tokens.add_or_update(tokens, [*self.labels, label])
        self.pending.clear()


class EngineMetrics:
    """The handler's Prometheus view of the driver (engine.telemetry): outcomes, tokens,
    latencies, rows per step, queue, residency. Written at most once a second while the
    engines are busy, and at once when they fall idle."""

    def __init__(self, context, load_seconds: float) -> None:
        metrics = context.metrics
        version = str(context.manifest.get("model", {}).get("modelVersion", ""))
        self.labels = [context.model_name, version]
        self.last_flush = time.monotonic()
        self.requests = metrics.get_metric(f"{PREFIX}requests_total", MetricTypes.COUNTER)
        self.counters = {
            kind: metrics.get_metric(f"{PREFIX}{kind}_tokens_total", MetricTypes.COUNTER)
            for kind in ("prompt", "generated")
        }
        for outcome in OUTCOMES:
            self.requests.add_or_update(0, [*self.labels, outcome])
        for counter in self.counters.values():
            counter.add_or_update(0, self.labels)
        self.latency = Histogram(metrics, "request_duration_seconds", LATENCY_BUCKETS, self.labels)
        self.first_token = Histogram(
            metrics, "time_to_first_token_seconds", FIRST_TOKEN_BUCKETS, self.labels
        )
        self.per_token = Histogram(
            metrics, "time_per_output_token_seconds", PER_TOKEN_BUCKETS, self.labels
        )
        self.rows = Histogram(metrics, "generate_batch_size", ROWS_BUCKETS, self.labels)
        self.gauges = {
            name: metrics.get_metric(f"{PREFIX}{name}", MetricTypes.GAUGE)
            for name in ("queue_length", "running_requests")
        }
        load = metrics.get_metric(f"{PREFIX}model_load_seconds", MetricTypes.GAUGE)
        load.add_or_update(load_seconds, self.labels)
        # +1 per worker that loaded: a rise after the first is a restart (crash, OOM or timeout
        # kill), whose in-flight requests TorchServe failed without the handler counting them.
        starts = metrics.get_metric(f"{PREFIX}worker_starts_total", MetricTypes.COUNTER)
        starts.add_or_update(1, self.labels)
        self.engine_info = metrics.get_metric(f"{PREFIX}engine_info", MetricTypes.GAUGE)
        self.engine_kinds: set[tuple[str, str, str]] = set()  # (backend, dtype, device) shown
        self.bots = BusiestBots(metrics, self.labels)
        self.residency = {
            key: metrics.get_metric(f"{PREFIX}{name}", kind)
            for key, (name, kind) in RESIDENCY.items()
        }
        self.written: dict[str, float] = {}  # counters' values already written
        self.api_requests = metrics.get_metric(f"{PREFIX}api_requests_total", MetricTypes.COUNTER)
        for api in APIS:
            self.api_requests.add_or_update(0, [*self.labels, api])
        self.lora_info = metrics.get_metric(f"{PREFIX}lora_requests_info", MetricTypes.GAUGE)
        self.lora_shown: tuple | None = None
        self.set_load(0, 0)
        self.set_residency({key: 0 for key in RESIDENCY})

    def set_load(self, waiting: int, running: int) -> None:
        self.gauges["queue_length"].add_or_update(waiting, self.labels)
        self.gauges["running_requests"].add_or_update(running, self.labels)

    def set_residency(self, residency: dict[str, float]) -> None:
        """Resident adapters and full bots (gauges); loads and evictions (counters, by delta)."""
        for key, value in residency.items():
            if key not in RESIDENCY:
                continue
            if RESIDENCY[key][1] == MetricTypes.COUNTER:
                delta = value - self.written.get(key, 0)
                if key in self.written and not delta:
                    continue
                self.written[key], value = value, delta
            self.residency[key].add_or_update(value, self.labels)

    def flush(self, driver, *, force: bool = False) -> None:
        """Write what the driver observed, at most once a second unless it just fell idle."""
        now = time.monotonic()
        idle = not driver.has_unfinished()
        if not (idle or force) and now - self.last_flush < FLUSH_SECONDS:
            return
        self.last_flush = now
        seen = driver.telemetry.drain()
        for outcome, count in seen.outcomes.items():
            if count:
                self.requests.add_or_update(count, [*self.labels, outcome])
        for kind, count in (("prompt", seen.prompt_tokens), ("generated", seen.generated_tokens)):
            if count:
                self.counters[kind].add_or_update(count, self.labels)
        for histogram, values in (
            (self.latency, seen.latency),
            (self.first_token, seen.first_token),
            (self.per_token, seen.per_token),
            (self.rows, seen.rows),
        ):
            histogram.observe(*values)
            histogram.flush()
        for api, count in seen.api_requests.items():
            self.api_requests.add_or_update(count, [*self.labels, api])
        for bot, requests in seen.bot_requests.items():
            self.bots.add(bot, requests, seen.bot_tokens[bot])
        self.bots.flush()
        self.set_load(*driver.load())
        self.set_residency(driver.bots.residency())
        self.set_engines(driver.bots.engines())
        self.set_lora_info(adapter_lists(driver.bots))

    def set_lora_info(self, lists: dict) -> None:
        """tweetbots_lora_requests_info, as vLLM's lora_requests_info: the bots whose adapters
        run, wait and are resident as labels (joined with ";", "-" for none: TorchServe's
        metric lines cannot carry commas or empty values), the value the time of the change
        (a reader takes the newest series). Written when the lists change."""
        names = (";".join(lists[key]) or "-" for key in ("running", "waiting", "resident"))
        shown = (*names, str(lists["max_lora"]))
        if shown != self.lora_shown:
            self.lora_shown = shown
            self.lora_info.add_or_update(time.time(), [*self.labels, *shown])

    def set_engines(self, engines) -> None:
        """tweetbots_engine_info{backend, dtype, device}: 1 for each kind of engine in memory
        (a full bot on ONNX Runtime int8, a base on torch bf16, ...), 0 once none is left."""
        kinds = {(type(e.backend).__name__, str(e.backend.dtype).replace("torch.", ""),
                  str(e.backend.device)) for e in engines}  # fmt: skip
        for kind in kinds | self.engine_kinds:
            self.engine_info.add_or_update(int(kind in kinds), [*self.labels, *kind])
        self.engine_kinds |= kinds
