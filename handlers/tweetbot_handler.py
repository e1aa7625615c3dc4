"""TorchServe handler for tweetbots: a thin adapter between TorchServe and engine.driver.

One handler serves every bot: `bots.mar` (what `make serve` registers) serves the bot store,
a bot's own archive (`model_store/<bot>.mar`) serves the one bot packed inside it, through the
same driver. With `continuousBatching: true` every call of `handle` is one round of the loop:
- preprocess: TorchServe hands over the requests in flight (an id and an empty body) plus new
  ones; each new one is parsed by its API's wire (the bot named by `url_path`) and added to
  the driver, or answered at once with its error; requests that disappeared (client gone) are
  aborted;
- inference: the driver steps every engine for up to its step budget;
- postprocess: every request gets its piece of this call (a streamed piece, an empty chunk, or
  its whole answer) and its stopping criterion.
Without continuous batching each call runs its batch to the end (static batching, what the
benchmark compares with). No exception leaves `handle`: TorchServe would fail the whole call.
"""

from __future__ import annotations

import logging
import time
import traceback
from pathlib import Path

from handler_metrics import EngineMetrics
from openai_wire import OpenAIWire
from predictions_wire import PredictionsWire
from tgi_wire import TGIWire
from ts.torch_handler.base_handler import BaseHandler
from wire import Call, error_headers

from engine.contract import form_text
from engine.errors import ErrorKind, InternalError, ServingError
from engine.settings import ServingSettings, build_driver
from engine.store import BotStore, FolderStore

logger = logging.getLogger(__name__)
BATCH_SIZE_HEADER = "X-Batch-Size"
ARRIVAL_HEADER = "x-request-start"  # set by the nginx front: when the request reached it
URL_PATH = "url_path"  # what follows /predictions/<model>/<version>/ in the URL
INTERNAL = "internal error while generating; retry the request"
# The first segment of a url_path of several -> its API; a single segment is a bot's name
# (predictions), so a bot may be named like an API.
HUGGING_FACE = TGIWire()
WIRES = {"": PredictionsWire(HUGGING_FACE), "v1": OpenAIWire(), "tgi": HUGGING_FACE}


class TweetbotHandler(BaseHandler):
    def initialize(self, context) -> None:
        started = time.perf_counter()
        config = context.model_yaml_config or {}
        settings = ServingSettings.from_section(config.get("handler"))
        model_dir = Path(context.system_properties["model_dir"])
        store = BotStore(Path(settings.bot_store)) if settings.bot_store else FolderStore(model_dir)
        self.default_bot = "" if settings.bot_store else store.only.name
        self.driver = build_driver(settings, store, context.system_properties.get("gpu_id"))
        self.continuous = bool(config.get("continuousBatching", False))
        self.calls: dict[str, Call] = {}
        self.metrics = EngineMetrics(context, time.perf_counter() - started)
        self.initialized = True
        logger.info(
            "serving %s (%s batching)", store.root, "continuous" if self.continuous else "static"
        )

    def handle(self, data: list[dict], context) -> list[str]:
        begun = {r for r, call in self.calls.items() if call.responses}
        try:
            if self.continuous:
                return self.continuous_step(data, context)
            return self.static_batch(data, context)
        except Exception:  # an engine failed mid-step: answer everyone, never fail the call
            logger.error("engine failure:\n%s", traceback.format_exc())
            self.driver.fail_all(INTERNAL)
            calls, self.calls = self.calls, {}
            bodies, stops = [], []
            for index, request_id in enumerate(context.request_ids[i] for i in range(len(data))):
                call = calls.get(request_id)
                wire = call.wire if call else WIRES[""]
                self.respond(
                    context, index, wire, InternalError(INTERNAL), stream=bool(call and call.stream)
                )
                bodies.append(wire.error(InternalError(INTERNAL)))
                stops.append(True if request_id in begun else None)
            context.stopping_criteria = [lambda _, stop=stop: stop for stop in stops]
            return bodies

    # -- continuous batching: one round of the driver per call ----------------------------------

    def continuous_step(self, data: list[dict], context) -> list[str]:
        ids = [context.request_ids[index] for index in range(len(data))]
        answered = {
            i: self.admit(i, r, data[i], context) for i, r in enumerate(ids) if r not in self.calls
        }
        answered = {i: body for i, body in answered.items() if body is not None}
        for request_id in set(self.calls) - set(ids):  # TorchServe dropped it: client gone
            for part in self.calls.pop(request_id).ids:
                self.driver.abort(part)
        outputs = self.driver.run()
        bodies, stops = [], []
        for index, request_id in enumerate(ids):
            if index in answered:
                bodies.append(answered[index])
                stops.append(None)
                continue
            call = self.calls[request_id]
            first = call.responses == 0
            call.batch = call.batch or len(outputs)
            call.responses += 1
            bodies.append(call.wire.render(call, call.take(outputs)))
            self.respond(context, index, call.wire, None, call=call)
            if call.finished:
                del self.calls[request_id]
            # TorchServe never answers a stream that ends at its first step: answer it whole.
            stops.append(None if call.finished and first else call.finished)
        context.stopping_criteria = [lambda _, stop=stop: stop for stop in stops]
        self.metrics.flush(self.driver)
        return bodies

    def admit(self, index: int, request_id: str, data: dict, context) -> str | None:
        """Parse a new request and add its parts; a request that cannot be served gets its
        whole error answer now (alone: the rest of the call goes on)."""
        headers = {
            str(k).lower(): v for k, v in (context.get_all_request_header(index) or {}).items()
        }
        url_path = str(headers.get(URL_PATH, "")).strip("/")
        segment, _, rest = url_path.partition("/")
        wire = WIRES.get(segment, WIRES[""]) if rest else WIRES[""]
        added: list[str] = []
        try:
            parts = wire.parse(url_path or self.default_bot, *body_of(data, headers), self.driver)
            wire = getattr(parts[0].options, "wire", wire)  # a wire may hand its call on
            for number, part in enumerate(parts):
                engine_id = request_id if len(parts) == 1 else f"{request_id}#{number}"
                self.driver.add(engine_id, part.route, part.request, arrival(headers))
                added.append(engine_id)
        except Exception as error:  # this request only: its batch goes on
            for engine_id in added:
                self.driver.abort(engine_id)
            if not isinstance(error, ServingError):
                logger.error("request %s failed:\n%s", request_id, traceback.format_exc())
                error = InternalError(f"preparing the request failed ({type(error).__name__})")
            self.driver.telemetry.request(wire.api)
            outcome = {ErrorKind.OVERLOADED: "overloaded", ErrorKind.INTERNAL: "error"}
            self.driver.telemetry.outcome(outcome.get(error.kind, "bad_request"))
            self.respond(context, index, wire, error)
            return wire.error(error)
        self.driver.telemetry.request(wire.api)
        stream = any(part.request.stream for part in parts)
        self.calls[request_id] = Call(wire, added, parts, stream)
        return None

    # -- static batching: the whole batch in one call --------------------------------------------

    def static_batch(self, data: list[dict], context) -> list[str]:
        ids = [context.request_ids[index] for index in range(len(data))]
        bodies = {i: self.admit(i, r, data[i], context) for i, r in enumerate(ids)}
        for outputs in self.driver.run_to_end():
            for call in self.calls.values():
                call.take(outputs)
        for index, request_id in enumerate(ids):
            call = self.calls.pop(request_id, None)
            if call is not None:
                call.batch = len(ids)
                bodies[index] = call.wire.render(call, list(call.done.values()))
                self.respond(context, index, call.wire, None, call=call)
        self.metrics.flush(self.driver, force=True)
        return [bodies[index] for index in range(len(data))]

    # -- helpers ----------------------------------------------------------------------------------

    @staticmethod
    def respond(context, index: int, wire, error: ServingError | None, *, call=None, stream=False):
        """Status and headers of one answer; errors carry the headers the front keeps."""
        stream = call.stream if call is not None else stream
        context.set_response_content_type(index, wire.content_type(stream))
        status = error.status if error is not None else wire.status(call)
        if status != 200:
            context.set_response_status(status, "", index)
        context.set_response_header(index, BATCH_SIZE_HEADER, str(call.batch if call else 0))
        if stream:
            context.set_response_header(index, "X-Accel-Buffering", "no")
        failure = call.failure() if call is not None else None
        if error is not None or failure is not None:
            kind = error.kind.type_name if error is not None else ErrorKind.INTERNAL.type_name
            message = str(error) if error is not None else failure.error
            for name, value in error_headers(kind, message).items():
                context.set_response_header(index, name, value)

    def inference(self, data, *args, **kwargs):  # BaseHandler's hooks are not used
        raise NotImplementedError("TweetbotHandler.handle drives the engine directly")


def body_of(data: dict, headers: dict) -> tuple[object, str]:
    """The request's body and content type as TorchServe hands them over."""
    body = data.get("body", data.get("data"))
    part = headers.get("body") or headers.get("data")  # the body parameter's own headers
    content_type = part.get("content-type", "") if isinstance(part, dict) else ""
    if body is None and data:  # a form TorchServe split into fields (no front before it)
        return form_text(data), "text/plain"
    return body, content_type


def arrival(headers: dict) -> float:
    """When the front received the request (X-Request-Start), on this process's clock."""
    now = time.perf_counter()
    try:
        waited = time.time() - float(str(headers.get(ARRIVAL_HEADER)).removeprefix("t="))
    except (TypeError, ValueError):
        return now
    return now - waited if 0 <= waited < 3600 else now
