"""Shared fixtures: archive builders and the handler modules on sys.path (as in a .mar)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "handlers"))  # the archive puts handler modules at its root

SAMPLE_ARCHIVE = ROOT / "samples" / "archive" / "data" / "tweets.js"


def archive_entry(tweet_id: int, text: str) -> dict:
    return {
        "tweet": {
            "id_str": str(tweet_id),
            "id": str(tweet_id),
            "created_at": "Mon Mar 03 10:00:00 +0000 2025",
            "full_text": text,
            "lang": "en",
        }
    }


def ytd_file(entries: list, kind: str = "tweets", part: int = 0) -> str:
    return f"window.YTD.{kind}.part{part} = " + json.dumps(entries, indent=1)


@pytest.fixture
def sample_archive() -> Path:
    return SAMPLE_ARCHIVE


def write_json_lines(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
