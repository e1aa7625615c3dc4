"""The monitoring files proven on real parts: a real Prometheus scraping a real TorchServe.

TorchServe (conftest's `served` fixture: a tiny bot, token authorization on, free loopback
ports) gets known ok and bad requests; Prometheus scrapes it every second. Then every PromQL
expression of the dashboard and of the alert rules is evaluated through Prometheus's HTTP API.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
import threading
import time

import pytest
import requests
import yaml
from conftest import MODEL, free_port, predict

from serving.monitor import GRAFANA, MONITORING, start_prometheus
from serving.report import render, scrape_interval

pytestmark = pytest.mark.e2e
OK_BODIES = [{"text": f"I like {i}", "seed": i, "num_return_sequences": 2} for i in range(4)]
BAD_BODIES = [{"text": ""}, {"text": "hi", "num_return_sequences": 0}, {"text": "hi", "top_k": "x"}]
DASHBOARD = json.loads((GRAFANA / "dashboards" / "tweetbots.json").read_text())
RULES = yaml.safe_load((MONITORING / "alerts.yml").read_text())


def query(prometheus: str, expr: str, at: float) -> list[dict]:
    """An instant query's result; an error from Prometheus fails the test with its message."""
    answer = requests.get(
        f"{prometheus}/api/v1/query", params={"query": expr, "time": at}, timeout=10
    )
    body = answer.json()
    assert answer.ok and body["status"] == "success", f"{expr}: {body.get('error')}"
    return body["data"]["result"]


def wait_until(prometheus: str, expr: str, expected: float) -> None:
    """Poll until Prometheus has scraped the value `expected` for `expr` (30 s at most)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        result = query(prometheus, expr, time.time())
        if result and float(result[0]["value"][1]) == expected:
            return
        time.sleep(0.5)
    raise AssertionError(f"Prometheus never saw {expr} == {expected}")


@pytest.fixture(scope="module")
def watched(served, tmp_path_factory):
    """(Prometheus URL, a time at which it has scraped all the traffic).

    The first request alone, scraped, then the rest: counters that TorchServe creates at
    their first request (ts_*) then have two samples to take a rate from, as in real use.
    """
    port = free_port()
    prometheus = start_prometheus(
        tmp_path_factory.mktemp("prometheus"), served.metrics_url, port, "1s"
    )
    url = f"http://127.0.0.1:{port}"
    total = f'sum(ts_inference_requests_total{{model_name="{MODEL}"}}) and on() CPUUtilization'
    try:
        assert predict(served, {**OK_BODIES[0], "max_new_tokens": 8}).status_code == 200
        wait_until(url, total, 1)
        threads = [threading.Thread(target=predict, args=(served, body)) for body in OK_BODIES[1:]]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for body in BAD_BODIES:
            assert predict(served, body).status_code == 400
        wait_until(url, total, len(OK_BODIES) + len(BAD_BODIES))
        time.sleep(2)  # one more scrape and rule evaluation after the last change
        yield url, time.time()
    finally:
        prometheus.terminate()
        prometheus.wait(timeout=30)


def dashboard_queries() -> list[tuple[str, str]]:
    """(panel title, expression) of every target, with the dashboard's variables substituted."""
    return [
        (panel["title"], target["expr"])
        for panel in DASHBOARD["panels"]
        for target in panel["targets"]
    ]


def substitute(expr: str) -> str:
    return expr.replace("$__rate_interval", "1m").replace("$model", MODEL)


@pytest.mark.parametrize(("title", "expr"), dashboard_queries())
def test_every_dashboard_query_has_data(watched, title, expr):
    prometheus, at = watched
    result = query(prometheus, substitute(expr), at)
    values = [float(series["value"][1]) for series in result]
    assert any(math.isfinite(value) for value in values), f"{title}: no data for {expr}"


def test_dashboard_model_variable_lists_the_model(watched):
    prometheus, _ = watched
    (variable,) = DASHBOARD["templating"]["list"]
    metric, label = re.fullmatch(
        r"label_values\((\w+), (\w+)\)", variable["query"]["query"]
    ).groups()
    answer = requests.get(
        f"{prometheus}/api/v1/label/{label}/values", params={"match[]": metric}, timeout=10
    )
    assert MODEL in answer.json()["data"]
    assert all("$model" in expr for title, expr in dashboard_queries() if "Host" not in title)


def test_counters_match_the_requests_sent(watched):
    prometheus, at = watched
    selector = f'{{model_name="{MODEL}"}}'

    def value(expr: str) -> float:
        (series,) = query(prometheus, expr, at)
        return float(series["value"][1])

    outcomes = {
        series["metric"]["outcome"]: float(series["value"][1])
        for series in query(prometheus, f"tweetbots_requests_total{selector}", at)
    }
    assert outcomes == {
        "ok": len(OK_BODIES),
        "bad_request": len(BAD_BODIES),
        "error": 0,
        "aborted": 0,
    }
    answered = len(OK_BODIES) + len(BAD_BODIES)
    assert value(f"sum(ts_inference_requests_total{selector})") == answered
    assert value(f"tweetbots_request_duration_seconds_count{selector}") == len(OK_BODIES)
    assert value(f"tweetbots_time_to_first_token_seconds_count{selector}") == len(OK_BODIES)
    # every step gives each of its rows one token: rows summed over steps = tokens generated
    generated = value(f"tweetbots_generated_tokens_total{selector}")
    assert value(f"tweetbots_generate_batch_size_sum{selector}") == generated > 0
    assert value(f"tweetbots_queue_length{selector}") == 0
    assert value(f"tweetbots_running_requests{selector}") == 0
    assert value(f'tweetbots_engine_info{{model_name="{MODEL}",dtype="int8"}}') == 1
    assert value(f"tweetbots_model_load_seconds{selector}") > 0


def test_every_alert_expression_evaluates_and_prometheus_loaded_the_rules(watched):
    prometheus, at = watched
    rules = [rule for group in RULES["groups"] for rule in group["rules"]]
    for rule in rules:
        query(prometheus, rule["expr"], at)
    loaded = requests.get(f"{prometheus}/api/v1/rules", timeout=10).json()["data"]["groups"]
    health = {rule["name"]: rule["health"] for group in loaded for rule in group["rules"]}
    assert health == {rule["alert"]: "ok" for rule in rules}


@pytest.mark.parametrize(
    "command",
    [
        ["promtool", "check", "config", "prometheus.yml"],
        ["promtool", "check", "rules", "alerts.yml"],
        ["promtool", "test", "rules", "alerts_test.yml"],
    ],
)
def test_promtool(command):
    check = subprocess.run(command, cwd=MONITORING, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_report_draws_a_png(watched, tmp_path):
    prometheus, _ = watched
    png = render(prometheus, tmp_path / "report.png", minutes=10, window="30s")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_readmes_report_right_after_traffic_at_make_monitors_scrape_interval(served, tmp_path):
    """`python -m serving.report --minutes 10 --window 15s` against a Prometheus that scrapes
    as `make monitor`'s does, after a few requests spread over a few scrapes."""
    port = free_port()
    prometheus = start_prometheus(tmp_path / "prometheus", served.metrics_url, port)
    url = f"http://127.0.0.1:{port}"
    try:
        interval = scrape_interval(url)
        deadline = time.monotonic() + 3 * interval
        while time.monotonic() < deadline:
            assert predict(served, {"text": "I like", "max_new_tokens": 8}).status_code == 200
            time.sleep(1)
        time.sleep(interval + 1)  # the scrape after the last request
        out = tmp_path / "report.png"
        result = subprocess.run(
            [sys.executable, "-m", "serving.report", "--prometheus", url]
            + ["--minutes", "10", "--window", "15s", "--out", str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout == f"wrote {out}\n"  # no note: the window fits, the rates drew
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    finally:
        prometheus.terminate()
        prometheus.wait(timeout=30)
