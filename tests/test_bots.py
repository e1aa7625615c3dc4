"""A thousand bots on one server, in miniature: adapter and full bots of the bot store behind
the real front and TorchServe, all served by the one serving model (`bots.mar`).

Bots are trained for real (tiny base, LORA=1 for the adapters) and published by the pipeline.
The serving model-config keeps room for one adapter at a time, so the LRU evicts and reloads.
"""

from __future__ import annotations

import json
import threading

import pytest
import requests
from conftest import (
    SAMPLE_ARCHIVE,
    api_key,
    predict,
    run_make,
    run_pipeline,
    serving_config,
    start_service,
)

from engine.store import BotStore

pytestmark = pytest.mark.e2e
ADAPTERS = ("alice", "bob")
FULL = "carol"
BODY = {"text": "My dream is", "num_return_sequences": 2, "max_new_tokens": 12, "seed": 5,
        "stop_at_newline": False}  # fmt: skip


def train(root, name: str, *extra: str) -> None:
    result = run_pipeline(root, name, "--archive", str(SAMPLE_ARCHIVE), "--force", *extra)
    assert result.returncode == 0, result.stderr[-2000:]


@pytest.fixture(scope="module")
def bots(tmp_path_factory):
    root = tmp_path_factory.mktemp("bots")
    for name, rate in zip(ADAPTERS, ("3e-3", "1e-2"), strict=True):  # same tweets and seed
        train(root, name, "--lora", "--learning_rate", rate)  # (the base): other rates
    train(root, FULL)
    # one tiny adapter (16 KB in bf16) at a time; concurrent test requests land in one step
    config = serving_config(root, maxBatchDelay=500, handler={"adapter_budget_mb": 0.03})
    service = start_service(root, root / "bots", model_config=config)
    try:
        yield root, service
    finally:
        service.stop()


def ask(service, name: str, body: dict = BODY):
    return predict(service, body, model=name)


def test_lora_bots_are_adapters_on_one_base_in_the_store(bots):
    root, _ = bots
    store = BotStore(root / "bots")
    records = {record.name: record for record in store.records()}
    assert {records[n].kind for n in ADAPTERS} == {"adapter"} and records[FULL].kind == "full"
    assert records["alice"].base["hash"] == records["bob"].base["hash"]  # the same base
    assert records["alice"].base["hash"] in store.bases()
    assert records["alice"].bytes < records[FULL].bytes / 5  # the adapter is small
    assert not (root / "model_store" / "alice.mar").exists()  # no archive for an adapter bot
    assert (root / "model_store" / f"{FULL}.mar").exists()  # a full bot has its own archive too
    assert (store.path(FULL) / "model.int8.onnx").exists()  # and is served on ONNX int8


def test_bots_of_each_kind_share_a_batch_and_answer_as_alone(bots):
    _, service = bots
    names = [*ADAPTERS, FULL]
    alone = {name: ask(service, name).json() for name in names}
    answers: dict = {}
    gate = threading.Barrier(len(names))

    def send(name):
        gate.wait()
        answers[name] = ask(service, name)

    threads = [threading.Thread(target=send, args=(n,)) for n in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert {n: a.status_code for n, a in answers.items()} == dict.fromkeys(names, 200)
    assert {a.headers["X-Batch-Size"] for a in answers.values()} != {"1"}  # shared steps
    assert {n: a.json() for n, a in answers.items()} == alone
    assert len({json.dumps(a) for a in alone.values()}) == 3  # three different models


def test_eviction_and_reload_give_the_same_answer(bots):
    _, service = bots
    first = ask(service, "alice").json()
    ask(service, "bob")  # room for one adapter: alice is evicted
    assert ask(service, "alice").json() == first  # reloaded, the same answer
    metrics = requests.get(f"{service.metrics_url}/metrics", timeout=10).text
    evictions = [
        line
        for line in metrics.splitlines()
        if line.startswith("tweetbots_adapter_evictions_total")
    ]
    assert evictions and float(evictions[0].rsplit(" ", 1)[1]) >= 2


def test_a_bot_published_while_serving_is_answered(bots):
    root, service = bots
    assert ask(service, "dave").status_code == 404
    train(root, "dave", "--lora", "--learning_rate", "3e-3")
    answer = ask(service, "dave")
    assert answer.status_code == 200 and answer.json()[0]["generated_text"].startswith("My dream")


def test_unknown_bots_get_404_naming_them(bots):
    _, service = bots
    for name in ("nobody", "x" * 90):
        answer = ask(service, name)
        assert answer.status_code == 404, answer.text
        body = answer.json()
        assert body["type"] == "UnknownBot" and name[:20] in body["message"]
    for name in ("Caps-Name", "x" * 101, "-dash"):  # not a bot name: refused by the front
        answer = ask(service, name)
        assert answer.status_code == 404 and "not a bot name" in answer.json()["message"]


def test_an_adapter_for_a_base_the_server_lacks_is_refused(bots):
    root, service = bots
    store = BotStore(root / "bots")
    alice = store.record("alice")
    alien = alice.__class__(**{**alice.__dict__, "name": "alien", "version": ""})
    alien.base = {"hash": "sha256:" + "0" * 64, "name": "tiny"}
    folder = store.path("alice")
    store.publish(alien, [folder / "adapter_model.safetensors", folder / "adapter_config.json"])
    answer = ask(service, "alien")
    assert answer.status_code == 409
    assert answer.json()["type"] == "BaseNotHeld" and "does not hold" in answer.json()["message"]


def test_get_bots_lists_them_with_base_kind_and_table(bots):
    _, service = bots
    url = f"{service.url}/bots"
    assert requests.get(url, timeout=10).status_code == 401  # a key is needed
    listing = requests.get(
        url, headers={"Authorization": f"Bearer {api_key(service)}"}, timeout=10
    ).json()["bots"]
    by_name = {bot["name"]: bot for bot in listing}
    assert {*ADAPTERS, FULL} <= set(by_name)
    assert by_name["alice"]["kind"] == "adapter" and by_name["alice"]["base"]["hash"]
    assert by_name[FULL]["tables"][0]["kept"] == 631  # the data table


def test_make_predict_answers_for_every_kind_of_bot(bots):
    _, service = bots
    for name in (*ADAPTERS, FULL):
        result = run_make(
            "--no-print-directory", "predict", f"MODEL={name}", "N=2", "SEED=3",
            f"RUN_DIR={service.run_dir}", f"TWEETBOTS_API_KEY={api_key(service)}",
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        lines = result.stdout.strip().splitlines()
        assert len(lines) == 2 and all(json.loads(line).startswith("My dream is") for line in lines)


def test_per_bot_metrics_count_each_bot(bots):
    _, service = bots
    metrics = requests.get(f"{service.metrics_url}/metrics", timeout=10).text
    counted = {
        line.split('bot="')[1].split('"')[0]: float(line.rsplit(" ", 1)[1])
        for line in metrics.splitlines()
        if line.startswith("tweetbots_bot_requests_total{")
    }
    assert {*ADAPTERS, FULL} <= set(counted) and all(counted[n] >= 2 for n in (*ADAPTERS, FULL))


def test_make_generate_answers_as_the_server_does(bots):
    """The local CLI runs the server's engine on the same store: the same seeded answer."""
    root, service = bots
    body = {"text": "My dream is", "num_return_sequences": 2, "seed": 5, "max_new_tokens": 12}
    served = [item["generated_text"] for item in ask(service, "alice", body).json()]
    result = run_make(
        "--no-print-directory", "generate", "USER=alice", "N=2", "SEED=5",
        "MAX_NEW_TOKENS=12", f"BOT_STORE={root / 'bots'}",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == served
