"""The stage clock credits each stage with its own seconds, nested stages apart, in start order."""

from __future__ import annotations

import json
import time

from training.stage_clock import StageClock


def test_nested_stages_are_counted_apart_and_add_up_to_the_whole(tmp_path):
    clock = StageClock()
    started = time.perf_counter()
    with clock("train"):
        time.sleep(0.05)
        with clock("tokenize"):
            time.sleep(0.1)
        time.sleep(0.05)
    with clock("publish"):
        time.sleep(0.02)
    with clock("train"):  # a stage entered again adds to its total
        time.sleep(0.03)
    whole = time.perf_counter() - started
    assert list(clock.seconds) == ["train", "tokenize", "publish"]
    assert 0.1 <= clock.seconds["tokenize"] < 0.2
    assert 0.13 <= clock.seconds["train"] < 0.23  # its own 0.13 s, not tokenize's 0.1
    assert abs(clock.total() - whole) < 0.01
    assert clock.summary().startswith("stages: train ") and "(total " in clock.summary()
    clock.write(tmp_path / "stages.json")
    written = json.loads((tmp_path / "stages.json").read_text())
    assert list(written["stages"]) == ["train", "tokenize", "publish"]
    assert written["total_s"] == round(clock.total(), 3)
