"""The monitoring files proven on real parts: a real Prometheus scraping a real TorchServe.

One service (TorchServe behind its nginx front, token authorization on, free loopback ports)
serves a bot store with both kinds of bot: full bots (conftest's tiny bot, MODEL, and a copy,
FULL: ONNX Runtime int8) and a LoRA bot trained here with TOP_BOTS copies of it under other
names (on their base's int8 graph); the server keeps one adapter in memory at a time, so its LRU
evicts and reloads. Known ok and bad requests; Prometheus scrapes every second. Then every
PromQL expression of the dashboard and of the alert rules (each operand, without its
threshold) is evaluated through Prometheus's HTTP API and must give finite numbers, and the
counters must equal the requests sent. Last, a worker is killed and the restart alert fires.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import re
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
import yaml
from conftest import (
    MODEL,
    SAMPLE_ARCHIVE,
    SERVED,
    free_port,
    predict,
    run_pipeline,
    serving_config,
    start_service,
)
from handler_metrics import TOP_BOTS

from engine.store import RECORD, BotStore
from monitoring.monitor import GRAFANA, MONITORING, start_prometheus
from monitoring.report import render, scrape_interval

pytestmark = pytest.mark.e2e
OK_BODIES = [{"text": f"I like {i}", "seed": i, "num_return_sequences": 2} for i in range(4)]
BAD_BODIES = [{"text": ""}, {"text": "hi", "num_return_sequences": 0}, {"text": "hi", "top_k": "x"}]
ADAPTER, FULL = "alice", "carol"
COPIES = [f"copy{i:02d}" for i in range(TOP_BOTS)]  # more bots than get a `bot` label
BOT_BODY = {"text": "My dream is", "max_new_tokens": 4, "seed": 1, "stop_at_newline": False}
MODELS = (SERVED,)  # TorchServe's models: the one that serves every bot
DASHBOARD = json.loads((GRAFANA / "dashboards" / "tweetbots.json").read_text())
RULES = [rule for group in yaml.safe_load((MONITORING / "alerts.yml").read_text())["groups"]
         for rule in group["rules"]]  # fmt: skip
# An operand of a rule's set operators (and, or, unless) ends with its threshold comparison.
SET_OPERATOR = re.compile(r"\b(?:and|or|unless)\b(?:\s+(?:on|ignoring)\s*\([^)]*\))?")
THRESHOLD = re.compile(r"\s*(?:>=?|<=?|==|!=)\s*[-+]?[\d.]+(?:e[-+]?\d+)?\s*$")


def query(prometheus: str, expr: str, at: float) -> list[dict]:
    """An instant query's result; an error from Prometheus fails the test with its message."""
    answer = requests.get(
        f"{prometheus}/api/v1/query", params={"query": expr, "time": at}, timeout=10
    )
    body = answer.json()
    assert answer.ok and body["status"] == "success", f"{expr}: {body.get('error')}"
    return body["data"]["result"]


def wait_until(prometheus: str, expr: str, expected: float, timeout: float = 30) -> None:
    """Poll until Prometheus has scraped the value `expected` for `expr`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = query(prometheus, expr, time.time())
        if result and float(result[0]["value"][1]) == expected:
            return
        time.sleep(0.5)
    raise AssertionError(f"Prometheus never saw {expr} == {expected}")


def publish_copies(source: BotStore, name: str, target: BotStore, names: list[str]) -> None:
    """Publish bot `name` of `source` again in `target` under each of `names` (its files and
    record, renamed): more bots without training each."""
    record = source.record(name)
    files = [path for path in source.path(name).iterdir() if path.name != RECORD]
    for new in names:
        target.publish(dataclasses.replace(record, name=new, version=""), files)


@pytest.fixture(scope="module")
def service(trained_bot, tmp_path_factory):
    """A store of full bots (MODEL, and FULL: the session's MODEL again) and adapter bots
    (ADAPTER trained now, and its COPIES)."""
    root = tmp_path_factory.mktemp("monitoring")
    training = root / "training"
    trained = run_pipeline(training, ADAPTER, "--archive", str(SAMPLE_ARCHIVE), "--force",
                           "--lora", "--learning_rate", "3e-3")  # fmt: skip
    assert trained.returncode == 0, trained.stderr[-2000:]
    bots = BotStore(training / "bots")
    publish_copies(bots, ADAPTER, bots, COPIES)
    publish_copies(BotStore(trained_bot / "bots"), MODEL, bots, [MODEL, FULL])
    # one tiny adapter at a time: LRU at work; the burst below reaches the engine in one step
    config = serving_config(root, maxBatchDelay=500, handler={"adapter_budget_mb": 0.03})
    service = start_service(root, bots.root, model_config=config)
    try:
        yield service
    finally:
        service.stop()


def send(service, model: str, body: dict) -> int:
    return predict(service, body, model=model).status_code


@pytest.fixture(scope="module")
def watched(service, tmp_path_factory):
    """(Prometheus URL, a time at which it has scraped all the traffic).

    Each model's first request alone, scraped: counters that TorchServe creates at a model's
    first request (ts_*) then have two samples to take a rate from, as in real use. Then the
    rest at once: the copies wait in the engine's queue for the adapter slot.
    """
    port = free_port()
    prometheus = start_prometheus(
        tmp_path_factory.mktemp("prometheus"), service.metrics_url, port, "1s"
    )
    url = f"http://127.0.0.1:{port}"
    models = "|".join(MODELS)
    arrived = f'sum(ts_inference_requests_total{{model_name=~"{models}"}}) and on() CPUUtilization'
    answered = f'sum(tweetbots_requests_total{{model_name=~"{models}"}})'
    rest = (
        [(MODEL, body, 200) for body in OK_BODIES[1:]]
        + [(MODEL, body, 400) for body in BAD_BODIES]
        + [(name, BOT_BODY, 200) for name in (FULL, *COPIES)]
        + [("nobody", BOT_BODY, 404)]
    )
    try:
        assert send(service, MODEL, {**OK_BODIES[0], "max_new_tokens": 8}) == 200
        assert send(service, ADAPTER, BOT_BODY) == 200
        wait_until(url, arrived, 2)
        with ThreadPoolExecutor(len(rest)) as pool:
            statuses = list(pool.map(lambda sent: send(service, *sent[:2]), rest))
        assert statuses == [status for *_, status in rest]
        wait_until(url, arrived, 2 + len(rest))
        wait_until(url, answered, 2 + len(rest))
        time.sleep(2)  # one more scrape and rule evaluation after the last change
        yield url, time.time()
    finally:
        prometheus.terminate()
        prometheus.wait(timeout=30)


def dashboard_queries() -> list[tuple[str, str]]:
    """(panel title, expression) of every target (rows have none)."""
    return [
        (panel["title"], target["expr"])
        for panel in DASHBOARD["panels"]
        for target in panel.get("targets", [])
    ]


def substitute(expr: str, model: str) -> str:
    """The expression as Grafana sends it for one model, over the last few minutes."""
    for variable, value in (("$__rate_interval", "1m"), ("$__range", "5m"), ("$model", model)):
        expr = expr.replace(variable, value)
    return expr


def finite(result: list[dict]) -> bool:
    return any(math.isfinite(float(series["value"][1])) for series in result)


@pytest.mark.parametrize(("title", "expr"), dashboard_queries())
def test_every_dashboard_query_has_data_for_both_kinds_of_model(watched, title, expr):
    prometheus, at = watched
    for model in MODELS:
        assert finite(query(prometheus, substitute(expr, model), at)), f"{title} ({model}): {expr}"


def test_dashboard_model_variable_lists_both_models(watched):
    prometheus, _ = watched
    (variable,) = DASHBOARD["templating"]["list"]
    metric, label = re.fullmatch(
        r"label_values\((\w+), (\w+)\)", variable["query"]["query"]
    ).groups()
    answer = requests.get(
        f"{prometheus}/api/v1/label/{label}/values", params={"match[]": metric}, timeout=10
    )
    assert set(MODELS) <= set(answer.json()["data"])
    assert all("$model" in expr for title, expr in dashboard_queries() if "Host" not in title)


def test_the_engine_panel_shows_each_models_backend_dtype_and_device(watched):
    prometheus, at = watched
    (expr,) = [expr for title, expr in dashboard_queries() if title == "Engine"]
    kinds = {
        (series["metric"]["backend"], series["metric"]["dtype"], series["metric"]["device"])
        for series in query(prometheus, substitute(expr, ".+"), at)
        if float(series["value"][1]) == 1
    }
    assert ("OnnxBackend", "int8", "cpu") in kinds  # the full bots
    # the adapters' base too: adapter bots decode on their base's int8 graph (adapter_backend)
    assert {kind[0] for kind in kinds} == {"OnnxBackend"} and len(kinds) == 1


def test_counters_match_the_requests_sent(watched):
    prometheus, at = watched

    def value(expr: str) -> float:
        (series,) = query(prometheus, expr, at)
        return float(series["value"][1])

    def outcomes(model: str) -> dict[str, float]:
        return {
            series["metric"]["outcome"]: float(series["value"][1])
            for series in query(prometheus, f'tweetbots_requests_total{{model_name="{model}"}}', at)
        }

    ok = len(OK_BODIES) + 2 + len(COPIES)  # MODEL's, then ADAPTER, FULL and the copies once
    bad = len(BAD_BODIES) + 1  # and the unknown bot
    assert outcomes(SERVED) == {"ok": ok, "bad_request": bad, "error": 0, "aborted": 0,
                                "overloaded": 0}  # fmt: skip
    selector = f'{{model_name="{SERVED}"}}'
    assert value(f"sum(ts_inference_requests_total{selector})") == ok + bad
    assert value(f"tweetbots_request_duration_seconds_count{selector}") == ok
    assert value(f"tweetbots_time_to_first_token_seconds_count{selector}") == ok
    # every step gives each of its rows one token: rows summed over steps = tokens
    generated = value(f"tweetbots_generated_tokens_total{selector}")
    assert value(f"tweetbots_generate_batch_size_sum{selector}") == generated > 0
    # per bot: the same requests and tokens, split by bot
    assert value(f"sum(tweetbots_bot_requests_total{selector})") == ok
    assert value(f"sum(tweetbots_bot_generated_tokens_total{selector})") == generated
    assert value(f"tweetbots_queue_length{selector}") == 0
    assert value(f"tweetbots_running_requests{selector}") == 0
    assert value(f"tweetbots_worker_starts_total{selector}") == 1
    assert value(f"tweetbots_model_load_seconds{selector}") > 0
    # the TOP_BOTS busiest bots are named and the rest counted as "other"
    bots = {
        series["metric"]["bot"]: float(series["value"][1])
        for series in query(prometheus, f"tweetbots_bot_requests_total{selector}", at)
    }
    assert len(bots) == TOP_BOTS + 1 and sum(bots.values()) == ok  # 23 bots asked
    assert bots[MODEL] == len(OK_BODIES) and bots["other"] >= 1
    assert {ADAPTER, FULL} <= set(bots)
    # one adapter slot: ADAPTER, then each copy loaded once, each evicting the one before
    assert value(f"tweetbots_adapter_loads_total{selector}") == 1 + len(COPIES)
    assert value(f"tweetbots_adapter_evictions_total{selector}") == len(COPIES)
    assert value(f"tweetbots_resident_adapters{selector}") == 1
    assert value(f"tweetbots_resident_adapter_bytes{selector}") > 0
    assert value(f"tweetbots_full_bot_loads_total{selector}") == 2
    assert value(f"tweetbots_full_bot_evictions_total{selector}") == 0
    assert value(f"tweetbots_resident_full_bots{selector}") == 2
    assert value(f"tweetbots_resident_full_bot_bytes{selector}") > 0


def operands(expr: str) -> list[str]:
    """The operands of an expression's top-level set operators, each without its threshold."""
    cuts = [match for match in SET_OPERATOR.finditer(expr)
            if expr[: match.start()].count("(") == expr[: match.start()].count(")")]  # fmt: skip
    starts = [0, *(match.end() for match in cuts)]
    ends = [*(match.start() for match in cuts), len(expr)]
    return [THRESHOLD.sub("", expr[a:b]).strip() for a, b in zip(starts, ends, strict=True)]


def test_operands_split_at_top_level_set_operators_and_lose_their_threshold():
    expr = 'sum by (x) (rate(a{o="and"}[5m])) > 0.1\nand on (x)\nb / (c or d) >= 8\nunless up == 0'
    assert operands(expr) == ['sum by (x) (rate(a{o="and"}[5m]))', "b / (c or d)", "up"]


def test_every_alert_expression_and_each_operand_evaluates_with_data(watched):
    """Every rule evaluates; every operand without its threshold has finite data after the
    traffic, so no rule reads a metric or label that does not exist (it could never fire)."""
    prometheus, at = watched
    for rule in RULES:
        query(prometheus, rule["expr"], at)
        for operand in operands(rule["expr"]):
            assert finite(query(prometheus, operand, at)), f"{rule['alert']}: {operand}"
    loaded = requests.get(f"{prometheus}/api/v1/rules", timeout=10).json()["data"]["groups"]
    health = {rule["name"]: rule["health"] for group in loaded for rule in group["rules"]}
    assert health == {rule["alert"]: "ok" for rule in RULES}


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


def test_the_readmes_report_right_after_traffic_at_make_monitors_scrape_interval(service, tmp_path):
    """`python -m monitoring.report --minutes 10 --window 15s` against a Prometheus that scrapes
    as `make monitor`'s does, after a few requests spread over a few scrapes."""
    port = free_port()
    prometheus = start_prometheus(tmp_path / "prometheus", service.metrics_url, port)
    url = f"http://127.0.0.1:{port}"
    try:
        interval = scrape_interval(url)
        deadline = time.monotonic() + 3 * interval
        while time.monotonic() < deadline:
            assert send(service, MODEL, {"text": "I like", "max_new_tokens": 8}) == 200
            time.sleep(1)
        time.sleep(interval + 1)  # the scrape after the last request
        out = tmp_path / "report.png"
        result = subprocess.run(
            [sys.executable, "-m", "monitoring.report", "--prometheus", url]
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


def test_a_killed_worker_fires_the_restart_alert(service, watched):
    """Last (it restarts the worker): TorchServe restarts a SIGKILLed worker, the new one
    counts its start, and TweetbotsWorkerRestarted fires."""
    prometheus, _ = watched
    (pid,) = [w["pid"] for w in service.torchserve.workers(SERVED) if w["status"] == "READY"]
    os.kill(pid, signal.SIGKILL)  # the worker this test's TorchServe started
    wait_until(
        prometheus, f'tweetbots_worker_starts_total{{model_name="{SERVED}"}}', 2, timeout=120
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        alerts = requests.get(f"{prometheus}/api/v1/alerts", timeout=10).json()["data"]["alerts"]
        firing = {
            alert["labels"]["model_name"]
            for alert in alerts
            if alert["labels"]["alertname"] == "TweetbotsWorkerRestarted"
            and alert["state"] == "firing"
        }
        if firing:
            break
        time.sleep(0.5)
    assert firing == {SERVED}
    assert send(service, MODEL, OK_BODIES[0]) == 200  # the new worker answers
