"""Wall seconds per stage of `make train`: what a user waits for, and the time-to-bot shares.

Stages nest (the training stage holds tokenizing and exporting): each stage is credited with
its own seconds only, so the stages add up to the whole run.
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

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._inner: list[float] = []  # per open stage, the seconds its nested stages took

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        self.seconds.setdefault(stage, 0.0)  # in the order the stages start
        self._inner.append(0.0)
        try:
            yield
        finally:
            spent = time.perf_counter() - started
            nested = self._inner.pop()
            self.seconds[stage] += spent - nested
            if self._inner:
                self._inner[-1] += spent

    def total(self) -> float:
        return sum(self.seconds.values())

    def summary(self) -> str:
        """One line: each stage's seconds in order, and the total."""
        parts = ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in self.seconds.items())
        return f"stages: {parts} (total {self.total():.1f} s)"

    def write(self, path: Path) -> None:
        report = {"stages": {k: round(v, 3) for k, v in self.seconds.items()}}
        write_atomic(path, json.dumps(report | {"total_s": round(self.total(), 3)}, indent=2))
