"""The engine: `add_request` / `abort` / `step`, continuous batching over one backend.

Each `step` is schedule -> execute -> update (the shape of vLLM's EngineCore):
- execute a decode step for every running row (one token each);
- admit waiting requests first-come first-served while the KV-cache token budget and the row
  limit allow (`Scheduler`), and prefill them into the running batch (their first token);
- sample every row with its own settings and random stream, detokenize incrementally, apply
  the stop/cut rule, and drop finished rows at once (their slots are reused by the next join).

The engine knows nothing of HTTP or TorchServe: the handler adapts it, training calls
`generate` for the model card's samples and the ONNX validation, the CLI for local generation.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import torch

from engine.backends import Backend
from engine.detokenizer import token_bytes
from engine.prompt import prompt_ids, stop_token_ids
from engine.request import (
    RequestOutput,
    RequestState,
    SamplingParams,
    Sequence,
    advance,
    collect,
)
from engine.sampling import sample, uniforms

logger = logging.getLogger(__name__)


def error_output(state: RequestState, message: str) -> RequestOutput:
    return RequestOutput(
        request_id=state.request_id,
        pieces=[],
        finished=True,
        prompt=state.prompt,
        arrival=state.arrival,
        error=message,
    )


class RequestTooLarge(ValueError):
    """The request can never fit the engine's limits (a client error, not overload)."""


@dataclass(frozen=True)
class EngineConfig:
    """Limits of one engine; the handler reads them from the archive's model-config.yaml."""

    max_rows: int = 64  # sequences decoding together at most
    max_batch_tokens: int = 32768  # KV-cache positions reserved by running requests at most


@dataclass
class StepStats:
    """What the last step did, for metrics and profiles."""

    rows: int = 0  # rows that got a token
    prefilled: int = 0  # rows that joined
    finished: int = 0
    seconds: float = 0.0


class Scheduler:
    """First-come first-served admission under a row limit and a KV-cache token budget.

    A request reserves (prompt + max_new_tokens) positions per sequence until it finishes, so
    admitted requests can never run out of cache mid-answer.
    """

    def __init__(self, config: EngineConfig) -> None:
        self.config = config
        self.waiting: deque[RequestState] = deque()
        self.reserved_rows = 0
        self.reserved_tokens = 0

    def check(self, state: RequestState) -> None:
        rows, tokens = state.params.num_return_sequences, state.tokens_needed
        if rows > self.config.max_rows or tokens > self.config.max_batch_tokens:
            raise RequestTooLarge(
                f"the request needs {rows} sequences x {tokens // rows} tokens; this bot "
                f"decodes at most {self.config.max_rows} sequences and "
                f"{self.config.max_batch_tokens} tokens at once"
            )

    def admit(self, adapters=None) -> list[RequestState]:
        """The waiting requests that fit now, in arrival order; with an AdapterPool, only while
        their adapters can be made resident (the rest wait for pinned adapters to finish)."""
        admitted: list[RequestState] = []
        while self.waiting:
            head = self.waiting[0]
            rows, tokens = head.params.num_return_sequences, head.tokens_needed
            if (
                self.reserved_rows + rows > self.config.max_rows
                or self.reserved_tokens + tokens > self.config.max_batch_tokens
            ):
                break
            if head.adapter is not None and not adapters.can_acquire(
                head.adapter, {s.adapter for s in admitted if s.adapter}
            ):
                break
            self.waiting.popleft()
            self.reserved_rows += rows
            self.reserved_tokens += tokens
            admitted.append(head)
        return admitted

    def release(self, state: RequestState) -> None:
        self.reserved_rows -= state.params.num_return_sequences
        self.reserved_tokens -= state.tokens_needed


class Engine:
    def __init__(self, backend: Backend, tokenizer, config: EngineConfig | None = None) -> None:
        self.backend = backend
        self.tokenizer = tokenizer
        self.config = config or EngineConfig()
        self.table = token_bytes(tokenizer, backend.vocab_size)
        self.stops = np.zeros(len(self.table), dtype=bool)
        self.stops[stop_token_ids(self.table, tokenizer.eos_token_id)] = True
        self.scheduler = Scheduler(self.config)
        self.requests: dict[str, RequestState] = {}
        self.running: list[Sequence] = []  # backend row i is running[i]
        self.pending = torch.empty(0, dtype=torch.long)  # each running row's last token
        self.slots = torch.empty(0, dtype=torch.long)  # each running row's adapter slot
        self.stats = StepStats()

    # -- surface ------------------------------------------------------------------------------

    def add_request(
        self,
        request_id: str,
        prompt: str,
        params: SamplingParams,
        *,
        arrival: float | None = None,
        prompt_token_ids: list[int] | None = None,
        adapter: str | None = None,
    ) -> RequestState:
        """Queue a request; raises RequestTooLarge when it can never be served.

        `adapter`: a LoRA adapter the backend's AdapterPool loads (on first use) and pins
        until the request ends; its errors (engine.lora.AdapterError, the loader's) raise here.
        """
        if request_id in self.requests:
            raise ValueError(f"request {request_id!r} is already in the engine")
        ids = (
            prompt_token_ids if prompt_token_ids is not None else prompt_ids(self.tokenizer, prompt)
        )
        state = RequestState(
            request_id,
            prompt,
            ids,
            params,
            arrival if arrival is not None else time.perf_counter(),
            adapter,
        )
        needed = len(ids) + params.max_new_tokens
        if needed > self.backend.context_window:
            raise RequestTooLarge(
                f"prompt tokens + max_new_tokens = {needed} exceeds the model's context window "
                f"of {self.backend.context_window} tokens"
            )
        self.scheduler.check(state)
        if adapter is not None and self.adapters is None:
            raise ValueError("this engine's backend serves no adapters")
        self.requests[request_id] = state
        self.scheduler.waiting.append(state)
        return state

    @property
    def adapters(self):
        return getattr(self.backend, "adapters", None)

    def _end(self, state: RequestState) -> None:
        """A request leaves the engine: its adapter pin is given back."""
        self.requests.pop(state.request_id, None)
        if state.slot:
            self.adapters.release(state.adapter)
            state.slot = 0

    @torch.inference_mode()
    def abort(self, request_id: str) -> None:
        """Forget a request (its client left); its rows leave the batch at once."""
        state = self.requests.get(request_id)
        if state is None:
            return
        self._end(state)
        if state in self.scheduler.waiting:
            self.scheduler.waiting.remove(state)
            return
        for sequence in state.sequences:
            sequence.finished = True
        self.scheduler.release(state)
        self._drop_finished()

    def has_unfinished(self) -> bool:
        return bool(self.requests)

    @property
    def waiting(self) -> int:
        return len(self.scheduler.waiting)

    @property
    def running_requests(self) -> int:
        return len(self.requests) - len(self.scheduler.waiting)

    @torch.inference_mode()
    def step(self) -> list[RequestOutput]:
        """One token for every running row, plus the first token of newly admitted requests."""
        started = time.perf_counter()
        touched: dict[str, RequestState] = {}
        stats = StepStats()
        if self.running:
            logits = self.backend.decode(self.pending, self._slots(self.slots))
            stats.rows += len(self.running)
            self._sample(self.running, logits, touched)
        admitted, failed = self._admit()
        outputs = failed
        if admitted:
            now = time.perf_counter()
            joining: list[Sequence] = []
            for state in admitted:
                state.admitted = now
                state.start(self.table)
                joining += state.sequences
            slots = torch.tensor([s.request.slot for s in joining], dtype=torch.long)
            logits = self.backend.prefill(
                [s.request.prompt_ids for s in joining],
                self._slots(slots),
                [s.request.params.max_new_tokens for s in joining],
            )
            self.running += joining
            self.pending = torch.cat([self.pending, torch.zeros(len(joining), dtype=torch.long)])
            self.slots = torch.cat([self.slots, slots])
            stats.rows += len(joining)
            stats.prefilled = len(joining)
            self._sample(joining, logits, touched, offset=len(self.running) - len(joining))
        now = time.perf_counter()
        for state in touched.values():
            if state.first_token is None:
                state.first_token = now
            output = collect(state, now)
            outputs.append(output)
            if output.finished:
                stats.finished += 1
                self._end(state)
                self.scheduler.release(state)
        self._drop_finished()
        stats.seconds = time.perf_counter() - started
        self.stats = stats
        return outputs

    def _admit(self) -> tuple[list[RequestState], list[RequestOutput]]:
        """Admit what fits; pin (and load, on first use) each admitted request's adapter. A
        request whose adapter fails to load ends with that error, alone."""
        admitted, failed = [], []
        for state in self.scheduler.admit(self.adapters):
            if state.adapter is not None:
                try:
                    state.slot = self.adapters.acquire(state.adapter)
                except Exception as error:  # the loader's or the pool's: this request only
                    logger.error("adapter %s failed to load: %s", state.adapter, error)
                    self.scheduler.release(state)
                    self._end(state)
                    failed.append(error_output(state, f"adapter {state.adapter}: {error}"))
                    continue
            admitted.append(state)
        return admitted, failed

    def generate(
        self, prompts: Iterable[str], params: SamplingParams | Iterable[SamplingParams]
    ) -> list[list[str]]:
        """Run requests to the end; each request's continuations (cut by the stop rule)."""
        prompts = list(prompts)
        settings = [params] * len(prompts) if isinstance(params, SamplingParams) else list(params)
        ids = [f"generate-{i}" for i in range(len(prompts))]
        for request_id, prompt, p in zip(ids, prompts, settings, strict=True):
            self.add_request(request_id, prompt, p)
        texts: dict[str, list[str]] = {}
        while self.has_unfinished():
            for output in self.step():
                if output.finished:
                    texts[output.request_id] = output.texts or []
        return [texts[request_id] for request_id in ids]

    def fail_all(self, message: str) -> list[RequestOutput]:
        """The backend failed: every request in the engine ends with this error, cache freed."""
        outputs = [error_output(state, message) for state in self.requests.values()]
        for state in list(self.requests.values()):
            self._end(state)
        self.scheduler = Scheduler(self.config)
        self.running = []
        self.pending = torch.empty(0, dtype=torch.long)
        self.slots = torch.empty(0, dtype=torch.long)
        self.backend.reset()
        return outputs

    # -- internals ----------------------------------------------------------------------------

    def _sample(
        self,
        rows: list[Sequence],
        logits: torch.Tensor,
        touched: dict[str, RequestState],
        offset: int = 0,
    ) -> None:
        params = [s.request.params for s in rows]
        device = logits.device
        tokens = sample(
            logits,
            torch.tensor([p.temperature for p in params], device=device),
            torch.tensor([p.top_k for p in params], device=device),
            torch.tensor([p.top_p for p in params], device=device),
            uniforms(
                np.array([s.key for s in rows], dtype=np.uint64),
                np.array([s.tokens for s in rows], dtype=np.uint64),
            ),
        ).cpu()
        self.pending[offset : offset + len(rows)] = tokens
        for sequence, token in zip(rows, tokens.tolist(), strict=True):
            advance(sequence, token, self.stops)
            touched[sequence.request.request_id] = sequence.request

    def _drop_finished(self) -> None:
        """Swap-remove finished rows: each hole is filled by a live row from the end."""
        alive = [i for i, s in enumerate(self.running) if not s.finished]
        if len(alive) == len(self.running):
            return
        order = list(range(len(self.running)))
        keep = set(alive)
        tail = [i for i in reversed(range(len(self.running))) if i in keep]
        holes = [i for i in range(len(alive)) if i not in keep]
        for hole in holes:
            order[hole] = tail.pop(0)
        order = order[: len(alive)]
        self.backend.compact(order)
        self.running = [self.running[i] for i in order]
        self.pending = self.pending[order] if order else torch.empty(0, dtype=torch.long)
        self.slots = self.slots[order] if order else torch.empty(0, dtype=torch.long)

    def _slots(self, slots: torch.Tensor) -> torch.Tensor | None:
        """Row slots for the backend, or None when this engine serves no adapters."""
        return slots if self.adapters is not None else None
