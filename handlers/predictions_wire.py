"""The predictions API on the wire: `POST /predictions/<bot>`.

The body is the request contract's (engine/contract.py). A non-streaming answer is the
transformers pipeline's shape, `[{"generated_text": ...}]`; a streaming one (`"stream": true`)
is NDJSON: one `{"index": i, "text": "..."}` line per new piece of text of sequence i, then a
final line with the whole answer in the pipeline's shape; an engine failure after the stream
began ends it with an `{"error": ...}` line. Errors are `{"code", "type", "message"}`. Every
JSON answer ends with a newline. A body with `inputs` is the Hugging Face Inference API's: the
Hugging Face wire (handlers/tgi_wire.py) parses and answers it.
"""

from __future__ import annotations

import json

from tgi_wire import TGIWire
from wire import Call, Part

from engine.contract import decode_body
from engine.errors import ErrorKind, ServingError
from engine.prompt import answer
from engine.request import RequestOutput

JSON, NDJSON = "application/json", "application/x-ndjson"


def error_body(kind: ErrorKind, message: str) -> str:
    """The predictions API's error (ASCII, so always valid UTF-8)."""
    body = {"code": kind.status, "type": kind.type_name, "message": message}
    return json.dumps(body, ensure_ascii=True) + "\n"


def pipeline_answer(output: RequestOutput) -> list[dict]:
    return [{"generated_text": answer(output.prompt, text)} for text in output.texts or []]


class PredictionsWire:
    api = "predictions"  # its requests are counted under this name

    def __init__(self, hugging_face: TGIWire) -> None:
        self.hugging_face = hugging_face

    def parse(self, url_path: str, body: object, content_type: str, driver) -> list[Part]:
        route = driver.route(url_path)
        fields = decode_body(body, content_type)
        if "inputs" in fields:
            return self.hugging_face.parts(route, fields, driver, listed=True)
        return [Part(route, driver.validate(route, fields, content_type))]

    def content_type(self, stream: bool) -> str:
        return NDJSON if stream else JSON

    def render(self, call: Call, outputs: list[RequestOutput]) -> str:
        failure = call.failure()
        if failure is not None:
            if call.stream:
                return json.dumps({"error": failure.error}) + "\n"
            return error_body(ErrorKind.INTERNAL, failure.error)
        if not call.stream:
            return self._answer(call) if call.finished else ""
        lines = [
            json.dumps({"index": index, "text": text}, ensure_ascii=False) + "\n"
            for output in outputs
            for index, text in output.pieces
        ]
        if call.finished:
            lines.append(self._answer(call))
        return "".join(lines)

    @staticmethod
    def _answer(call: Call) -> str:
        output = call.done[call.ids[0]]
        return json.dumps(pipeline_answer(output), ensure_ascii=False) + "\n"

    def error(self, error: ServingError) -> str:
        return error_body(error.kind, str(error))

    def status(self, call: Call) -> int:
        return 500 if call.failure() is not None else 200
