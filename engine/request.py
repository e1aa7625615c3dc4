"""What the engine is asked for and what it answers: requests, their sequences, outputs.

A request is a prompt and its sampling settings; it becomes `num_return_sequences` rows
(sequences) that decode side by side. Outputs are incremental: each step reports the new text
of every sequence that moved, and a finished request reports its whole answer.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field

import numpy as np

from engine.detokenizer import IncrementalDetokenizer
from engine.prompt import cut
from engine.rng import row_key


@dataclass(frozen=True)
class SamplingParams:
    """A request's sampling settings. The defaults are the reference's (huggingtweets'), and
    this is their one home: the request contract, `make generate`, the client and each
    export's generation_config.json read them from here."""

    num_return_sequences: int = 1
    max_new_tokens: int = 40
    temperature: float = 1.0  # 0: greedy
    top_p: float = 0.95
    top_k: int = 50  # 0: no top-k cut
    seed: int = 0
    stop_at_newline: bool = True  # stop at EOS or a newline token and cut the text there
    stop: tuple[str, ...] = ()  # strings that also end the answer (cut before them)


# The defaults as transformers' GenerationConfig fields: what training writes into each
# export's generation_config.json (for `pipeline(...)` users of the exported folder).
GENERATION_DEFAULTS = {
    "do_sample": True,
    **{
        name: getattr(SamplingParams(), name)
        for name in ("top_p", "top_k", "temperature", "max_new_tokens", "num_return_sequences")
    },
}


@dataclass
class Sequence:
    """One row: a returned sequence of a request, with its random stream and text so far."""

    request: RequestState
    index: int
    key: int  # the row's random stream (sampling.row_key)
    detokenizer: IncrementalDetokenizer
    tokens: int = 0
    text: str = ""
    unsent: str = ""  # text produced since the last output
    held: str = ""  # text that may begin a stop string: sent once it cannot
    finished: bool = False
    reason: str = ""  # why it finished: "stop" (EOS, newline), "stop_string" or "length"


@dataclass
class RequestState:
    request_id: str
    prompt: str
    prompt_ids: list[int]
    params: SamplingParams
    arrival: float
    adapter: str | None = None  # the AdapterPool key of its LoRA adapter (None: none)
    bot: str = ""  # whose request it is: admission takes bots in turn
    slot: int = 0  # the adapter's slot in the engine's AdapterPool (0: none)
    sequences: list[Sequence] = field(default_factory=list)
    admitted: float | None = None
    first_token: float | None = None
    finished: float | None = None
    reported_first: bool = False

    @property
    def tokens_needed(self) -> int:
        """KV-cache positions the request may use at most: what admission reserves."""
        return self.params.num_return_sequences * (
            len(self.prompt_ids) + self.params.max_new_tokens
        )

    def start(self, table) -> None:
        p = self.params
        self.sequences = [
            Sequence(self, j, row_key(p.seed, j), IncrementalDetokenizer(table))
            for j in range(p.num_return_sequences)
        ]

    def generated_tokens(self) -> int:
        return sum(s.tokens for s in self.sequences)

    def done(self) -> bool:
        return bool(self.sequences) and all(s.finished for s in self.sequences)


@dataclass(frozen=True)
class RequestOutput:
    """What one step changed for one request.

    `pieces`: (sequence index, new text) in order, the text already cut at a stopping newline
    or stop string; joined per sequence they are exactly that sequence's final text. `texts`:
    the final continuations when `finished`, `reasons` why each ended (Sequence.reason).
    `error`: set when the engine failed this request.
    """

    request_id: str
    pieces: list[tuple[int, str]]
    finished: bool
    texts: list[str] | None = None
    reasons: list[str] | None = None
    prompt: str = ""
    prompt_tokens: int = 0
    generated_tokens: int = 0
    first_token: bool = False  # this step produced the request's first token
    arrival: float = 0.0
    first_token_at: float | None = None
    finished_at: float | None = None
    error: str | None = None


def merge(earlier: RequestOutput, later: RequestOutput) -> RequestOutput:
    """Two consecutive outputs of one request as one: the pieces of both, the later state."""
    return dataclasses.replace(
        later,
        pieces=[*earlier.pieces, *later.pieces],
        first_token=earlier.first_token or later.first_token,
    )


def advance(sequence: Sequence, token: int, stops: np.ndarray) -> None:
    """Account one sampled token to its row: text, stop rule, stop strings, length limit.

    Text that might be the beginning of a stop string is held back until the next tokens
    show it is not, so a streamed piece never holds part of a stop string."""
    sequence.tokens += 1
    piece = sequence.detokenizer.push(token)
    params = sequence.request.params
    stopped = params.stop_at_newline and bool(stops[token])
    if stopped or sequence.tokens >= params.max_new_tokens:
        piece += sequence.detokenizer.flush()
        sequence.finished = True
        sequence.reason = "stop" if stopped else "length"
    text = sequence.text + sequence.held + piece
    kept = cut(text, params.stop_at_newline)[len(sequence.text) :]
    sequence.held = ""
    if params.stop:
        at = first_stop(kept, params.stop)
        if at is not None:
            kept = kept[:at]
            sequence.finished, sequence.reason = True, "stop_string"
        elif not sequence.finished:
            held = held_back(kept, params.stop)
            kept, sequence.held = kept[: len(kept) - held], kept[len(kept) - held :]
    sequence.text += kept
    sequence.unsent += kept


def first_stop(text: str, stop: tuple[str, ...]) -> int | None:
    """Where the earliest stop string in `text` begins (None: none does)."""
    found = [at for at in (text.find(s) for s in stop) if at >= 0]
    return min(found) if found else None


def held_back(text: str, stop: tuple[str, ...]) -> int:
    """The length of the longest end of `text` that begins a stop string."""
    for size in range(min(len(text), max(map(len, stop)) - 1), 0, -1):
        if any(s.startswith(text[-size:]) for s in stop):
            return size
    return 0


def collect(state: RequestState, now: float | None = None) -> RequestOutput:
    """The request's news since its last output (and its answer when it is done)."""
    pieces = [(s.index, s.unsent) for s in state.sequences if s.unsent]
    for sequence in state.sequences:
        sequence.unsent = ""
    finished = state.done()
    if finished and state.finished is None:
        state.finished = now or time.perf_counter()
    first = state.first_token is not None and not state.reported_first
    state.reported_first = state.reported_first or first
    return RequestOutput(
        request_id=state.request_id,
        pieces=pieces,
        finished=finished,
        texts=[s.text for s in state.sequences] if finished else None,
        reasons=[s.reason or "stop" for s in state.sequences] if finished else None,
        prompt=state.prompt,
        prompt_tokens=len(state.prompt_ids),
        generated_tokens=state.generated_tokens(),
        first_token=first,
        arrival=state.arrival,
        first_token_at=state.first_token,
        finished_at=state.finished,
    )
