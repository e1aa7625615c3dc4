"""Tweets from the X API v2 (tweepy), kept in a resumable cache in `data/<handle>/`.

X bills and rate-limits every call, so each page of the timeline is appended to
`api_pages.jsonl` as soon as it arrives and a later run starts from the last page kept.
Every line of that log says which walk it belongs to, the token it was requested with
and the token for the page after it; a walk is complete when its last line has no next
token. A crash can at most tear the line being written, which is cut off on the next
read, so the log never claims a complete walk that is not. `tweets.jsonl` is rewritten
(atomically) from the log only once a walk is complete.

Usage: python -m training.fetch --user HANDLE [--refresh] [--data_dir data]
"""

from __future__ import annotations

import http.client
import json
import logging
import math
import os
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
import tweepy
from tqdm import tqdm
from transformers import HfArgumentParser

from training.errors import TweetbotsError, run_stage
from training.tweets import (
    TWEETS_FILE,
    Tweet,
    newest_first,
    normalize_handle,
    write_atomic,
    write_tweets,
)

API_URL_ENV = "X_API_URL"
TOKEN_ENV = "X_BEARER_TOKEN"
DEFAULT_API_URL = "https://api.x.com"
TWEEPY_HOST = "https://api.twitter.com"  # tweepy 4.x builds every URL on this host
PAGES_FILE = "api_pages.jsonl"
USER_FILE = "api_user.json"
TIMELINE_CAP = 3200  # GET /2/users/:id/tweets serves a user's 3,200 most recent posts
PAGE_SIZE = 100
TWEET_FIELDS = ["created_at", "referenced_tweets", "note_tweet", "lang"]
USER_FIELDS = ["public_metrics", "protected"]
BEARER = re.compile(r"(Bearer\s+)[^\s'\",}]+")


@dataclass(frozen=True)
class Retry:
    """How hard to try before giving up; injectable so tests do not sleep for real."""

    attempts: int = 5  # tries per request on 5xx answers and connection errors
    backoff: float = 2.0  # seconds before the first retry, doubled for each further one
    max_backoff: float = 60.0
    rate_limit_waits: int = 5  # 429s in a row on one request before giving up
    rate_limit_fallback: float = 60.0  # wait when a 429 carries no x-rate-limit-reset
    timeout: float = 30.0  # seconds per HTTP request
    sleep: Callable[[float], None] = time.sleep


DEFAULT_RETRY = Retry()


class _Redactor(logging.Filter):
    """Blanks bearer tokens in records: tweepy's debug log prints the Authorization header."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _redact(message, self.secrets)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


_REDACTOR = _Redactor()
_LOGGERS_WITH_OUR_REQUESTS = ("tweepy.client", "urllib3.connectionpool")


def display_url(url: str) -> str:
    """The URL without its user:password@ part: a proxy URL may carry credentials."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[-1]))


def _redact(text: str, secrets: set[str] | frozenset[str] = frozenset()) -> str:
    for secret in secrets:
        text = text.replace(secret, "[redacted]")
    return BEARER.sub(r"\1[redacted]", text)


def _guard_logs(token: str) -> None:
    """Filters sit on the loggers that emit, so they apply whatever handlers exist."""
    _REDACTOR.secrets.add(token)
    for name in _LOGGERS_WITH_OUR_REQUESTS:
        logger = logging.getLogger(name)
        if _REDACTOR not in logger.filters:
            logger.addFilter(_REDACTOR)


@contextmanager
def _no_wire_dump() -> Iterator[None]:
    """http.client's debuglevel prints raw requests, Authorization header included, to stdout."""
    saved = http.client.HTTPConnection.debuglevel
    http.client.HTTPConnection.debuglevel = 0
    try:
        yield
    finally:
        http.client.HTTPConnection.debuglevel = saved


class _RebasedSession(requests.Session):
    """Sends tweepy's requests to `base_url` (tweepy has no base-URL option) with a timeout."""

    def __init__(self, base_url: str, timeout: float) -> None:
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:
        if url.startswith(TWEEPY_HOST):
            url = self.base_url + url[len(TWEEPY_HOST) :]
        kwargs.setdefault("timeout", self.timeout)
        return super().request(method, url, *args, **kwargs)


def make_client(bearer_token: str, api_url: str, timeout: float) -> tweepy.Client:
    """A tweepy v2 client on `api_url`; rate limits are ours to handle, with a countdown."""
    if not re.match(r"^https?://[^/\s]+", api_url):
        raise TweetbotsError(f"{API_URL_ENV}={display_url(api_url)!r} is not an http(s) URL")
    _guard_logs(bearer_token)
    client = tweepy.Client(bearer_token=bearer_token, wait_on_rate_limit=False)
    client.session = _RebasedSession(api_url, timeout)  # `session` is documented public state
    return client


@dataclass(frozen=True)
class _Walk:
    """One pass down the timeline: the full one, or a refresh limited by `since_id`."""

    number: int
    since_id: str | None
    next_token: str | None = None
    count: int = 0
    done: bool = False


def _last_walk(pages: list[dict]) -> _Walk | None:
    if not pages:
        return None
    last = pages[-1]
    count = sum(len(page["tweets"]) for page in pages if page["walk"] == last["walk"])
    done = last["next_token"] is None
    return _Walk(last["walk"], last["since_id"], last["next_token"], count, done)


def _load_pages(path: Path) -> list[dict]:
    """Pages kept so far; a line torn by a crash mid-append is cut off so appends start clean."""
    if not path.exists():
        return []
    raw = path.read_bytes()
    whole = raw[: raw.rfind(b"\n") + 1]
    if len(whole) != len(raw):
        with path.open("r+b") as handle:
            handle.truncate(len(whole))
    try:
        return [json.loads(line) for line in whole.decode("utf-8").splitlines() if line.strip()]
    except ValueError:
        raise TweetbotsError(f"{path} is damaged: delete it to download again") from None


def _append_page(path: Path, page: dict) -> None:
    """One line per page, on disk (fsync) before the next request goes out."""
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(page, ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def _tweet(raw: dict) -> Tweet:
    post = tweepy.Tweet(raw)
    note = post.get("note_tweet") or {}
    references = post.referenced_tweets or []
    return Tweet(
        id=str(post.id),
        created_at=post.created_at.isoformat(),
        text=note.get("text") or post.text,  # `text` of a long post is cut at 280 characters
        retweet=any(reference.type == "retweeted" for reference in references),
        lang=post.lang,
    )


def _cached_tweets(pages: list[dict]) -> list[Tweet]:
    """Every walk merged, newest first, cut to the 3,200 most recent as the API would serve."""
    return newest_first(_tweet(raw) for page in pages for raw in page["tweets"])[:TIMELINE_CAP]


def _one_line(text: str, secrets: set[str], limit: int = 300) -> str:
    text = " ".join(_redact(text, secrets).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _problems(error: tweepy.HTTPException) -> list[dict]:
    """X's problem objects of a failed call: its `errors`, or the body itself (401, 429, 5xx)."""
    if error.api_errors:
        return [item if isinstance(item, dict) else {"detail": item} for item in error.api_errors]
    try:
        body = error.response.json()
    except ValueError:
        return []
    return [body] if isinstance(body, dict) else []


def _details(problems: list[dict]) -> str:
    parts = (p.get("detail") or p.get("message") or p.get("title") or "" for p in problems)
    return "; ".join(part for part in parts if part)


def _protected(handle: str) -> TweetbotsError:
    return TweetbotsError(
        f"@{handle} is protected: only approved followers can read its posts, "
        "not an app-only bearer token (use ARCHIVE=<path> with the account's own archive)"
    )


def _no_tweets(handle: str) -> TweetbotsError:
    return TweetbotsError(f"@{handle} has no tweets at all: nothing to train on")


def _account_error(handle: str, problems: list[dict]) -> TweetbotsError | None:
    """Name what X says about the account, whether it came as HTTP 4xx or as 200 + `errors`."""
    for problem in problems:
        kind = str(problem.get("type", ""))
        title = str(problem.get("title", ""))
        detail = str(problem.get("detail", "")).lower()
        if "suspended" in detail or (kind.endswith("resource-not-found") and title == "Forbidden"):
            return TweetbotsError(f"@{handle} is suspended: X serves no posts from it")
        if kind.endswith("not-authorized-for-resource") or title == "Authorization Error":
            return _protected(handle)
        if kind.endswith("resource-not-found") or "could not find" in detail:
            return TweetbotsError(f"@{handle} was not found on X: check the handle")
    return None


class _Downloader:
    """One user's download: every call goes through `call` for retries and rate limits."""

    def __init__(
        self, handle: str, folder: Path, client: tweepy.Client, api_url: str, retry: Retry
    ) -> None:
        self.handle = handle
        self.folder = folder
        self.client = client
        self.api_url = api_url
        self.retry = retry
        self.secrets = {client.bearer_token}

    @property
    def pages_path(self) -> Path:
        return self.folder / PAGES_FILE

    @property
    def user_path(self) -> Path:
        return self.folder / USER_FILE

    def call(self, method: Callable[..., tweepy.Response], **params: Any) -> tweepy.Response:
        """Waits out 429s, retries 5xx and connection errors with backoff, names the rest."""
        failures = 0
        waits = 0
        while True:
            try:
                return method(**params)
            except tweepy.TooManyRequests as error:
                waits += 1
                if waits > self.retry.rate_limit_waits:
                    raise TweetbotsError(
                        f"X API rate limit still exceeded after {waits - 1} waits: "
                        "run again later, the pages downloaded so far are kept"
                    ) from None
                self._wait_for_reset(error.reset_time)
            except (tweepy.TwitterServerError, requests.ConnectionError, requests.Timeout) as error:
                failures += 1
                if failures >= self.retry.attempts:
                    raise self._gave_up(error, failures) from None
                self.retry.sleep(
                    min(self.retry.max_backoff, self.retry.backoff * 2 ** (failures - 1))
                )
            except tweepy.HTTPException as error:
                raise self._refused(error) from None
            except requests.RequestException as error:
                raise TweetbotsError(
                    f"unexpected answer from the X API at {self.api_url}: {type(error).__name__}"
                ) from None

    def _wait_for_reset(self, reset_time: int | None) -> None:
        """Sleeps until the window resets, with a countdown so a long wait is not a silent hang."""
        if reset_time is None:
            seconds = self.retry.rate_limit_fallback
        else:
            seconds = reset_time - time.time() + 1  # +1: the reset second itself may still count
        with tqdm(total=None, bar_format="{desc}", leave=False) as line:
            for left in range(max(1, math.ceil(seconds)), 0, -1):
                line.set_description_str(
                    f"X API rate limit reached (HTTP 429): resuming in {left}s", refresh=True
                )
                self.retry.sleep(1)

    def _gave_up(self, error: Exception, tries: int) -> TweetbotsError:
        if isinstance(error, tweepy.HTTPException):
            status = f"{error.response.status_code} {error.response.reason}"
            return TweetbotsError(
                f"the X API at {self.api_url} kept failing ({status}) after {tries} tries: "
                "try again later, the pages downloaded so far are kept"
            )
        return TweetbotsError(
            f"cannot reach the X API at {self.api_url} ({type(error).__name__}) after "
            f"{tries} tries: check the network or {API_URL_ENV}"
        )

    def _refused(self, error: tweepy.HTTPException) -> TweetbotsError:
        problems = _problems(error)
        account = _account_error(self.handle, problems)
        if account is not None:
            return account
        status = error.response.status_code
        if status == 401:
            return TweetbotsError(
                f"X rejected the bearer token (401 Unauthorized): check {TOKEN_ENV}"
            )
        if status == 404:
            return TweetbotsError(f"@{self.handle} was not found on X (404): check the handle")
        detail = _one_line(_details(problems) or str(error.response.reason), self.secrets)
        if any("pagination_token" in (problem.get("parameters") or {}) for problem in problems):
            return TweetbotsError(
                f"X no longer accepts the saved pagination token ({detail}): "
                f"delete {self.pages_path} to start the download over"
            )
        return TweetbotsError(f"the X API refused the request ({status}): {detail}")

    def _errors_of(self, response: tweepy.Response) -> TweetbotsError:
        """A 200 answer without data: X reports missing, suspended or protected users this way."""
        account = _account_error(self.handle, response.errors)
        detail = _one_line(_details(response.errors) or "empty answer", self.secrets)
        return account or TweetbotsError(f"the X API returned no data for @{self.handle}: {detail}")

    def user(self) -> dict:
        """The cached user, or a lookup that rejects accounts with nothing to download."""
        if self.user_path.exists() and self.pages_path.exists():
            return json.loads(self.user_path.read_text(encoding="utf-8"))
        response = self.call(self.client.get_user, username=self.handle, user_fields=USER_FIELDS)
        if response.data is None:
            raise self._errors_of(response)
        found = response.data
        if found.protected:
            raise _protected(self.handle)
        tweet_count = (found.public_metrics or {}).get("tweet_count")
        if tweet_count == 0:
            raise _no_tweets(self.handle)
        return {"id": str(found.id), "username": found.username, "tweet_count": tweet_count}

    def walk(self, user: dict, walk: _Walk) -> None:
        """Pages down the timeline from `walk.next_token`, keeping each page as it arrives."""
        expected = None if walk.since_id else min(user["tweet_count"] or TIMELINE_CAP, TIMELINE_CAP)
        count = walk.count
        token = walk.next_token
        with tqdm(total=expected, initial=count, unit="tweet", desc=f"@{self.handle}") as bar:
            while True:
                response = self.call(
                    self.client.get_users_tweets,
                    id=user["id"],
                    max_results=PAGE_SIZE,
                    pagination_token=token,
                    since_id=walk.since_id,
                    tweet_fields=TWEET_FIELDS,
                )
                if response.data is None and response.errors:
                    raise self._errors_of(response)
                tweets = [post.data for post in response.data or []][: TIMELINE_CAP - count]
                count += len(tweets)
                next_token = response.meta.get("next_token") if count < TIMELINE_CAP else None
                if not self.pages_path.exists():
                    write_atomic(self.user_path, json.dumps(user, ensure_ascii=False) + "\n")
                _append_page(
                    self.pages_path,
                    {
                        "walk": walk.number,
                        "since_id": walk.since_id,
                        "pagination_token": token,
                        "next_token": next_token,
                        "tweets": tweets,
                    },
                )
                bar.update(len(tweets))
                if next_token is None:
                    return
                token = next_token


def download_timeline(
    handle: str,
    data_dir: Path,
    *,
    refresh: bool = False,
    api_url: str | None = None,
    bearer_token: str | None = None,
    retry: Retry = DEFAULT_RETRY,
) -> Path:
    """Bring `data/<handle>/tweets.jsonl` up to date from the X API; returns its path.

    A complete cache is used without any API call unless `refresh`, which then fetches only
    posts newer than the newest cached one. An interrupted download continues where it stopped.
    """
    handle = normalize_handle(handle)
    folder = Path(data_dir) / handle
    pages = _load_pages(folder / PAGES_FILE)
    walk = _last_walk(pages)
    if walk is not None and walk.done and not refresh:
        return _finish(handle, folder, pages, "from the cache, no API call")

    token = bearer_token or os.environ.get(TOKEN_ENV)
    if not token:
        raise TweetbotsError(
            f"{TOKEN_ENV} is not set: export an X API app-only bearer token, "
            "or pass ARCHIVE=<path> to train from an X archive"
        )
    url = api_url or os.environ.get(API_URL_ENV) or DEFAULT_API_URL
    client = make_client(token, url, retry.timeout)
    downloader = _Downloader(handle, folder, client, display_url(url), retry)
    with _no_wire_dump():
        user = downloader.user()
        if walk is None:
            downloader.walk(user, _Walk(number=0, since_id=None))
        elif not walk.done:
            downloader.walk(user, walk)
        if refresh and walk is not None:
            pages = _load_pages(downloader.pages_path)
            newest = max((int(raw["id"]) for page in pages for raw in page["tweets"]), default=None)
            since_id = None if newest is None else str(newest)
            downloader.walk(user, _Walk(number=pages[-1]["walk"] + 1, since_id=since_id))
    return _finish(handle, folder, _load_pages(downloader.pages_path), f"from {display_url(url)}")


def _finish(handle: str, folder: Path, pages: list[dict], source: str) -> Path:
    """Write tweets.jsonl from a complete cache; an account with no tweets leaves no cache."""
    tweets = _cached_tweets(pages)
    if not tweets:
        for name in (PAGES_FILE, USER_FILE):
            (folder / name).unlink(missing_ok=True)
        raise _no_tweets(handle)
    out = folder / TWEETS_FILE
    write_tweets(out, tweets)
    retweets = sum(tweet.retweet for tweet in tweets)
    print(f"@{handle}: {len(tweets)} tweets ({retweets} retweets) {source} -> {out}")
    return out


@dataclass
class FetchArguments:
    user: str = field(metadata={"help": "X handle to download"})
    refresh: bool = field(default=False, metadata={"help": "fetch tweets newer than the cache"})
    data_dir: Path = field(default=Path("data"), metadata={"help": "where data/<handle>/ lives"})


def main(argv: list[str] | None = None) -> None:
    (args,) = HfArgumentParser(FetchArguments).parse_args_into_dataclasses(argv)
    run_stage(lambda: download_timeline(args.user, args.data_dir, refresh=args.refresh))


if __name__ == "__main__":
    main()
