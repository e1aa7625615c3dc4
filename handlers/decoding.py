"""The handler's decode loop: one batch of rows, each with its own sampling, seed and stop.

Two backends run the same GPT-2 graph (`gpt2_kv`) behind one small interface (prefill,
decode, keep); the loop around them, sampling and stopping, is shared, so both backends
honour every request's parameters identically:

- `TorchBackend`: PyTorch on a preallocated key/value cache (no copies as it grows);
- `OnnxBackend`: ONNX Runtime (fp32 or int8) with past/present key/values, kept as OrtValues
  between steps; the CUDA provider on TorchServe's GPU when there is one.

Finished rows keep their place until a quarter of the batch is done, then the batch is
compacted, so short answers stop costing compute while the rest continue.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
import torch
from batch_sampling import PerRowSampler, PerRowStop, row_generator, stop_token_ids
from generation_request import GenerationRequest
from gpt2_kv import CachedGPT2, Shape, io_names, left_pad
from safetensors.torch import load_file

BACKEND_FILE = "backend.json"  # written into the archive by training/mar.py
COMPACT_AT = 0.75  # drop finished rows once no more than this share of the batch is alive


class Backend(Protocol):
    device: torch.device

    def prefill(self, ids: torch.Tensor, positions: torch.Tensor, mask: torch.Tensor, room: int):
        """Logits [B, V] of each row's last prompt token; `room`: tokens still to come."""

    def decode(self, tokens: torch.Tensor, positions: torch.Tensor, mask: torch.Tensor):
        """Logits [B, V] after one more token per row."""

    def keep(self, index: torch.Tensor) -> None:
        """Keep only these rows of the cache."""

    def release(self) -> None:
        """Free the cache: a batch's cache must not outlive it."""


@dataclass(frozen=True)
class Generation:
    """One request's answer: the new text of each of its rows, and how many tokens they took."""

    texts: list[str]
    tokens: int


class TorchBackend:
    def __init__(self, model_dir: Path, device: torch.device) -> None:
        config = json.loads((model_dir / "config.json").read_text())
        weights = load_file(model_dir / "model.safetensors")
        self.model = CachedGPT2(Shape.from_config(config), weights).to(device).eval()
        self.device = device
        self.cache = torch.empty(0)

    def prefill(self, ids, positions, mask, room):
        shape = self.model.shape
        self.cache = torch.empty(
            (shape.n_layer, 2, ids.shape[0], shape.n_head, ids.shape[1] + room, shape.head_dim),
            device=self.device,
        )
        return self.model.step(ids, positions, mask, self.cache)

    def decode(self, tokens, positions, mask):
        return self.model.step(tokens.unsqueeze(1), positions, mask, self.cache)

    def keep(self, index):
        self.cache = self.cache[:, :, index]

    def release(self):
        self.cache = torch.empty(0)


class OnnxBackend:
    def __init__(self, path: Path, shape: Shape, gpu_id: int | None, threads: int) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads  # deliberate: TorchServe's worker owns the cores
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        cuda = (
            gpu_id is not None and "CUDAExecutionProvider" in onnxruntime.get_available_providers()
        )
        providers = [("CUDAExecutionProvider", {"device_id": gpu_id})] if cuda else []
        self.session = onnxruntime.InferenceSession(
            str(path), options, providers=[*providers, "CPUExecutionProvider"]
        )
        # The cache stays where the model runs (GPU memory with CUDA); only logits come back.
        self.cache_device = ("cuda", gpu_id) if cuda else ("cpu", 0)
        self.ort = onnxruntime.OrtValue
        self.shape = shape
        self.inputs, self.outputs = io_names(shape.n_layer)
        self.device = torch.device("cpu")  # logits come back to the host for sampling
        self.past: list = []

    def cached(self, array: np.ndarray):
        return self.ort.ortvalue_from_numpy(array, *self.cache_device)

    def run(self, ids: torch.Tensor, positions: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        binding = self.session.io_binding()
        for name, tensor in zip(self.inputs[:3], (ids, positions, mask), strict=True):
            binding.bind_cpu_input(name, tensor.numpy())
        for name, value in zip(self.inputs[3:], self.past, strict=True):
            binding.bind_ortvalue_input(name, value)
        binding.bind_output("logits")  # host memory
        for name in self.outputs[1:]:
            binding.bind_output(name, *self.cache_device)
        self.session.run_with_iobinding(binding)
        out = binding.get_outputs()
        self.past = [out[i] for i in range(1, len(self.outputs))]
        return torch.from_numpy(out[0].numpy())

    def prefill(self, ids, positions, mask, room):
        empty = np.zeros((ids.shape[0], self.shape.n_head, 0, self.shape.head_dim), np.float32)
        self.past = [self.cached(empty)] * (2 * self.shape.n_layer)
        return self.run(ids, positions, mask)

    def decode(self, tokens, positions, mask):
        return self.run(tokens.unsqueeze(1), positions, mask)

    def keep(self, index):
        rows = index.numpy()
        self.past = [self.cached(p.numpy()[rows]) for p in self.past]

    def release(self):
        self.past = []


def load_backend(model_dir: Path, gpu_id: int | None, threads: int) -> Backend:
    """The backend the archive was built for (backend.json; torch when absent)."""
    choice = {"backend": "torch"}
    if (model_dir / BACKEND_FILE).exists():
        choice = json.loads((model_dir / BACKEND_FILE).read_text())
    if choice["backend"] == "onnx":
        config = json.loads((model_dir / "config.json").read_text())
        threads = threads or os.cpu_count() or 1
        # Sampling's small tensor ops in torch must not fight ONNX Runtime's spinning threads
        # for the cores: one torch thread made a batch of 16 three times faster end to end.
        torch.set_num_threads(1)
        return OnnxBackend(
            model_dir / choice["onnx_file"], Shape.from_config(config), gpu_id, threads
        )
    if threads:
        torch.set_num_threads(threads)
    use_gpu = gpu_id is not None and torch.cuda.is_available()
    return TorchBackend(model_dir, torch.device(f"cuda:{gpu_id}" if use_gpu else "cpu"))


class Decoder:
    """Turns validated requests into new token texts, one batched loop for all their rows."""

    def __init__(self, backend: Backend, tokenizer):
        self.backend = backend
        self.tokenizer = tokenizer
        self.stop_ids = stop_token_ids(tokenizer, backend.device)

    @torch.inference_mode()
    def generate(
        self,
        requests: list[GenerationRequest],
        prompts: list[list[int]],
        on_step: Callable[[], None] | None = None,
    ) -> list[Generation]:
        """Every request's rows in one loop, then the cache is freed.

        `prompts`: each request's token ids (gpt2_kv.prompt_ids); `on_step` runs after every
        forward pass (the metrics' clock).
        """
        try:
            return self._generate(requests, prompts, on_step)
        finally:
            self.backend.release()

    def _generate(self, requests, prompts, on_step) -> list[Generation]:
        device = self.backend.device
        rows = [(r, j) for r in requests for j in range(r.num_return_sequences)]
        prompts = [
            ids
            for r, ids in zip(requests, prompts, strict=True)
            for _ in range(r.num_return_sequences)
        ]
        eos = self.tokenizer.eos_token_id
        ids, positions, mask = (t.to(device) for t in left_pad(prompts, eos))
        sampler = PerRowSampler(
            temperatures=[r.temperature for r, _ in rows],
            top_ks=[r.top_k for r, _ in rows],
            top_ps=[r.top_p for r, _ in rows],
            generators=[row_generator(r.seed, j, device) for r, j in rows],
            device=device,
        )
        stop = PerRowStop(
            [r.max_new_tokens for r, _ in rows],
            self.stop_ids,
            [r.stop_at_newline for r, _ in rows],
        )
        longest = max(r.max_new_tokens for r in requests)
        out = torch.full((len(rows), longest), eos, dtype=torch.long, device=device)
        lengths = torch.zeros(len(rows), dtype=torch.long, device=device)  # tokens per row
        logits = self.backend.prefill(ids, positions, mask, longest)
        if on_step is not None:
            on_step()  # the first token's logits exist: time to first token
        index = torch.arange(len(rows), device=device)  # original row of each batch row
        alive = torch.ones(len(rows), dtype=torch.bool, device=device)
        position = positions[:, -1]
        for step in range(longest):
            tokens = sampler(logits, index)
            out[index[alive], step] = tokens[alive]
            lengths[index[alive]] += 1
            alive &= ~stop(tokens, index, step + 1)
            if not alive.any():
                break
            if alive.sum() <= COMPACT_AT * len(index):
                keep = alive.nonzero().squeeze(1)
                self.backend.keep(keep)
                index, alive, tokens, mask, position = (
                    index[keep],
                    alive[keep],
                    tokens[keep],
                    mask[keep],
                    position[keep],
                )
            mask = torch.cat([mask, torch.ones_like(mask[:, :1])], dim=1)
            position = position + 1
            logits = self.backend.decode(tokens, position.unsqueeze(1), mask)
            if on_step is not None:
                on_step()
        texts = self.tokenizer.batch_decode(out.tolist(), skip_special_tokens=True)
        answers, start = [], 0
        for request in requests:
            end = start + request.num_return_sequences
            answers.append(Generation(texts[start:end], int(lengths[start:end].sum())))
            start = end
        return answers
