"""A local stand-in for the two X API v2 endpoints the downloader calls, over real HTTP.

X's API cannot be reached from here (and every real call is billed), so tests talk to
this server on loopback. It answers as X API v2 documents: `GET /2/users/by/username/:username`
and `GET /2/users/:id/tweets` with `data` / `meta` / `errors` bodies, problem objects
(`title`, `detail`, `type`), the 200-with-`errors` answers X gives for missing, suspended and
protected users, 401 for a bad bearer token, 429 with `x-rate-limit-*` headers, opaque
pagination tokens, `since_id`, `max_results` validation and the 3,200-most-recent cap.

Failures are injected on purpose: a 429 on a given timeline page, a run of 5xx answers,
or 503 on every timeline request after k pages (an interruption). Every request is logged.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from standin_server import LoopbackServer

PROBLEMS = "https://api.twitter.com/2/problems"
FIRST_POST = datetime(2020, 1, 1, tzinfo=timezone.utc)
TIMELINE_PARAMS = {
    "end_time",
    "exclude",
    "expansions",
    "max_results",
    "media.fields",
    "pagination_token",
    "place.fields",
    "poll.fields",
    "since_id",
    "start_time",
    "tweet.fields",
    "until_id",
    "user.fields",
}
USER_PARAMS = {"expansions", "tweet.fields", "user.fields"}


def make_post(user_id: int, username: str, index: int) -> dict:
    """Post number `index` (0 = oldest) of a user, the same on every run.

    Every tenth post from 3 on is a retweet, from 5 a long post (`note_tweet`), from 7 one
    with `&amp;`, a URL and a newline, from 8 a reply; ids grow with time, like X's.
    """
    post_id = str(user_id * 10_000_000 + index)
    created = (FIRST_POST + timedelta(hours=index)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    post: dict[str, Any] = {"id": post_id, "created_at": created, "lang": "en"}
    kind = index % 10
    if kind == 3:
        post["text"] = f"RT @friend: something worth sharing, number {index}"
        post["referenced_tweets"] = [{"type": "retweeted", "id": str(index + 42)}]
    elif kind == 5:
        long_text = f"Long post {index} begins here and " + "keeps going with more words " * 15
        post["text"] = long_text[:277] + "…"
        post["note_tweet"] = {"text": long_text.strip()}
    elif kind == 7:
        post["text"] = f"Tom &amp; Jerry, episode {index}: https://t.co/ep{index}\nwatch it twice"
    elif kind == 8:
        post["text"] = f"@friend I agree with you about number {index}, really"
        post["referenced_tweets"] = [{"type": "replied_to", "id": str(index + 7)}]
    else:
        post["text"] = f"Post number {index} from @{username}: thinking out loud today"
    return post


@dataclass
class StandinUser:
    id: str
    username: str
    protected: bool = False
    suspended: bool = False
    posts: list[dict] = field(default_factory=list)  # oldest first
    tweet_count: int | None = None  # public_metrics.tweet_count; default: len(posts)

    def publish(self, n: int) -> None:
        """Post n new tweets (newer than all before)."""
        start = len(self.posts)
        self.posts += [make_post(int(self.id), self.username, start + i) for i in range(n)]


@dataclass(frozen=True)
class Seen:
    path: str
    params: dict[str, str]
    status: int


class XApiStandin(LoopbackServer):
    """The server and its knobs; use as a context manager, point X_API_URL at `url`."""

    def __init__(self, token: str = "standin-bearer-token", cap: int | None = 3200) -> None:
        self.token = token
        self.cap = cap  # None: serve every post, so only the client's own cut applies
        self.page_size: int | None = None  # serve fewer than max_results, as X sometimes does
        self.users: dict[str, StandinUser] = {}
        self.requests: list[Seen] = []
        self.rate_limit_on_page: int | None = None  # 1-based timeline request that gets a 429
        self.rate_limit_reset_in = 1.0  # seconds from now
        self.server_errors = 0  # the next n requests get 503
        self.fail_after_pages: int | None = None  # timeline requests after k pages get 503
        self.timeline_pages_served = 0
        self._timeline_requests = 0
        self._tokens: dict[str, tuple[str, str | None, int]] = {}
        self._lock = threading.Lock()
        super().__init__(_handler_for(self))

    def add_user(
        self, username: str, posts: int, *, protected: bool = False, suspended: bool = False
    ) -> StandinUser:
        user = StandinUser(str(1000 + len(self.users)), username, protected, suspended)
        user.publish(posts)
        self.users[username.lower()] = user
        return user

    def timeline_requests(self) -> list[Seen]:
        return [seen for seen in self.requests if seen.path.endswith("/tweets")]

    # -- answering ---------------------------------------------------------------------

    def answer(self, path: str, query: dict[str, str], authorization: str | None) -> tuple:
        """(status, body, extra headers) for one request, as X would answer it."""
        with self._lock:
            status, body, headers = self._answer(path, query, authorization)
            self.requests.append(Seen(path, query, status))
            return status, body, headers

    def _answer(self, path: str, query: dict[str, str], authorization: str | None) -> tuple:
        if authorization != f"Bearer {self.token}":
            return 401, _problem("Unauthorized", 401), {}
        if self.server_errors:
            self.server_errors -= 1
            return 503, _problem("Service Unavailable", 503), {}
        parts = path.strip("/").split("/")
        if parts[:4] == ["2", "users", "by", "username"] and len(parts) == 5:
            return self._user(parts[4], query)
        if parts[:2] == ["2", "users"] and len(parts) == 4 and parts[3] == "tweets":
            return self._timeline(parts[2], query)
        return 404, {"errors": [{"message": "Sorry, that page does not exist", "code": 34}]}, {}

    def _user(self, username: str, query: dict[str, str]) -> tuple:
        invalid = _unknown_params(query, USER_PARAMS)
        if invalid:
            return 400, invalid, {}
        user = self.users.get(username.lower())
        if user is None:
            return 200, _missing("username", username, "Could not find user with username"), {}
        if user.suspended:
            return 200, _suspended("username", username), {}
        data: dict[str, Any] = {
            "id": user.id,
            "name": user.username.title(),
            "username": user.username,
        }
        fields = _fields(query, "user.fields")
        if "protected" in fields:
            data["protected"] = user.protected
        if "public_metrics" in fields:
            count = len(user.posts) if user.tweet_count is None else user.tweet_count
            data["public_metrics"] = {
                "followers_count": 10,
                "following_count": 20,
                "tweet_count": count,
                "listed_count": 0,
                "like_count": 5,
            }
        return 200, {"data": data}, {}

    def _timeline(self, user_id: str, query: dict[str, str]) -> tuple:
        invalid = _unknown_params(query, TIMELINE_PARAMS) or _bad_max_results(query)
        if invalid:
            return 400, invalid, {}
        self._timeline_requests += 1
        if self._timeline_requests == self.rate_limit_on_page:
            reset = int(time.time() + self.rate_limit_reset_in)
            headers = {"x-rate-limit-remaining": "0", "x-rate-limit-reset": str(reset)}
            return 429, _problem("Too Many Requests", 429), headers
        if (
            self.fail_after_pages is not None
            and self.timeline_pages_served >= self.fail_after_pages
        ):
            return 503, _problem("Service Unavailable", 503), {}
        user = next((u for u in self.users.values() if u.id == user_id), None)
        if user is None:
            return 200, _missing("id", user_id, "Could not find user with id"), {}
        if user.suspended:
            return 200, _suspended("id", user_id), {}
        if user.protected:
            return 200, _not_authorized(user_id), {}
        since_id = query.get("since_id")
        offset = 0
        if "pagination_token" in query:
            known = self._tokens.get(query["pagination_token"])
            if known is None or known[:2] != (user_id, since_id):
                token = query["pagination_token"]
                message = f"The `pagination_token` query parameter value [{token}] is not valid"
                return 400, _invalid("pagination_token", token, message), {}
            offset = known[2]
        visible = list(reversed(user.posts))[: self.cap]  # newest first, the cap most recent
        if since_id is not None:
            visible = [post for post in visible if int(post["id"]) > int(since_id)]
        size = int(query.get("max_results", 10))
        if self.page_size is not None:
            size = min(size, self.page_size)
        page = visible[offset : offset + size]
        self.timeline_pages_served += 1
        return 200, self._page(page, query, user_id, since_id, offset, len(visible)), {}

    def _page(
        self,
        page: list[dict],
        query: dict[str, str],
        user_id: str,
        since_id: str | None,
        offset: int,
        total: int,
    ) -> dict:
        fields = _fields(query, "tweet.fields")
        data = [
            {"edit_history_tweet_ids": [post["id"]]}
            | {key: value for key, value in post.items() if key in {"id", "text"} | fields}
            for post in page
        ]
        meta: dict[str, Any] = {"result_count": len(data)}
        if data:
            meta["newest_id"], meta["oldest_id"] = data[0]["id"], data[-1]["id"]
        end = offset + len(page)
        if page and end < total:
            meta["next_token"] = self._token(user_id, since_id, end)
        if offset:
            meta["previous_token"] = self._token(user_id, since_id, max(0, offset - len(page)))
        return {"data": data, "meta": meta} if data else {"meta": meta}

    def _token(self, user_id: str, since_id: str | None, offset: int) -> str:
        token = hashlib.sha1(f"{user_id}:{since_id}:{offset}".encode()).hexdigest()[:30]
        self._tokens[token] = (user_id, since_id, offset)
        return token


def _handler_for(standin: XApiStandin) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as X serves it
        disable_nagle_algorithm = True  # headers and body are two writes

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            url = urlsplit(self.path)
            query = {key: values[-1] for key, values in parse_qs(url.query).items()}
            status, body, headers = standin.answer(
                url.path, query, self.headers.get("Authorization")
            )
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(payload)))
            rate = {"x-rate-limit-limit": "900", "x-rate-limit-remaining": "899"}
            rate["x-rate-limit-reset"] = str(int(time.time()) + 900)
            for key, value in (rate | headers).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: tests read stderr for the client's own output."""

    return Handler


def _problem(title: str, status: int) -> dict:
    """The body X sends with a bare HTTP error (401, 429, 5xx)."""
    return {"title": title, "detail": title, "type": "about:blank", "status": status}


def _missing(parameter: str, value: str, detail: str) -> dict:
    return {
        "errors": [
            {
                "value": value,
                "detail": f"{detail}: [{value}].",
                "title": "Not Found Error",
                "resource_type": "user",
                "parameter": parameter,
                "resource_id": value,
                "type": f"{PROBLEMS}/resource-not-found",
            }
        ]
    }


def _suspended(parameter: str, value: str) -> dict:
    return {
        "errors": [
            {
                "parameter": parameter,
                "resource_id": value,
                "value": value,
                "detail": f"User has been suspended: [{value}].",
                "title": "Forbidden",
                "resource_type": "user",
                "type": f"{PROBLEMS}/resource-not-found",
            }
        ]
    }


def _not_authorized(user_id: str) -> dict:
    return {
        "errors": [
            {
                "resource_id": user_id,
                "parameter": "id",
                "resource_type": "user",
                "section": "data",
                "title": "Authorization Error",
                "value": user_id,
                "detail": f"Sorry, you are not authorized to see the user with id: [{user_id}].",
                "type": f"{PROBLEMS}/not-authorized-for-resource",
            }
        ]
    }


def _invalid(parameter: str, value: str, message: str) -> dict:
    return {
        "errors": [{"parameters": {parameter: [value]}, "message": message}],
        "title": "Invalid Request",
        "detail": "One or more parameters to your request was invalid.",
        "type": f"{PROBLEMS}/invalid-request",
    }


def _unknown_params(query: dict[str, str], allowed: set[str]) -> dict | None:
    unknown = sorted(set(query) - allowed)
    if not unknown:
        return None
    name, listed = unknown[0], ",".join(sorted(allowed))
    return _invalid(name, query[name], f"The query parameter [{name}] is not one of [{listed}]")


def _bad_max_results(query: dict[str, str]) -> dict | None:
    value = query.get("max_results")
    if value is None or (value.isdigit() and 5 <= int(value) <= 100):
        return None
    message = f"The `max_results` query parameter value [{value}] is not between 5 and 100"
    return _invalid("max_results", value, message)


def _fields(query: dict[str, str], name: str) -> set[str]:
    return set(filter(None, query.get(name, "").split(",")))
