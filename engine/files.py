"""Files written so a reader never sees half of one, and content hashes: one home for both.

Every stage of the project writes its outputs here: training (datasets, checkpoints, plots),
the bot store (records, index), the front (its config, key map, upstream key) and the key store.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

PRIVATE = 0o600  # secrets and the service's own config: this user only


def plain_mode(directory: bool = False) -> int:
    """The mode `open` or `mkdir` would give under this process's umask (0644/0755 usually).

    Temporary files and folders are created 0600/0700; what they become is no secret.
    """
    umask = os.umask(0)
    os.umask(umask)
    return (0o777 if directory else 0o666) & ~umask


@contextmanager
def atomic_file(path: Path, mode: int | None = None) -> Iterator[BinaryIO]:
    """A temporary file in the same folder, flushed to disk and renamed to `path` when the
    block ends without error: readers see the old file or the whole new one, and a crash
    leaves no partial file. `mode`: the finished file's (default: plain_mode())."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, plain_mode() if mode is None else mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, text: str, mode: int | None = None) -> None:
    """`text` (UTF-8) as the whole of `path`, atomically."""
    with atomic_file(path, mode) as handle:
        handle.write(text.encode("utf-8"))


def write_private(path: Path, text: str) -> None:
    """Atomically, readable by this user only (0600)."""
    write_atomic(path, text, PRIVATE)


def file_hash(path: Path) -> str:
    """`sha256:<hex>` of a file's content, read in blocks (weights are large)."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return f"sha256:{digest.hexdigest()}"
