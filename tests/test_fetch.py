"""The X API v2 downloader against a local stand-in of the API, over real HTTP."""

from __future__ import annotations

import http.client
import json
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import free_port
from x_api_standin import XApiStandin

from training.errors import TweetbotsError
from training.fetch import PAGES_FILE, USER_FILE, Retry, download_timeline
from training.tweets import TWEETS_FILE, read_tweets

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "AAAAstandin%2Fsecret-bearer-token-0123456789"


class Sleeps(list):
    """Records the delays asked for instead of sleeping them."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture(autouse=True)
def _no_real_x(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    monkeypatch.delenv("X_API_URL", raising=False)


@pytest.fixture
def api() -> XApiStandin:
    with XApiStandin(token=TOKEN) as standin:
        yield standin


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def fetch(api: XApiStandin, data: Path, handle: str, sleeps: Sleeps, **kwargs) -> Path:
    retry = Retry(attempts=3, backoff=0.01, sleep=sleeps)
    return download_timeline(
        handle, data, api_url=api.url, bearer_token=api.token, retry=retry, **kwargs
    )


def pages_of(data: Path, handle: str) -> list[dict]:
    lines = (data / handle / PAGES_FILE).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_timeline_is_cut_at_the_3200_most_recent(api, tmp_path, sleeps):
    user = api.add_user("prolific", 3450)
    path = fetch(api, tmp_path, "@Prolific", sleeps)

    tweets = read_tweets(path)
    assert path == tmp_path / "prolific" / TWEETS_FILE
    assert len(tweets) == 3200
    assert [t.id for t in tweets] == [p["id"] for p in reversed(user.posts)][:3200]
    timeline = api.timeline_requests()
    assert len(timeline) == 32
    assert all(seen.params["max_results"] == "100" for seen in timeline)
    fields = set(timeline[0].params["tweet.fields"].split(","))
    assert fields == {"created_at", "referenced_tweets", "note_tweet", "lang"}
    assert api.requests[0].path == "/2/users/by/username/prolific"
    assert set(api.requests[0].params["user.fields"].split(",")) == {"public_metrics", "protected"}


def test_client_cuts_the_last_page_to_exactly_3200(api, tmp_path, sleeps):
    api.cap = None  # a server that would go on: the client stops by itself
    api.page_size = 70  # X may answer with fewer than max_results
    api.add_user("uneven", 3450)
    tweets = read_tweets(fetch(api, tmp_path, "uneven", sleeps))

    assert len(tweets) == 3200
    assert len(api.timeline_requests()) == 46  # 45 x 70 = 3150, then 50 of the 46th page
    assert pages_of(tmp_path, "uneven")[-1]["next_token"] is None


def test_pages_chain_and_records_keep_what_the_cleaning_stage_needs(api, tmp_path, sleeps):
    user = api.add_user("writer", 250)
    tweets = read_tweets(fetch(api, tmp_path, "writer", sleeps))

    timeline = api.timeline_requests()
    pages = pages_of(tmp_path, "writer")
    assert len(timeline) == len(pages) == 3
    assert "pagination_token" not in timeline[0].params
    assert [seen.params["pagination_token"] for seen in timeline[1:]] == [
        page["next_token"] for page in pages[:-1]
    ]
    assert len(tweets) == 250
    by_id = {tweet.id: tweet for tweet in tweets}
    for post in user.posts:
        tweet = by_id[post["id"]]
        assert tweet.retweet == (post.get("referenced_tweets", [{}])[0].get("type") == "retweeted")
        assert tweet.text == post.get("note_tweet", post)["text"]
        assert tweet.lang == "en"
    assert sum(tweet.retweet for tweet in tweets) == 25
    assert by_id[user.posts[5]["id"]].text.startswith("Long post 5 begins")
    assert len(by_id[user.posts[5]["id"]].text) > 280
    assert by_id[user.posts[7]["id"]].text == (
        "Tom &amp; Jerry, episode 7: https://t.co/ep7\nwatch it twice"
    )
    assert by_id[user.posts[0]["id"]].created_at == "2020-01-01T00:00:00+00:00"
    assert by_id[user.posts[8]["id"]].retweet is False  # replies are kept as tweets


def test_interrupted_download_resumes_without_repeating_pages(api, tmp_path, sleeps):
    api.add_user("resumer", 1000)
    api.fail_after_pages = 4
    with pytest.raises(TweetbotsError, match="kept failing .* pages downloaded so far are kept"):
        fetch(api, tmp_path, "resumer", sleeps)
    assert not (tmp_path / "resumer" / TWEETS_FILE).exists()
    assert len(pages_of(tmp_path, "resumer")) == 4
    resume_token = pages_of(tmp_path, "resumer")[-1]["next_token"]
    # a crash in the middle of appending a page leaves a torn last line
    with (tmp_path / "resumer" / PAGES_FILE).open("a", encoding="utf-8") as log:
        log.write('{"walk": 0, "since_id": null, "pagination_token": "abc", "next_to')

    api.fail_after_pages = None
    first_run = len(api.requests)
    tweets = read_tweets(fetch(api, tmp_path, "resumer", sleeps))

    second_run = api.requests[first_run:]
    assert all(seen.path.endswith("/tweets") for seen in second_run)  # no new user lookup
    assert second_run[0].params["pagination_token"] == resume_token
    served = [s.params.get("pagination_token") for s in api.timeline_requests() if s.status == 200]
    assert len(served) == len(set(served)) == 10  # each page served exactly once
    assert len(tweets) == 1000
    assert len(pages_of(tmp_path, "resumer")) == 10


def test_ctrl_c_keeps_the_pages_already_saved(api, tmp_path, sleeps):
    api.add_user("impatient", 600)
    api.fail_after_pages = 3

    def interrupt(seconds: float) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        download_timeline(
            "impatient", tmp_path, api_url=api.url, bearer_token=TOKEN, retry=Retry(sleep=interrupt)
        )
    assert len(pages_of(tmp_path, "impatient")) == 3
    api.fail_after_pages = None
    assert len(read_tweets(fetch(api, tmp_path, "impatient", sleeps))) == 600


def test_complete_cache_is_reused_without_any_request_or_token(api, tmp_path, sleeps):
    api.add_user("cached", 120)
    path = fetch(api, tmp_path, "cached", sleeps)
    before = path.read_text(encoding="utf-8")
    seen = len(api.requests)

    again = download_timeline("cached", tmp_path)  # no token, no URL: must not need the API

    assert again == path
    assert len(api.requests) == seen
    assert again.read_text(encoding="utf-8") == before


def test_refresh_fetches_only_newer_tweets_and_merges(api, tmp_path, sleeps):
    user = api.add_user("fresh", 230)
    fetch(api, tmp_path, "fresh", sleeps)
    newest = user.posts[-1]["id"]
    user.publish(130)
    seen = len(api.requests)

    tweets = read_tweets(fetch(api, tmp_path, "fresh", sleeps, refresh=True))

    refresh = api.requests[seen:]
    assert [r.path for r in refresh] == ["/2/users/1000/tweets"] * 2  # 130 new: two pages
    assert all(r.params["since_id"] == newest for r in refresh)
    assert len(tweets) == 360
    assert tweets[0].id == user.posts[-1]["id"]

    seen = len(api.requests)
    assert len(read_tweets(fetch(api, tmp_path, "fresh", sleeps, refresh=True))) == 360
    assert len(api.requests) == seen + 1  # nothing new: one empty page


def test_refresh_keeps_the_3200_most_recent(api, tmp_path, sleeps):
    user = api.add_user("busy", 3200)
    fetch(api, tmp_path, "busy", sleeps)
    user.publish(50)
    tweets = read_tweets(fetch(api, tmp_path, "busy", sleeps, refresh=True))
    assert len(tweets) == 3200
    assert [t.id for t in tweets] == [p["id"] for p in reversed(user.posts)][:3200]


def test_rate_limit_waits_for_the_reset_with_a_countdown(api, tmp_path, capsys):
    api.add_user("limited", 300)
    api.rate_limit_on_page = 2
    api.rate_limit_reset_in = 1.0
    started = time.monotonic()

    path = download_timeline(
        "limited", tmp_path, api_url=api.url, bearer_token=api.token, retry=Retry()
    )

    assert time.monotonic() - started >= 1.0
    assert len(read_tweets(path)) == 300
    assert [seen.status for seen in api.timeline_requests()] == [200, 429, 200, 200]
    assert "X API rate limit reached (HTTP 429): resuming in" in capsys.readouterr().err


def test_server_errors_are_retried_with_backoff(api, tmp_path, sleeps):
    api.add_user("flaky", 150)
    api.server_errors = 2
    tweets = read_tweets(fetch(api, tmp_path, "flaky", sleeps))
    assert len(tweets) == 150
    assert sleeps == [0.01, 0.02]
    assert [seen.status for seen in api.requests[:3]] == [503, 503, 200]


def test_unreachable_api_is_retried_then_reported(tmp_path, sleeps):
    port = free_port()
    retry = Retry(attempts=3, backoff=0.01, sleep=sleeps)
    with pytest.raises(TweetbotsError, match="cannot reach the X API at http://127.0.0.1"):
        download_timeline(
            "anyone", tmp_path, api_url=f"http://127.0.0.1:{port}", bearer_token=TOKEN, retry=retry
        )
    assert sleeps == [0.01, 0.02]
    assert not (tmp_path / "anyone").exists()


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda api: None, "@nobody was not found on X"),
        (lambda api: api.add_user("nobody", 50, suspended=True), "@nobody is suspended"),
        (lambda api: api.add_user("nobody", 50, protected=True), "@nobody is protected"),
        (lambda api: api.add_user("nobody", 0), "@nobody has no tweets at all"),
    ],
    ids=["not-found", "suspended", "protected", "no-tweets"],
)
def test_account_problems_are_one_line_errors(api, tmp_path, sleeps, setup, message):
    setup(api)
    with pytest.raises(TweetbotsError, match=message) as error:
        fetch(api, tmp_path, "nobody", sleeps)
    assert "\n" not in str(error.value)
    assert not (tmp_path / "nobody").exists()


def test_stale_tweet_count_with_no_tweets_leaves_no_cache(api, tmp_path, sleeps):
    api.add_user("ghost", 0).tweet_count = 12  # metrics lag behind deletions
    with pytest.raises(TweetbotsError, match="@ghost has no tweets at all"):
        fetch(api, tmp_path, "ghost", sleeps)
    assert list((tmp_path / "ghost").iterdir()) == []


def test_account_turned_protected_during_a_resume(api, tmp_path, sleeps):
    user = api.add_user("shy", 500)
    api.fail_after_pages = 2
    with pytest.raises(TweetbotsError):
        fetch(api, tmp_path, "shy", sleeps)
    api.fail_after_pages = None
    user.protected = True
    with pytest.raises(TweetbotsError, match="@shy is protected"):
        fetch(api, tmp_path, "shy", sleeps)
    assert len(pages_of(tmp_path, "shy")) == 2  # kept for when it is readable again


def test_expired_pagination_token_says_how_to_start_over(tmp_path, sleeps):
    with XApiStandin(token=TOKEN) as first:
        first.add_user("stale", 400)
        first.fail_after_pages = 1
        with pytest.raises(TweetbotsError):
            fetch(first, tmp_path, "stale", sleeps)
    with XApiStandin(token=TOKEN) as later:  # a new server no longer knows the old token
        later.add_user("stale", 400)
        with pytest.raises(TweetbotsError, match="saved pagination token.*delete .*api_pages"):
            fetch(later, tmp_path, "stale", sleeps)
        assert later.requests[0].status == 400


def test_missing_token(tmp_path):
    with pytest.raises(TweetbotsError, match="X_BEARER_TOKEN is not set.*ARCHIVE=<path>"):
        download_timeline("someone", tmp_path)


def test_rejected_token_is_named_but_not_shown(api, tmp_path, sleeps):
    api.add_user("someone", 50)
    with pytest.raises(TweetbotsError, match="rejected the bearer token") as error:
        download_timeline(
            "someone", tmp_path, api_url=api.url, bearer_token="wrong-secret-value", retry=Retry()
        )
    assert "wrong-secret-value" not in str(error.value)
    assert api.requests[0].status == 401


def test_token_reaches_no_log_or_terminal(api, tmp_path, sleeps, caplog, capfd, monkeypatch):
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(http.client.HTTPConnection, "debuglevel", 1)  # wire dump switched on
    api.add_user("quiet", 150)
    api.server_errors = 1
    fetch(api, tmp_path, "quiet", sleeps)
    with pytest.raises(TweetbotsError):
        fetch(api, tmp_path, "missing", sleeps)

    assert "Making API request" in caplog.text  # tweepy's debug log did run
    assert "Bearer [redacted]" in caplog.text
    out, err = capfd.readouterr()
    for text in (caplog.text, out, err, *(r.getMessage() for r in caplog.records)):
        assert TOKEN not in text
    assert http.client.HTTPConnection.debuglevel == 1  # restored after the download


def run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("X_")} | env
    return subprocess.run(
        [sys.executable, "-m", "training.fetch", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_cli_reports_one_error_line_and_exits_1(api, tmp_path):
    env = {"X_API_URL": api.url, "X_BEARER_TOKEN": TOKEN}
    result = run_cli("--user", "nobody", "--data-dir", str(tmp_path), env=env)
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["error: @nobody was not found on X: check the handle"]

    result = run_cli("--user", "nobody", "--data-dir", str(tmp_path), env={})
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("error: X_BEARER_TOKEN is not set")


def test_cli_downloads(api, tmp_path):
    api.add_user("clier", 120)
    env = {"X_API_URL": api.url, "X_BEARER_TOKEN": TOKEN}
    result = run_cli("--user", "clier", "--data-dir", str(tmp_path), env=env)
    assert result.returncode == 0, result.stderr
    assert "@clier: 120 tweets (12 retweets)" in result.stdout
    assert len(read_tweets(tmp_path / "clier" / TWEETS_FILE)) == 120
    assert (tmp_path / "clier" / USER_FILE).exists()
    assert TOKEN not in result.stdout + result.stderr


def test_credentials_in_the_api_url_are_never_shown(tmp_path, sleeps, capsys):
    proxied = f"http://proxyuser:proxy-secret-9f2@127.0.0.1:{free_port()}"
    retry = Retry(attempts=2, backoff=0.01, sleep=sleeps)
    with pytest.raises(TweetbotsError, match="cannot reach the X API") as error:
        download_timeline("quiet", tmp_path, api_url=proxied, bearer_token=TOKEN, retry=retry)
    out = capsys.readouterr()
    assert "proxy-secret-9f2" not in str(error.value) + out.out + out.err
    assert "http://127.0.0.1:" in str(error.value)
