"""Bots made over HTTP, for real: the jobs API behind the real front, real TorchServe, the
SQLite jobs database and real training pipelines.

One service for the module, on an empty bot store. It checks: a predict-only key cannot make,
cancel or delete; an upload of the sample archive becomes a job whose events stream shows it
run through its stages to done, with its data table and per-epoch perplexity, and its bot is
answered on both APIs from the next request (no restart); a second job for the same bot is
refused; the queue is bounded (429 with Retry-After); a cancelled job stops within seconds and
publishes nothing; a jobs process stopped mid-training resumes the job from its checkpoint at
its next start; malformed uploads (a property test over generated archives) each get a 4xx
and leave no job and no file; a bot is deleted over HTTP; and JSON jobs download from the X
API (its stand-in) when the server has a token.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import threading
import time
import zipfile
from pathlib import Path

import psutil
import pytest
import requests
from archive_strategies import uploads
from conftest import SAMPLE_ARCHIVE, api_key, start_service
from hypothesis import HealthCheck, given, settings
from x_api_standin import XApiStandin

from serving.keys import KeyStore
from training.x_archive import load_archive

pytestmark = pytest.mark.e2e
MAX_UPLOAD = 4 * 2**20
VIEWER = "viewer"  # a predict-only key
BOT = "samplebot"


def sample_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.write(SAMPLE_ARCHIVE, "data/tweets.js")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    root = tmp_path_factory.mktemp("jobs")
    front = {"max_upload_bytes": MAX_UPLOAD, "rate_per_minute": 600_000, "burst": 1000}
    service = start_service(root, root / "bots", front=front, jobs={"queued": 2})
    try:
        KeyStore(service.front.settings.keys_path).create(VIEWER)
        service.front.write_keys()
        service.front.reload()
        yield service
    finally:
        service.stop()


def call(service, method: str, path: str, key: str | None = None, **kwargs):
    token = key or api_key(service)
    headers = {"Authorization": f"Bearer {token}", **kwargs.pop("headers", {})}
    return requests.request(method, service.url + path, headers=headers, timeout=60, **kwargs)


def submit(service, name: str = BOT, key: str | None = None, archive: bytes | None = None,
           filename: str = "archive.zip", **fields):  # fmt: skip
    form = {"name": name, **{k: str(v).lower() for k, v in fields.items()}}
    files = {"archive": (filename, sample_zip() if archive is None else archive)}
    return call(service, "POST", "/bots", key, data=form, files=files)


def job(service, job_id: str) -> dict:
    answer = call(service, "GET", f"/jobs/{job_id}")
    assert answer.status_code == 200, answer.text
    return answer.json()


def wait_for(service, job_id: str, check, timeout: float = 240.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = job(service, job_id)
        if check(state):
            return state
        time.sleep(0.3)
    raise AssertionError(f"job {job_id} never got there: {state}")


def events(service, job_id: str, timeout: float = 240.0) -> list[dict]:
    """Every event of a job's stream until it ends (the job finished)."""
    seen = []
    with call(service, "GET", f"/jobs/{job_id}/events", stream=True) as answer:
        assert answer.status_code == 200, answer.text
        assert answer.headers["Content-Type"].startswith("text/event-stream")
        deadline = time.monotonic() + timeout
        for line in answer.iter_lines(decode_unicode=True):
            assert time.monotonic() < deadline, "the stream did not end"
            if line.startswith("data: "):
                seen.append(json.loads(line[len("data: ") :]))
    return seen


def jobs_folder_files(service) -> set[str]:
    folder = service.front.settings.jobs_path
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


def bot_names(service) -> set[str]:
    return {bot["name"] for bot in call(service, "GET", "/bots").json()["bots"]}


def test_a_predict_only_key_may_read_but_not_make_cancel_or_delete(service):
    viewer = KeyStore(service.front.settings.keys_path).get(VIEWER).key
    refused = [
        submit(service, key=viewer),
        call(service, "DELETE", "/jobs/job_0123456789abcdef", viewer),
        call(service, "DELETE", f"/bots/{BOT}", viewer),
    ]
    for answer in refused:
        assert answer.status_code == 403, answer.text
        body = answer.json()
        assert body["type"] == "Forbidden" and "admin scope" in body["message"]
    listing = call(service, "GET", "/jobs", viewer)
    assert listing.status_code == 200 and listing.json() == {"jobs": []}
    assert call(service, "POST", "/bots", "tb_" + "0" * 48).status_code == 401


def test_an_uploaded_archive_becomes_a_served_bot_and_its_events_show_the_way(service):
    answer = submit(service, epochs=2)
    assert answer.status_code == 202, answer.text
    accepted = answer.json()
    assert accepted["state"] == "queued" and accepted["bot"] == BOT
    assert answer.headers["Location"] == accepted["url"] == f"/jobs/{accepted['id']}"
    stream = events(service, accepted["id"])
    final = stream[-1]
    assert final["state"] == "done", final
    states = [event["state"] for event in stream]
    assert "running" in states
    assert "train" in {event["stage"] for event in stream}
    progress = [event["progress"] for event in stream]
    assert progress == sorted(progress) and final["progress"] == 1.0
    assert [epoch["epoch"] for epoch in final["epochs"]] == [1, 2]
    assert all(epoch["validation_perplexity"] > 1 for epoch in final["epochs"])
    table = final["table"][0]
    assert table["handle"] == BOT and table["kept"] > 0 and table["downloaded"] > table["kept"]
    assert final["steps"] > 0 and final["step"] == final["steps"]
    assert not {"pid", "key_name", "cancel_requested"} & set(final)
    # served from its next request, on both APIs, with no restart
    assert BOT in bot_names(service)
    predicted = call(service, "POST", f"/predictions/{BOT}", json={"text": "My dream is"})
    assert predicted.status_code == 200, predicted.text
    assert predicted.json()[0]["generated_text"].startswith("My dream is")
    completion = call(service, "POST", "/v1/completions", json={"model": BOT, "prompt": "I"})
    assert completion.status_code == 200, completion.text
    listed = call(service, "GET", "/jobs").json()["jobs"]
    assert [entry["id"] for entry in listed] == [accepted["id"]]


def pipeline_process(service, job_id: str) -> psutil.Process:
    jobs = psutil.Process(int((service.front.dir / "jobs.pid").read_text()))
    for process in jobs.children(recursive=True):
        if job_id in " ".join(process.cmdline()):
            return process
    raise AssertionError(f"no pipeline process for {job_id}")


def test_training_pauses_while_serving_is_busy_and_goes_on_when_it_is_idle(service):
    if BOT not in bot_names(service):
        pytest.skip("the upload test did not make the bot")
    answer = submit(service, "pausebot", epochs=50)
    assert answer.status_code == 202, answer.text
    job_id = answer.json()["id"]
    wait_for(service, job_id, lambda state: state["stage"] == "train" and state["step"] > 0)
    pipeline = pipeline_process(service, job_id)
    load_ends = time.monotonic() + 4

    def client() -> None:
        while time.monotonic() < load_ends:
            body = {"text": "My dream is", "max_new_tokens": 30, "stop_at_newline": False}
            call(service, "POST", f"/predictions/{BOT}", json=body)

    threads = [threading.Thread(target=client) for _ in range(4)]
    for thread in threads:
        thread.start()
    statuses = set()
    while time.monotonic() < load_ends:
        statuses.add(pipeline.status())
        time.sleep(0.05)
    for thread in threads:
        thread.join()
    assert psutil.STATUS_STOPPED in statuses  # paused while serving worked
    step = job(service, job_id)["step"]
    wait_for(service, job_id, lambda state: state["step"] > step, timeout=20)  # goes on
    cancelled = call(service, "DELETE", f"/jobs/{job_id}")
    assert cancelled.status_code == 202
    wait_for(service, job_id, lambda state: state["state"] == "cancelled", timeout=20)


def test_one_job_per_bot_a_bounded_queue_and_cancelling(service):
    long = submit(service, "longbot", epochs=50)
    assert long.status_code == 202, long.text
    long_id = long.json()["id"]
    wait_for(service, long_id, lambda state: state["stage"] == "train" and state["step"] > 0)
    again = submit(service, "longbot")
    assert again.status_code == 409 and again.json()["type"] == "JobExists"
    waiting = [submit(service, f"queued{number}") for number in range(2)]  # jobs_queued: 2
    assert [answer.status_code for answer in waiting] == [202, 202]
    full = submit(service, "onemore")
    assert full.status_code == 429 and full.json()["type"] == "QueueFull"
    assert int(full.headers["Retry-After"]) > 0
    for answer in waiting:  # queued: cancelled at once
        cancelled = call(service, "DELETE", answer.json()["url"])
        assert cancelled.status_code == 200 and cancelled.json()["state"] == "cancelled"
    state = wait_for(service, long_id, lambda state: state["eta_s"] is not None, timeout=30)
    assert state["eta_s"] > 0 and 0 < state["progress"] < 1
    asked = time.monotonic()
    cancelling = call(service, "DELETE", f"/jobs/{long_id}")
    assert cancelling.status_code == 202, cancelling.text
    final = wait_for(service, long_id, lambda s: s["state"] != "running", timeout=20)
    assert final["state"] == "cancelled", final
    assert time.monotonic() - asked < 10
    assert "longbot" not in bot_names(service)
    store = service.front.state()["bot_store"]
    assert not list(Path(store).glob("longbot")) and not list(
        Path(store).glob(".versions/longbot*")
    )


def test_a_job_interrupted_by_a_restart_resumes_from_its_checkpoint(service):
    answer = submit(service, "resumebot", epochs=40)  # long enough never to end by itself here
    assert answer.status_code == 202, answer.text
    job_id = answer.json()["id"]
    # the second epoch's metrics are written after the first epoch's checkpoint
    before = wait_for(service, job_id, lambda state: len(state["epochs"]) >= 2)
    assert before["state"] == "running"
    service.front.stop_sidecar("jobs")  # the jobs process stops: its pipeline is interrupted
    service.front.start_sidecar("jobs")
    service.front.wait_for_socket(Path(service.front.state()["jobs_socket"]), "jobs")
    log = service.front.settings.jobs_path / job_id / "pipeline.log"

    def resumed(state: dict) -> bool:  # the second attempt's pipeline says where it goes on
        text = log.read_text() if state["attempts"] == 2 else ""
        return "resuming at step" in text.partition("--- attempt 2")[2]

    again = wait_for(service, job_id, resumed, timeout=60)
    assert again["state"] == "running"
    assert again["epochs"][0]["epoch"] == 1  # kept from attempt 1 (its checkpoint was later)
    cancelled = call(service, "DELETE", f"/jobs/{job_id}")
    assert cancelled.status_code == 202
    wait_for(service, job_id, lambda state: state["state"] == "cancelled", timeout=20)


@pytest.mark.parametrize(
    ("why", "fields", "status", "kind"),
    [
        ("no name", {"name": ""}, 400, "BadName"),
        ("a bad handle", {"name": "not a handle!"}, 400, "BadName"),
        ("the serving model's name", {"name": "bots"}, 400, "BadName"),
        ("bad epochs", {"epochs": "many"}, 400, "BadRequest"),
        ("too many epochs", {"epochs": "5000"}, 400, "BadRequest"),
        ("a bad flag", {"lora": "perhaps"}, 400, "BadRequest"),
        ("a base the server does not offer", {"base": "gpt2-xl"}, 400, "BadRequest"),
        ("an unknown field", {"colour": "blue"}, 400, "BadRequest"),
    ],
)
def test_bad_forms_are_refused_by_name(service, why, fields, status, kind):
    before = jobs_folder_files(service)
    answer = submit(service, **({"name": BOT} | fields))
    assert answer.status_code == status, (why, answer.text)
    assert answer.json()["type"] == kind, why
    assert jobs_folder_files(service) == before


def test_uploads_over_the_cap_other_accounts_and_too_little_text(service):
    too_big = submit(service, archive=os.urandom(MAX_UPLOAD + 100_000))
    assert too_big.status_code == 413 and too_big.json()["type"] == "PayloadTooLarge"
    not_a_form = call(
        service, "POST", "/bots", data=b"hello", headers={"Content-Type": "text/plain"}
    )
    assert not_a_form.status_code == 415
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as bundle:
        bundle.write(SAMPLE_ARCHIVE, "data/tweets.js")
        account = [{"account": {"username": "someone_else", "accountId": "1"}}]
        bundle.writestr("data/account.js", "window.YTD.account.part0 = " + json.dumps(account))
    refused = submit(service, archive=other.getvalue())
    assert refused.status_code == 409 and refused.json()["type"] == "OtherAccount"
    tweets, _ = load_archive(SAMPLE_ARCHIVE)
    stamp = "Wed Oct 10 20:19:24 +0000 2018"
    few = [
        {"tweet": {"id_str": t.id, "full_text": t.text, "created_at": stamp}} for t in tweets[:3]
    ]
    small = "window.YTD.tweets.part0 = " + json.dumps(few)
    little = submit(service, "fewbot", archive=small.encode(), filename="tweets.js")
    assert little.status_code == 422, little.text
    assert little.json()["type"] == "TooLittleText" and little.json()["table"]["kept"] <= 3


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(upload=uploads())
def test_generated_malformed_archives_get_a_4xx_and_leave_nothing(service, upload):
    before = jobs_folder_files(service)
    jobs_before = len(call(service, "GET", "/jobs").json()["jobs"])
    filename, body = upload
    answer = submit(service, "fuzzbot", archive=body, filename=filename)
    if answer.status_code == 202:  # a generated archive that happens to be valid
        call(service, "DELETE", answer.json()["url"])
        wait_for(service, answer.json()["id"], lambda s: s["state"] != "running")
        return
    assert 400 <= answer.status_code < 500, answer.text
    body = answer.json()
    assert set(body) >= {"code", "type", "message"} and body["code"] == answer.status_code
    assert jobs_folder_files(service) == before
    assert len(call(service, "GET", "/jobs").json()["jobs"]) == jobs_before


def test_deleting_a_bot_over_http(service):
    if BOT not in bot_names(service):
        pytest.skip("the upload test did not make the bot")
    removed = call(service, "DELETE", f"/bots/{BOT}")
    assert removed.status_code == 200 and removed.json()["deleted"] == BOT
    assert BOT not in bot_names(service)
    gone = call(service, "POST", f"/predictions/{BOT}", json={"text": "hi"})
    assert gone.status_code == 404, gone.text
    again = call(service, "DELETE", f"/bots/{BOT}")
    assert again.status_code == 404 and again.json()["type"] == "UnknownBot"


def test_json_jobs_need_the_servers_x_api_token(service):
    answer = call(service, "POST", "/bots", json={"users": ["samplebot"]})
    assert answer.status_code == 400 and answer.json()["type"] == "NoXApiToken"


@contextlib.contextmanager
def environment(**values):
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            os.environ.pop(name) if value is None else os.environ.__setitem__(name, value)


def test_a_json_job_downloads_from_the_x_api(tmp_path):
    tweets, _ = load_archive(SAMPLE_ARCHIVE)
    token = "jobs-standin-token-77d1"
    with XApiStandin(token=token) as api:
        user = api.add_user("downloaded", 0)
        from test_pipeline_sources import as_api_post

        user.posts = [as_api_post(t) for t in reversed(tweets)]
        with environment(X_BEARER_TOKEN=token, X_API_URL=api.url):
            service = start_service(tmp_path, tmp_path / "bots")
        try:
            answer = call(service, "POST", "/bots", json={"users": ["@Downloaded"], "epochs": 1})
            assert answer.status_code == 202, answer.text
            assert answer.json()["bot"] == "downloaded"
            final = wait_for(service, answer.json()["id"], lambda s: s["state"] != "queued"
                             and s["state"] != "running")  # fmt: skip
            assert final["state"] == "done", final
            assert final["table"][0]["downloaded"] == len(tweets)
            log = (service.front.settings.jobs_path / final["id"] / "pipeline.log").read_text()
            assert token not in log
        finally:
            service.stop()
