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
from generation_request import BadRequest, GenerationRequest, Limits, parse_request
from gpt2_kv import prompt_ids
from handler_metrics import GenerationMetrics
from transformers import AutoConfig, AutoTokenizer, GenerationConfig
from ts.torch_handler.base_handler import BaseHandler

logger = logging.getLogger(__name__)
BATCH_SIZE_HEADER = "X-Batch-Size"
Prompted = tuple[GenerationRequest, list[int]]  # a valid request and its prompt's token ids


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

    def preprocess(self, data: list[dict], context) -> list[Prompted | BadRequest]:
        """Each request becomes a GenerationRequest with its prompt's token ids (tokenized once),
        or the BadRequest that explains it."""
        parsed = []
        for index, request in enumerate(data):
            body = request.get("body", request.get("data"))
            header = context.get_request_header(index, "body") or context.get_request_header(
                index, "data"
            )
            content_type = header.get("content-type", "") if isinstance(header, dict) else ""
            try:
                if body is None:
                    raise BadRequest(
                        'empty request: send JSON {"text": ...} or a text/plain prompt'
                    )
                item = parse_request(body, content_type.lower(), self.defaults, self.limits)
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
        return parsed

    @torch.inference_mode()
    def inference(self, prompted: list[Prompted]) -> list[Generation]:
        """Batched decode loops for every sequence of every request, as few as the KV-cache
        budget (`max_batch_tokens` rows x positions) allows; one loop for ordinary batches."""
        answers: list[Generation] = []
        for group in self.groups(prompted):
            requests, prompts = zip(*group, strict=True)
            answers += self.decoder.generate(
                list(requests), list(prompts), on_step=self.telemetry.clock.step
            )
        return answers

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
        with self.telemetry.batch(len(data)) as batch:
            parsed = self.preprocess(data, context)
            valid = [item for item in parsed if not isinstance(item, BadRequest)]
            answers = self.inference(valid) if valid else []
            batch.generated([len(ids) for _, ids in valid], answers, bad=len(parsed) - len(valid))
        generated = iter(answers)
        responses = []
        for index, item in enumerate(parsed):
            context.set_response_content_type(index, "application/json")
            context.set_response_header(index, BATCH_SIZE_HEADER, str(len(valid)))
            if isinstance(item, BadRequest):
                context.set_response_status(400, "Bad Request", index)
                responses.append({"code": 400, "type": "BadRequest", "message": str(item)})
            else:
                responses.append(self.postprocess(item[0], next(generated).texts))
        return [json.dumps(response, ensure_ascii=False) for response in responses]
