"""The rows' random streams: a counter-based generator keyed by (seed, sequence, token number).

A row's draw for its t-th token is a pure function of its request's seed, its sequence index
and t, so it is the same whichever rows share the step and however often the batch changes
shape (engine/sampling.py draws with it). Numpy only: the request types import it.
"""

from __future__ import annotations

import numpy as np

GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)


def splitmix64(values: np.ndarray) -> np.ndarray:
    """A well-mixed 64-bit hash of each value (uint64 arithmetic wraps, as intended)."""
    z = values + GOLDEN
    z = (z ^ (z >> np.uint64(30))) * _MIX1
    z = (z ^ (z >> np.uint64(27))) * _MIX2
    return z ^ (z >> np.uint64(31))


def row_key(seed: int, sequence: int) -> int:
    """The random stream of one returned sequence of a request with this seed."""
    start = (seed + sequence * int(GOLDEN)) % 2**64
    with np.errstate(over="ignore"):
        return int(splitmix64(np.array([start], dtype=np.uint64))[0])


def uniforms(keys: np.ndarray, counters: np.ndarray) -> np.ndarray:
    """One uniform in [0, 1) per row: a pure function of (row key, token number)."""
    with np.errstate(over="ignore"):
        bits = splitmix64(keys ^ splitmix64(counters.astype(np.uint64)))
    return (bits >> np.uint64(11)).astype(np.float64) / float(2**53)
