"""The service's logs: rotation, and copying them to stdout/stderr (containers).

Every log lives in the run folder (TorchServe's torchserve.out, nginx's access and error logs,
the keeper's); the keeper rotates them (Front.rotate_logs, with `shift`), and in the foreground
(a container) a LogCopier follows each file onto the process's own stdout or stderr.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import BinaryIO


def shift(log: Path, keep: int) -> None:
    """log.1 -> log.2 ... ; the oldest beyond `keep` is deleted."""
    oldest = log.with_name(f"{log.name}.{keep}")
    oldest.unlink(missing_ok=True)
    for index in range(keep - 1, 0, -1):
        older = log.with_name(f"{log.name}.{index}")
        if older.exists():
            older.rename(log.with_name(f"{log.name}.{index + 1}"))


class LogCopier(threading.Thread):
    """Copies what is appended to log files to stdout or stderr (like `tail -F`): follows a
    file renamed away by rotation (to its end) and one truncated (TorchServe's output)."""

    def __init__(self, files: dict[Path, BinaryIO], interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.files = files
        self.interval = interval
        self.handles: dict[Path, BinaryIO] = {}
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.wait(self.interval):
            self.copy()
        self.copy()

    def stop(self) -> None:
        self.stopping.set()
        self.join(5)

    def copy(self) -> None:
        for path, out in self.files.items():
            handle = self.handles.get(path)
            if handle is not None:
                self.write(out, handle.read())
            try:
                current = path.stat()
            except FileNotFoundError:
                continue
            if handle is None or os.fstat(handle.fileno()).st_ino != current.st_ino:
                if handle is not None:
                    handle.close()
                handle = self.handles[path] = path.open("rb")
                self.write(out, handle.read())
            elif current.st_size < handle.tell():  # truncated after a copy: from the start
                handle.seek(0)
                self.write(out, handle.read())

    @staticmethod
    def write(out: BinaryIO, data: bytes) -> None:
        if data:
            out.write(data)
            out.flush()


def log_files(run_dir: Path) -> dict[Path, BinaryIO]:
    """The service's logs and where each is copied to."""
    logs = run_dir / "logs"
    return {
        run_dir / "torchserve.out": sys.stdout.buffer,
        logs / "front-access.log": sys.stdout.buffer,
        logs / "front-error.log": sys.stderr.buffer,
        logs / "keeper.log": sys.stderr.buffer,
    }


def clear_logs(run_dir: Path) -> None:
    """A restarted container (its run folder kept) must not copy the last run's logs again."""
    for path in log_files(run_dir):
        for old in path.parent.glob(f"{path.name}*"):
            old.unlink()
