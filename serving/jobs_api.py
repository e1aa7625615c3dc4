"""The jobs API: bots made over HTTP. The front (nginx) passes these routes here, over a unix
socket in the run folder, with the caller's key name and scope (serving/keys.py) as headers
(the key itself was checked by nginx and never reaches this process):

    POST   /bots               a multipart upload (an X archive zip or its tweets.js) with the
                               bot's `name` and options, or JSON {"users": [...]} to download
                               (needs the server's X_BEARER_TOKEN): 202 and the job
    DELETE /bots/<name>        remove a bot, as `make delete` does
    GET    /jobs               every job, newest first
    GET    /jobs/<id>          one job: state, stage, progress, ETA, data table, perplexity per
                               epoch, error
    GET    /jobs/<id>/events   the same as Server-Sent Events while it changes
    DELETE /jobs/<id>          cancel it
    GET    /defaults           what the playground prefills (the card's sampling defaults)

Creating, cancelling and deleting need a key with the admin scope (403 otherwise); reading
needs any valid key. Errors are the predictions API's `{"code", "type", "message"}`. An
upload is hostile input (serving/uploads.py checks it) and is refused before any job exists;
a refused request leaves nothing behind (its job folder is removed).
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import threading
import time
from argparse import Namespace
from collections.abc import Iterator
from pathlib import Path

from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.wrappers import Request, Response

from engine.names import BOT_NAME, SERVING_MODEL
from engine.request import SamplingParams
from engine.store import BotStore
from serving.bots import BotProblem, delete
from serving.job_store import FINISHED, ID_PATTERN, JobExists, JobStore, QueueFull
from serving.uploads import UploadLimits, UploadProblem, prepare_upload
from training.errors import TweetbotsError
from training.tweets import model_name, parse_handles

KEY_HEADER, SCOPE_HEADER = "X-Tweetbots-Key", "X-Tweetbots-Scope"
MAX_EPOCHS = 50
TWEET_CHARS = 280
FORM_FIELDS = {"name", "lora", "epochs", "force", "base"}
JSON_FIELDS = {"users", "lora", "epochs", "base"}
TRY_BASE = "tiny"  # the offline random model: trains in seconds, for trying the API
EVENTS_HEARTBEAT_S = 10.0
EVENTS_MAX_S = 3600.0  # then the stream ends and the client asks again
EVENTS_POLL_S = 0.25
MAX_EVENT_STREAMS = 32
MAX_JSON_BYTES = 64 * 1024
UPLOAD = "upload.bin"
JOB_ROUTE = re.compile(rf"/jobs/(?P<id>{ID_PATTERN})(?P<events>/events)?")
BOT_ROUTE = re.compile(r"/bots/(?P<name>[^/]+)")


class Problem(Exception):
    """An answer that is an error: status, type name, a sentence, and extra fields."""

    def __init__(self, status: int, kind: str, message: str, **extra) -> None:
        super().__init__(message)
        self.status, self.kind, self.message, self.extra = status, kind, message, extra

    def response(self) -> Response:
        body = {"code": self.status, "type": self.kind, "message": self.message} | self.extra
        headers = {}
        if "retry_after" in self.extra:
            headers["Retry-After"] = str(self.extra["retry_after"])
        return json_response(body, self.status, headers)


def json_response(body: object, status: int = 200, headers: dict | None = None) -> Response:
    return Response(
        json.dumps(body, ensure_ascii=True) + "\n", status, headers, mimetype="application/json"
    )


@dataclasses.dataclass(frozen=True)
class JobsConfig:
    """What the API needs of the service's settings (front.yaml's jobs_* and upload knobs)."""

    bot_store: Path
    max_queued: int = 8
    limits: UploadLimits = UploadLimits()
    retry_after_s: int = 30  # a full queue's Retry-After
    folders: Namespace | None = None  # DELETE /bots: make delete's export/runs/store folders
    base: str = "gpt2"  # the base jobs train on (front.yaml's jobs_base); TRY_BASE too


def flag(value: object, name: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "1", "yes", "false", "0", "no"):
        return value.strip().lower() in ("true", "1", "yes")
    raise Problem(400, "BadRequest", f"{name} must be true or false")


def epochs_of(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, str) and re.fullmatch(r"\s*\d{1,3}\s*", value):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_EPOCHS:
        raise Problem(400, "BadRequest", f"epochs must be a whole number from 1 to {MAX_EPOCHS}")
    return value


class UploadRequest(Request):
    """A request whose uploaded file is streamed into its job's folder, nowhere else."""

    max_form_memory_size = 2**20  # the parser's buffer too (werkzeug reads 64 KiB at a time)
    max_form_parts = 16

    def __init__(self, environ, folder: Path, limit: int) -> None:
        super().__init__(environ)
        self.folder = folder
        self.max_content_length = limit
        self.files_written = 0

    def _get_file_stream(self, total_content_length, content_type, filename=None,
                         content_length=None):  # fmt: skip
        self.files_written += 1
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return open(self.folder / f"{UPLOAD}.{self.files_written}", "wb+")  # noqa: SIM115


class JobsApp:
    """The WSGI application."""

    def __init__(self, store: JobStore, config: JobsConfig, runner_wake=None) -> None:
        self.store = store
        self.config = config
        self.runner_wake = runner_wake
        self.streams = threading.BoundedSemaphore(MAX_EVENT_STREAMS)

    def __call__(self, environ, start_response):
        request = Request(environ)
        try:
            response = self.route(request, environ)
        except Problem as problem:
            response = problem.response()
        except HTTPException as error:  # werkzeug's own (a malformed form, say)
            response = Problem(
                error.code or 400, type(error).__name__, error.description
            ).response()
        return response(environ, start_response)

    # --- routing -------------------------------------------------------------------------------

    def route(self, request: Request, environ) -> Response:
        path, method = request.path, request.method
        if path == "/defaults":
            return self.only(method, "GET") or self.defaults()
        if path == "/bots":
            return self.only(method, "POST") or self.create(request, environ)
        if match := BOT_ROUTE.fullmatch(path):
            return self.only(method, "DELETE") or self.delete_bot(request, match["name"])
        if path == "/jobs":
            return self.only(method, "GET") or self.list_jobs()
        if match := JOB_ROUTE.fullmatch(path):
            if match["events"]:
                return self.only(method, "GET") or self.events(match["id"], method == "HEAD")
            if method == "DELETE":
                return self.cancel(request, match["id"])
            return self.only(method, "GET", "DELETE") or json_response(self.job(match["id"]))
        raise Problem(404, "NotFound", f"no such endpoint: {method} {path[:60]}")

    @staticmethod
    def only(method: str, *allowed: str) -> Response | None:
        if method in allowed or (method == "HEAD" and "GET" in allowed):
            return None
        problem = Problem(405, "MethodNotAllowed", f"use {' or '.join(allowed)} here")
        response = problem.response()
        response.headers["Allow"] = ", ".join(allowed)
        return response

    @staticmethod
    def require_admin(request: Request) -> str:
        """The caller's key name, if its scope manages bots."""
        if request.headers.get(SCOPE_HEADER) != "admin":
            raise Problem(
                403, "Forbidden",
                "this API key may only predict: creating, cancelling and deleting bots needs a "
                "key with the admin scope (make key-create NAME=<name> SCOPE=admin)",
            )  # fmt: skip
        return request.headers.get(KEY_HEADER, "?")

    # --- reading -------------------------------------------------------------------------------

    def defaults(self) -> Response:
        from training.card import WIDGET_TEXT  # transformers: not at the process's start

        sampling = {
            name: getattr(SamplingParams, name)
            for name in ("max_new_tokens", "temperature", "top_p", "top_k")
        }
        return json_response({
            "widget_text": WIDGET_TEXT,
            "sampling": {"num_return_sequences": 5, **sampling},
            "tweet_chars": TWEET_CHARS,
            "max_upload_bytes": self.config.limits.max_upload_bytes,
        })  # fmt: skip

    def job(self, job_id: str) -> dict:
        job = self.store.get(job_id)
        if job is None:
            raise Problem(404, "UnknownJob", f"no job {job_id}")
        return job.public()

    def list_jobs(self) -> Response:
        return json_response({"jobs": [job.public() for job in self.store.list()]})

    def events(self, job_id: str, head: bool = False) -> Response:
        self.job(job_id)  # 404 before the stream starts
        if head:  # no stream: a HEAD never runs one (nor would it give its slot back)
            return Response(b"", mimetype="text/event-stream")
        if not self.streams.acquire(blocking=False):
            raise Problem(
                503, "Overloaded", f"{MAX_EVENT_STREAMS} event streams are open; poll "
                f"GET /jobs/{job_id} instead, or retry", retry_after=5,
            )  # fmt: skip
        released = threading.Event()

        def release() -> None:  # once: when the stream ends, or the response is closed
            if not released.is_set():
                released.set()
                self.streams.release()

        response = Response(self._stream(job_id, release), mimetype="text/event-stream")
        response.call_on_close(release)
        response.headers["Cache-Control"] = "no-cache"
        response.headers["X-Accel-Buffering"] = "no"
        return response

    def _stream(self, job_id: str, release) -> Iterator[str]:
        """An event per change of the job; a comment as a heartbeat; ends once it finished."""
        try:
            last, beat, started = None, time.monotonic(), time.monotonic()
            while time.monotonic() - started < EVENTS_MAX_S:
                job = self.store.get(job_id)
                if job is None:
                    return
                if job.updated != last:
                    last, beat = job.updated, time.monotonic()
                    yield f"event: job\ndata: {json.dumps(job.public())}\n\n"
                    if job.state in FINISHED:
                        return
                elif time.monotonic() - beat > EVENTS_HEARTBEAT_S:
                    beat = time.monotonic()
                    yield ": still here\n\n"
                time.sleep(EVENTS_POLL_S)
        finally:
            release()

    # --- writing -------------------------------------------------------------------------------

    def create(self, request: Request, environ) -> Response:
        key_name = self.require_admin(request)
        job_id = self.store.new_id()
        folder = self.store.job_dir(job_id)
        try:
            bot, options = self._accept(request, environ, folder)
            self._refuse_duplicate(bot)  # before the upload is unpacked: the common case
            try:
                job = self.store.add(job_id, bot, key_name, options, self.config.max_queued)
            except JobExists as active:  # one raced this request
                raise Problem(
                    409, "JobExists", f"job {active.job_id} for bot {bot!r} is {active.state}: "
                    f"wait for it or cancel it (DELETE /jobs/{active.job_id})",
                ) from None  # fmt: skip
            except QueueFull as full:
                raise Problem(
                    429, "QueueFull", f"{full.waiting} training jobs are waiting already; retry "
                    f"after {self.config.retry_after_s} s", retry_after=self.config.retry_after_s,
                ) from None  # fmt: skip
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        if self.runner_wake is not None:
            self.runner_wake.set()
        body = {"id": job.id, "url": job.url, "state": job.state, "bot": bot}
        return json_response(body, 202, {"Location": job.url})

    def _accept(self, request: Request, environ, folder: Path) -> tuple[str, dict]:
        """The bot's name and the job's options, its archive checked and in `folder`."""
        if request.mimetype == "application/json":
            return self._download_job(request)
        if request.mimetype != "multipart/form-data":
            raise Problem(
                415, "UnsupportedMediaType",
                "POST /bots takes a multipart form (archive, name, lora, epochs, force) or JSON "
                '{"users": [...]}',
            )  # fmt: skip
        limits = self.config.limits
        upload = UploadRequest(environ, folder, limits.max_upload_bytes + 64 * 1024)
        try:
            form, files = upload.form, upload.files
        except RequestEntityTooLarge:
            raise self._too_large() from None
        unknown = set(form) - FORM_FIELDS
        if unknown or set(files) - {"archive"}:
            fields = sorted(unknown | (set(files) - {"archive"}))
            raise Problem(400, "BadRequest", f"unknown field(s): {', '.join(fields)[:100]}")
        if "archive" not in files or len(files.getlist("archive")) != 1:
            raise Problem(400, "BadRequest", "send one file as the form's `archive` field")
        name = form.get("name", "").strip().lstrip("@").lower()
        if not name:
            raise Problem(400, "BadName", "say whose archive it is: the form's `name` field")
        self._check_name(name)
        force = flag(form.get("force", "false"), "force")
        options = {"lora": flag(form.get("lora", "true"), "lora"), "force": force}
        options |= self._recipe(form)
        archive = files["archive"]
        stored = folder / f"{UPLOAD}.1"
        archive.stream.flush()
        if stored.exists() and stored.stat().st_size > limits.max_upload_bytes:
            raise self._too_large()
        if not stored.exists():  # werkzeug kept a tiny file in memory
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            stored.write_bytes(archive.read())
        try:
            prepared = prepare_upload(stored, archive.filename or "", name, force, folder, limits)
        except UploadProblem as problem:
            extra = {"table": problem.table} if problem.table is not None else {}
            raise Problem(problem.status, problem.type, problem.message, **extra) from None
        stored.unlink()
        options["archive"] = str(prepared.archive.relative_to(folder))
        return name, options

    def _too_large(self) -> Problem:
        limit = self.config.limits.max_upload_bytes
        return Problem(413, "PayloadTooLarge", f"the upload is over {limit:,} bytes")

    def _download_job(self, request: Request) -> tuple[str, dict]:
        if (request.content_length or 0) > MAX_JSON_BYTES:
            raise Problem(413, "PayloadTooLarge", f"a JSON job is at most {MAX_JSON_BYTES} bytes")
        try:
            body = json.loads(request.get_data(cache=False) or b"null")
        except (ValueError, UnicodeDecodeError):
            raise Problem(400, "BadRequest", "the body is not valid JSON") from None
        if not isinstance(body, dict) or "users" not in body:
            raise Problem(400, "BadRequest", 'send {"users": ["<handle>", ...]}')
        if unknown := set(body) - JSON_FIELDS:
            raise Problem(400, "BadRequest", f"unknown field(s): {', '.join(sorted(unknown))}")
        users = body["users"]
        if not isinstance(users, list) or not users or not all(isinstance(u, str) for u in users):
            raise Problem(400, "BadRequest", "users must be a list of X handles")
        try:
            handles = parse_handles(",".join(users))
        except TweetbotsError as error:
            raise Problem(400, "BadName", str(error)[:200]) from None
        if not os.environ.get("X_BEARER_TOKEN"):
            raise Problem(
                400, "NoXApiToken",
                "this server has no X API token (X_BEARER_TOKEN), so it cannot download "
                "tweets: upload the account's archive instead",
            )  # fmt: skip
        bot = model_name(handles)
        self._check_name(bot)
        options = {"users": handles, "lora": flag(body.get("lora", True), "lora")}
        return bot, options | self._recipe(body)

    def _recipe(self, fields) -> dict:
        """The job's epochs and base, when given (else the pipeline's and the server's)."""
        recipe = {}
        if (epochs := epochs_of(fields.get("epochs"))) is not None:
            recipe["epochs"] = epochs
        base = fields.get("base")
        if base is not None:
            allowed = sorted({self.config.base, TRY_BASE})
            if base not in allowed:
                raise Problem(400, "BadRequest", f"base must be one of {', '.join(allowed)}")
            recipe["base"] = base
        return recipe

    @staticmethod
    def _check_name(name: str) -> None:
        try:
            parse_handles(name)
        except TweetbotsError as error:
            raise Problem(400, "BadName", str(error)[:200]) from None
        if name == SERVING_MODEL or not BOT_NAME.fullmatch(name):
            raise Problem(400, "BadName", f"{name!r} cannot be a bot's name")

    def _refuse_duplicate(self, bot: str, doing: str = "make it again") -> None:
        """One job per bot at a time: 409 while one is queued or running."""
        for job in self.store.in_state("queued", "running"):
            if job.bot == bot:
                raise Problem(
                    409, "JobExists", f"job {job.id} for bot {bot!r} is {job.state}: wait for "
                    f"it or cancel it (DELETE {job.url}) to {doing}",
                )  # fmt: skip

    def cancel(self, request: Request, job_id: str) -> Response:
        self.require_admin(request)
        if self.store.get(job_id) is None:
            raise Problem(404, "UnknownJob", f"no job {job_id}")
        job = self.store.request_cancel(job_id)
        if self.runner_wake is not None:
            self.runner_wake.set()
        return json_response(job.public(), 202 if job.state == "running" else 200)

    def delete_bot(self, request: Request, name: str) -> Response:
        self.require_admin(request)
        if not BOT_NAME.fullmatch(name):
            raise Problem(404, "UnknownBot", "not a bot name")
        self._refuse_duplicate(name, "delete the bot")
        store = BotStore(self.config.bot_store)
        try:
            removed = delete(name, store, False, self.config.folders or self._no_folders())
        except BotProblem as problem:
            raise Problem(404, "UnknownBot", str(problem)) from None
        for job in self.store.list(limit=1000):  # the jobs' own exports and runs of this bot
            if job.bot == name and job.state in FINISHED:
                folder = self.store.job_dir(job.id)
                for made in (folder / "exports" / name, folder / "runs" / name):
                    shutil.rmtree(made, ignore_errors=True)
                (folder / "model_store" / f"{name}.mar").unlink(missing_ok=True)
        return json_response({"deleted": name, "removed": len(removed)})

    def _no_folders(self) -> Namespace:
        nowhere = self.store.folder / ".none"
        return Namespace(export_dir=nowhere, runs_dir=nowhere, model_store=nowhere,
                         data_dir=nowhere)  # fmt: skip
