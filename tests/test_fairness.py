"""Fair sharing between bots (issue 19), measured through the real front and TorchServe.

64 closed-loop clients flood one bot (more than its share: it may have 48 requests in progress,
`max_in_flight_per_bot`, and decode 32 rows, `fair_share_rows`, while another bot has work)
while one client asks another bot, one request after the other. The quiet client is never
shed and its median latency is below the flooding bot's: its requests are admitted at once,
the flood's excess waits in the flood's own queue (tests/test_reload.py proves the strict order
in engine steps). The p99 against the flood's median is printed, not asserted: a p99 of a few
dozen requests is one outlier, which other work on a 2-core machine makes at will; the figure
measured on a quiet machine is in docs/performance.md. A flood past the bot's
in-flight limit is shed with 503 at once, and still not at the quiet bot's expense.
"""

from __future__ import annotations

import dataclasses
import threading
import time

import numpy as np
import pytest
import requests
from conftest import MODEL, api_key, serving_config, start_service

from engine.store import RECORD, BotStore

pytestmark = pytest.mark.e2e
FLOOD, QUIET = "flood", "quiet"
BODY = {"text": "My dream is", "max_new_tokens": 40, "stop_at_newline": False}
SECONDS = 30


@pytest.fixture(scope="module")
def service(trained_bot, tmp_path_factory):
    root = tmp_path_factory.mktemp("fairness")
    source = BotStore(trained_bot / "bots")
    store = BotStore(root / "bots")
    record = source.record(MODEL)
    files = [path for path in source.path(MODEL).iterdir() if path.name != RECORD]
    for name in (FLOOD, QUIET):  # two full bots (ONNX int8): two engines, one row budget
        store.publish(dataclasses.replace(record, name=name, version=""), files)
    front = {"rate_per_minute": 1_000_000, "burst": 100_000}
    service = start_service(root, store.root, front, serving_config(root))
    try:
        yield service
    finally:
        service.stop()


def closed_loop(service, bot: str, stop: threading.Event, results: list) -> None:
    """One client: a request, its answer, the next request (after Retry-After when shed, as a
    well-behaved client waits)."""
    session = requests.Session()
    headers = {"Authorization": f"Bearer {api_key(service)}"}
    url = f"{service.url}/predictions/{bot}"
    while not stop.is_set():
        started = time.perf_counter()
        answer = session.post(url, json=BODY, headers=headers, timeout=120)
        results.append((answer.status_code, time.perf_counter() - started))
        if answer.status_code == 503:
            stop.wait(float(answer.headers["Retry-After"]))


def run(service, flood_clients: int) -> tuple[list, list]:
    """The quiet client asks all along (its bot loaded, as a bot in use is); the flood
    starts, and what both get once the flood is in full swing is measured."""
    stop = threading.Event()
    flood, quiet, warm = [], [], []
    quiet_thread = threading.Thread(target=closed_loop, args=(service, QUIET, stop, warm))
    quiet_thread.start()
    while not warm:
        time.sleep(0.1)
    threads = [threading.Thread(target=closed_loop, args=(service, FLOOD, stop, flood))
               for _ in range(flood_clients)]  # fmt: skip
    for thread in threads:
        thread.start()
    time.sleep(5)  # the flood in full swing
    flood_before, quiet_before = len(flood), len(warm)
    time.sleep(SECONDS)
    stop.set()
    for thread in [*threads, quiet_thread]:
        thread.join()
    # requests sent while both were measured (each client's answers come in order)
    quiet[:] = warm[quiet_before + 1 :]
    return flood[flood_before:], quiet


def test_a_quiet_bot_is_never_shed_and_faster_than_a_flooding_bots_median(service):
    flood, quiet = run(service, 64)
    assert {status for status, _ in quiet} == {200} and len(quiet) >= 5, quiet[:5]
    answered = [seconds for status, seconds in flood if status == 200]
    assert len(answered) > 100
    quiet_seconds = [seconds for _, seconds in quiet]
    quiet_p50, quiet_p99 = (float(np.percentile(quiet_seconds, q)) for q in (50, 99))
    flood_p50 = float(np.percentile(answered, 50))
    print(f"quiet p50 {quiet_p50:.3f} s, p99 {quiet_p99:.3f} s ({len(quiet)} requests); "
          f"flood p50 {flood_p50:.3f} s ({len(answered)} requests)")  # fmt: skip
    assert quiet_p50 < flood_p50


def test_a_flood_past_the_bots_in_flight_limit_is_shed_and_the_quiet_bot_is_not(service):
    flood, quiet = run(service, 96)  # twice max_in_flight_per_bot (48)
    assert {status for status, _ in quiet} == {200}
    statuses = {status for status, _ in flood}
    assert statuses == {200, 503}, statuses
