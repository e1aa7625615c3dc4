"""The whole path for real: archive -> `training.pipeline` -> .mar -> TorchServe -> HTTP.

TorchServe runs from the project's config.properties with token authorization ON, on free
loopback ports; requests are real HTTP with the inference key from key_file.json.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest
import requests
import yaml
from conftest import ROOT, SAMPLE_ARCHIVE

from serving.server import open_server

pytestmark = pytest.mark.e2e
MODEL = "e2ebot"
BATCH_DELAY_MS = 1000  # wide enough that concurrent test requests always share a batch


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = tmp_path_factory.mktemp("e2e")
    archive = root / "twitter-archive.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.write(SAMPLE_ARCHIVE, "data/tweets.js")
    model_config = yaml.safe_load((ROOT / "handlers" / "model-config.yaml").read_text())
    model_config.update(batchSize=8, maxBatchDelay=BATCH_DELAY_MS)
    (root / "model-config.yaml").write_text(yaml.safe_dump(model_config))
    store = root / "model_store"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "training.pipeline",
            "--user",
            MODEL,
            "--archive",
            str(archive),
            "--base",
            "tiny",
            "--epochs",
            "1",
            "--block_size",
            "64",
            "--data_dir",
            str(root / "data"),
            "--runs_dir",
            str(root / "runs"),
            "--export_dir",
            str(root / "exports"),
            "--model_store",
            str(store),
            "--model_config",
            str(root / "model-config.yaml"),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert sorted(p.name for p in store.iterdir()) == [f"{MODEL}.mar"]
    addresses = {
        key: f"http://127.0.0.1:{free_port()}"
        for key in ("inference_address", "management_address", "metrics_address")
    }
    server = open_server(root / "serve", addresses)
    server.start(store)
    try:
        server.wait_ready([MODEL])
        yield server
    finally:
        server.stop()


def predict(server, body=None, *, data=None, headers=None, key=True):
    auth = {"Authorization": f"Bearer {server.keys()['inference']}"} if key else {}
    return requests.post(
        f"{server.inference_url}/predictions/{MODEL}",
        json=body,
        data=data,
        headers={**auth, **(headers or {})},
        timeout=120,
    )


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


def test_token_authorization_is_on(served):
    answer = predict(served, {"text": "hi"}, key=False)
    assert answer.status_code == 400  # TorchServe 0.12 answers a missing key with 400
    assert "InvalidKeyException" in answer.text


def test_prometheus_metrics_count_the_requests(served):
    predict(served, {"text": "counted", "max_new_tokens": 2})
    text = requests.get(f"{served.metrics_url}/metrics", timeout=10).text
    assert "# TYPE ts_inference_requests_total counter" in text
    line = next(
        row
        for row in text.splitlines()
        if row.startswith("ts_inference_requests_total") and f'model_name="{MODEL}"' in row
    )
    assert float(line.rsplit(" ", 1)[1]) >= 1
    assert "Requests4XX" in text


def test_archive_holds_handler_weights_tokenizer_config_and_card(served):
    store = Path(served.run_dir).parent / "model_store" / f"{MODEL}.mar"
    names = set(zipfile.ZipFile(store).namelist())
    assert {
        "tweetbot_handler.py",
        "generation_request.py",
        "batch_sampling.py",
        "model.safetensors",
        "tokenizer.json",
        "generation_config.json",
        "model-config.yaml",
        "README.md",
        "MAR-INF/MANIFEST.json",
    } <= names
    packed = yaml.safe_load(zipfile.ZipFile(store).read("model-config.yaml"))
    assert packed["maxBatchDelay"] == BATCH_DELAY_MS and packed["handler"]["max_return_sequences"]
