"""The OpenAI-compatible API on the wire: `POST /v1/completions` and `/v1/chat/completions`.

The front rewrites `/v1/<path>` to the serving model's `v1/<path>`; the bot is the body's
`model`, resolved exactly as `/predictions/<bot>` resolves it. Fields map onto the request
contract's (engine/contract.py) through its own validators, named as the client sent them:
`prompt` (a string or a list: one part, and one set of `n` choices, per prompt), `max_tokens`
(chat: `max_completion_tokens` too), `temperature`, `top_p`, `n`, `seed`, `stop`, `stream`,
`stream_options.include_usage`, `echo` (completions), `user` (ignored), and the extras vLLM and
LoRAX accept: `top_k`, `ignore_eos` (no newline or end-of-text stop: exactly max_tokens).
OpenAI fields the bots cannot honour are refused by name unless they hold their neutral value
(NEUTRAL); any other field is refused as unknown.

Chat: a tweet bot has no chat template, so the last user message's content is the prompt and
the reply (the bot's continuation) is the assistant's message; system, developer, assistant
and tool messages are checked and ignored.

Answers are OpenAI's objects; a stream is Server-Sent Events: `data: <chunk>\\n\\n` per piece
of text (chat: a first chunk with the assistant's role, content deltas, then each choice's
`finish_reason`), a usage chunk when `stream_options.include_usage`, then `data: [DONE]`.
Errors are `{"error": {"message", "type", "param", "code"}}` (the front writes its own in the
same shape on every /v1/ path: serving/templates/nginx.conf.j2).
"""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass

from wire import Call, Part

from engine import contract
from engine.contract import GenerationRequest, excerpt
from engine.errors import BadRequest, ErrorKind, ServingError
from engine.prompt import answer
from engine.request import RequestOutput

JSON, SSE = "application/json", "text/event-stream"
FINISH_REASONS = {"stop": "stop", "stop_string": "stop", "length": "length"}  # engine -> OpenAI
CHUNK = {True: "chat.completion.chunk", False: "text_completion"}  # a stream chunk's object
DONE = "data: [DONE]\n\n"
COMMON = ("model", "max_tokens", "temperature", "top_p", "n", "seed", "stop", "stream")
COMMON += ("stream_options", "user", "top_k", "ignore_eos")
COMPLETION_FIELDS = (*COMMON, "prompt", "echo")
CHAT_FIELDS = (*COMMON, "messages", "max_completion_tokens")


def _zero(value: object) -> bool:
    return value is None or (type(value) in (int, float) and value == 0)


# OpenAI fields accepted only at the value that changes nothing (contract.Neutral).
NEUTRAL: contract.Neutral = {
    "frequency_penalty": ("0", _zero),
    "presence_penalty": ("0", _zero),
    "logprobs": ("null (or false)", lambda v: v is None or v is False),
    "top_logprobs": ("null", lambda v: v is None),
    "best_of": ("null or 1", lambda v: v is None or (type(v) is int and v == 1)),
    "suffix": ("null", lambda v: v is None),
    "logit_bias": ("null or {}", lambda v: v is None or v == {}),
    "response_format": ('{"type": "text"}', lambda v: v is None or v == {"type": "text"}),
    "tools": ("null", lambda v: v is None),
}
# The contract's names of fields the engine may name in an error -> the client's names.
PARAMS = {"max_new_tokens": "max_tokens"}
ROLES = ("system", "developer", "user", "assistant", "tool")
# ErrorKind -> OpenAI's error (type, code)
ERRORS = {
    ErrorKind.BAD_REQUEST: ("invalid_request_error", None),
    ErrorKind.UNKNOWN_BOT: ("invalid_request_error", "model_not_found"),
    ErrorKind.BASE_NOT_HELD: ("invalid_request_error", "model_not_available"),
    ErrorKind.OVERLOADED: ("server_error", "overloaded"),
    ErrorKind.INTERNAL: ("server_error", "internal_error"),
}


@dataclass(frozen=True)
class Options:
    """What rendering a call needs beyond its parts."""

    chat: bool
    model: str
    n: int
    echo: bool = False
    include_usage: bool = False


def error_body(kind: ErrorKind, message: str, param: str | None = None) -> str:
    """OpenAI's error object (ASCII: always valid UTF-8)."""
    kind_type, code = ERRORS[kind]
    error = {"message": message, "type": kind_type, "param": param, "code": code}
    return json.dumps({"error": error}, ensure_ascii=True) + "\n"


def json_object(body: object) -> dict:
    """The body as a JSON object (OpenAI requests are JSON, whatever the content type)."""
    fields = body
    if isinstance(body, (bytes, bytearray, str)):
        fields = contract.loads(contract.body_text(body, "send a JSON object"))
    if not isinstance(fields, dict):
        raise BadRequest(f"the body must be a JSON object, got {excerpt(fields)}")
    return fields


def prompts(value: object, limits) -> list[str]:
    """`prompt`: a string, or a non-empty list of strings (token ids are not taken)."""
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        return [contract.prompt_text(item, limits, "prompt") for item in value]
    if isinstance(value, list) and value and all(type(item) is int for item in value):
        raise BadRequest("prompt as token ids is not supported: send the text", "prompt")
    if isinstance(value, list):
        raise BadRequest(
            f"prompt must be a string or a non-empty list of strings, got {excerpt(value)}",
            "prompt",
        )
    return [contract.prompt_text(value, limits, "prompt")]


def message_text(content: object, where: str) -> str:
    """A message's content: a string, or a list of text parts (joined)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = []
        for part in content:
            if not (isinstance(part, dict) and part.get("type") == "text"):
                raise BadRequest(f"{where}: only text content parts are supported", "messages")
            if not isinstance(part.get("text"), str):
                raise BadRequest(f"{where}: a text part's text must be a string", "messages")
            texts.append(part["text"])
        return "".join(texts)
    raise BadRequest(f"{where}'s content must be a string, got {excerpt(content)}", "messages")


def chat_prompt(messages: object, limits) -> str:
    """The last user message's content: a tweet bot continues it (no chat template)."""
    if not isinstance(messages, list) or not messages:
        raise BadRequest(f"messages must be a non-empty list, got {excerpt(messages)}", "messages")
    prompt = None
    for index, message in enumerate(messages):
        where = f"messages[{index}]"
        if not isinstance(message, dict) or message.get("role") not in ROLES:
            raise BadRequest(
                f"{where} must be an object with a role ({', '.join(ROLES)})", "messages"
            )
        content = message.get("content")
        if message["role"] == "user":
            prompt = message_text(content, where)
        elif content is not None:
            message_text(content, where)
    if prompt is None:
        raise BadRequest("messages hold no user message: its content is the prompt", "messages")
    return contract.prompt_text(prompt, limits, "messages")


def given(fields: dict, name: str, default: object = None) -> object:
    """A field's value; null counts as absent (clients send null for 'the default')."""
    value = fields.get(name)
    return default if value is None else value


class OpenAIWire:
    api = "openai"  # its requests are counted under this name

    def parse(self, url_path: str, body: object, content_type: str, driver) -> list[Part]:
        chat = url_path == "v1/chat/completions"
        fields = json_object(body)
        contract.unknown_fields(fields, CHAT_FIELDS if chat else COMPLETION_FIELDS, NEUTRAL)
        model = fields.get("model")
        if not isinstance(model, str) or not model:
            raise BadRequest(f"model must be a bot's name, got {excerpt(model)}", "model")
        route = driver.route(model)
        limits = driver.config.limits
        if chat:
            texts = [chat_prompt(fields.get("messages"), limits)]
        else:
            texts = prompts(fields.get("prompt"), limits)
        stream = contract.boolean(given(fields, "stream", False), "stream")
        include_usage = self._include_usage(fields.get("stream_options"), stream)
        max_tokens = "max_tokens"
        if chat and fields.get("max_completion_tokens") is not None:
            max_tokens = "max_completion_tokens"
        names = {"num_return_sequences": "n", "max_new_tokens": max_tokens}
        names["stop_at_newline"] = "ignore_eos"
        mapped = {
            key: fields[name]
            for key, name in {
                **names,
                "temperature": "temperature",
                "top_p": "top_p",
                "top_k": "top_k",
                "seed": "seed",
                "stop": "stop",
            }.items()  # fmt: skip
            if fields.get(name) is not None
        }
        if "stop_at_newline" in mapped:
            mapped["stop_at_newline"] = not contract.boolean(
                mapped["stop_at_newline"], "ignore_eos"
            )
        params = contract.sampling(mapped, limits, route.engine.model_limits, names)
        if params.num_return_sequences * len(texts) > limits.max_return_sequences:
            raise BadRequest(
                f"n x prompts = {params.num_return_sequences * len(texts)} choices; the limit "
                f"is {limits.max_return_sequences}",
                "n",
            )
        if fields.get("user") is not None and not isinstance(fields["user"], str):
            raise BadRequest(f"user must be a string, got {excerpt(fields['user'])}", "user")
        echo = not chat and contract.boolean(given(fields, "echo", False), "echo")
        options = Options(chat, route.bot, params.num_return_sequences, echo, include_usage)
        return [Part(route, GenerationRequest(text, params, stream), options) for text in texts]

    @staticmethod
    def _include_usage(value: object, stream: bool) -> bool:
        if value is None:
            return False
        if not stream:
            raise BadRequest("stream_options is only allowed with stream: true", "stream_options")
        if not isinstance(value, dict) or set(value) - {"include_usage"}:
            raise BadRequest(
                'stream_options must be {"include_usage": true|false}, got ' + excerpt(value),
                "stream_options",
            )
        return contract.boolean(given(value, "include_usage", False), "include_usage")

    def content_type(self, stream: bool) -> str:
        return SSE if stream else JSON

    # -- answers ----------------------------------------------------------------------------------

    def render(self, call: Call, outputs: list[RequestOutput]) -> str:
        options: Options = call.parts[0].options
        head = call.context.setdefault("head", self._head(options))
        failure = call.failure()
        if failure is not None:
            if call.context.get("failed"):
                return ""
            call.context["failed"] = True
            body = error_body(ErrorKind.INTERNAL, failure.error)
            return f"data: {body.strip()}\n\n" if call.stream else body
        if not call.stream:
            return self._whole(call, options, head) if call.finished else ""
        events = [] if call.responses > 1 else self._opening(call, options, head)
        for output in outputs:
            first = call.ids.index(output.request_id) * options.n
            for index, text in output.pieces:
                events.append(self._chunk(options, head, first + index, text))
            for index, reason in enumerate(output.reasons or []):
                events.append(
                    self._chunk(options, head, first + index, None, FINISH_REASONS[reason])
                )
        if call.finished:
            if options.include_usage:
                usage = {**head, "choices": [], "usage": self._usage(call)}
                events.append({**usage, "object": CHUNK[options.chat]})
            return "".join(f"data: {self._dump(event)}\n\n" for event in events) + DONE
        return "".join(f"data: {self._dump(event)}\n\n" for event in events)

    @staticmethod
    def _head(options: Options) -> dict:
        prefix, kind = (
            ("chatcmpl", "chat.completion") if options.chat else ("cmpl", "text_completion")
        )
        return {"id": f"{prefix}-{secrets.token_hex(12)}", "object": kind,
                "created": int(time.time()), "model": options.model}  # fmt: skip

    @staticmethod
    def _dump(document: dict) -> str:
        return json.dumps(document, ensure_ascii=False, separators=(",", ":"))

    def _opening(self, call: Call, options: Options, head: dict) -> list[dict]:
        """A stream's first events: the assistant's role (chat), the prompt (echo)."""
        opening = []
        for number, part in enumerate(call.parts):
            for index in range(options.n):
                if options.chat:
                    opening.append(self._chunk(options, head, index, None, role=True))
                elif options.echo:
                    opening.append(self._chunk(options, head, number * options.n + index,
                                               part.request.text))  # fmt: skip
        return opening

    @staticmethod
    def _chunk(
        options: Options, head: dict, index: int, text: str | None, reason: str | None = None,
        role: bool = False,
    ) -> dict:  # fmt: skip
        if options.chat:
            delta = {"role": "assistant", "content": ""} if role else {}
            if text is not None:
                delta["content"] = text
            choice = {"index": index, "delta": delta, "logprobs": None, "finish_reason": reason}
            chunk = {**head, "object": CHUNK[True], "choices": [choice]}
        else:
            choice = {"index": index, "text": text or "", "logprobs": None, "finish_reason": reason}
            chunk = {**head, "choices": [choice]}
        if options.include_usage:
            chunk["usage"] = None
        return chunk

    @staticmethod
    def _usage(call: Call) -> dict:
        done = [call.done[i] for i in call.ids]
        prompt = sum(output.prompt_tokens for output in done)
        completion = sum(output.generated_tokens for output in done)
        return {"prompt_tokens": prompt, "completion_tokens": completion,
                "total_tokens": prompt + completion}  # fmt: skip

    def _whole(self, call: Call, options: Options, head: dict) -> str:
        choices = []
        for number, request_id in enumerate(call.ids):
            output = call.done[request_id]
            for index, (text, reason) in enumerate(zip(output.texts, output.reasons, strict=True)):
                choice = {"index": number * options.n + index}
                if options.chat:
                    choice["message"] = {"role": "assistant", "content": text}
                else:
                    choice["text"] = answer(output.prompt, text) if options.echo else text
                choices.append(
                    {**choice, "logprobs": None, "finish_reason": FINISH_REASONS[reason]}
                )
        document = {**head, "choices": choices, "usage": self._usage(call)}
        return self._dump(document) + "\n"

    def error(self, error: ServingError) -> str:
        return error_body(error.kind, str(error), PARAMS.get(error.param, error.param))

    def status(self, call: Call) -> int:
        return 500 if call.failure() is not None else 200
