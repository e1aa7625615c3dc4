"""Writes the bundled sample archive: synthetic tweets of a made-up account, no real person's.

Run `python samples/make_sample.py` to regenerate `samples/archive/data/`; the output is
deterministic, so the committed files only change when this script does.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

HANDLE = "samplebot"
OUT = Path(__file__).parent / "archive" / "data"

OPENERS = [
    "Honestly,",
    "Hot take:",
    "Reminder:",
    "Today I learned that",
    "Unpopular opinion:",
    "Small win:",
    "Note to self:",
    "Morning thought:",
    "Confession:",
    "PSA:",
]
SUBJECTS = [
    "my sourdough starter",
    "the office plant",
    "a well-named variable",
    "the 7am train",
    "cold brew",
    "the bike commute",
    "a rainy Sunday",
    "my cat Biscuit",
    "the new keyboard",
    "a good unit test",
    "the farmers market",
    "the neighbour's piano",
    "a long walk",
    "the library",
    "tomato season",
    "a fresh notebook",
    "the coffee grinder",
    "the garden",
]
VERBS = [
    "is the best part of",
    "quietly ruined",
    "saved",
    "makes up for",
    "is carrying",
    "deserves more credit for",
    "somehow improved",
    "is responsible for",
    "rescued",
]
OBJECTS = [
    "my whole week",
    "this morning",
    "the afternoon",
    "my mood",
    "the team standup",
    "the weekend",
    "my focus",
    "dinner plans",
    "the entire sprint",
    "my reading list",
]
CLOSERS = [
    "",
    "",
    "",
    " No notes.",
    " Fight me.",
    " Anyway.",
    " 10/10 would recommend.",
    " Still thinking about it.",
    " That is all.",
    " #smallthings",
    " #mondays",
    " :)",
]
SHORT = ["lol", "same", "yes!!", "ok fine", "big mood", "wow", "nope", "soon", "why", "hmm"]
FRIENDS = ["@pixel_pat", "@quietkettle", "@marathon_mo", "@fern_and_fig", "@bytesized"]
LINKS = ["https://t.co/aB3dE5fG7h", "http://example.com/notes", "https://t.co/Zx9Yw8Vu7t"]


def tweet_text(rng: random.Random) -> str:
    kind = rng.random()
    sentence = (
        f"{rng.choice(OPENERS)} {rng.choice(SUBJECTS)} {rng.choice(VERBS)} "
        f"{rng.choice(OBJECTS)}.{rng.choice(CLOSERS)}"
    )
    if kind < 0.12:
        return f"RT {rng.choice(FRIENDS)}: {sentence}"
    if kind < 0.22:
        return (
            rng.choice(SHORT)
            if rng.random() < 0.6
            else f"{rng.choice(FRIENDS)} {rng.choice(SHORT)}"
        )
    if kind < 0.32:
        return f"{sentence} {rng.choice(LINKS)}"
    if kind < 0.40:
        return f"{rng.choice(FRIENDS)} {sentence}"
    if kind < 0.46:
        return f"{sentence}\n\nAlso: {rng.choice(SUBJECTS)} &amp; {rng.choice(SUBJECTS)}."
    if kind < 0.50:
        return f"Rule of thumb: coffee &gt; tea, and tea &lt; nothing. {rng.choice(CLOSERS)}"
    return sentence


def archive_item(index: int, text: str, when: datetime) -> dict:
    tweet_id = str(1_700_000_000_000_000_000 + index * 7919)
    return {
        "tweet": {
            "retweeted": False,
            "source": '<a href="https://example.com" rel="nofollow">sample</a>',
            "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
            "display_text_range": ["0", str(len(text))],
            "favorite_count": "0",
            "id_str": tweet_id,
            "truncated": False,
            "retweet_count": "0",
            "id": tweet_id,
            "created_at": when.strftime("%a %b %d %H:%M:%S +0000 %Y"),
            "favorited": False,
            "full_text": text,
            "lang": "en",
        }
    }


def main() -> None:
    rng = random.Random(20261125)
    start = datetime(2025, 1, 1, 8, 0, tzinfo=timezone.utc)
    items = [archive_item(i, tweet_text(rng), start + timedelta(hours=13 * i)) for i in range(800)]
    items.reverse()  # archives list newest first
    account = [{"account": {"username": HANDLE, "accountDisplayName": "Sample Bot"}}]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "tweets.js").write_text(
        "window.YTD.tweets.part0 = " + json.dumps(items, indent=2, ensure_ascii=False) + "\n"
    )
    (OUT / "account.js").write_text(
        "window.YTD.account.part0 = " + json.dumps(account, indent=2) + "\n"
    )


if __name__ == "__main__":
    main()
