"""Wall seconds per stage of `make train`: what a user waits for, and the time-to-bot shares.

Stages nest (the training stage holds tokenizing and exporting): each stage is credited with
its own seconds only, so the stages add up to the whole run. With a `progress` file, the stage
in progress is written there (atomically) as each one starts and ends: how a training job
served over HTTP (serving/job_runner.py) knows where its pipeline is.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from engine.files import write_atomic


class StageClock:
    """`with clock("clean"): ...` adds that block's exclusive wall seconds to stage "clean"."""

    def __init__(self, progress: Path | None = None) -> None:
        self.seconds: dict[str, float] = {}
        self._inner: list[float] = []  # per open stage, the seconds its nested stages took
        self._open: list[str] = []
        self.progress = progress

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        self.seconds.setdefault(stage, 0.0)  # in the order the stages start
        self._inner.append(0.0)
        self._open.append(stage)
        self._report()
        try:
            yield
        finally:
            self._open.pop()
            if self._open:
                self._report()
            spent = time.perf_counter() - started
            nested = self._inner.pop()
            self.seconds[stage] += spent - nested
            if self._inner:
                self._inner[-1] += spent

    def _report(self) -> None:
        if self.progress is not None:
            report = {"stage": self._open[-1], "open": self._open, "started": list(self.seconds)}
            write_atomic(self.progress, json.dumps(report) + "\n")

    def total(self) -> float:
        return sum(self.seconds.values())

    def summary(self) -> str:
        """One line: each stage's seconds in order, and the total."""
        parts = ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in self.seconds.items())
        return f"stages: {parts} (total {self.total():.1f} s)"

    def write(self, path: Path) -> None:
        report = {"stages": {k: round(v, 3) for k, v in self.seconds.items()}}
        write_atomic(path, json.dumps(report | {"total_s": round(self.total(), 3)}, indent=2))
