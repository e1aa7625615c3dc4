"""A PNG of the main series for people without Grafana: tokens/s, time to first token,
latency, the engine's queue and rows per step.

Reads Prometheus's HTTP API over a window (default the last 30 minutes), trims it to where
the request count changed (the last run) and draws one panel per series group with
matplotlib.

A rate needs two samples inside its window, so the rate window is never shorter than three of
the scrape intervals in Prometheus's loaded config (one scrape may be missed): a shorter
`--window` is widened, with a note. No Prometheus, or no traffic, is a one-line error.

Usage: python -m monitoring.report [--prometheus http://127.0.0.1:9090] [--minutes 30]
       [--window 1m] [--out monitoring/report.png]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from datetime import datetime
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: no display on servers
import matplotlib.pyplot as plt  # noqa: E402
import requests  # noqa: E402
import yaml  # noqa: E402

from serving.torchserve import ROOT  # noqa: E402

DEFAULT_PROMETHEUS = "http://127.0.0.1:9090"
SCRAPES_PER_WINDOW = 3  # a rate needs 2 samples in its window; 3 survive one missed scrape
DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h|d)")
UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}


def quantiles(histogram: str) -> dict[str, str]:
    """p50/p90/p99 of a tweetbots histogram, all models together."""
    bucket = f"{histogram}_bucket"
    return {
        f"p{q}": f"histogram_quantile(0.{q}, sum by (le) (rate({bucket}[{{w}}])))"
        for q in (50, 90, 99)
    }


PANELS = {
    "generated tokens/s": {
        "generated": "sum(rate(tweetbots_generated_tokens_total[{w}]))",
        "prompt": "sum(rate(tweetbots_prompt_tokens_total[{w}]))",
    },
    "time to first token from arrival (s)": quantiles("tweetbots_time_to_first_token_seconds"),
    "request latency from arrival (s)": quantiles("tweetbots_request_duration_seconds"),
    "requests in the engine": {
        "waiting": "sum(tweetbots_queue_length)",
        "running": "sum(tweetbots_running_requests)",
    },
    "rows per engine step": {
        "mean": "sum(rate(tweetbots_generate_batch_size_sum[{w}]))"
        " / sum(rate(tweetbots_generate_batch_size_count[{w}]))",
    },
}
REQUESTS = "sum(tweetbots_requests_total)"


class ReportError(Exception):
    """Why no report can be drawn, in one line."""


def get(prometheus: str, path: str, params: dict | None = None) -> dict:
    """One Prometheus API call; what goes wrong becomes a ReportError that says what to do."""
    try:
        answer = requests.get(f"{prometheus}{path}", params=params, timeout=30)
    except requests.ConnectionError:
        raise ReportError(
            f"no Prometheus answers at {prometheus}: start it with `make monitor` (beside "
            "`make serve`), or point PROMETHEUS=<url> (--prometheus) at yours"
        ) from None
    except requests.RequestException as error:
        raise ReportError(f"Prometheus at {prometheus}: {type(error).__name__}") from None
    try:
        body = answer.json()
    except ValueError:
        body = {}
    if not answer.ok or body.get("status") != "success":
        detail = body.get("error") or answer.reason
        raise ReportError(f"Prometheus at {prometheus} answered {answer.status_code}: {detail}")
    return body["data"]


def query_range(prometheus: str, expr: str, start: float, end: float, step: float) -> list:
    """[(unix time, value)] of the expression's first series, or [] when it has none."""
    params = {"query": expr, "start": start, "end": end, "step": step}
    result = get(prometheus, "/api/v1/query_range", params)["result"]
    return [(float(t), float(v)) for t, v in result[0]["values"]] if result else []


def seconds(duration: str) -> float:
    """A Prometheus duration (`15s`, `1m30s`, `500ms`) in seconds."""
    parts = DURATION.findall(duration)
    if not parts or "".join(n + u for n, u in parts) != duration:
        raise ReportError(f"not a duration: {duration!r} (use e.g. 30s, 1m, 1m30s)")
    return sum(float(number) * UNITS[unit] for number, unit in parts)


def scrape_interval(prometheus: str) -> float | None:
    """The longest scrape interval in Prometheus's loaded config (None: it scrapes nothing)."""
    config = yaml.safe_load(get(prometheus, "/api/v1/status/config")["yaml"]) or {}
    default = config.get("global", {}).get("scrape_interval", "1m")
    jobs = config.get("scrape_configs") or []
    return max((seconds(job.get("scrape_interval", default)) for job in jobs), default=None)


def rate_window(window: str, interval: float | None) -> str:
    """`window`, or SCRAPES_PER_WINDOW scrape intervals when it is shorter (with a note)."""
    if interval is None or seconds(window) >= SCRAPES_PER_WINDOW * interval:
        return window
    wider = f"{SCRAPES_PER_WINDOW * interval:g}s"
    print(
        f"note: a {window} rate window holds fewer than {SCRAPES_PER_WINDOW} scrapes "
        f"(Prometheus scrapes every {interval:g}s): using {wider}"
    )
    return wider


def traffic_span(points: list[tuple[float, float]], start: float, step: float) -> tuple | None:
    """First and last time the request count changed (a series that appears counts too)."""
    pairs = zip(points, points[1:], strict=False)
    changes = [t for (_, before), (t, now) in pairs if now != before]
    if points and points[0][0] > start + step / 2:  # the count appeared inside the range
        changes.insert(0, points[0][0])
    return (changes[0], changes[-1]) if changes else None


def render(prometheus: str, out: Path, minutes: float, window: str) -> Path:
    window = rate_window(window, scrape_interval(prometheus))
    end = time.time()
    start = end - minutes * 60
    step = max(1.0, minutes * 60 / 300)
    span = traffic_span(query_range(prometheus, REQUESTS, start, end, step), start, step)
    if span is None:
        raise ReportError(
            f"no requests counted by {prometheus} in the last {minutes:g} min: send some to "
            "the served bots (`make predict MODEL=<name>`) while `make monitor` runs"
        )
    width = seconds(window)
    start, end = span[0] - width, span[1] + width  # the last run, and a window either side
    drawn = 0
    figure, axes = plt.subplots(len(PANELS), 1, figsize=(10, 2.4 * len(PANELS)), sharex=True)
    for axis, (title, series) in zip(axes, PANELS.items(), strict=True):
        for label, expr in series.items():
            points = query_range(prometheus, expr.format(w=window), start, end, step)
            drawn += len(points) if "{w}" in expr else 0  # the rates, not the gauges
            times = [datetime.fromtimestamp(t) for t, _ in points]
            axis.plot(times, [v for _, v in points], label=label)
        axis.set_title(title, loc="left", fontsize=10)
        axis.grid(alpha=0.3)
        axis.legend(loc="upper right", fontsize=8)
    figure.suptitle(f"tweetbots, {datetime.fromtimestamp(start):%Y-%m-%d %H:%M} ({window} rates)")
    figure.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=100)
    plt.close(figure)
    if not drawn:
        print(
            "note: the requests were all counted at one scrape, and a rate needs two: send "
            f"traffic for longer than the scrape interval, or a wider --window than {window}"
        )
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prometheus", default=DEFAULT_PROMETHEUS)
    parser.add_argument("--minutes", type=float, default=30.0, help="how far back to look")
    parser.add_argument(
        "--window", default="1m", help=f"rate window (at least {SCRAPES_PER_WINDOW} scrapes)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "monitoring" / "report.png")
    args = parser.parse_args(argv)
    try:
        print(f"wrote {render(args.prometheus.rstrip('/'), args.out, args.minutes, args.window)}")
    except ReportError as error:
        print(f"error: {error}", file=sys.stderr)
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
