"""What a client receives: the pipeline's JSON shape, NDJSON streams, JSON errors.

A non-streaming answer is the transformers pipeline's shape, `[{"generated_text": ...}]`. A
streaming one (`"stream": true`) is NDJSON: one `{"index": i, "text": "..."}` line per new
piece of text of sequence i, then a final line with the whole answer in the pipeline's shape;
an engine failure after the stream began ends it with an `{"error": ...}` line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from generation_request import GenerationRequest, error_body
from routing import Route

from engine import RequestOutput
from engine.prompt import answer

JSON, NDJSON = "application/json", "application/x-ndjson"


@dataclass
class Client:
    """A request in flight: how it wants its answer, and how many responses it has had."""

    request: GenerationRequest
    route: Route  # its engine and bot
    responses: int = 0
    batch: int = 0  # requests decoding in the step where it started


def pipeline_answer(output: RequestOutput) -> list[dict]:
    return [{"generated_text": answer(output.prompt, text)} for text in output.texts or []]


def render(client: Client, output: RequestOutput | None) -> tuple[str, bool, int]:
    """(body, finished, status) of one request for one engine step."""
    done = output is not None and output.finished
    if output is not None and output.error is not None:
        if client.request.stream:
            return json.dumps({"error": output.error}) + "\n", True, 500
        return error_body(500, "InternalError", output.error), True, 500
    if client.request.stream:
        lines = [
            json.dumps({"index": index, "text": text}, ensure_ascii=False)
            for index, text in (output.pieces if output else [])
        ]
        if done:
            lines.append(json.dumps(pipeline_answer(output), ensure_ascii=False))
        return "".join(line + "\n" for line in lines), done, 200
    return (json.dumps(pipeline_answer(output), ensure_ascii=False) if done else ""), done, 200
