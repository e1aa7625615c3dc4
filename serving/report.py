"""A PNG of the main series for people without Grafana: tokens/s, latency, batch size.

Reads Prometheus's HTTP API over a window (default the last 30 minutes), trims it to where
requests were counted (the last run) and draws three panels with matplotlib.

Usage: python -m serving.report [--prometheus http://127.0.0.1:9090] [--minutes 30]
       [--out monitoring/report.png]
"""

from __future__ import annotations

import argparse
import time
from datetime import datetime
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: no display on servers
import matplotlib.pyplot as plt  # noqa: E402
import requests  # noqa: E402

from serving.server import ROOT  # noqa: E402

LATENCY = "tweetbots_request_duration_seconds_bucket"
PANELS = {
    "generated tokens/s": {
        "generated": "sum(rate(tweetbots_generated_tokens_total[{w}]))",
        "prompt": "sum(rate(tweetbots_prompt_tokens_total[{w}]))",
    },
    "request latency (s)": {
        f"p{q}": f"histogram_quantile(0.{q}, sum by (le) (rate({LATENCY}[{{w}}])))"
        for q in (50, 90, 99)
    },
    "sequences per generate call": {
        "mean": "sum(rate(tweetbots_generate_batch_size_sum[{w}]))"
        " / sum(rate(tweetbots_generate_batch_size_count[{w}]))",
    },
}
TRAFFIC = "sum(rate(tweetbots_requests_total[{w}])) > 0"


def query_range(prometheus: str, expr: str, start: float, end: float, step: float) -> list:
    """[(unix time, value)] of the expression's first series, or [] when it has none."""
    answer = requests.get(
        f"{prometheus}/api/v1/query_range",
        params={"query": expr, "start": start, "end": end, "step": step},
        timeout=30,
    )
    answer.raise_for_status()
    result = answer.json()["data"]["result"]
    return [(float(t), float(v)) for t, v in result[0]["values"]] if result else []


def render(prometheus: str, out: Path, minutes: float, window: str) -> Path:
    end = time.time()
    start = end - minutes * 60
    step = max(1.0, minutes * 60 / 300)
    traffic = query_range(prometheus, TRAFFIC.format(w=window), start, end, step)
    if not traffic:
        raise SystemExit(f"error: no requests counted by {prometheus} in the last {minutes} min")
    start, end = traffic[0][0] - step, traffic[-1][0] + step  # the last run's span
    figure, axes = plt.subplots(len(PANELS), 1, figsize=(10, 8), sharex=True)
    for axis, (title, series) in zip(axes, PANELS.items(), strict=True):
        for label, expr in series.items():
            points = query_range(prometheus, expr.format(w=window), start, end, step)
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
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prometheus", default="http://127.0.0.1:9090")
    parser.add_argument("--minutes", type=float, default=30.0, help="how far back to look")
    parser.add_argument("--window", default="1m", help="rate window (>= 4 scrape intervals)")
    parser.add_argument("--out", type=Path, default=ROOT / "monitoring" / "report.png")
    args = parser.parse_args(argv)
    print(f"wrote {render(args.prometheus, args.out, args.minutes, args.window)}")


if __name__ == "__main__":
    main()
