"""The request contract: what a client may ask of a bot, from the wire to the engine's request.

One `validate` turns a body (any bytes, any JSON value in any field, any size, nesting or
number) into a typed `GenerationRequest`, or raises `BadRequest` naming the field and quoting at
most a short, escaped excerpt of the value. Every entry point uses it: the TorchServe handler,
`make generate`, the command-line client (its field names), the benchmarks, and the
OpenAI-compatible endpoints (through the same field validators). Limits that depend on the
model (its vocabulary, its context window) are checked here too, once.

The predictions body is a JSON object `{"text": ..., "num_return_sequences", "max_new_tokens",
"temperature", "top_p", "top_k", "seed", "stop_at_newline", "stop", "stream"}` (all but `text`
optional; the defaults are `SamplingParams`') or a text/plain prompt. `stop_at_newline: false`
generates exactly max_new_tokens (what a benchmark needs to count tokens); `stop` is a string
or a list of up to MAX_STOP_STRINGS that also end the answer (cut before them); `stream: true`
asks for the answer in pieces. Numbers are checked as the float32 the sampler computes with.

The module is pure (no torch, no TorchServe) apart from the engine's own request types.
"""

from __future__ import annotations

import dataclasses
import json
import math
import secrets
import struct
from collections.abc import Callable
from dataclasses import dataclass

from engine.config import ModelLimits, RequestLimits
from engine.errors import BadRequest, RequestTooLarge
from engine.request import SamplingParams

MAX_SEED = 2**63 - 1
MAX_NEW_TOKENS = 1_000_000  # then checked against the model's context window
MAX_TEMPERATURE = 100.0
# The sampler divides logits by the temperature in float32: a smaller positive temperature
# would overflow, so it is refused (0 is greedy).
MIN_TEMPERATURE = 1e-5
EXCERPT_CHARS = 24  # characters of a client's string quoted in a message
MAX_INT_DIGITS = 40  # longer integer literals are not converted (Python caps int() at 4300)
MAX_REPORTED_NAMES = 3
MAX_STOP_STRINGS = 4  # as OpenAI's API allows
MAX_STOP_CHARS = 100  # a longer stop string would hold back too much of a stream
# The front sends form posts (curl -d without a content type) with this content type, so a
# form body is read as a prompt unless it is JSON (TorchServe would split a form into fields).
FORM_CONTENT_TYPE = "text/plain; charset=utf-8; tweetbots-form=1"
FORM_MARKER = "tweetbots-form=1"


@dataclass(frozen=True)
class GenerationRequest:
    text: str
    params: SamplingParams
    stream: bool = False  # answer in pieces as they are generated


FIELDS = (
    "text",
    *(f.name for f in dataclasses.fields(SamplingParams)),
    "stream",
)


class _HugeInteger:
    """An integer literal too long to convert: kept as its digit count, refused by name."""

    def __init__(self, digits: int) -> None:
        self.digits = digits


def _parse_int(literal: str) -> int | _HugeInteger:
    digits = len(literal.lstrip("-"))
    return _HugeInteger(digits) if digits > MAX_INT_DIGITS else int(literal)


def loads(text: str) -> object:
    """json.loads that raises nothing but BadRequest.

    NaN and Infinity literals become floats (refused later, by field); integer literals of
    more than MAX_INT_DIGITS digits are not converted; deep nesting is refused.
    """
    try:
        return json.loads(text, parse_int=_parse_int)
    except RecursionError:
        raise BadRequest("the request body is not valid JSON: nested too deeply") from None
    except ValueError as error:  # JSONDecodeError; its message holds positions, not content
        if isinstance(error, json.JSONDecodeError):
            where = f" at line {error.lineno} column {error.colno}"
            raise BadRequest(f"the request body is not valid JSON: {error.msg}{where}") from None
        raise BadRequest("the request body is not valid JSON: unreadable number") from None


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
    """A form-encoded body that TorchServe split into fields, back as one text.

    Only for clients calling TorchServe directly (a dedicated archive without the front): the
    front passes form bodies with FORM_CONTENT_TYPE, unsplit.
    """
    pieces = []
    for name, value in parameters.items():
        if isinstance(value, (bytes, bytearray)):
            value = bytes(value).decode("utf-8", "replace")
        pieces.append(name if value in ("", None) else f"{name}={value}")
    return "&".join(pieces)


def _as_json_object(value: object) -> dict:
    if not isinstance(value, dict):
        raise BadRequest(
            f'the body is JSON but not an object: expected {{"text": "My dream is", ...}}, '
            f"got {excerpt(value)} (send a plain prompt as text/plain)"
        )
    return value


def body_text(body: bytes | bytearray | str, what: str) -> str:
    """A body's text: UTF-8 (a BOM dropped) and not blank, else BadRequest (`what`: what to
    send instead of an empty body)."""
    if isinstance(body, str):
        body = body.encode("utf-8", "surrogatepass")
    try:
        text = bytes(body).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadRequest("the request body is not UTF-8 text") from None
    if not text.strip():
        raise BadRequest(f"empty request body: {what}")
    return text


def decode_body(body: object, content_type: str) -> dict:
    """The request's fields from its body.

    - `application/json` (any `json` type): a JSON object, nothing else;
    - a form post (FORM_CONTENT_TYPE, from the front) or no content type: a JSON object when
      the body is JSON, a 400 when it is JSON but not an object, else the prompt as it is;
    - `text/plain`: the prompt, unless it starts with `{` (then a JSON object).
    """
    content_type = content_type.lower() if isinstance(content_type, str) else ""
    if isinstance(body, dict):  # TorchServe parsed it already (TS_DECODE_INPUT_REQUEST)
        return body
    if not isinstance(body, (bytes, bytearray, str)):  # another JSON value TorchServe parsed
        return _as_json_object(body)
    text = body_text(body, 'send JSON {"text": ...} or a text/plain prompt')
    if "json" in content_type:
        return _as_json_object(loads(text))
    if FORM_MARKER in content_type or not content_type.strip():
        try:
            value = json.loads(text, parse_int=_parse_int)
        except (ValueError, RecursionError):
            return {"text": text.strip()}
        if isinstance(value, str):
            return {"text": text.strip()}
        return _as_json_object(value)
    if text.lstrip().startswith("{"):
        return _as_json_object(loads(text))
    return {"text": text.strip()}


# -- field validators (also used by the OpenAI-compatible endpoints, with their field names) ----


def integer(value: object, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, _HugeInteger)):
        raise BadRequest(f"{name} must be an integer, got {excerpt(value)}", name)
    if isinstance(value, _HugeInteger) or not low <= value <= high:
        raise BadRequest(f"{name} must be between {low} and {high}, got {excerpt(value)}", name)
    return value


def boolean(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise BadRequest(f"{name} must be true or false, got {excerpt(value)}", name)
    return value


def float32(value: float) -> float:
    """The value the sampler will see (a torch tensor of floats is float32); OverflowError
    when it does not fit."""
    return struct.unpack("f", struct.pack("f", value))[0]


def number(value: object, name: str) -> tuple[float, float]:
    """A finite number and its float32 value: range checks run on the float32 value, so
    nothing underflows or overflows after them."""
    if isinstance(value, bool) or not isinstance(value, (int, float, _HugeInteger)):
        raise BadRequest(f"{name} must be a number, got {excerpt(value)}", name)
    if isinstance(value, float) and not math.isfinite(value):
        raise BadRequest(f"{name} must be a finite number, got {excerpt(value)}", name)
    try:
        if isinstance(value, _HugeInteger):
            raise OverflowError
        single = float32(float(value))
    except OverflowError:  # float() of a huge int, or beyond float32
        raise BadRequest(f"{name} is out of range, got {excerpt(value)}", name) from None
    if not math.isfinite(single):
        raise BadRequest(f"{name} is out of range, got {excerpt(value)}", name)
    return float(value), single


def temperature(value: object, name: str = "temperature") -> float:
    exact, single = number(value, name)
    if single < 0:
        raise BadRequest(f"{name} must be at least 0, got {excerpt(exact)}", name)
    if exact != 0 and not float32(MIN_TEMPERATURE) <= single <= MAX_TEMPERATURE:
        raise BadRequest(
            f"{name} must be 0 (greedy) or between {MIN_TEMPERATURE:g} and "
            f"{MAX_TEMPERATURE:g}, got {excerpt(exact)}",
            name,
        )
    return exact


def top_p(value: object, name: str = "top_p") -> float:
    exact, single = number(value, name)
    if not 0 < single <= 1:
        raise BadRequest(
            f"{name} must be greater than 0 (as a float32) and at most 1, got {excerpt(exact)}",
            name,
        )
    return exact


def prompt_text(value: object, limits: RequestLimits, name: str = "text") -> str:
    if not isinstance(value, str) or not value.strip():
        raise BadRequest(
            f'"{name}" is required: a non-empty prompt string, got {excerpt(value)}', name
        )
    if len(value) > limits.max_prompt_chars:
        raise BadRequest(
            f"{name} is {len(value)} characters; the limit is {limits.max_prompt_chars}", name
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        bad = excerpt(value[error.start : error.end])
        raise BadRequest(
            f"{name} is not valid Unicode: it holds a lone surrogate {bad}", name
        ) from None
    return value


def stop_strings(value: object, name: str = "stop") -> tuple[str, ...]:
    """A string or a list of up to MAX_STOP_STRINGS non-empty strings (null: none)."""
    if value is None:
        return ()
    strings = [value] if isinstance(value, str) else value
    if not isinstance(strings, list) or len(strings) > MAX_STOP_STRINGS:
        raise BadRequest(
            f"{name} must be a string or a list of up to {MAX_STOP_STRINGS} strings, "
            f"got {excerpt(value)}",
            name,
        )
    for item in strings:
        if not isinstance(item, str) or not 0 < len(item) <= MAX_STOP_CHARS:
            raise BadRequest(
                f"each {name} string must be 1 to {MAX_STOP_CHARS} characters, got {excerpt(item)}",
                name,
            )
        try:
            item.encode("utf-8")
        except UnicodeEncodeError:
            raise BadRequest(f"{name} holds a lone surrogate {excerpt(item)}", name) from None
    return tuple(dict.fromkeys(strings))


def seed(value: object, name: str = "seed") -> int:
    """A client's seed, or a random one when it gave none (null or absent)."""
    return secrets.randbelow(MAX_SEED) if value is None else integer(value, name, 0, MAX_SEED)


# An API's fields that the engine cannot honour: accepted only at the value that changes
# nothing (name -> (that value in words, its test)).
Neutral = dict[str, tuple[str, Callable[[object], bool]]]


def unknown_fields(fields: dict, accepted: tuple[str, ...], neutral: Neutral | None = None) -> None:
    """Refuse, by name, a field outside `accepted`, and a field of `neutral` away from its
    neutral value."""
    neutral = neutral or {}
    for name, value in fields.items():
        if name in neutral and not neutral[name][1](value):
            raise BadRequest(
                f"{name} is not supported by this server (only {neutral[name][0]}), got "
                f"{excerpt(value)}",
                name,
            )
    unknown = [name for name in fields if name not in accepted and name not in neutral]
    if unknown:
        names = ", ".join(excerpt(name) for name in unknown[:MAX_REPORTED_NAMES])
        more = f" and {len(unknown) - MAX_REPORTED_NAMES} more" if len(unknown) > 3 else ""
        raise BadRequest(
            f"unknown field(s) {names}{more}; accepted: {', '.join(accepted)}",
            str(unknown[0]) if isinstance(unknown[0], str) else None,
        )


def sampling(
    fields: dict, limits: RequestLimits, model: ModelLimits, names: dict[str, str] | None = None
) -> SamplingParams:
    """The sampling settings of `fields` (keyed by SamplingParams' names), each checked, the
    defaults for those absent. `names`: how the client calls each field, for messages."""
    names = names or {}
    default = SamplingParams()

    def get(key: str):
        return fields.get(key, getattr(default, key)), names.get(key, key)

    return SamplingParams(
        num_return_sequences=integer(*get("num_return_sequences"), 1, limits.max_return_sequences),
        max_new_tokens=integer(*get("max_new_tokens"), 1, MAX_NEW_TOKENS),
        temperature=temperature(*get("temperature")),
        top_p=top_p(*get("top_p")),
        top_k=integer(*get("top_k"), 0, model.vocab_size),
        seed=seed(fields.get("seed"), names.get("seed", "seed")),
        stop_at_newline=boolean(*get("stop_at_newline")),
        stop=stop_strings(fields.get("stop"), names.get("stop", "stop")),
    )


def validate(
    body: object, content_type: str, limits: RequestLimits, model: ModelLimits
) -> GenerationRequest:
    """A predictions request from the wire, checked whole; raises BadRequest (a bug in here
    raises whatever it raises: the caller answers that request alone with a 500)."""
    if body is None:
        raise BadRequest('empty request: send JSON {"text": ...} or a text/plain prompt')
    try:
        fields = decode_body(body, content_type)
        unknown_fields(fields, FIELDS)
        return GenerationRequest(
            text=prompt_text(fields.get("text"), limits),
            params=sampling(fields, limits, model),
            stream=boolean(fields.get("stream", False), "stream"),
        )
    except RecursionError:  # a value nested too deeply for a check's repr
        raise BadRequest("the request body is nested too deeply") from None


def check_fits(prompt_tokens: int, params: SamplingParams, model: ModelLimits) -> None:
    """A prompt and its answer fit the model's context window (known once the prompt is
    tokenized; the engine calls this when a request is added)."""
    needed = prompt_tokens + params.max_new_tokens
    if needed > model.context_window:
        raise RequestTooLarge(
            f"prompt tokens + max_new_tokens = {needed} exceeds the model's context window "
            f"of {model.context_window} tokens",
            "max_new_tokens",
        )


# The sampling settings a command line offers (make predict, make generate, the benchmarks).
SAMPLING_FLAGS = ("max_new_tokens", "seed", "temperature", "top_p", "top_k")


def request_body(text: str, num_return_sequences: int = 1, **sampling) -> dict:
    """A predictions body with the prompt, the count and only the settings given (None: the
    server's defaults apply); a name the contract does not know is a bug, refused here."""
    unknown_fields(sampling, FIELDS)
    body = {"text": text, "num_return_sequences": num_return_sequences}
    body.update({key: value for key, value in sampling.items() if value is not None})
    return body
