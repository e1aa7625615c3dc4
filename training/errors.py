"""One exception type for every failure a user can fix, so the CLI prints one line for it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

from training import verbosity

T = TypeVar("T")


class TweetbotsError(Exception):
    """A problem with the user's input or environment, reported as a one-line message."""


def run_stage(action: Callable[[], T]) -> T:
    """Run a stage's command line: a TweetbotsError becomes `error: ...` and exit status 1.

    The libraries' logging is set first: quiet unless VERBOSE=1 (training/verbosity.py).
    """
    verbosity.configure()
    try:
        return action()
    except TweetbotsError as error:
        print(f"error: {error}", file=sys.stderr)
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        raise SystemExit(130) from None
