"""The serving loop: every engine of a server driven as one, within a time budget per call.

A server holds several engines (one per base for adapter bots, one per full bot) through
`engine.multiplex.Bots`. The driver is what an endpoint talks to:
- `route` + `validate` + `add`: a request for a bot, checked by the request contract against
  that bot's model, added to its engine (each bot may hold `max_in_flight_per_bot` requests:
  beyond that it is refused with Overloaded, so one bot's flood leaves room for the others);
- `abort`: a client left; its rows leave at the next step;
- `step`: schedule -> execute -> update, with a plain value between each: the engines with
  work, what each engine's step produced, and the bookkeeping of finished requests;
- `run`: steps for up to `step_budget_s`, ending early when a request finishes or a stream
  gets its first piece (each call of a TorchServe handler costs a frontend round trip, so a
  call runs several short steps; a long step still gets a call of its own).

It knows nothing of TorchServe or HTTP (the handler and `make generate` use it).
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass

from engine.config import DriverConfig
from engine.contract import GenerationRequest, validate
from engine.core import Engine
from engine.errors import Overloaded
from engine.multiplex import Bots, Route
from engine.request import RequestOutput, merge
from engine.telemetry import Telemetry

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Entry:
    route: Route
    request: GenerationRequest


@dataclass(frozen=True)
class EngineStep:
    """What one engine's step produced."""

    engine: Engine
    outputs: list[RequestOutput]
    rows: int


class Driver:
    def __init__(self, bots: Bots, config: DriverConfig | None = None) -> None:
        self.bots = bots
        self.config = config or DriverConfig()
        self.entries: dict[str, Entry] = {}
        self.per_bot: Counter[str] = Counter()
        self.telemetry = Telemetry()
        self.last_step_s = 0.0

    # -- requests -------------------------------------------------------------------------------

    def route(self, bot: str) -> Route:
        """The engine serving `bot` now (UnknownBot, BaseNotHeld)."""
        return self.bots.resolve(bot)

    def validate(self, route: Route, body: object, content_type: str) -> GenerationRequest:
        """A predictions body checked against the bot's model (BadRequest)."""
        return validate(body, content_type, self.config.limits, route.engine.model_limits)

    def add(
        self,
        request_id: str,
        route: Route,
        request: GenerationRequest,
        arrival: float | None = None,
    ) -> None:
        """Queue a checked request in its bot's engine (Overloaded, RequestTooLarge)."""
        if self.per_bot[route.bot] >= self.config.max_in_flight_per_bot:
            raise Overloaded(
                f"bot {route.bot} has {self.per_bot[route.bot]} requests in progress, its "
                "limit; other bots are not affected. Retry in a moment"
            )
        route.engine.add_request(
            request_id,
            request.text,
            request.params,
            arrival=arrival,
            adapter=route.adapter,
            bot=route.bot,
        )
        self.entries[request_id] = Entry(route, request)
        self.per_bot[route.bot] += 1

    def entry(self, request_id: str) -> Entry | None:
        return self.entries.get(request_id)

    def abort(self, request_id: str) -> None:
        """Forget a request whose client left."""
        entry = self._forget(request_id)
        if entry is not None:
            entry.route.engine.abort(request_id)
            self.telemetry.outcome("aborted")

    def _forget(self, request_id: str) -> Entry | None:
        entry = self.entries.pop(request_id, None)
        if entry is not None:
            self.per_bot[entry.route.bot] -= 1
            if not self.per_bot[entry.route.bot]:
                del self.per_bot[entry.route.bot]
        return entry

    def has_unfinished(self) -> bool:
        return any(engine.has_unfinished() for engine in self.bots.engines())

    def load(self) -> tuple[int, int]:
        """(requests waiting for admission, requests decoding) over every engine."""
        engines = self.bots.engines()
        return sum(e.waiting for e in engines), sum(e.running_requests for e in engines)

    # -- stepping --------------------------------------------------------------------------------

    def schedule(self) -> list[Engine]:
        """The engines with work this step."""
        return [engine for engine in self.bots.engines() if engine.has_unfinished()]

    @staticmethod
    def execute(engines: list[Engine]) -> list[EngineStep]:
        """One step of each: every running row gets its next token, waiting requests join."""
        steps = []
        for engine in engines:
            outputs = engine.step()
            steps.append(EngineStep(engine, outputs, engine.stats.rows))
        return steps

    def update(self, steps: list[EngineStep]) -> dict[str, RequestOutput]:
        """Finished requests leave the driver, observed; every request's news by id."""
        now = time.perf_counter()
        outputs: dict[str, RequestOutput] = {}
        for step in steps:
            self.telemetry.step(step.rows)
            for output in step.outputs:
                outputs[output.request_id] = output
                if not output.finished:
                    continue
                entry = self._forget(output.request_id)
                if output.error is not None:
                    self.telemetry.outcome("error")
                elif entry is not None:
                    self.telemetry.finished(output, now, entry.route.bot)
        return outputs

    def step(self) -> dict[str, RequestOutput]:
        """schedule -> execute -> update."""
        return self.update(self.execute(self.schedule()))

    def run(self, budget_s: float | None = None) -> dict[str, RequestOutput]:
        """Steps for up to `budget_s` (the config's step budget by default), merged per
        request; ends early when a request finishes or a stream gets its first piece."""
        budget = self.config.step_budget_s if budget_s is None else budget_s
        started = time.perf_counter()
        deadline = started + budget
        outputs = self.step()
        self.last_step_s = time.perf_counter() - started
        while not any(self._answer_now(o) for o in outputs.values()) and self.has_unfinished():
            started = time.perf_counter()
            if started + self.last_step_s > deadline:
                break
            for request_id, output in self.step().items():
                earlier = outputs.get(request_id)
                outputs[request_id] = output if earlier is None else merge(earlier, output)
            self.last_step_s = time.perf_counter() - started
        return outputs

    def _answer_now(self, output: RequestOutput) -> bool:
        if output.finished:
            return True
        entry = self.entries.get(output.request_id)
        return output.first_token and entry is not None and entry.request.stream

    def run_to_end(self) -> list[dict[str, RequestOutput]]:
        """Every request to its end (static batching, and local generation): each step's news."""
        steps = []
        while self.has_unfinished():
            steps.append(self.step())
        return steps

    def fail_all(self, message: str) -> list[RequestOutput]:
        """An engine failed mid-step: every request ends with `message`, caches freed."""
        failed = [output for engine in self.bots.engines() for output in engine.fail_all(message)]
        for output in failed:
            self._forget(output.request_id)
        self.entries.clear()
        self.per_bot.clear()
        self.telemetry.outcome("error", len(failed))
        return failed
