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
    except RecursionError:  # `[[[[...` deeper than Python's stack: never X's data
        raise TweetbotsError(f"{source}: malformed archive data (nested too deeply)") from None
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
        created_at = raw["created_at"]
    except KeyError as error:
        raise TweetbotsError(f"{source}: tweet entry without a valid {error} field") from None
    # Fields of the wrong type are refused like missing ones: archives can come from anyone.
    created = _archive_date(created_at)
    for name, valid in (
        ("full_text", isinstance(text, str)),
        ("id", tweet_id.isascii() and tweet_id.isdigit() and len(tweet_id) <= 20),
        ("created_at", created is not None),
    ):
        if not valid:
            raise TweetbotsError(f"{source}: tweet entry without a valid '{name}' field")
    lang = raw.get("lang")
    return Tweet(
        id=tweet_id,
        created_at=created.isoformat(),
        text=_encodable(text),
        retweet=text.startswith("RT @"),
        lang=lang if isinstance(lang, str) else None,
    )


def _archive_date(value: object) -> datetime | None:
    try:
        return datetime.strptime(value, ARCHIVE_DATE).astimezone(timezone.utc)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None


def _encodable(text: str) -> str:
    """JSON can spell lone surrogates (`\\ud800`), which UTF-8 cannot store: replace them."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def _part_number(name: str) -> int:
    match = TWEET_PART.search(name)
    return int(match.group(1) or 0) if match else -1


def archive_text(source: str, data: bytes) -> str:
    """An archive file's text: X writes UTF-8, sometimes with a byte-order mark."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TweetbotsError(f"{source}: not UTF-8 text (bad byte at {error.start})") from None


def read_archive_files(path: Path) -> tuple[dict[str, str], str | None]:
    """The tweet parts' texts by name, and account.js's text, from a zip, a folder or a .js file."""
    if not path.exists():
        raise TweetbotsError(f"archive not found: {path}")
    if path.is_file() and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            parts = {n: archive_text(n, archive.read(n)) for n in names if TWEET_PART.search(n)}
            account = next((n for n in names if ACCOUNT_PART.search(n)), None)
            return parts, archive_text(account, archive.read(account)) if account else None
    folder = path if path.is_dir() else path.parent
    if path.is_dir() and (path / "data").is_dir():
        folder = path / "data"
    if path.is_file() and not TWEET_PART.search(path.name):
        raise TweetbotsError(
            f"{path}: expected an archive .zip, its data/ folder or data/tweets.js"
        )
    parts = {
        p.name: archive_text(p.name, p.read_bytes())
        for p in folder.iterdir()
        if TWEET_PART.search(p.name)
    }
    account_file = folder / "account.js"
    account = (
        archive_text("account.js", account_file.read_bytes()) if account_file.exists() else None
    )
    return parts, account


def archive_username(account_js: str | None) -> str | None:
    if account_js is None:
        return None
    accounts = parse_ytd("account.js", account_js)
    account = accounts[0].get("account") if accounts and isinstance(accounts[0], dict) else None
    username = account.get("username") if isinstance(account, dict) else None
    if username is not None and not isinstance(username, str):
        raise TweetbotsError("account.js: the account's username is not text")
    return username


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
