"""`make bench`'s short CI mode: the whole harness (export, archives, TorchServe, load, report)."""

from __future__ import annotations

import json

import pytest
from conftest import run_short_bench

from bench.load import burst_rounds

pytestmark = pytest.mark.e2e


def test_short_bench_serves_each_backend_and_an_adapter_bot_and_writes_its_report(tmp_path):
    run_short_bench("bench.run", tmp_path)
    report = json.loads((tmp_path / "bench.json").read_text())
    assert report["short"] and report["baseline"]["tokens_per_s"] > 0
    for backend in ("onnx", "torch", "adapter"):  # adapter: an adapter bot on the same base
        rows = report["results"][backend]["closed_loop"]
        assert [(row["concurrency"], row["stream"]) for row in rows] == [
            (1, False), (4, False), (4, True)
        ]  # fmt: skip
        assert all(row["errors"] == 0 and row["requests"] > 0 for row in rows)
        assert all(row["tokens_per_s_ratio"] > 0 and row["p50_s"] > 0 for row in rows)
        assert 0 < rows[2]["ttft_p50_s"] < rows[2]["p50_s"]  # streamed: the first piece first
        assert rows[1]["mean_batch"] > 1  # concurrent clients were batched together
        bursty = report["results"][backend]["bursty"]  # each client 2 to 8 requests, then stops
        assert [row["concurrency"] for row in bursty] == [1, 4]
        for row in bursty:
            rounds = burst_rounds(row["concurrency"], seed=row["concurrency"])
            assert all(2 <= r <= 8 for r in rounds) and row["requests"] == sum(rounds)
            assert row["errors"] == 0 and row["vs_steady"] > 0 and row["tokens_per_s_ratio"] > 0
        openai = report["results"][backend]["openai"]  # the same requests through /v1/
        assert [(row["concurrency"], row["stream"], row["api"]) for row in openai] == [
            (4, False, "openai"), (4, True, "openai")
        ]  # fmt: skip
        assert all(row["errors"] == 0 and row["vs_predictions"] > 0 for row in openai)
        assert 0 < openai[1]["ttft_p50_s"] < openai[1]["p50_s"]
    assert report["results"]["onnx"]["engine"]["dtype"] == "int8"
    assert report["results"]["adapter"]["engine"]["dtype"] == "int8"  # the int8 graph, adapted
    for mode in ("continuous", "static"):  # the same Poisson arrivals against both
        run = report["open_loop"][mode]
        assert run["errors"] == 0 and run["requests"] == run["arrivals"] > 0
    overload = report["open_loop"]["overload"]  # 4x the best rate: answered or shed, no more
    shed = overload["refused"].get("503", 0)
    assert overload["requests"] + shed == overload["arrivals"] > 0
    assert overload["refused_with_retry_after"] == shed
    text = (tmp_path / "bench.md").read_text()
    assert "## Overload: 4x the sustainable rate" in text
    assert "| onnx (int8) | 4 |" in text and "| onnx (int8) | 4 streamed |" in text
    assert "| static |" in text and "## Bursty closed loop: each client sends 2 to 8" in text
    assert (
        "## The same requests through /v1/completions" in text and "| onnx | 4 streamed |" in text
    )
    assert (tmp_path / "bench.png").read_bytes().startswith(b"\x89PNG")
    for backend in ("onnx", "torch"):  # the run as a Prometheus beside it saw it
        assert (tmp_path / f"report-{backend}.png").read_bytes().startswith(b"\x89PNG")


def test_short_profile_splits_each_step_by_operator(tmp_path):
    run_short_bench("bench.profile_step", tmp_path)
    results = json.loads((tmp_path / "profile.json").read_text())
    assert [(r["backend"].split()[0], r["rows"]) for r in results] == [
        ("onnx", 1), ("onnx", 4), ("torch", 1), ("torch", 4)
    ]  # fmt: skip
    for r in results:
        assert r["step_ms"] > 0 and r["whole_requests_tokens_per_s"] > 0
    for r in results[:2]:  # ONNX Runtime's share by operator fits inside the step
        assert "MatMulNBits" in r["top_ops_ms"]  # int8 weights
        assert 0 < sum(r["top_ops_ms"].values()) <= r["onnx_runtime_ms"] <= r["step_ms"] * 1.05
    for r in results[2:]:
        assert 0 < sum(r["top_ops_share"].values()) <= 1.0
    assert "| onnx int8 | 4 |" in (tmp_path / "profile.md").read_text()
