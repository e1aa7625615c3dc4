"""The request contract (engine/contract.py): every kind of bad input is named; good input gets
the defaults; whatever arrives (property-based, hypothesis), the answer is a request or a short,
safe 400, and a bug inside validation is not passed off as the client's fault."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from predictions_wire import error_body
from wire import ERROR_MESSAGE_HEADER, ERROR_TYPE_HEADER, error_headers

from engine import contract
from engine.config import ModelLimits, RequestLimits
from engine.contract import (
    FIELDS,
    FORM_CONTENT_TYPE,
    MAX_SEED,
    MIN_TEMPERATURE,
    GenerationRequest,
    excerpt,
    float32,
    form_text,
    request_body,
    validate,
)
from engine.errors import MAX_MESSAGE_CHARS, BadRequest, ErrorKind
from engine.request import SamplingParams

LIMITS = RequestLimits(max_return_sequences=16, max_prompt_chars=200)
MODEL = ModelLimits(vocab_size=50257, context_window=1024)


class Flat:
    """A request's fields flat, as the tests name them."""

    def __init__(self, request: GenerationRequest) -> None:
        self.request = request

    def __getattr__(self, name):
        if name in ("text", "stream"):
            return getattr(self.request, name)
        return getattr(self.request.params, name)


def parse(body, content_type="application/json", model=MODEL):
    return Flat(validate(body, content_type, LIMITS, model))


def test_defaults_are_sampling_params_own():
    request = parse({"text": "My dream is"})
    assert (request.num_return_sequences, request.max_new_tokens, request.top_k) == (1, 40, 50)
    assert (request.temperature, request.top_p) == (1.0, 0.95)
    assert 0 <= request.seed < 2**63
    defaults = SamplingParams()
    assert (defaults.max_new_tokens, defaults.top_p, defaults.top_k) == (40, 0.95, 50)


def test_all_fields_are_taken():
    request = parse(
        {
            "text": "I like",
            "num_return_sequences": 5,
            "max_new_tokens": 12,
            "temperature": 0,
            "top_p": 0.5,
            "top_k": 0,
            "seed": 7,
        }
    )
    assert (
        request.num_return_sequences,
        request.max_new_tokens,
        request.temperature,
        request.top_p,
        request.top_k,
        request.seed,
    ) == (5, 12, 0.0, 0.5, 0, 7)


def test_stop_at_newline_defaults_to_true_and_can_be_turned_off():
    assert parse({"text": "My dream is"}).stop_at_newline is True
    assert parse({"text": "My dream is", "stop_at_newline": False}).stop_at_newline is False


def test_text_plain_and_raw_bytes():
    assert parse("  My dream is\n", "text/plain").text == "My dream is"
    assert parse(b'{"text": "hi there"}', "application/x-www-form-urlencoded").text == "hi there"
    assert parse(b"plain words", "application/octet-stream").text == "plain words"


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"{not json", "application/json", "not valid JSON"),
        (b"\xff\xfe", "application/octet-stream", "not UTF-8"),
        ([1, 2], "application/json", "JSON but not an object"),
        ({}, "application/json", '"text" is required'),
        ({"text": "   "}, "application/json", '"text" is required'),
        ({"text": 5}, "application/json", '"text" is required'),
        ({"text": "x" * 201}, "application/json", "limit is 200"),
        ({"text": "x", "num_return_sequences": 0}, "application/json", "between 1 and 16"),
        ({"text": "x", "num_return_sequences": 1000}, "application/json", "between 1 and 16"),
        ({"text": "x", "num_return_sequences": "5"}, "application/json", "must be an integer"),
        ({"text": "x", "num_return_sequences": True}, "application/json", "must be an integer"),
        ({"text": "x", "max_new_tokens": 0}, "application/json", "max_new_tokens must be between"),
        ({"text": "x", "max_new_tokens": 2.5}, "application/json", "must be an integer"),
        ({"text": "x", "temperature": -0.5}, "application/json", "temperature must be at least 0"),
        ({"text": "x", "temperature": "hot"}, "application/json", "temperature must be a number"),
        ({"text": "x", "stop_at_newline": 0}, "application/json", "must be true or false"),
        ({"text": "x", "top_p": 0}, "application/json", "top_p must be greater than 0"),
        ({"text": "x", "top_p": 1.5}, "application/json", "at most 1"),
        ({"text": "x", "top_k": -1}, "application/json", "top_k must be between 0"),
        ({"text": "x", "seed": -3}, "application/json", "seed must be between 0"),
        ({"text": "x", "sede": 3}, "application/json", 'unknown field(s) "sede"'),
    ],
)
def test_bad_requests_name_the_problem(body, content_type, message):
    with pytest.raises(BadRequest) as error:
        parse(body, content_type)
    assert message in str(error.value)


# --- Validation is total: whatever arrives, a request or a short, safe BadRequest -------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(),  # surrogates included: JSON "\ud800" decodes to one
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
FIELD_NAMES = st.sampled_from([*FIELDS, "sede", ""]) | st.text(max_size=8)
CONTENT_TYPES = st.sampled_from(
    ["application/json", "text/plain", "application/x-www-form-urlencoded", "", "x/y; json"]
)


def outcome(body, content_type="application/json"):
    """validate's result, or the BadRequest's message checked for being short, safe text. Any
    other exception is a bug in validation and fails the test (it is raised as it is)."""
    try:
        request = parse(body, content_type)
    except BadRequest as error:
        message = str(error)
        assert 0 < len(message) <= MAX_MESSAGE_CHARS
        assert message.isascii()  # hence valid UTF-8, whatever the client sent
        document = json.loads(error_body(ErrorKind.BAD_REQUEST, message))
        assert document["message"] == message
        return message
    assert isinstance(request.request, GenerationRequest)
    request.text.encode("utf-8")  # the tokenizer gets valid Unicode
    assert 1 <= request.num_return_sequences <= LIMITS.max_return_sequences
    assert request.temperature == 0 or float32(request.temperature) >= float32(MIN_TEMPERATURE)
    assert float32(request.top_p) > 0 and 0 <= request.seed <= MAX_SEED
    return request


@settings(max_examples=400, deadline=None)
@given(body=JSON_VALUES, content_type=CONTENT_TYPES)
def test_any_parsed_json_value_as_the_body(body, content_type):
    outcome(body, content_type)


@settings(max_examples=400, deadline=None)
@given(fields=st.dictionaries(FIELD_NAMES, JSON_VALUES, max_size=6))
def test_any_value_in_any_field(fields):
    result = outcome({"text": "My dream is", **fields})
    named = [name for name in fields if name != "text" or fields[name] != "My dream is"]
    if isinstance(result, str) and named and "JSON" not in result:
        # the message names the field at fault (or the unknown field)
        assert any(name in result or excerpt(name) in result for name in named), result


@settings(max_examples=300, deadline=None)
@given(body=st.binary(max_size=200), content_type=CONTENT_TYPES)
def test_any_bytes(body, content_type):
    outcome(body, content_type)


@settings(max_examples=300, deadline=None)
@given(fields=st.dictionaries(FIELD_NAMES, JSON_VALUES, max_size=6))
def test_any_json_document_as_bytes(fields):
    """The same, as the raw bytes a client sends (NaN, Infinity and all)."""
    outcome(json.dumps({"text": "hi", **fields}).encode("utf-8", "surrogatepass"))
    outcome(json.dumps({"text": "hi", **fields}, ensure_ascii=False).encode("utf-8", "replace"))


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"text":"\\ud800"}', "lone surrogate"),
        (b'{"text":"hi","\\ud800":1}', "unknown field(s)"),
        (b'{"text":"hi","seed":' + b"7" * 5000 + b"}", "seed must be between 0 and"),
        (b'{"text":"hi","temperature":' + b"9" * 5000 + b"}", "temperature is out of range"),
        (b'{"text":"hi","temperature":' + b"9" * 5000 + b".5}", "temperature must be a finite"),
        (b'{"text":"hi","top_p":0.' + b"0" * 5000 + b"1}", "top_p must be greater than 0"),
        (b'{"text":"hi","top_p":1e-300}', "top_p must be greater than 0"),
        (b'{"text":"hi","temperature":1e-300}', "temperature must be 0 (greedy) or between"),
        (b'{"text":"hi","temperature":1e39}', "temperature is out of range"),
        (b'{"text":"hi","temperature":NaN}', "temperature must be a finite number, got NaN"),
        (b'{"text":"hi","top_p":-Infinity}', "top_p must be a finite number"),
        (b'{"text":' + b"[" * 100_000, "nested too deeply"),
        (b'{"text":' + b"[" * 200 + b"]" * 200 + b"}", '"text" is required'),
        (b'{"text":"hi","seed":"' + b"9" * 2_000_000 + b'"}', "seed must be an integer"),
        (b"\xff\xfe\x00", "not UTF-8"),
        (b" ", "empty request body"),
    ],
)
def test_the_reproducers_of_issue_9_are_400s(raw, message):
    result = outcome(raw)
    assert isinstance(result, str) and message in result, result


def test_huge_values_are_quoted_as_short_excerpts():
    message = outcome({"text": "hi", "seed": "9" * 2_000_000})
    assert "2000000 chars" in message and len(message) < 200
    assert "4300" not in outcome({"text": "hi", "seed": 10**4000})  # no int-to-str limit hit
    assert len(outcome({"text": "hi", **{f"k{i}": i for i in range(1000)}})) < MAX_MESSAGE_CHARS


def test_float32_checks_and_tiny_temperature():
    assert parse({"text": "x", "temperature": MIN_TEMPERATURE}).temperature == MIN_TEMPERATURE
    assert parse({"text": "x", "top_p": 1e-40}).top_p == 1e-40  # a float32 subnormal, not 0
    assert parse({"text": "x", "temperature": 0}).temperature == 0


def test_stream_is_a_boolean_field():
    assert parse({"text": "x"}).stream is False
    assert parse({"text": "x", "stream": True}).stream is True
    assert "stream must be true or false" in outcome({"text": "x", "stream": "yes"})


def test_form_bodies_are_the_prompt():
    """`curl -d 'My dream is'`: as TorchServe splits it, and as the front passes it."""
    assert form_text({"My dream is": b""}) == "My dream is"
    assert form_text({"a": b"b", "c": ""}) == "a=b&c"
    form = "application/x-www-form-urlencoded"
    assert parse(b"My dream is", form).text == "My dream is"
    assert parse(form_text({"My dream is": b""}), "text/plain").text == "My dream is"
    assert parse(b"My dream is", FORM_CONTENT_TYPE).text == "My dream is"
    assert parse(b'{"text": "hi", "seed": 3}', FORM_CONTENT_TYPE).seed == 3


@pytest.mark.parametrize("body", [b"null", b"5", b"-1.5e3", b"[1, 2]", b"true", b" [] "])
@pytest.mark.parametrize("content_type", [FORM_CONTENT_TYPE, "", "application/json"])
def test_json_that_is_not_an_object_is_a_400_not_a_prompt(body, content_type):
    """A form post or an untyped body that is JSON but not an object (a hostile client's
    `null`, a number, a list) is refused naming the problem, not generated from."""
    assert "JSON but not an object" in outcome(body, content_type)
    assert parse(body, "text/plain").text == body.decode().strip()  # typed as a prompt: a prompt


def test_a_bug_inside_validation_is_not_a_bad_request(monkeypatch):
    """An internal exception propagates (the handler answers that request alone with a 500):
    before, every exception became a 400, so a fuzz test could never see a bug."""

    def broken(value, name="temperature"):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(contract, "temperature", broken)
    with pytest.raises(ZeroDivisionError):
        validate({"text": "hi"}, "application/json", LIMITS, MODEL)


def test_top_k_is_capped_by_the_models_own_vocabulary():
    """The cap is the served model's vocabulary (a padded one is larger than GPT-2's)."""
    padded = ModelLimits(vocab_size=50304, context_window=1024)
    assert parse({"text": "x", "top_k": 50300}, model=padded).top_k == 50300
    small = ModelLimits(vocab_size=1000, context_window=1024)
    assert "top_k must be between 0 and 1000" in str(
        pytest.raises(BadRequest, parse, {"text": "x", "top_k": 1001}, model=small).value
    )


def test_request_bodies_for_command_lines_use_the_contracts_names():
    assert request_body("hi", 2, seed=3, top_k=None) == {
        "text": "hi", "num_return_sequences": 2, "seed": 3
    }  # fmt: skip
    with pytest.raises(BadRequest):
        request_body("hi", 1, sede=3)


def test_error_headers_are_safe_for_the_front():
    headers = error_headers('Internal"Error\n', 'boom: "quoted" \\ \u00e9\ud800 ' + "x" * 500)
    assert headers[ERROR_TYPE_HEADER] == "InternalError"
    message = headers[ERROR_MESSAGE_HEADER]
    assert len(message) <= 200 and message.isascii() and '"' not in message and "\\" not in message
