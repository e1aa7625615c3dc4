"""`make report`'s choices that need no Prometheus: durations, rate windows, the traffic span."""

from __future__ import annotations

import pytest

from monitoring.monitor import prometheus_config
from monitoring.report import SCRAPES_PER_WINDOW, ReportError, rate_window, seconds, traffic_span


def test_durations():
    assert seconds("15s") == 15 and seconds("1m30s") == 90 and seconds("500ms") == 0.5
    with pytest.raises(ReportError, match="not a duration: '15'"):
        seconds("15")


def test_make_monitors_scrapes_fit_the_readmes_15s_window(capsys):
    interval = seconds(prometheus_config("http://127.0.0.1:8082")["global"]["scrape_interval"])
    assert SCRAPES_PER_WINDOW * interval <= 15
    assert rate_window("15s", interval) == "15s"
    assert capsys.readouterr().out == ""


def test_a_window_too_short_for_the_scrapes_is_widened_with_a_note(capsys):
    assert rate_window("15s", 15.0) == "45s"
    assert capsys.readouterr().out == (
        "note: a 15s rate window holds fewer than 3 scrapes (Prometheus scrapes every 15s): "
        "using 45s\n"
    )
    assert rate_window("1m", None) == "1m"  # no targets: nothing to compare with


def test_traffic_span():
    start, step = 1000.0, 2.0
    steady = [(1000.0, 5.0), (1002.0, 5.0), (1004.0, 5.0)]
    assert traffic_span(steady, start, step) is None  # counted before the range, not since
    grew = [(1000.0, 5.0), (1002.0, 6.0), (1004.0, 6.0), (1006.0, 9.0), (1008.0, 9.0)]
    assert traffic_span(grew, start, step) == (1002.0, 1006.0)
    appeared = [(1010.0, 3.0), (1012.0, 3.0)]  # the first requests create the series
    assert traffic_span(appeared, start, step) == (1010.0, 1010.0)
    assert traffic_span([], start, step) is None
