"""The whole path for real: archive -> training -> bot store -> TorchServe -> nginx -> HTTP.

TorchServe runs from the project's config.properties behind the nginx front (front.yaml), on
free loopback ports; requests are real HTTP through the front with an API key.
"""

from __future__ import annotations

import json
import threading
import time
import zipfile
from pathlib import Path

import pytest
import requests
import yaml
from conftest import BATCH_DELAY_MS, MODEL, SERVED, predict
from prometheus_client.parser import text_string_to_metric_families

pytestmark = pytest.mark.e2e


def test_generates_tweets_in_the_pipeline_shape(served):
    answer = predict(served, {"text": "My dream is", "num_return_sequences": 5, "seed": 7})
    assert answer.status_code == 200
    texts = [item["generated_text"] for item in answer.json()]
    assert len(texts) == 5 and all(t.startswith("My dream is") and "\n" not in t for t in texts)
    assert len(set(texts)) > 1  # five samples, not one repeated
    plain = predict(served, data="I like\n", headers={"Content-Type": "text/plain"})
    assert plain.status_code == 200 and plain.json()[0]["generated_text"].startswith("I like")


def test_same_seed_same_texts(served):
    body = {"text": "I want", "num_return_sequences": 3, "seed": 1234, "max_new_tokens": 20}
    first, second = predict(served, body).json(), predict(served, body).json()
    assert first == second
    assert predict(served, {**body, "seed": 4321}).json() != first


def test_concurrent_requests_share_one_generate_call(served):
    bodies = [
        {
            "text": f"I like {i}",
            "seed": i,
            "num_return_sequences": 1 + i % 2,
            "max_new_tokens": 5 + i,
            "temperature": 0.5 + i / 10,
        }
        for i in range(5)
    ]
    bodies.append({"text": "x", "num_return_sequences": 0})  # one bad request in the batch
    answers: list = [None] * len(bodies)
    start = threading.Barrier(len(bodies))

    def send(index):
        start.wait()
        answers[index] = predict(served, bodies[index])

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(bodies))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [a.status_code for a in answers] == [200] * 5 + [400]
    assert [a.headers["X-Batch-Size"] for a in answers] == ["5"] * 5 + ["0"]  # one engine step
    assert [len(a.json()) for a in answers[:5]] == [1, 2, 1, 2, 1]
    alone = predict(served, bodies[3]).json()
    assert alone == answers[3].json()  # its own seed, whatever shared the batch


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"data": "{oops", "headers": {"Content-Type": "application/json"}}, "not valid JSON"),
        ({"body": {"num_return_sequences": 2}}, '"text" is required'),
        ({"body": {"text": ""}}, '"text" is required'),
        ({"body": {"text": "hi", "num_return_sequences": 1000}}, "between 1 and 16"),
        ({"body": {"text": "hi", "num_return_sequences": 0}}, "between 1 and 16"),
        ({"body": {"text": "hi", "max_new_tokens": 100000}}, "exceeds the model's context window"),
        ({"body": {"text": "hi", "temperature": -1}}, "temperature must be at least 0"),
        ({"body": {"text": "hi", "top_k": "many"}}, "top_k must be an integer"),
        ({"body": ["hi"]}, "JSON but not an object"),
    ],
)
def test_bad_input_is_a_400_and_the_worker_keeps_serving(served, kwargs, message):
    answer = predict(served, kwargs.pop("body", None), **kwargs)
    assert answer.status_code == 400
    assert answer.json()["code"] == 400 and message in answer.json()["message"]
    assert predict(served, {"text": "still there?", "max_new_tokens": 3}).status_code == 200


def test_an_api_key_is_required(served):
    answer = predict(served, {"text": "hi"}, key=False)
    assert answer.status_code == 401 and answer.json()["type"] == "Unauthorized"
    assert predict(served, {"text": "hi"}, key="tb_" + "0" * 48).status_code == 401
    assert served.torchserve.inference_url.startswith("unix:")  # no TCP port to bypass it


def test_prometheus_metrics_count_the_requests(served):
    before = scrape(served)
    predict(served, {"text": "counted", "max_new_tokens": 2})
    predict(served, {"text": ""})  # a bad request
    after = scrape(served)
    key = ("ts_inference_requests_total", SERVED)
    assert after[key] == before.get(key, 0) + 2  # TorchServe counts every request it forwards
    ok, bad = (("tweetbots_requests_total", SERVED, outcome) for outcome in ("ok", "bad_request"))
    assert (after[ok] - before[ok], after[bad] - before[bad]) == (1, 1)


def scrape(server) -> dict[tuple, float]:
    """/metrics parsed as Prometheus text: {(name, model[, outcome]): value}."""
    text = requests.get(f"{server.metrics_url}/metrics", timeout=10).text
    values = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            model = sample.labels.get("model_name") or sample.labels.get("ModelName")
            outcome = (sample.labels["outcome"],) if "outcome" in sample.labels else ()
            values[(sample.name, model, *outcome)] = sample.value
    return values


HANDLER_FILES = {
    "tweetbot_handler.py",
    "wire.py",
    "predictions_wire.py",
    "handler_metrics.py",
    "engine/__init__.py",  # the engine ships as a package, imported as `engine`
    "engine/core.py",
    "engine/driver.py",
    "engine/backends.py",
    "model-config.yaml",
    "MAR-INF/MANIFEST.json",
}


def test_archives_hold_one_handler_and_the_bot_store_or_one_bot(served, trained_bot):
    """bots.mar (what the service runs) is the handler over the store; the bot's own archive
    is the same handler with the bot's published version inside."""
    serving = Path(served.run_dir) / "model_store" / f"{SERVED}.mar"
    names = set(zipfile.ZipFile(serving).namelist())
    assert names >= HANDLER_FILES and not {"model.int8.onnx", "bot.json"} & names
    packed = yaml.safe_load(zipfile.ZipFile(serving).read("model-config.yaml"))
    assert packed["maxBatchDelay"] == BATCH_DELAY_MS
    assert packed["handler"]["bot_store"] == str((trained_bot / "bots").resolve())
    own = trained_bot / "model_store" / f"{MODEL}.mar"
    names = set(zipfile.ZipFile(own).namelist())
    bot = {"bot.json", "model.int8.onnx", "tokenizer.json", "generation_config.json", "README.md"}
    assert HANDLER_FILES | bot <= names


def stream(server, body: dict):
    """A streaming request read line by line as the chunks arrive: [(seconds, line)]."""
    started = time.perf_counter()
    with predict(server, {**body, "stream": True}, stream=True) as answer:
        assert answer.status_code == 200
        assert answer.headers["Content-Type"] == "application/x-ndjson"
        return [(time.perf_counter() - started, json.loads(line)) for line in answer.iter_lines()]


def test_streaming_sends_each_piece_as_it_is_generated(served):
    body = {"text": "My dream is", "num_return_sequences": 2, "max_new_tokens": 150,
            "stop_at_newline": False, "seed": 3}  # fmt: skip
    lines = stream(served, body)
    *pieces, (last_at, final) = lines
    assert {line["index"] for _, line in pieces} == {0, 1}
    texts = [
        "My dream is" + "".join(p["text"] for _, p in pieces if p["index"] == i) for i in (0, 1)
    ]
    assert [item["generated_text"] for item in final] == texts  # the final line is the answer
    assert final == predict(served, body).json()  # the same as without streaming
    first_at = pieces[0][0]
    # Buffered, every line would arrive at once; streamed, much of the decoding (150 steps)
    # happens after the first piece arrived (the first waits maxBatchDelay for company).
    assert last_at - first_at > 0.2 * last_at


def test_a_request_joins_while_another_decodes(served):
    """Continuous batching: a short request sent while a long one decodes is answered long
    before the long one ends, from the same running batch."""
    long_body = {"text": "I like", "max_new_tokens": 200, "stop_at_newline": False, "seed": 1}
    started = threading.Event()
    finished: list[float] = []

    def run_long():
        with predict(served, {**long_body, "stream": True}, stream=True) as answer:
            for _ in answer.iter_lines():
                started.set()
        finished.append(time.perf_counter())

    long_request = threading.Thread(target=run_long)
    long_request.start()
    assert started.wait(60)
    short = predict(served, {"text": "hi", "max_new_tokens": 3, "seed": 2})
    answered = time.perf_counter()
    long_request.join()
    assert short.status_code == 200 and short.headers["X-Batch-Size"] == "2"  # joined it
    assert answered < finished[0]


def test_a_client_that_leaves_frees_its_rows(served):
    """TorchServe drops a request whose client hung up; the handler aborts it at the next
    engine step (at once when others decode, else with the next request: no step runs for a
    request alone in the engine after its client left)."""
    before = scrape(served)
    aborted = ("tweetbots_requests_total", SERVED, "aborted")
    body = {"text": "bye", "max_new_tokens": 200, "num_return_sequences": 4, "stream": True}
    with predict(served, {**body, "stop_at_newline": False}, stream=True) as answer:
        next(answer.iter_lines())  # decoding has started; now hang up
    time.sleep(0.5)
    assert predict(served, {"text": "still there?", "max_new_tokens": 3}).status_code == 200
    after = scrape(served)
    assert after[aborted] == before[aborted] + 1
    assert after[("tweetbots_running_requests", SERVED)] == 0
