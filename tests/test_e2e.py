"""The whole path for real: archive -> `training.pipeline` -> .mar -> TorchServe -> nginx -> HTTP.

TorchServe runs from the project's config.properties behind the nginx front (front.yaml), on
free loopback ports; requests are real HTTP through the front with an API key.
"""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
import requests
import yaml
from conftest import BATCH_DELAY_MS, MODEL, predict
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
    assert {a.headers["X-Batch-Size"] for a in answers} == {"5"}  # five valid, one call
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
        ({"body": ["hi"]}, "expected a JSON object"),
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
    key = ("ts_inference_requests_total", MODEL)
    assert after[key] == before.get(key, 0) + 2  # TorchServe counts every request it forwards
    ok, bad = (("tweetbots_requests_total", MODEL, outcome) for outcome in ("ok", "bad_request"))
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


def test_archive_holds_handler_weights_tokenizer_config_and_card(served):
    store = Path(served.run_dir).parent / "model_store" / f"{MODEL}.mar"
    names = set(zipfile.ZipFile(store).namelist())
    assert {
        "tweetbot_handler.py",
        "generation_request.py",
        "batch_sampling.py",
        "decoding.py",
        "gpt2_kv.py",
        "backend.json",
        "model.int8.onnx",  # BACKEND=onnx (default), QUANTIZE=int8 (default)
        "tokenizer.json",
        "generation_config.json",
        "model-config.yaml",
        "README.md",
        "MAR-INF/MANIFEST.json",
    } <= names
    packed = yaml.safe_load(zipfile.ZipFile(store).read("model-config.yaml"))
    assert packed["maxBatchDelay"] == BATCH_DELAY_MS and packed["handler"]["max_return_sequences"]
