"""What a client may ask of a bot, checked before any work is done.

A request is a JSON object `{"text": ..., "num_return_sequences", "max_new_tokens",
"temperature", "top_p", "top_k", "seed", "stop_at_newline"}` (all but `text` optional) or a
text/plain prompt. `stop_at_newline: false` generates exactly max_new_tokens (EOS and newlines
included, the answer not cut): what a benchmark needs to count tokens.
Anything else is a `BadRequest` whose message tells the client what to fix.
"""

from __future__ import annotations

import json
import math
import secrets
from dataclasses import dataclass

MAX_SEED = 2**63 - 1


class BadRequest(ValueError):
    """The client's request cannot be served as sent (HTTP 400)."""


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
    temperature: float  # 0 means greedy
    top_p: float
    top_k: int  # 0 means no top-k cut
    seed: int
    stop_at_newline: bool = True  # stop at EOS or a newline and cut the answer there
    stream: bool = False  # answer as NDJSON lines while generating


FIELDS = ("text", *(name for name in GenerationRequest.__dataclass_fields__ if name != "text"))


def decode_body(body: object, content_type: str) -> dict:
    """TorchServe hands over JSON already parsed, text as str, anything else as bytes."""
    if isinstance(body, (bytes, bytearray)):
        try:
            text = bytes(body).decode("utf-8")
        except UnicodeDecodeError:
            raise BadRequest("the request body is not UTF-8 text") from None
        if "json" in content_type or text.lstrip().startswith("{"):
            try:
                body = json.loads(text)
            except json.JSONDecodeError as error:
                raise BadRequest(f"the request body is not valid JSON: {error}") from None
        else:
            body = text
    if isinstance(body, str):
        return {"text": body.strip() if "json" not in content_type else body}
    if not isinstance(body, dict):
        raise BadRequest(
            f'expected a JSON object like {{"text": "My dream is"}}, got {type(body).__name__}'
        )
    return body


def _integer(body: dict, name: str, default: int, low: int, high: int) -> int:
    value = body.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadRequest(f"{name} must be an integer, got {json.dumps(value)}")
    if not low <= value <= high:
        raise BadRequest(f"{name} must be between {low} and {high}, got {value}")
    return value


def _boolean(body: dict, name: str, default: bool) -> bool:
    value = body.get(name, default)
    if not isinstance(value, bool):
        raise BadRequest(f"{name} must be true or false, got {json.dumps(value)}")
    return value


def _number(body: dict, name: str, default: float, low: float, high: float, *, open_low=False):
    value = body.get(name, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise BadRequest(f"{name} must be a number, got {json.dumps(value)}")
    if value > high or value < low or (open_low and value == low):
        bound = f"greater than {low}" if open_low else f"at least {low}"
        raise BadRequest(f"{name} must be {bound} and at most {high}, got {value}")
    return float(value)


def parse_request(body: object, content_type: str, defaults, limits: Limits) -> GenerationRequest:
    """Validate one request; `defaults` is the model's GenerationConfig."""
    fields = decode_body(body, content_type)
    unknown = sorted(set(fields) - set(FIELDS))
    if unknown:
        raise BadRequest(f"unknown field(s) {', '.join(unknown)}; accepted: {', '.join(FIELDS)}")
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadRequest('"text" is required: a non-empty prompt string')
    if len(text) > limits.max_prompt_chars:
        raise BadRequest(f"text is {len(text)} characters; the limit is {limits.max_prompt_chars}")
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
        max_new_tokens=_integer(fields, "max_new_tokens", defaults.max_new_tokens, 1, 1_000_000),
        temperature=_number(fields, "temperature", defaults.temperature, 0.0, 100.0),
        top_p=_number(fields, "top_p", defaults.top_p, 0.0, 1.0, open_low=True),
        top_k=_integer(fields, "top_k", defaults.top_k, 0, limits.vocab_size),
        seed=secrets.randbelow(MAX_SEED)
        if seed is None
        else _integer(fields, "seed", 0, 0, MAX_SEED),
        stop_at_newline=_boolean(fields, "stop_at_newline", True),
        stream=_boolean(fields, "stream", False),
    )
