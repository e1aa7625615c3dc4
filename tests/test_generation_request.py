"""Request validation: every kind of bad input is named; good input gets the model defaults."""

from __future__ import annotations

import pytest
from generation_request import BadRequest, Limits, parse_request
from transformers import GenerationConfig

DEFAULTS = GenerationConfig(
    do_sample=True, top_p=0.95, top_k=50, temperature=1.0, max_new_tokens=40, num_return_sequences=1
)
LIMITS = Limits(max_return_sequences=16, max_prompt_chars=200, vocab_size=50257)


def parse(body, content_type="application/json"):
    return parse_request(body, content_type, DEFAULTS, LIMITS)


def test_defaults_come_from_the_generation_config():
    request = parse({"text": "My dream is"})
    assert (request.num_return_sequences, request.max_new_tokens, request.top_k) == (1, 40, 50)
    assert (request.temperature, request.top_p) == (1.0, 0.95)
    assert 0 <= request.seed < 2**63


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
        ([1, 2], "application/json", "expected a JSON object"),
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
        ({"text": "x", "sede": 3}, "application/json", "unknown field(s) sede"),
    ],
)
def test_bad_requests_name_the_problem(body, content_type, message):
    with pytest.raises(BadRequest) as error:
        parse(body, content_type)
    assert message in str(error.value)
