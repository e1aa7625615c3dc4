"""How an API's requests are read and its answers written, for the TorchServe handler.

A `Wire` is one API's shape on the wire (the predictions API: handlers/predictions_wire.py).
It turns a body into engine requests (`parts`, each a bot's route and a checked request),
renders what a step produced for a call (a streamed piece, or the whole answer when every part
is done) and renders errors. A `Call` is one HTTP request in flight: its wire, its parts' engine
request ids and what they have finished with so far.

Errors the handler answers with carry marking headers (`error_headers`), so the nginx front,
which rewrites TorchServe's own 5xx answers (their messages are wrong or empty), keeps these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from engine.contract import GenerationRequest
from engine.errors import ServingError
from engine.multiplex import Route
from engine.request import RequestOutput

ERROR_TYPE_HEADER = "X-Tweetbots-Error"
ERROR_MESSAGE_HEADER = "X-Tweetbots-Error-Message"
_HEADER_SAFE = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _.,:;()'/+=<>?!@#%&*-"
)


@dataclass(frozen=True)
class Part:
    route: Route
    request: GenerationRequest
    options: object = None  # what the wire's render needs of the call, its own


@dataclass
class Call:
    """One HTTP request in flight: its parts (engine request ids, in answer order)."""

    wire: Wire
    ids: list[str]
    parts: list[Part]
    stream: bool
    context: dict = field(default_factory=dict)  # what the wire keeps between steps
    responses: int = 0  # responses (chunks) sent so far
    batch: int = 0  # requests decoding in the step where it started
    done: dict[str, RequestOutput] = field(default_factory=dict)  # finished parts

    def take(self, outputs: dict[str, RequestOutput]) -> list[RequestOutput]:
        """This call's outputs of a step, in part order; finished ones are kept."""
        mine = [outputs[i] for i in self.ids if i in outputs]
        self.done.update({o.request_id: o for o in mine if o.finished})
        return mine

    @property
    def finished(self) -> bool:
        return len(self.done) == len(self.ids)

    def failure(self) -> RequestOutput | None:
        return next((o for o in self.done.values() if o.error is not None), None)


class Wire(Protocol):
    def parse(self, url_path: str, body: object, content_type: str, driver) -> list[Part]:
        """The call's parts (raises ServingError for a request that cannot be served)."""

    def content_type(self, stream: bool) -> str: ...

    def render(self, call: Call, outputs: list[RequestOutput]) -> str:
        """What this step sends: a streamed piece, the whole answer once `call.finished`
        (with an error part: the error, in the stream's or the answer's shape)."""

    def error(self, error: ServingError) -> str:
        """A whole error answer."""

    def status(self, call: Call) -> int:
        """The call's HTTP status once it is finished (200, or its failed part's)."""


def error_headers(kind: str, message: str) -> dict[str, str]:
    """Headers that mark an error answer as the handler's own: a 5xx carrying them is answered
    by the front as the handler's error (type and message), not rewritten. Only characters
    the front's pattern accepts are kept (no quotes or backslashes), 200 at most."""
    safe_kind = "".join(c for c in kind if c.isascii() and c.isalnum())[:40] or "Error"
    safe_message = "".join(c if c in _HEADER_SAFE else "?" for c in message[:200]) or "error"
    return {ERROR_TYPE_HEADER: safe_kind, ERROR_MESSAGE_HEADER: safe_message}
