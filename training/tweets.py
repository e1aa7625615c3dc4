"""The raw-tweet file every data source writes (`data/<handle>/tweets.jsonl`).

X archives and the X API describe tweets differently; both are reduced to this one
record so the cleaning stage does not care where tweets came from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

# Training's stages write through the project's one atomic-write helper (re-exported here).
from engine.files import atomic_file, plain_mode, write_atomic  # noqa: F401
from training.errors import TweetbotsError

HANDLE_PATTERN = re.compile(r"^[A-Za-z0-9_]{1,15}$")
HANDLE_RULE = "X handles are 1-15 letters, digits or underscores"
TWEETS_FILE = "tweets.jsonl"


@dataclass(frozen=True)
class Tweet:
    id: str
    created_at: str  # ISO 8601, UTC
    text: str  # as the source gave it: HTML-escaped, URLs and newlines included
    retweet: bool
    lang: str | None = None


def normalize_handle(handle: str) -> str:
    """Lower-case and strip '@', as the reference does; reject what X would not accept."""
    cleaned = handle.strip().lstrip("@").lower()
    if not HANDLE_PATTERN.match(cleaned):
        raise TweetbotsError(f"invalid handle {handle!r}: {HANDLE_RULE}")
    return cleaned


def parse_handles(users: str) -> list[str]:
    """`a,@B,a` -> ['a', 'b']: normalised, de-duplicated, sorted (the model name's order)."""
    handles = sorted({normalize_handle(part) for part in users.split(",") if part.strip()})
    if not handles:
        raise TweetbotsError("no handle given: set USER=<handle>[,<handle>...]")
    return handles


def model_name(handles: Iterable[str]) -> str:
    return "-".join(sorted(handles))


def newest_first(tweets: Iterable[Tweet]) -> list[Tweet]:
    """De-duplicate by id and order newest first (tweet ids grow with time)."""
    unique = {tweet.id: tweet for tweet in tweets}
    return sorted(unique.values(), key=lambda tweet: int(tweet.id), reverse=True)


def share_tree(folder: Path) -> None:
    """Give a finished folder and everything in it the plain modes (see plain_mode)."""
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(plain_mode(path.is_dir()))


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    write_atomic(path, "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def write_tweets(path: Path, tweets: Iterable[Tweet]) -> None:
    write_jsonl(path, (asdict(tweet) for tweet in newest_first(tweets)))


def read_tweets(path: Path) -> list[Tweet]:
    if not path.exists():
        raise TweetbotsError(f"no tweets at {path}: download them or pass ARCHIVE=<path>")
    return [Tweet(**row) for row in read_jsonl(path)]
