"""Tweets from the archive X produces under "Download an archive of your data".

The archive's `data/tweets.js` (older archives: `data/tweet.js`) is JavaScript of the form
`window.YTD.tweets.part0 = [...]`; large archives add `tweets-part1.js`, `tweets-part2.js`, ...
It is read as data: the assignment prefix is stripped and the rest parsed as JSON, never run.

Usage: python -m training.x_archive --user HANDLE --archive PATH [--data_dir data] [--force]
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from transformers import HfArgumentParser

from training.errors import TweetbotsError, run_stage
from training.tweets import TWEETS_FILE, Tweet, normalize_handle, write_tweets

ASSIGNMENT = re.compile(r"^\s*window\.YTD\.(\w+)\.part(\d+)\s*=\s*")
TWEET_PART = re.compile(r"(?:^|/)(?:data/)?tweets?(?:-part(\d+))?\.js$")
ACCOUNT_PART = re.compile(r"(?:^|/)(?:data/)?account\.js$")
ARCHIVE_DATE = "%a %b %d %H:%M:%S %z %Y"


def parse_ytd(source: str, text: str) -> list[dict]:
    """Parse one `window.YTD.<kind>.partN = [...]` file as JSON."""
    match = ASSIGNMENT.match(text)
    if not match:
        raise TweetbotsError(f"{source}: not an X archive file (no 'window.YTD.<name>.partN =')")
    body = text[match.end() :].strip().rstrip(";")
    try:
        items = json.loads(body)
    except json.JSONDecodeError as error:
        raise TweetbotsError(
            f"{source}: malformed archive data ({error.msg} at char {error.pos})"
        ) from None
    if not isinstance(items, list):
        raise TweetbotsError(f"{source}: expected a list of tweets after the '=' sign")
    return items


def tweet_from_item(source: str, item: object) -> Tweet:
    """One archive entry: `{"tweet": {...}}`, or the bare object in the oldest archives."""
    raw = item.get("tweet", item) if isinstance(item, dict) else None
    if not isinstance(raw, dict):
        raise TweetbotsError(f"{source}: an entry is not a tweet object: {str(item)[:60]!r}")
    try:
        text = raw["full_text"] if "full_text" in raw else raw["text"]
        tweet_id = str(raw.get("id_str") or raw["id"])
        created = datetime.strptime(raw["created_at"], ARCHIVE_DATE).astimezone(timezone.utc)
    except (KeyError, ValueError) as error:
        raise TweetbotsError(f"{source}: tweet entry without a valid {error} field") from None
    return Tweet(
        id=tweet_id,
        created_at=created.isoformat(),
        text=text,
        retweet=text.startswith("RT @"),
        lang=raw.get("lang"),
    )


def _part_number(name: str) -> int:
    match = TWEET_PART.search(name)
    return int(match.group(1) or 0) if match else -1


def read_archive_files(path: Path) -> tuple[dict[str, str], str | None]:
    """The tweet parts' texts by name, and account.js's text, from a zip, a folder or a .js file."""
    if not path.exists():
        raise TweetbotsError(f"archive not found: {path}")
    if path.is_file() and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            parts = {n: archive.read(n).decode("utf-8-sig") for n in names if TWEET_PART.search(n)}
            account = next((n for n in names if ACCOUNT_PART.search(n)), None)
            return parts, archive.read(account).decode("utf-8-sig") if account else None
    folder = path if path.is_dir() else path.parent
    if path.is_dir() and (path / "data").is_dir():
        folder = path / "data"
    if path.is_file() and not TWEET_PART.search(path.name):
        raise TweetbotsError(
            f"{path}: expected an archive .zip, its data/ folder or data/tweets.js"
        )
    parts = {
        p.name: p.read_text("utf-8-sig") for p in folder.iterdir() if TWEET_PART.search(p.name)
    }
    account_file = folder / "account.js"
    return parts, account_file.read_text("utf-8-sig") if account_file.exists() else None


def archive_username(account_js: str | None) -> str | None:
    if account_js is None:
        return None
    accounts = parse_ytd("account.js", account_js)
    if accounts and isinstance(accounts[0], dict):
        return accounts[0].get("account", {}).get("username")
    return None


def load_archive(path: Path) -> tuple[list[Tweet], str | None]:
    """All tweets of an archive (every part), newest first, and the archive owner's handle."""
    parts, account_js = read_archive_files(path)
    if not parts:
        raise TweetbotsError(f"{path}: no data/tweets.js (or tweet.js) in this archive")
    tweets = [
        tweet_from_item(name, item)
        for name in sorted(parts, key=_part_number)
        for item in parse_ytd(name, parts[name])
    ]
    return tweets, archive_username(account_js)


def check_owner(handle: str, archive: Path, owner: str | None, force: bool) -> None:
    """Refuse another account's archive (its account.js names the owner) unless forced."""
    if owner is None:
        print(f"note: {archive} has no account.js: whose tweets these are is not checked")
    elif owner.lower() != handle and not force:
        raise TweetbotsError(
            f"{archive} is the archive of @{owner}, not @{handle}: use it for @{owner.lower()}, "
            f"or set FORCE=1 (--force) to import it as @{handle} anyway"
        )
    elif owner.lower() != handle:
        print(f"warning: {archive} belongs to @{owner}, imported as @{handle}", file=sys.stderr)


def import_archive(handle: str, archive: Path, data_dir: Path, force: bool = False) -> Path:
    """Write `data/<handle>/tweets.jsonl` from an archive; returns its path.

    The archive must be the account's own (account.js) unless `force`: a bot that says it
    writes like @handle must have learned from @handle's tweets.
    """
    handle = normalize_handle(handle)
    tweets, owner = load_archive(archive)
    if not tweets:
        raise TweetbotsError(f"{archive}: the archive holds no tweets")
    check_owner(handle, archive, owner, force)
    out = data_dir / handle / TWEETS_FILE
    write_tweets(out, tweets)
    print(f"@{handle}: {len(tweets)} tweets from {archive} -> {out}")
    return out


@dataclass
class ArchiveArguments:
    user: str = field(metadata={"help": "X handle the tweets belong to"})
    archive: Path = field(metadata={"help": "archive .zip, its data/ folder or data/tweets.js"})
    data_dir: Path = field(default=Path("data"), metadata={"help": "where data/<handle>/ lives"})
    force: bool = field(
        default=False, metadata={"help": "import it even if account.js names another account"}
    )


def main(argv: list[str] | None = None) -> None:
    (args,) = HfArgumentParser(ArchiveArguments).parse_args_into_dataclasses(argv)
    run_stage(lambda: import_archive(args.user, args.archive, args.data_dir, args.force))


if __name__ == "__main__":
    main()
