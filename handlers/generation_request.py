"""What a client may ask of a bot, checked before any work is done.

A request is a JSON object `{"text": ..., "num_return_sequences", "max_new_tokens",
"temperature", "top_p", "top_k", "seed", "stop_at_newline", "stream"}` (all but `text`
optional) or a text/plain prompt. `stop_at_newline: false` generates exactly max_new_tokens
(EOS and newlines included, the answer not cut): what a benchmark needs to count tokens.
`stream: true` asks for the answer as NDJSON chunks.

Validation is total: whatever the body (any bytes, any JSON value in any field, any size,
nesting or number), `parse_request` returns a `GenerationRequest` or raises `BadRequest`,
whose message names the field and quotes at most a short, escaped excerpt of the value (short
ASCII, so a reply is always small and valid UTF-8). Numbers are checked after conversion to
the float32 the sampler uses. This module is pure (no TorchServe, no torch): the engine and
the tests import it as it is.
"""

from __future__ import annotations

import json
import math
import secrets
import struct
from dataclasses import dataclass

MAX_SEED = 2**63 - 1
MAX_NEW_TOKENS = 1_000_000  # the handler then checks prompt + answer against the context window
MAX_TEMPERATURE = 100.0
# The sampler divides logits by max(temperature, 1e-5): a smaller positive temperature would
# silently mean 1e-5, so it is refused (0 is greedy).
MIN_TEMPERATURE = 1e-5
MAX_MESSAGE_CHARS = 300  # a BadRequest message is never longer
EXCERPT_CHARS = 24  # characters of a client's string quoted in a message
MAX_INT_DIGITS = 40  # longer integer literals are not converted (Python caps int() at 4300)
MAX_REPORTED_NAMES = 3


class BadRequest(ValueError):
    """The client's request cannot be served as sent (HTTP 400).

    The message is cut to MAX_MESSAGE_CHARS and made ASCII, so it can be sent as it is.
    """

    def __init__(self, message: str) -> None:
        safe = message.encode("ascii", "backslashreplace").decode("ascii")
        if len(safe) > MAX_MESSAGE_CHARS:
            safe = safe[: MAX_MESSAGE_CHARS - 3] + "..."
        super().__init__(safe)


@dataclass(frozen=True)
class Limits:
    max_return_sequences: int
    max_prompt_chars: int
    vocab_size: int


@dataclass(frozen=True)
class GenerationRequest:
    text: str
    num_return_sequences: int
    max_new_tokens: int
    temperature: float  # 0 means greedy; otherwise float32, at least MIN_TEMPERATURE
    top_p: float  # float32, > 0
    top_k: int  # 0 means no top-k cut
    seed: int
    stop_at_newline: bool = True  # stop at EOS or a newline and cut the answer there
    stream: bool = False  # answer as NDJSON chunks, one per new piece of text


FIELDS = ("text", *(name for name in GenerationRequest.__dataclass_fields__ if name != "text"))


class _HugeInteger:
    """An integer literal too long to convert: kept as its digit count, refused by name."""

    def __init__(self, digits: int) -> None:
        self.digits = digits


def _parse_int(literal: str) -> int | _HugeInteger:
    digits = len(literal.lstrip("-"))
    return _HugeInteger(digits) if digits > MAX_INT_DIGITS else int(literal)


def loads(text: str) -> object:
    """json.loads that never raises anything but BadRequest.

    NaN and Infinity literals become floats (refused later, by field); integer literals of
    more than MAX_INT_DIGITS digits are not converted; deep nesting is refused.
    """
    try:
        return json.loads(text, parse_int=_parse_int)
    except RecursionError:
        raise BadRequest("the request body is not valid JSON: nested too deeply") from None
    except ValueError as error:  # JSONDecodeError; its message holds positions, not content
        reason = error.msg if isinstance(error, json.JSONDecodeError) else "unreadable number"
        where = (
            f" at line {error.lineno} column {error.colno}"
            if isinstance(error, json.JSONDecodeError)
            else ""
        )
        raise BadRequest(f"the request body is not valid JSON: {reason}{where}") from None


def excerpt(value: object) -> str:
    """A short, ASCII, JSON-ish description of a client's value: never long, never raises."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _HugeInteger):
        return f"a {value.digits}-digit integer"
    if isinstance(value, int):
        if value.bit_length() > 64:
            return f"an integer of about {int(value.bit_length() * math.log10(2)) + 1} digits"
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        return repr(value) if math.isfinite(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, str):
        quoted = json.dumps(value[:EXCERPT_CHARS])  # ASCII: \uXXXX for the rest, surrogates too
        return quoted if len(value) <= EXCERPT_CHARS else f'{quoted[:-1]}..." ({len(value)} chars)'
    if isinstance(value, (bytes, bytearray)):
        return f"{len(value)} bytes"
    if isinstance(value, dict):
        return f"an object of {len(value)} field(s)"
    if isinstance(value, (list, tuple)):
        return f"a list of {len(value)} item(s)"
    return f"a {type(value).__name__}"


def form_text(parameters: dict[str, object]) -> str:
    """A form-encoded body (`curl -d 'My dream is'`, no content type) back as one text.

    TorchServe splits such a body into fields before the handler sees it: `My dream is`
    arrives as a field of that name with an empty value. The front passes these bodies as
    text/plain, so this is only the fallback for clients calling TorchServe directly.
    """
    pieces = []
    for name, value in parameters.items():
        if isinstance(value, (bytes, bytearray)):
            value = bytes(value).decode("utf-8", "replace")
        pieces.append(name if value in ("", None) else f"{name}={value}")
    return "&".join(pieces)


def decode_body(body: object, content_type: str) -> dict:
    """TorchServe hands over JSON already parsed, text as str, anything else as bytes."""
    content_type = content_type.lower() if isinstance(content_type, str) else ""
    if isinstance(body, (bytes, bytearray)):
        try:
            text = bytes(body).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise BadRequest("the request body is not UTF-8 text") from None
        if not text.strip():
            raise BadRequest('empty request body: send JSON {"text": ...} or a text/plain prompt')
        looks_json = "json" in content_type or text.lstrip().startswith("{")
        body = loads(text) if looks_json else text
    if isinstance(body, str):
        return {"text": body.strip() if "json" not in content_type else body}
    if not isinstance(body, dict):
        raise BadRequest(
            f'expected a JSON object like {{"text": "My dream is"}}, got {excerpt(body)}'
        )
    return body


def _unknown_fields(fields: dict) -> None:
    unknown = [name for name in fields if name not in FIELDS]
    if unknown:
        names = ", ".join(excerpt(name) for name in unknown[:MAX_REPORTED_NAMES])
        more = f" and {len(unknown) - MAX_REPORTED_NAMES} more" if len(unknown) > 3 else ""
        raise BadRequest(f"unknown field(s) {names}{more}; accepted: {', '.join(FIELDS)}")


def _integer(fields: dict, name: str, default: int, low: int, high: int) -> int:
    value = fields.get(name, default)
    if isinstance(value, bool) or not isinstance(value, (int, _HugeInteger)):
        raise BadRequest(f"{name} must be an integer, got {excerpt(value)}")
    if isinstance(value, _HugeInteger) or not low <= value <= high:
        raise BadRequest(f"{name} must be between {low} and {high}, got {excerpt(value)}")
    return value


def _boolean(fields: dict, name: str, default: bool) -> bool:
    value = fields.get(name, default)
    if not isinstance(value, bool):
        raise BadRequest(f"{name} must be true or false, got {excerpt(value)}")
    return value


def float32(value: float) -> float:
    """The value the sampler will see (torch.tensor of floats is float32); OverflowError
    when it does not fit."""
    return struct.unpack("f", struct.pack("f", value))[0]


def _number(fields: dict, name: str, default: float) -> tuple[float, float]:
    """A finite number and its float32 value (what the sampler computes with): range checks
    run on the float32 value, so nothing underflows or overflows after them."""
    value = fields.get(name, default)
    if isinstance(value, bool) or not isinstance(value, (int, float, _HugeInteger)):
        raise BadRequest(f"{name} must be a number, got {excerpt(value)}")
    try:
        if isinstance(value, _HugeInteger):
            raise OverflowError
        single = float32(float(value))
    except OverflowError:  # float() of a huge int, or beyond float32
        raise BadRequest(f"{name} is out of range, got {excerpt(value)}") from None
    if not math.isfinite(float(value)):
        raise BadRequest(f"{name} must be a finite number, got {excerpt(value)}")
    if not math.isfinite(single):
        raise BadRequest(f"{name} is out of range, got {excerpt(value)}")
    return float(value), single


def _temperature(fields: dict, default: float) -> float:
    value, single = _number(fields, "temperature", default)
    if single < 0:
        raise BadRequest(f"temperature must be at least 0, got {excerpt(value)}")
    if value != 0 and not float32(MIN_TEMPERATURE) <= single <= MAX_TEMPERATURE:
        raise BadRequest(
            f"temperature must be 0 (greedy) or between {MIN_TEMPERATURE:g} and "
            f"{MAX_TEMPERATURE:g}, got {excerpt(value)}"
        )
    return value


def _top_p(fields: dict, default: float) -> float:
    value, single = _number(fields, "top_p", default)
    if not 0 < single <= 1:
        raise BadRequest(
            f"top_p must be greater than 0 (as a float32) and at most 1, got {excerpt(value)}"
        )
    return value


def _text(fields: dict, limits: Limits) -> str:
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadRequest(f'"text" is required: a non-empty prompt string, got {excerpt(text)}')
    if len(text) > limits.max_prompt_chars:
        raise BadRequest(f"text is {len(text)} characters; the limit is {limits.max_prompt_chars}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        bad = excerpt(text[error.start : error.end])
        raise BadRequest(f"text is not valid Unicode: it holds a lone surrogate {bad}") from None
    return text


def parse_request(body: object, content_type: str, defaults, limits: Limits) -> GenerationRequest:
    """Validate one request; `defaults` is the model's GenerationConfig.

    Raises BadRequest and nothing else, whatever `body` and `content_type` are.
    """
    try:
        return _parse(body, content_type, defaults, limits)
    except BadRequest:
        raise
    except RecursionError:
        raise BadRequest("the request body is nested too deeply") from None
    except Exception as error:  # a value no rule foresaw: still the client's request
        raise BadRequest(f"the request could not be read ({type(error).__name__})") from None


def _parse(body: object, content_type: str, defaults, limits: Limits) -> GenerationRequest:
    if body is None:
        raise BadRequest('empty request: send JSON {"text": ...} or a text/plain prompt')
    fields = decode_body(body, content_type)
    _unknown_fields(fields)
    text = _text(fields, limits)
    seed = fields.get("seed")
    return GenerationRequest(
        text=text,
        num_return_sequences=_integer(
            fields,
            "num_return_sequences",
            defaults.num_return_sequences or 1,
            1,
            limits.max_return_sequences,
        ),
        max_new_tokens=_integer(
            fields, "max_new_tokens", defaults.max_new_tokens, 1, MAX_NEW_TOKENS
        ),
        temperature=_temperature(fields, defaults.temperature),
        top_p=_top_p(fields, defaults.top_p),
        top_k=_integer(fields, "top_k", defaults.top_k, 0, limits.vocab_size),
        seed=secrets.randbelow(MAX_SEED)
        if seed is None
        else _integer(fields, "seed", 0, 0, MAX_SEED),
        stop_at_newline=_boolean(fields, "stop_at_newline", True),
        stream=_boolean(fields, "stream", False),
    )


def error_body(code: int, kind: str, message: str) -> str:
    """The JSON error body every part of the service answers with (ASCII, so always valid)."""
    return json.dumps({"code": code, "type": kind, "message": message}, ensure_ascii=True)


ERROR_TYPE_HEADER = "X-Tweetbots-Error"
ERROR_MESSAGE_HEADER = "X-Tweetbots-Error-Message"
_HEADER_SAFE = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _.,:;()'/+=<>?!@#%&*-"
)


def error_headers(kind: str, message: str) -> dict[str, str]:
    """Headers that mark an error answer as the handler's own, for the nginx front.

    The front rewrites TorchServe's own 5xx answers (whose messages are wrong or empty) but
    must keep the handler's: a 5xx that carries these headers is answered by the front as
    `{"code", "type": <X-Tweetbots-Error>, "message": <X-Tweetbots-Error-Message>}`. Only
    characters the front's pattern accepts are kept (no quotes or backslashes), 200 at most.
    """
    safe_kind = "".join(c for c in kind if c.isascii() and c.isalnum())[:40] or "Error"
    safe_message = "".join(c if c in _HEADER_SAFE else "?" for c in message[:200]) or "error"
    return {ERROR_TYPE_HEADER: safe_kind, ERROR_MESSAGE_HEADER: safe_message}
