"""bench.jobs_load in its CI mode: predictions at 16 clients with no job, then while a job
trains under each of the runner's policies, in one run, every figure a ratio to the quiet
phase."""

from __future__ import annotations

import json

import pytest
from conftest import run_short_bench

pytestmark = pytest.mark.e2e


def test_the_bench_measures_serving_with_and_without_a_training_job(tmp_path):
    run_short_bench("bench.jobs_load", tmp_path)
    report = json.loads((tmp_path / "jobs_load.json").read_text())
    assert set(report["training"]) == {"busy", "never"}
    for row in [report["quiet"], *report["training"].values()]:
        assert row["requests"] == 16 * 2 and row["errors"] == 0 and row["p99_s"] >= row["p50_s"]
    for policy, ratios in report["ratios"].items():
        row = report["training"][policy]
        assert ratios["p50_s"] == pytest.approx(row["p50_s"] / report["quiet"]["p50_s"])
    assert report["policy"] == {"jobs_running": 1, "jobs_nice": 10, "jobs_threads": 1}
    text = (tmp_path / "jobs_load.md").read_text()
    assert "jobs_yield: busy" in text and "jobs_yield: never" in text
