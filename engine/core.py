"""The engine: `add_request` / `abort` / `step`, continuous batching over one backend.

Each `step` is schedule -> execute -> update (the shape of vLLM's EngineCore):
- execute a decode step for every running row (one token each);
- admit waiting requests while the KV-cache token budget and the row limit allow, taking the
  bots in turn (`Scheduler`: one bot's flood cannot starve another's clients), and prefill
  them into the running batch (their first token);
- sample every row with its own settings and random stream, detokenize incrementally, apply
  the stop/cut rule, and drop finished rows at once (their slots are reused by the next join).

The engine knows nothing of HTTP or TorchServe: `engine.driver` steps every engine of a
server, training calls `generate` for the model card's samples and the ONNX validation.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, OrderedDict, deque
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import torch

from engine.backends import Backend
from engine.config import EngineConfig, ModelLimits
from engine.contract import check_fits
from engine.detokenizer import token_bytes
from engine.errors import RequestTooLarge
from engine.prompt import prompt_ids, stop_token_ids
from engine.request import (
    RequestOutput,
    RequestState,
    SamplingParams,
    Sequence,
    advance,
    collect,
)
from engine.rng import uniforms
from engine.sampling import sample

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


@dataclass
class StepStats:
    """What the last step did, for metrics and profiles."""

    rows: int = 0  # rows that got a token
    prefilled: int = 0  # rows that joined
    finished: int = 0
    seconds: float = 0.0


class Fairness:
    """The rows of every engine of a server as one budget, shared fairly between bots.

    The CPU (or GPU) is what the engines share: all of them decode at most `total` rows per
    step together, and while another bot is active (rows decoding, requests waiting, or a
    request within the last `linger_s`: a closed-loop client between two requests still counts),
    a bot holds at most `share` rows, so its flood waits in its own queue while the other bots'
    new requests are admitted at once. A bot alone may use every row (no throughput is lost).
    """

    def __init__(self, total: int, share: int, linger_s: float = 1.0) -> None:
        self.total, self.share, self.linger_s = total, share, linger_s
        self.rows: Counter[str] = Counter()  # rows decoding, per bot
        self.waiting: Counter[str] = Counter()  # requests waiting for admission, per bot
        self.seen: dict[str, float] = {}  # when each bot last had work

    def touch(self, bot: str) -> None:
        now = self.seen[bot] = time.monotonic()
        if len(self.seen) > 4096:  # many bots: forget those idle for long
            self.seen = {b: at for b, at in self.seen.items() if now - at < self.linger_s}

    def allows(self, bot: str, rows: int) -> bool:
        if sum(self.rows.values()) + rows > self.total:
            return False
        since = time.monotonic() - self.linger_s
        active = (+self.rows) | (+self.waiting)
        contended = any(b != bot and (b in active or at > since) for b, at in self.seen.items())
        # a bot holding nothing may always start one request, however many rows it asks for
        return not contended or not self.rows[bot] or self.rows[bot] + rows <= self.share


class Scheduler:
    """Admission under a row limit and a KV-cache token budget, fair across bots.

    Waiting requests queue per bot (first come first served within a bot), and admission
    takes the bots in turn, one request each per round: a single client of one bot waits for
    at most one admission of a bot that floods. A bot over its share of the server's rows
    (`Fairness`) is skipped while others have work; otherwise admission stops at the first
    request that does not fit (no request is starved by smaller ones passing it). A request
    reserves (prompt + max_new_tokens) positions per sequence until it finishes, so admitted
    requests never run out of cache mid-answer.
    """

    def __init__(self, config: EngineConfig, fairness: Fairness | None = None) -> None:
        self.config = config
        self.fairness = fairness or Fairness(config.max_rows, config.max_rows)
        self.queues: OrderedDict[str, deque[RequestState]] = OrderedDict()
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

    @property
    def waiting(self) -> int:
        return sum(len(queue) for queue in self.queues.values())

    def enqueue(self, state: RequestState) -> None:
        self.queues.setdefault(state.bot, deque()).append(state)
        self.fairness.waiting[state.bot] += 1
        self.fairness.touch(state.bot)

    def is_waiting(self, state: RequestState) -> bool:
        return state in self.queues.get(state.bot, ())

    def remove(self, state: RequestState) -> None:
        queue = self.queues[state.bot]
        queue.remove(state)
        if not queue:
            del self.queues[state.bot]
        self.fairness.waiting[state.bot] -= 1

    def admit(self, adapters=None) -> list[RequestState]:
        """The waiting requests that fit now, the bots in turn; with an AdapterPool, only
        while their adapters can be made resident (the rest wait for pinned adapters)."""
        admitted: list[RequestState] = []
        progress = True
        while progress and self.queues:
            progress = False
            for bot in list(self.queues):
                head = self.queues[bot][0]
                rows, tokens = head.params.num_return_sequences, head.tokens_needed
                if (
                    self.reserved_rows + rows > self.config.max_rows
                    or self.reserved_tokens + tokens > self.config.max_batch_tokens
                ):
                    return admitted
                if head.adapter is not None and not adapters.can_acquire(
                    head.adapter, {s.adapter for s in admitted if s.adapter}
                ):
                    return admitted
                if not self.fairness.allows(bot, rows):
                    continue  # over its share (or the server is full): the next bot's turn
                self.remove(head)
                if bot in self.queues:
                    self.queues.move_to_end(bot)
                self.reserved_rows += rows
                self.reserved_tokens += tokens
                self.fairness.rows[bot] += rows
                admitted.append(head)
                progress = True
        return admitted

    def release(self, state: RequestState) -> None:
        rows = state.params.num_return_sequences
        self.reserved_rows -= rows
        self.reserved_tokens -= state.tokens_needed
        self.fairness.rows[state.bot] -= rows
        self.fairness.touch(state.bot)

    def clear(self) -> None:
        """Forget every request (the engine failed): their rows and places are given back."""
        for queue in self.queues.values():
            for state in queue:
                self.fairness.waiting[state.bot] -= 1
        self.queues.clear()


class Engine:
    def __init__(
        self,
        backend: Backend,
        tokenizer,
        config: EngineConfig | None = None,
        fairness: Fairness | None = None,
    ) -> None:
        """`fairness`: the row budget this engine shares with the server's other engines."""
        self.backend = backend
        self.tokenizer = tokenizer
        self.config = config or EngineConfig()
        self.table = token_bytes(tokenizer, backend.vocab_size)
        self.stops = np.zeros(len(self.table), dtype=bool)
        self.stops[stop_token_ids(self.table, tokenizer.eos_token_id)] = True
        self.scheduler = Scheduler(self.config, fairness)
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
        bot: str = "",
    ) -> RequestState:
        """Queue a request; raises RequestTooLarge when it can never be served.

        `adapter`: the key of a LoRA adapter the backend's AdapterPool loads (at admission, on
        first use) and pins until the request ends; `bot`: whose request it is (admission
        takes bots in turn).
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
            bot=bot,
        )
        check_fits(len(ids), params, self.model_limits)
        self.scheduler.check(state)
        if adapter is not None and self.adapters is None:
            raise ValueError("this engine's backend serves no adapters")
        self.requests[request_id] = state
        self.scheduler.enqueue(state)
        return state

    @property
    def model_limits(self) -> ModelLimits:
        """What the request contract checks against this engine's model."""
        return ModelLimits(
            vocab_size=self.backend.vocab_size, context_window=self.backend.context_window
        )

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
        if self.scheduler.is_waiting(state):
            self.scheduler.remove(state)
            return
        for sequence in state.sequences:
            sequence.finished = True
        self.scheduler.release(state)
        self._drop_finished()

    def has_unfinished(self) -> bool:
        return bool(self.requests)

    @property
    def waiting(self) -> int:
        return self.scheduler.waiting

    @property
    def running_requests(self) -> int:
        return len(self.requests) - self.scheduler.waiting

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
            if not self.scheduler.is_waiting(state):
                self.scheduler.release(state)
            self._end(state)
        self.scheduler.clear()
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
