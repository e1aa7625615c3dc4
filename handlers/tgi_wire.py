"""The Hugging Face shapes on the wire: TGI's `/generate` and `/generate_stream`, and the
Hugging Face Inference API's `{"inputs", "parameters"}` body on `/predictions/<bot>`.

The front sends `POST /tgi/<bot>/generate` and `/tgi/<bot>/generate_stream` here (url_path
`tgi/<bot>/...`); the predictions wire hands over a body with `inputs` (what
`huggingface_hub.InferenceClient(model=".../predictions/<bot>").text_generation` posts, with
`"stream": true` for a stream). `parameters` map onto the request contract through its own
validators: `max_new_tokens`, `temperature`, `top_p`, `top_k`, `seed`, `stop` (strings),
`do_sample` (false: greedy), `return_full_text`, `details`; TGI parameters the bots cannot
honour are refused unless null or neutral (NEUTRAL).

Answers: `/generate` gives `{"generated_text", "details"?}`, the Inference API body a list of
one such object; a stream is Server-Sent Events of TGI's tokens, `data:{"index", "token":
{"id", "text", "logprob", "special"}, "generated_text": null, "details": null}`, the last one
with the whole `generated_text` (and `details`). A piece of text stands for a token (its `id`
is 0: the engine streams text, never half a character). finish_reason: `length`, or
`eos_token` (the bot's newline or end of text) / `stop_sequence` (a stop string).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from wire import Call, Part

from engine import contract
from engine.contract import GenerationRequest, excerpt
from engine.errors import BadRequest, ErrorKind, ServingError
from engine.prompt import answer
from engine.request import RequestOutput

JSON, SSE = "application/json", "text/event-stream"
FIELDS = ("inputs", "parameters", "stream")
PARAMETERS = ("max_new_tokens", "temperature", "top_p", "top_k", "seed", "stop", "do_sample")
PARAMETERS += ("return_full_text", "details")
NEUTRAL: contract.Neutral = {  # parameters accepted only at the value that changes nothing
    "repetition_penalty": ("1", lambda v: v == 1),
    "frequency_penalty": ("0", lambda v: v == 0),
    "typical_p": ("1", lambda v: v == 1),
    "best_of": ("1", lambda v: v == 1),
    "watermark": ("false", lambda v: v is False),
    "decoder_input_details": ("false", lambda v: v is False),
    "truncate": ("null", lambda v: False),
    "top_n_tokens": ("0", lambda v: v == 0),
    "grammar": ("null", lambda v: False),
    "adapter_id": ("null", lambda v: False),
}
FINISH_REASONS = {"stop": "eos_token", "stop_string": "stop_sequence", "length": "length"}
ERROR_TYPES = {ErrorKind.BAD_REQUEST: "validation", ErrorKind.OVERLOADED: "overloaded"}


@dataclass(frozen=True)
class Options:
    wire: TGIWire  # the wire that answers the call (also when the predictions path took it)
    listed: bool  # the Inference API's answer: a list of one object
    full_text: bool
    details: bool
    seed: int


def hf_fields(body: object) -> dict:
    if not isinstance(body, dict):
        body = contract.decode_body(body, "application/json")
    contract.unknown_fields(body, FIELDS)
    return body


class TGIWire:
    api = "hugging_face"  # its requests are counted under this name

    def parse(self, url_path: str, body: object, content_type: str, driver) -> list[Part]:
        _, bot, endpoint = (url_path.split("/") + ["", ""])[:3]
        fields = hf_fields(body)
        stream = endpoint == "generate_stream"
        if fields.get("stream", stream) is not stream:
            raise BadRequest("stream is chosen by the path here: /generate_stream", "stream")
        return self.parts(driver.route(bot), {**fields, "stream": stream}, driver, listed=False)

    def parts(self, route, fields: dict, driver, *, listed: bool) -> list[Part]:
        """The one part of a Hugging Face body for `route`'s bot."""
        fields = hf_fields(fields)
        limits = driver.config.limits
        text = contract.prompt_text(fields.get("inputs"), limits, "inputs")
        given = fields.get("parameters") or {}
        if not isinstance(given, dict):
            raise BadRequest(f"parameters must be an object, got {excerpt(given)}", "parameters")
        given = {name: value for name, value in given.items() if value is not None}
        contract.unknown_fields(given, PARAMETERS, NEUTRAL)  # nulls were dropped above
        mapped = {key: given[key] for key in PARAMETERS[:6] if key in given}
        if not contract.boolean(given.get("do_sample", True), "do_sample"):
            mapped["temperature"] = 0
        params = contract.sampling(mapped, limits, route.engine.model_limits)
        stream = contract.boolean(fields.get("stream", False), "stream")
        options = Options(
            self,
            listed,
            contract.boolean(given.get("return_full_text", False), "return_full_text"),
            contract.boolean(given.get("details", False), "details"),
            params.seed,
        )
        return [Part(route, GenerationRequest(text, params, stream), options)]

    def content_type(self, stream: bool) -> str:
        return SSE if stream else JSON

    def render(self, call: Call, outputs: list[RequestOutput]) -> str:
        options: Options = call.parts[0].options
        failure = call.failure()
        if failure is not None:
            body = error_body(ErrorKind.INTERNAL, failure.error)
            return f"data:{body.strip()}\n\n" if call.stream else body
        if not call.stream:
            if not call.finished:
                return ""
            document = self._final(call, options)
            return json.dumps([document] if options.listed else document) + "\n"
        events = [
            {"token": token(text), "generated_text": None, "details": None}
            for output in outputs
            for _, text in output.pieces
        ]
        if call.finished:
            last = {"token": {**token(""), "special": True}, "details": None}
            events.append({**last, **self._final(call, options)})
        first = call.context.get("sent", 0)
        call.context["sent"] = first + len(events)
        for index, event in enumerate(events, first):
            event["index"] = index
        return "".join(f"data:{json.dumps(event, ensure_ascii=False)}\n\n" for event in events)

    @staticmethod
    def _final(call: Call, options: Options) -> dict:
        output = call.done[call.ids[0]]
        text = output.texts[0]
        document = {"generated_text": answer(output.prompt, text) if options.full_text else text}
        if options.details:
            document["details"] = {
                "finish_reason": FINISH_REASONS[output.reasons[0]],
                "generated_tokens": output.generated_tokens,
                "seed": options.seed,
                "prefill": [],
                "tokens": [],
            }
        return document

    def error(self, error: ServingError) -> str:
        return error_body(error.kind, str(error))

    def status(self, call: Call) -> int:
        return 500 if call.failure() is not None else 200


def token(text: str) -> dict:
    return {"id": 0, "text": text, "logprob": 0.0, "special": False}


def error_body(kind: ErrorKind, message: str) -> str:
    """TGI's error: {"error", "error_type"} (ASCII)."""
    body = {"error": message, "error_type": ERROR_TYPES.get(kind, "generation")}
    return json.dumps(body, ensure_ascii=True) + "\n"
