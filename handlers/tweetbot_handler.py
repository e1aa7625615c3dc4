"""TorchServe handler for a tweetbots model: a batch of prompts in, tweets out.

TorchServe gathers the requests that arrive within maxBatchDelay into one call of `handle`;
all valid requests of that batch are generated together in ONE `generate` call (left
padding, attention mask, KV cache), each with its own sampling settings and seed.
Lifecycle as in BaseHandler: initialize -> preprocess -> inference -> postprocess.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import torch
from batch_sampling import PerRowSampler, PerRowStop, newline_token_ids, row_generator
from generation_request import BadRequest, GenerationRequest, Limits, parse_request
from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    GenerationConfig,
    LogitsProcessorList,
    StoppingCriteriaList,
)
from ts.torch_handler.base_handler import BaseHandler

logger = logging.getLogger(__name__)
BATCH_SIZE_HEADER = "X-Batch-Size"


class TweetbotHandler(BaseHandler):
    def initialize(self, context) -> None:
        properties = context.system_properties
        model_dir = Path(properties["model_dir"])
        gpu_id = properties.get("gpu_id")
        use_gpu = torch.cuda.is_available() and gpu_id is not None
        self.device = torch.device(f"cuda:{gpu_id}" if use_gpu else "cpu")
        self.tokenizer = AutoTokenizer.from_pretrained(model_dir)
        self.tokenizer.padding_side = "left"
        self.tokenizer.pad_token = self.tokenizer.eos_token
        self.model = AutoModelForCausalLM.from_pretrained(model_dir).to(self.device).eval()
        self.defaults = GenerationConfig.from_pretrained(model_dir)
        self.context_window = self.model.config.max_position_embeddings
        settings = (context.model_yaml_config or {}).get("handler", {})
        self.limits = Limits(
            max_return_sequences=int(settings.get("max_return_sequences", 16)),
            max_prompt_chars=int(settings.get("max_prompt_chars", 2000)),
            vocab_size=len(self.tokenizer),
        )
        self.stop_ids = newline_token_ids(self.tokenizer, self.device)
        self.initialized = True
        logger.info("loaded %s on %s", model_dir.name, self.device)

    def prompt_ids(self, text: str) -> list[int]:
        """The model sees `<|endoftext|>` + prompt, as it saw each tweet in training."""
        return [
            self.tokenizer.eos_token_id,
            *self.tokenizer(text, add_special_tokens=False)["input_ids"],
        ]

    def preprocess(self, data: list[dict], context) -> list[GenerationRequest | BadRequest]:
        """Each request becomes a GenerationRequest, or the BadRequest that explains it."""
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
                needed = len(self.prompt_ids(item.text)) + item.max_new_tokens
                if needed > self.context_window:
                    raise BadRequest(
                        f"prompt tokens + max_new_tokens = {needed} exceeds the model's "
                        f"context window of {self.context_window} tokens"
                    )
                parsed.append(item)
            except BadRequest as error:
                parsed.append(error)
        return parsed

    @torch.inference_mode()
    def inference(self, requests: list[GenerationRequest]) -> list[list[str]]:
        """One generate call for every sequence of every request; returns the new texts."""
        rows = [(r, j) for r in requests for j in range(r.num_return_sequences)]
        prompts = [self.prompt_ids(r.text) for r, _ in rows]
        batch = self.tokenizer.pad({"input_ids": prompts}, return_tensors="pt").to(self.device)
        width = batch["input_ids"].shape[1]
        sampler = PerRowSampler(
            temperatures=[r.temperature for r, _ in rows],
            top_ks=[r.top_k for r, _ in rows],
            top_ps=[r.top_p for r, _ in rows],
            generators=[row_generator(r.seed, j, self.device) for r, j in rows],
            device=self.device,
        )
        stop = PerRowStop(width, [r.max_new_tokens for r, _ in rows], self.stop_ids)
        output = self.model.generate(
            **batch,
            generation_config=GenerationConfig(
                do_sample=False,
                num_beams=1,
                max_new_tokens=max(r.max_new_tokens for r in requests),
                eos_token_id=self.tokenizer.eos_token_id,
                pad_token_id=self.tokenizer.eos_token_id,
            ),
            logits_processor=LogitsProcessorList([sampler]),
            stopping_criteria=StoppingCriteriaList([stop]),
        )
        texts = self.tokenizer.batch_decode(output[:, width:], skip_special_tokens=True)
        grouped, start = [], 0
        for request in requests:
            grouped.append(texts[start : start + request.num_return_sequences])
            start += request.num_return_sequences
        return grouped

    def postprocess(self, request: GenerationRequest, texts: list[str]) -> list[dict]:
        """The transformers pipeline's shape: prompt + continuation, cut at the first newline."""
        return [{"generated_text": request.text + text.split("\n", 1)[0]} for text in texts]

    def handle(self, data: list[dict], context) -> list[str]:
        parsed = self.preprocess(data, context)
        valid = [item for item in parsed if isinstance(item, GenerationRequest)]
        generated = iter(self.inference(valid)) if valid else iter(())
        responses = []
        for index, item in enumerate(parsed):
            context.set_response_content_type(index, "application/json")
            context.set_response_header(index, BATCH_SIZE_HEADER, str(len(valid)))
            if isinstance(item, BadRequest):
                context.set_response_status(400, "Bad Request", index)
                responses.append({"code": 400, "type": "BadRequest", "message": str(item)})
            else:
                responses.append(self.postprocess(item, next(generated)))
        return [json.dumps(response, ensure_ascii=False) for response in responses]
