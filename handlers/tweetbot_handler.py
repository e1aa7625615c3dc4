"""TorchServe handler for a tweetbots model: a thin adapter over the engine package.

With `continuousBatching: true` (the default model-config.yaml) every call of `handle` is one
engine step. TorchServe hands over the requests in flight (an id and an empty body) plus new
ones; new requests are validated and added to the engine, requests that disappeared (their
client left) are aborted, the engine takes one step, and every request gets its answer for
this step:
- a bad request, or one that finishes at its first step, gets a whole response (TorchServe's
  stopping criterion None: its first-step bug never lets a stream that ends at once answer);
- a streaming request (`"stream": true`) gets one NDJSON line per new piece of text, then a
  final line with the whole answer in the pipeline's shape;
- any other request gets an empty chunk per step, then its JSON answer.
Without continuous batching (`continuousBatching: false`) a call runs its batch to the end:
the static batching the benchmark compares against.

No exception leaves `handle`: TorchServe would fail every request of the call with it.
"""

from __future__ import annotations

import json
import logging
import time
import traceback
from pathlib import Path

import torch
from generation_request import (
    BadRequest,
    GenerationRequest,
    Limits,
    error_body,
    error_headers,
    form_text,
    parse_request,
)
from handler_metrics import EngineMetrics
from responses import JSON, NDJSON, Client, render
from routing import OneBot, RouteError, StoreBots
from transformers import GenerationConfig
from ts.handler_utils.utils import send_intermediate_predict_response
from ts.torch_handler.base_handler import BaseHandler

from engine import GENERATION_DEFAULTS, RequestOutput, RequestTooLarge, SamplingParams
from engine.request import merge
from engine.settings import ServingSettings

logger = logging.getLogger(__name__)
BATCH_SIZE_HEADER = "X-Batch-Size"
ARRIVAL_HEADER = "x-request-start"  # set by the nginx front: when the request reached it
INTERNAL = "internal error while generating; retry the request"


class TweetbotHandler(BaseHandler):
    def initialize(self, context) -> None:
        started = time.perf_counter()
        properties = context.system_properties
        model_dir = Path(properties["model_dir"])
        yaml_config = context.model_yaml_config or {}
        settings = ServingSettings.from_section(yaml_config.get("handler"))
        config = settings.engine_config()
        gpu_id = properties.get("gpu_id")
        if settings.bot_store:  # the multiplexed model: every bot of the store
            self.router = StoreBots(settings, gpu_id, config)
            self.defaults = GenerationConfig(**GENERATION_DEFAULTS)
            bots = self.router.bots
            info = {"backend": "TorchBackend", "dtype": bots.dtype, "device": str(bots.device)}
        else:  # a dedicated archive: its own bot
            self.router = OneBot(model_dir, context.model_name, settings, gpu_id, config)
            self.defaults = GenerationConfig.from_pretrained(model_dir)
            backend = self.router.engine.backend
            info = {"backend": type(backend).__name__, "dtype": backend.dtype,
                    "device": str(backend.device)}  # fmt: skip
        info["dtype"] = str(info["dtype"]).replace("torch.", "")
        self.continuous = bool(yaml_config.get("continuousBatching", False))
        self.step_budget = settings.step_budget_ms / 1000
        self.last_step = 0.0
        self.limits = Limits(
            max_return_sequences=settings.max_return_sequences,
            max_prompt_chars=settings.max_prompt_chars,
            vocab_size=int(self.defaults.to_dict().get("vocab_size", 50257)),
        )
        self.clients: dict[str, Client] = {}
        self.telemetry = EngineMetrics(context, time.perf_counter() - started, info)
        self.initialized = True
        logger.info(
            "loaded %s: %s %s on %s, %s batching",
            model_dir.name,
            info["backend"],
            info["dtype"],
            info["device"],
            "continuous" if self.continuous else "static",
        )

    # -- TorchServe entry point -----------------------------------------------------------------

    def handle(self, data: list[dict], context) -> list[str]:
        started = {r for r, client in self.clients.items() if client.responses}
        try:
            if self.continuous:
                return self.continuous_step(data, context)
            return self.static_batch(data, context)
        except Exception:  # the engine failed: answer everyone, never fail the whole call
            logger.error("engine failure:\n%s", traceback.format_exc())
            try:
                return self.fail(data, context, started)
            except Exception:
                logger.error("failure path failed:\n%s", traceback.format_exc())
                self.clients.clear()
                context.stopping_criteria = [lambda _: True] * len(data)
                return [""] * len(data)

    def fail(self, data: list[dict], context, started: set[str]) -> list[str]:
        """Every request of the call gets an error; streams already begun are ended cleanly."""
        failed = [
            output for engine in self.router.engines() for output in engine.fail_all(INTERNAL)
        ]
        self.telemetry.outcome("error", len(failed))
        streams = {r for r, client in self.clients.items() if client.request.stream}
        self.clients.clear()
        bodies, stops = [], []
        for index in range(len(data)):
            request_id = context.request_ids[index]
            begun = request_id in started
            content = NDJSON if request_id in streams else JSON
            self.respond(context, index, 500, content, error=("InternalError", INTERNAL))
            if request_id in streams:
                bodies.append(json.dumps({"error": INTERNAL}) + "\n")
            else:
                bodies.append(error_body(500, "InternalError", INTERNAL))
            stops.append(True if begun else None)
        context.stopping_criteria = [lambda _, stop=stop: stop for stop in stops]
        return bodies

    # -- continuous batching: one engine step per call -------------------------------------------

    def continuous_step(self, data: list[dict], context) -> list[str]:
        ids = [context.request_ids[index] for index in range(len(data))]
        final: dict[int, str] = {}
        for index, request_id in enumerate(ids):
            if request_id not in self.clients:
                final.update(self.admit(index, request_id, data[index], context))
        for request_id in set(self.clients) - set(ids):  # TorchServe dropped it: client gone
            self.clients.pop(request_id).route.engine.abort(request_id)
            self.telemetry.outcome("aborted")
        outputs = self.steps()
        bodies, stops = [], []
        for index, request_id in enumerate(ids):
            if index in final:
                bodies.append(final[index])
                stops.append(None)
                continue
            client = self.clients[request_id]
            output = outputs.get(request_id)
            first = client.responses == 0
            if first:
                client.batch = len(outputs)  # requests decoding in this step
            client.responses += 1
            body, done, status = render(client, output)
            self.respond(
                context,
                index,
                status,
                NDJSON if client.request.stream else JSON,
                batch=client.batch,
                stream=client.request.stream,
                error=("InternalError", output.error) if status != 200 else None,
            )
            if done:
                del self.clients[request_id]
            bodies.append(body)
            # TorchServe never answers a stream that ends at its first step: answer it whole.
            stops.append(None if done and first else done)
        context.stopping_criteria = [lambda _, stop=stop: stop for stop in stops]
        return bodies

    def admit(self, index: int, request_id: str, data: dict, context) -> dict[int, str]:
        """Validate a new request and add it to its engine; a bad one is answered at once."""
        try:
            route = self.router.route(context.get_all_request_header(index) or {})
            request = self.parse(index, data, context)
            route.engine.add_request(
                request_id,
                request.text,
                SamplingParams(
                    num_return_sequences=request.num_return_sequences,
                    max_new_tokens=request.max_new_tokens,
                    temperature=request.temperature,
                    top_p=request.top_p,
                    top_k=request.top_k,
                    seed=request.seed,
                    stop_at_newline=request.stop_at_newline,
                ),
                arrival=self.arrival(context, index),
                adapter=route.adapter,
            )
        except RouteError as error:
            return self.refuse(context, index, error.code, error.kind, str(error))
        except (BadRequest, RequestTooLarge) as error:
            return self.refuse(context, index, 400, "BadRequest", str(error))
        except Exception as error:  # this request only: its batch goes on
            logger.error("request %s failed:\n%s", request_id, traceback.format_exc())
            self.telemetry.outcome("error")
            message = f"preparing the request failed ({type(error).__name__})"
            self.respond(context, index, 500, JSON, error=("InternalError", message))
            return {index: error_body(500, "InternalError", message)}
        self.clients[request_id] = Client(request, route)
        return {}

    def steps(self) -> dict[str, RequestOutput]:
        """Engine steps for this call: as many as fit `step_budget_ms`, ending early when a
        request finishes or gets its first token (its answer or first piece then leaves at once).

        Each call of `handle` costs a round trip through TorchServe's frontend (a few ms);
        several short steps per call (one request alone: ~5 ms a step) spread that cost, while
        long steps (a full batch) still get one call each, and new requests join at the next
        call, at most one budget later.
        """
        started = time.perf_counter()
        deadline = started + self.step_budget
        outputs = self.step()
        self.last_step = time.perf_counter() - started
        while True:
            started = time.perf_counter()
            if any(self.answer_now(request_id, o) for request_id, o in outputs.items()):
                return outputs
            if not any(engine.has_unfinished() for engine in self.router.engines()):
                return outputs
            if started + self.last_step > deadline:
                return outputs
            for request_id, output in self.step().items():
                earlier = outputs.get(request_id)
                outputs[request_id] = output if earlier is None else merge(earlier, output)
            self.last_step = time.perf_counter() - started

    def answer_now(self, request_id: str, output: RequestOutput) -> bool:
        """A request finished, or a stream got its first piece: end the call for it."""
        stream = request_id in self.clients and self.clients[request_id].request.stream
        return output.finished or (output.first_token and stream)

    def step(self) -> dict[str, RequestOutput]:
        """One step of every engine with work: each request gets its next token."""
        outputs = []
        for engine in self.router.engines():
            if engine.has_unfinished():
                outputs += engine.step()
                self.telemetry.step(engine.stats.rows)
        now = time.perf_counter()
        for output in outputs:
            bot = self.clients[output.request_id].route.bot
            if output.finished and output.error is None:
                self.telemetry.finished(output, now, bot)
            elif output.error is not None:
                self.telemetry.outcome("error")
        engines = self.router.engines()
        self.telemetry.flush(
            sum(engine.waiting for engine in engines),
            sum(engine.running_requests for engine in engines),
            idle=not any(engine.has_unfinished() for engine in engines),
            residency=self.router.residency(),
        )
        return {output.request_id: output for output in outputs}

    # -- static batching: the whole batch in one call --------------------------------------------

    def static_batch(self, data: list[dict], context) -> list[str]:
        bodies: dict[int, str] = {}
        for index in range(len(data)):
            bodies.update(self.admit(index, context.request_ids[index], data[index], context))
        mine = {context.request_ids[i]: i for i in range(len(data)) if i not in bodies}
        streams = {i: r for r, i in mine.items() if self.clients[r].request.stream}
        while any(engine.has_unfinished() for engine in self.router.engines()):
            outputs = self.step()
            if streams:  # one chunk per step for the streaming requests of the batch
                pieces = [""] * len(data)
                for index, request_id in streams.items():
                    output = outputs.get(request_id)
                    if output is not None and not output.finished:
                        pieces[index] = render(self.clients[request_id], output)[0]
                send_intermediate_predict_response(pieces, streams, "Partial", 200, context)
            for request_id, output in outputs.items():
                if output.finished and request_id in mine:
                    client = self.clients.pop(request_id)
                    body, _, status = render(client, output)
                    self.respond(
                        context, mine[request_id], status,
                        NDJSON if client.request.stream else JSON,
                        batch=len(mine), stream=client.request.stream,
                        error=("InternalError", output.error) if status != 200 else None,
                    )  # fmt: skip
                    bodies[mine[request_id]] = body
        return [bodies[index] for index in range(len(data))]

    # -- helpers ----------------------------------------------------------------------------------

    def parse(self, index: int, data: dict, context) -> GenerationRequest:
        header = context.get_request_header(index, "body") or context.get_request_header(
            index, "data"
        )
        content_type = header.get("content-type", "") if isinstance(header, dict) else ""
        body = data.get("body", data.get("data"))
        if body is None and data:  # a form TorchServe split into fields (curl -d, no type)
            body, content_type = form_text(data), "text/plain"
        return parse_request(body, content_type.lower(), self.defaults, self.limits)

    def refuse(self, context, index: int, code: int, kind: str, message: str) -> dict[int, str]:
        """A request answered at once with a client error (4xx), alone."""
        self.telemetry.outcome("bad_request")
        self.respond(context, index, code, JSON, error=(kind, message))
        return {index: error_body(code, kind, message)}

    @staticmethod
    def arrival(context, index: int) -> float:
        """When the front received the request (X-Request-Start), on this process's clock."""
        now = time.perf_counter()
        headers = context.get_all_request_header(index) or {}
        value = next((v for k, v in headers.items() if str(k).lower() == ARRIVAL_HEADER), None)
        try:
            waited = time.time() - float(str(value).removeprefix("t="))
        except (TypeError, ValueError):
            return now
        return now - waited if 0 <= waited < 3600 else now

    @staticmethod
    def respond(context, index, status, content_type, *, batch=0, stream=False, error=None):
        """Status and headers of one answer; `error` (kind, message) marks the handler's own
        error answers, which the front keeps (it rewrites TorchServe's own 5xx)."""
        context.set_response_content_type(index, content_type)
        if status != 200:
            context.set_response_status(status, "", index)
        context.set_response_header(index, BATCH_SIZE_HEADER, str(batch))
        if stream:
            context.set_response_header(index, "X-Accel-Buffering", "no")
        if error is not None:
            for name, value in error_headers(*error).items():
                context.set_response_header(index, name, value)

    @torch.inference_mode()
    def inference(self, data, *args, **kwargs):  # BaseHandler's hooks are not used
        raise NotImplementedError("TweetbotHandler.handle drives the engine directly")
