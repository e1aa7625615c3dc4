"""Every way a request can fail, as one family of exceptions with one status code each.

The engine, the bot router and the request contract raise these; each endpoint renders them in
its own wire shape (the predictions API's `{"code", "type", "message"}`, OpenAI's
`{"error": {...}}`), so a failure means the same thing on every path.
"""

from __future__ import annotations

from enum import Enum

MAX_MESSAGE_CHARS = 300  # an error message is never longer


class ErrorKind(Enum):
    """(HTTP status, type name) of each failure a client can see."""

    BAD_REQUEST = (400, "BadRequest")
    UNKNOWN_BOT = (404, "UnknownBot")
    BASE_NOT_HELD = (409, "BaseNotHeld")
    OVERLOADED = (503, "Overloaded")
    INTERNAL = (500, "InternalError")

    @property
    def status(self) -> int:
        return self.value[0]

    @property
    def type_name(self) -> str:
        return self.value[1]


def safe_message(message: str) -> str:
    """ASCII (non-ASCII escaped) and at most MAX_MESSAGE_CHARS: always small, valid UTF-8."""
    safe = message.encode("ascii", "backslashreplace").decode("ascii")
    if len(safe) > MAX_MESSAGE_CHARS:
        safe = safe[: MAX_MESSAGE_CHARS - 3] + "..."
    return safe


class ServingError(Exception):
    """A request that cannot be served as sent: its kind, a message safe to send, and the
    request field it is about (None when it is not about one field)."""

    kind = ErrorKind.INTERNAL

    def __init__(self, message: str, param: str | None = None) -> None:
        super().__init__(safe_message(message))
        self.param = param

    @property
    def status(self) -> int:
        return self.kind.status


class BadRequest(ServingError, ValueError):
    """The request's body or fields are wrong (HTTP 400)."""

    kind = ErrorKind.BAD_REQUEST


class RequestTooLarge(BadRequest):
    """The request can never fit the model's or the engine's limits (a client error)."""


class UnknownBot(ServingError, LookupError):
    """No bot of that name in the store."""

    kind = ErrorKind.UNKNOWN_BOT


class BaseNotHeld(ServingError, LookupError):
    """An adapter bot whose base this server does not hold."""

    kind = ErrorKind.BASE_NOT_HELD


class Overloaded(ServingError):
    """This bot has as many requests in progress as it may (the others' share is kept)."""

    kind = ErrorKind.OVERLOADED


class InternalError(ServingError):
    """The server failed this request (a bug or a failed load); the client may retry."""

    kind = ErrorKind.INTERNAL
