"""Cleaning and the data table, exactly as the reference (huggingtweets) does it.

Reads `data/<handle>/tweets.jsonl`, writes `data/<handle>/clean.jsonl` (kept tweets, cleaned)
and `data/<handle>/table.json` (Tweets downloaded | Retweets | Short tweets | Tweets kept).

Usage: python -m training.clean --user HANDLE [--data_dir data]
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from transformers import HfArgumentParser

from training.errors import TweetbotsError, run_stage
from training.tweets import TWEETS_FILE, normalize_handle, read_tweets, write_atomic, write_jsonl

CLEAN_FILE = "clean.jsonl"
TABLE_FILE = "table.json"
MIN_CHARS = 6_000  # below this the reference refuses to train
WARN_CHARS = 40_000  # below this the reference warns that the bot will be weak

URL = re.compile(r"https?://\S+")
WHITESPACE = re.compile(r"\s+")
NON_WORD_MARKERS = ("http", "@", "#")


def clean_text(text: str) -> str:
    """Unescape X's three HTML entities, drop URLs, collapse whitespace (newlines included)."""
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    text = URL.sub("", text)
    return WHITESPACE.sub(" ", text).strip()


def word_count(cleaned: str) -> int:
    """Words that are not links, mentions or hashtags (case-insensitive)."""
    return sum(
        1 for word in cleaned.split() if not any(m in word.lower() for m in NON_WORD_MARKERS)
    )


def is_short(cleaned: str) -> bool:
    return word_count(cleaned) < 3


@dataclass
class DataTable:
    handle: str
    downloaded: int
    retweets: int
    short: int
    kept: int
    kept_chars: int

    ROWS = (
        ("Tweets downloaded", "downloaded"),
        ("Retweets", "retweets"),
        ("Short tweets", "short"),
        ("Tweets kept", "kept"),
    )


def render_table(tables: list[DataTable]) -> str:
    """The model card's Markdown table: one column per user."""
    header = "| Data | " + " | ".join(t.handle for t in tables) + " |"
    rule = "| --- |" + " --- |" * len(tables)
    rows = [
        f"| {label} | " + " | ".join(str(getattr(t, key)) for t in tables) + " |"
        for label, key in DataTable.ROWS
    ]
    return "\n".join([header, rule, *rows])


class TooLittleText(TweetbotsError):
    """Too little usable text to train; carries the data table that shows why."""

    def __init__(self, message: str, table: DataTable) -> None:
        super().__init__(message)
        self.table = table


def check_amount(table: DataTable) -> str | None:
    """Refuse too little text; return a warning when there is little."""
    if table.kept_chars < MIN_CHARS:
        raise TooLittleText(
            f"@{table.handle} has only {table.kept_chars:,} characters of usable tweets "
            f"(at least {MIN_CHARS:,} needed): too little text to train a bot",
            table,
        )
    if table.kept_chars < WARN_CHARS:
        return (
            f"warning: @{table.handle} has {table.kept_chars:,} characters of usable tweets; "
            f"below {WARN_CHARS:,} the bot will mostly repeat them"
        )
    return None


def clean_user(handle: str, data_dir: Path) -> DataTable:
    """Clean one user's downloaded tweets; write the kept tweets and the table."""
    handle = normalize_handle(handle)
    folder = data_dir / handle
    tweets = read_tweets(folder / TWEETS_FILE)
    retweets = [t for t in tweets if t.retweet]
    kept, short = [], 0
    for tweet in tweets:
        if tweet.retweet:
            continue
        cleaned = clean_text(tweet.text)
        if is_short(cleaned):
            short += 1
        else:
            kept.append({"id": tweet.id, "text": cleaned})
    table = DataTable(
        handle=handle,
        downloaded=len(tweets),
        retweets=len(retweets),
        short=short,
        kept=len(kept),
        kept_chars=sum(len(row["text"]) for row in kept),
    )
    warning = check_amount(table)
    write_jsonl(folder / CLEAN_FILE, kept)
    write_atomic(folder / TABLE_FILE, json.dumps(asdict(table), indent=2) + "\n")
    print(render_table([table]))
    if warning:
        print(warning, file=sys.stderr)
    return table


def read_table(handle: str, data_dir: Path) -> DataTable:
    return DataTable(**json.loads((data_dir / handle / TABLE_FILE).read_text()))


@dataclass
class CleanArguments:
    user: str = field(metadata={"help": "X handle whose data/<handle>/tweets.jsonl to clean"})
    data_dir: Path = field(default=Path("data"), metadata={"help": "where data/<handle>/ lives"})


def main(argv: list[str] | None = None) -> None:
    (args,) = HfArgumentParser(CleanArguments).parse_args_into_dataclasses(argv)
    run_stage(lambda: clean_user(args.user, args.data_dir))


if __name__ == "__main__":
    main()
