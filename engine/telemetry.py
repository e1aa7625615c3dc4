"""What the driver observes while it serves: outcomes, tokens, latencies, rows per step.

Plain values, kept until a metrics writer drains them (the TorchServe handler writes them to
TorchServe's Prometheus endpoint at most once a second: handlers/handler_metrics.py). Latencies
count from each request's arrival at the front (X-Request-Start), so queueing is included.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from engine.request import RequestOutput

OUTCOMES = ("ok", "bad_request", "error", "aborted", "overloaded")
APIS = ("predictions", "openai", "hugging_face")  # the wires' names (handlers/*_wire.py)


@dataclass
class Observations:
    outcomes: Counter = field(default_factory=Counter)
    prompt_tokens: int = 0
    generated_tokens: int = 0
    latency: list[float] = field(default_factory=list)  # arrival -> answer, seconds
    first_token: list[float] = field(default_factory=list)  # arrival -> first token
    per_token: list[float] = field(default_factory=list)  # seconds per token after the first
    rows: list[int] = field(default_factory=list)  # rows of each engine step
    bot_requests: Counter = field(default_factory=Counter)
    bot_tokens: Counter = field(default_factory=Counter)
    api_requests: Counter = field(default_factory=Counter)  # new requests by API (wire)


class Telemetry:
    def __init__(self) -> None:
        self.pending = Observations()

    def request(self, api: str) -> None:
        """A new request reached the server through `api` (predictions, openai, ...)."""
        self.pending.api_requests[api] += 1

    def outcome(self, outcome: str, count: int = 1) -> None:
        self.pending.outcomes[outcome] += count

    def finished(self, output: RequestOutput, now: float, bot: str) -> None:
        """A request that ended well: its tokens and latencies."""
        seen = self.pending
        seen.outcomes["ok"] += 1
        seen.bot_requests[bot] += 1
        seen.bot_tokens[bot] += output.generated_tokens
        seen.prompt_tokens += output.prompt_tokens
        seen.generated_tokens += output.generated_tokens
        seen.latency.append(now - output.arrival)
        if output.first_token_at is not None:
            seen.first_token.append(output.first_token_at - output.arrival)
            rows = max(len(output.texts or []), 1)
            steps = output.generated_tokens / rows
            if steps > 1 and output.finished_at is not None:
                seen.per_token.append((output.finished_at - output.first_token_at) / (steps - 1))

    def step(self, rows: int) -> None:
        if rows:
            self.pending.rows.append(rows)

    def drain(self) -> Observations:
        seen, self.pending = self.pending, Observations()
        return seen
