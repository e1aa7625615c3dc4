"""TorchServe handler for a tweetbots model: a batch of prompts in, tweets out.

TorchServe gathers the requests that arrive within maxBatchDelay into one call of `handle`;
all valid requests of that batch are generated together in ONE batched decode loop
(decoding.py: left padding, attention mask, KV cache; ONNX Runtime or PyTorch as the archive's
backend.json says), each with its own sampling settings, seed and stop.
Lifecycle as in BaseHandler: initialize -> preprocess -> inference -> postprocess.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import torch
from decoding import Decoder, Generation, load_backend
from generation_request import (
    BadRequest,
    GenerationRequest,
    Limits,
    error_body,
    error_headers,
    form_text,
    parse_request,
)
from gpt2_kv import prompt_ids
from handler_metrics import GenerationMetrics
from transformers import AutoConfig, AutoTokenizer, GenerationConfig
from ts.torch_handler.base_handler import BaseHandler

logger = logging.getLogger(__name__)
BATCH_SIZE_HEADER = "X-Batch-Size"
Prompted = tuple[GenerationRequest, list[int]]  # a valid request and its prompt's token ids
# A request that fails inside the handler (only that one) gets HTTP 500 naming the error, kept
# as a RuntimeError: TorchServe refuses a handler module that defines a second class.


def request_body(request: dict, header: object) -> tuple[object, str]:
    """The body TorchServe passed and its content type; a form-encoded body that TorchServe
    split into fields (curl -d without a content type) is joined back into one text."""
    content_type = header.get("content-type", "") if isinstance(header, dict) else ""
    body = request.get("body", request.get("data"))
    if body is None and request:
        return form_text(request), "text/plain"
    return body, content_type


class TweetbotHandler(BaseHandler):
    def initialize(self, context) -> None:
        started = time.perf_counter()
        properties = context.system_properties
        model_dir = Path(properties["model_dir"])
        gpu_id = properties.get("gpu_id")
        settings = (context.model_yaml_config or {}).get("handler", {})
        self.tokenizer = AutoTokenizer.from_pretrained(model_dir)
        backend = load_backend(model_dir, gpu_id, int(settings.get("threads", 0)))
        self.device = backend.device
        self.decoder = Decoder(backend, self.tokenizer)
        self.defaults = GenerationConfig.from_pretrained(model_dir)
        self.context_window = AutoConfig.from_pretrained(model_dir).max_position_embeddings
        self.limits = Limits(
            max_return_sequences=int(settings.get("max_return_sequences", 16)),
            max_prompt_chars=int(settings.get("max_prompt_chars", 2000)),
            vocab_size=len(self.tokenizer),
        )
        # rows x positions of one decode call: bounds the KV cache (GPT-2 124M: 74 KB a token)
        self.max_batch_tokens = int(settings.get("max_batch_tokens", 32768))
        self.telemetry = GenerationMetrics(context, time.perf_counter() - started)
        self.initialized = True
        logger.info("loaded %s: %s on %s", model_dir.name, type(backend).__name__, self.device)

    def preprocess(self, data: list[dict], context) -> list[Prompted | Exception]:
        """Each request becomes a GenerationRequest with its prompt's token ids (tokenized once),
        or the BadRequest that explains it, or the RuntimeError of this request alone."""
        parsed: list[Prompted | Exception] = []
        for index, request in enumerate(data):
            try:
                header = context.get_request_header(index, "body") or context.get_request_header(
                    index, "data"
                )
                body, content_type = request_body(request, header)
                item = parse_request(body, content_type, self.defaults, self.limits)
                ids = prompt_ids(self.tokenizer, item.text)
                needed = len(ids) + item.max_new_tokens
                if needed > self.context_window:
                    raise BadRequest(
                        f"prompt tokens + max_new_tokens = {needed} exceeds the model's "
                        f"context window of {self.context_window} tokens"
                    )
                parsed.append((item, ids))
            except BadRequest as error:
                parsed.append(error)
            except Exception as error:  # isolate: this request fails, its batch goes on
                logger.exception("request %d of the batch could not be prepared", index)
                parsed.append(
                    RuntimeError(f"preparing the request failed ({type(error).__name__})")
                )
        return parsed

    @torch.inference_mode()
    def inference(self, prompted: list[Prompted]) -> list[Generation]:
        """Batched decode loops for every sequence of every request, as few as the KV-cache
        budget (`max_batch_tokens` rows x positions) allows; one loop for ordinary batches."""
        answers: list[Generation | RuntimeError] = []
        for group in self.groups(prompted):
            try:
                answers += self.generate(group)
            except Exception:  # one request may be at fault: try each alone, fail only it
                logger.exception("a decode loop of %d requests failed; retrying each", len(group))
                for one in group:
                    try:
                        answers += self.generate([one])
                    except Exception as error:
                        answers.append(RuntimeError(f"generation failed ({type(error).__name__})"))
        return answers

    def generate(self, group: list[Prompted]) -> list[Generation]:
        requests, prompts = zip(*group, strict=True)
        return self.decoder.generate(
            list(requests), list(prompts), on_step=self.telemetry.clock.step
        )

    def groups(self, prompted: list[Prompted]) -> list[list[Prompted]]:
        """Consecutive requests whose rows x (longest prompt + longest answer) fit the budget."""
        groups: list[list[Prompted]] = []
        rows = width = new = 0
        for request, ids in prompted:
            grown = (rows + request.num_return_sequences) * (
                max(width, len(ids)) + max(new, request.max_new_tokens)
            )
            if groups and grown <= self.max_batch_tokens:
                groups[-1].append((request, ids))
            else:
                groups.append([(request, ids)])
                rows = width = new = 0
            rows += request.num_return_sequences
            width, new = max(width, len(ids)), max(new, request.max_new_tokens)
        return groups

    def postprocess(self, request: GenerationRequest, texts: list[str]) -> list[dict]:
        """The transformers pipeline's shape: prompt + continuation, cut at the first newline."""
        if not request.stop_at_newline:
            return [{"generated_text": request.text + text} for text in texts]
        return [{"generated_text": request.text + text.split("\n", 1)[0]} for text in texts]

    def handle(self, data: list[dict], context) -> list[str]:
        """Exactly one answer per request, whatever fails: an exception escaping here would
        fail the whole batch (TorchServe's 503 "Prediction failed")."""
        with self.telemetry.batch(len(data)) as batch:
            parsed = self.preprocess(data, context)
            valid = [item for item in parsed if not isinstance(item, Exception)]
            answers = self.inference(valid) if valid else []
            done = [
                (len(ids), answer)
                for (_, ids), answer in zip(valid, answers, strict=True)
                if not isinstance(answer, Exception)
            ]
            batch.generated(
                [tokens for tokens, _ in done],
                [answer for _, answer in done],
                bad=sum(isinstance(item, BadRequest) for item in parsed),
            )
        if failed := len(data) - len(done) - batch.bad:  # this batch's internal errors
            telemetry = self.telemetry
            telemetry.requests.add_or_update(failed, [*telemetry.labels, "error"])
        generated = iter(answers)
        responses = []
        for index, item in enumerate(parsed):
            context.set_response_content_type(index, "application/json")
            context.set_response_header(index, BATCH_SIZE_HEADER, str(len(valid)))
            if not isinstance(item, Exception):
                answer = next(generated)
                item = answer if isinstance(answer, Exception) else item
            if isinstance(item, BadRequest):
                responses.append(self.error(context, index, 400, "Bad Request", item))
            elif isinstance(item, Exception):
                responses.append(self.error(context, index, 500, "Internal Server Error", item))
            else:
                texts = self.postprocess(item[0], answer.texts)
                responses.append(json.dumps(texts, ensure_ascii=False))
        return responses

    @staticmethod
    def error(context, index: int, code: int, phrase: str, error: Exception) -> str:
        """A JSON error body (ASCII) for one request, marked as the handler's for the front."""
        kind = "BadRequest" if isinstance(error, BadRequest) else "InternalError"
        context.set_response_status(code, phrase, index)
        for name, value in error_headers(kind, str(error)).items():
            context.set_response_header(index, name, value)
        return error_body(code, kind, str(error))
