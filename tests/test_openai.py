"""The OpenAI-compatible API for real: the official `openai` client through nginx and TorchServe.

One service for the module (the session's trained bot, free loopback ports, the test key).
It checks completions and chat completions, plain and streamed (sync and async clients), that
a seed gives the same text as /predictions/, stop strings, n > 1 and lists of prompts, the
models listing, every error class the client raises, the SSE framing byte for byte, that a
client leaving a stream frees its rows, and that hostile bodies on /v1/ paths never cost a
valid request or the worker. And the Hugging Face shapes, with huggingface_hub's
InferenceClient: the Inference API's body on /predictions/<bot> and TGI's /generate routes.
"""

from __future__ import annotations

import asyncio
import json
import time
from concurrent.futures import ThreadPoolExecutor

import huggingface_hub
import openai
import pytest
import requests
from conftest import MODEL, SERVED, api_key, bot_service, predict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openai_wire import CHAT_FIELDS, COMPLETION_FIELDS, NEUTRAL
from prometheus_client.parser import text_string_to_metric_families
from test_e2e import scrape
from test_front import JSON_VALUES, RAW_LITERALS, RawJSON, encode, worker_pid

pytestmark = pytest.mark.e2e
BATCH = 8
PROMPT = "My dream is"
LONG = {"max_tokens": 200, "extra_body": {"ignore_eos": True}}  # exactly 200 tokens


@pytest.fixture(scope="module")
def service(trained_bot, tmp_path_factory):
    front = {"rate_per_minute": 600_000, "burst": 1000, "max_in_flight": 64}
    with bot_service(
        tmp_path_factory.mktemp("openai-e2e"), trained_bot, front,
        batchSize=BATCH, maxBatchDelay=20, handler={"step_budget_ms": 0},
    ) as service:  # fmt: skip
        yield service


@pytest.fixture(scope="module")
def client(service) -> openai.OpenAI:
    return openai.OpenAI(
        base_url=f"{service.url}/v1", api_key=api_key(service), max_retries=0, timeout=120
    )


def predictions_texts(service, prompt: str, **body) -> list[str]:
    answer = predict(service, {"text": prompt, **body})
    assert answer.status_code == 200, answer.text
    return [item["generated_text"] for item in answer.json()]


# --- completions ----------------------------------------------------------------------------


def test_completion_is_openais_shape_and_a_seed_gives_predictions_text(service, client):
    completion = client.completions.create(model=MODEL, prompt=PROMPT, max_tokens=12, seed=7)
    assert completion.object == "text_completion" and completion.model == MODEL
    assert completion.id.startswith("cmpl-") and abs(completion.created - time.time()) < 60
    (choice,) = completion.choices
    assert choice.index == 0 and choice.logprobs is None
    assert choice.finish_reason in ("stop", "length") and "\n" not in choice.text
    usage = completion.usage
    assert usage.prompt_tokens >= 3 and 1 <= usage.completion_tokens <= 12
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens
    again = client.completions.create(model=MODEL, prompt=PROMPT, max_tokens=12, seed=7)
    assert again.choices[0].text == choice.text and again.id != completion.id
    assert predictions_texts(service, PROMPT, max_new_tokens=12, seed=7) == [PROMPT + choice.text]
    echoed = client.completions.create(model=MODEL, prompt=PROMPT, max_tokens=12, seed=7, echo=True)
    assert echoed.choices[0].text == PROMPT + choice.text


def test_n_and_a_list_of_prompts_give_one_choice_set_per_prompt(service, client):
    prompts = ["I like", "Today I"]
    completion = client.completions.create(
        model=MODEL,
        prompt=prompts,
        n=3,
        seed=11,
        max_tokens=10,
        temperature=0.9,
        extra_body={"top_k": 20},
    )
    assert [choice.index for choice in completion.choices] == list(range(6))
    for number, prompt in enumerate(prompts):
        expected = predictions_texts(
            service, prompt, num_return_sequences=3, seed=11, max_new_tokens=10,
            temperature=0.9, top_k=20,
        )  # fmt: skip
        got = [prompt + c.text for c in completion.choices[number * 3 : number * 3 + 3]]
        assert got == expected
    assert len({choice.text for choice in completion.choices}) > 1


def test_length_and_stop_strings(client):
    free = client.completions.create(model=MODEL, prompt=PROMPT, seed=3, **LONG)
    text = free.choices[0].text
    assert free.choices[0].finish_reason == "length" and free.usage.completion_tokens == 200
    stop = text[20:24]
    assert stop and stop in text
    cut = client.completions.create(
        model=MODEL, prompt=PROMPT, seed=3, stop=["never-generated-zz", stop], **LONG
    )
    assert cut.choices[0].text == text[: text.find(stop)]
    assert cut.choices[0].finish_reason == "stop"
    streamed = client.completions.create(
        model=MODEL, prompt=PROMPT, seed=3, stop=stop, stream=True, **LONG
    )
    pieces = [chunk.choices[0].text for chunk in streamed if chunk.choices]
    assert "".join(pieces) == text[: text.find(stop)]


def test_streamed_completion_with_usage_is_the_plain_text(client):
    plain = client.completions.create(model=MODEL, prompt=PROMPT, n=2, seed=5, **LONG)
    chunks = list(
        client.completions.create(
            model=MODEL, prompt=PROMPT, n=2, seed=5, stream=True,
            stream_options={"include_usage": True}, **LONG,
        )
    )  # fmt: skip
    *pieces, last = chunks
    assert last.choices == [] and last.usage.completion_tokens == 400
    assert last.usage.prompt_tokens == plain.usage.prompt_tokens
    texts = {0: "", 1: ""}
    reasons = {}
    for chunk in pieces:
        assert chunk.usage is None and chunk.id == last.id
        (choice,) = chunk.choices
        texts[choice.index] += choice.text
        if choice.finish_reason:
            reasons[choice.index] = choice.finish_reason
    assert [texts[0], texts[1]] == [choice.text for choice in plain.choices]
    assert reasons == {0: "length", 1: "length"}
    assert len(pieces) > 20  # piece by piece, not one chunk


def test_async_client_plain_and_streamed(service):
    async def run() -> tuple[list[str], list[str]]:
        async with openai.AsyncOpenAI(
            base_url=f"{service.url}/v1", api_key=api_key(service), max_retries=0
        ) as aclient:
            plain = await asyncio.gather(*(
                aclient.completions.create(model=MODEL, prompt=PROMPT, seed=s, max_tokens=20)
                for s in range(4)
            ))  # fmt: skip

            async def streamed(seed: int) -> str:
                stream = await aclient.completions.create(
                    model=MODEL, prompt=PROMPT, seed=seed, max_tokens=20, stream=True
                )
                return "".join([chunk.choices[0].text async for chunk in stream])

            texts = await asyncio.gather(*(streamed(s) for s in range(4)))
            return [c.choices[0].text for c in plain], list(texts)

    plain, streamed = asyncio.run(run())
    assert plain == streamed and len(set(plain)) > 1


# --- chat -------------------------------------------------------------------------------------

MESSAGES = [
    {"role": "system", "content": "You are a tweet bot."},  # ignored: no chat template
    {"role": "user", "content": "Hello"},
    {"role": "assistant", "content": "Hi"},
    {"role": "user", "content": PROMPT},
]


def test_chat_completion_continues_the_last_user_message(client):
    chat = client.chat.completions.create(model=MODEL, messages=MESSAGES, seed=9, max_tokens=12)
    assert chat.object == "chat.completion" and chat.id.startswith("chatcmpl-")
    (choice,) = chat.choices
    assert choice.message.role == "assistant" and choice.finish_reason in ("stop", "length")
    completion = client.completions.create(model=MODEL, prompt=PROMPT, seed=9, max_tokens=12)
    assert choice.message.content == completion.choices[0].text
    assert chat.usage.completion_tokens == completion.usage.completion_tokens


def test_chat_stream_sends_the_role_then_content_then_the_finish_reason(client):
    plain = client.chat.completions.create(model=MODEL, messages=MESSAGES, seed=9, **LONG)
    chunks = list(
        client.chat.completions.create(
            model=MODEL, messages=MESSAGES, seed=9, stream=True,
            stream_options={"include_usage": True}, **LONG,
        )
    )  # fmt: skip
    *deltas, usage = chunks
    assert all(chunk.object == "chat.completion.chunk" for chunk in chunks)
    assert deltas[0].choices[0].delta.role == "assistant"
    assert deltas[-1].choices[0].finish_reason == "length"
    content = "".join(chunk.choices[0].delta.content or "" for chunk in deltas)
    assert content == plain.choices[0].message.content
    assert usage.usage.completion_tokens == 200 and usage.choices == []


# --- models and errors -----------------------------------------------------------------------


def test_models_list_and_retrieve(client):
    listed = {model.id: model for model in client.models.list().data}
    assert MODEL in listed and listed[MODEL].object == "model"
    bot = client.models.retrieve(MODEL)
    assert (bot.id, bot.owned_by, bot.parent) == (MODEL, "tweetbots", None)
    with pytest.raises(openai.NotFoundError) as raised:
        client.models.retrieve("nobody")
    assert raised.value.code == "model_not_found"


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"logprobs": 2}, "logprobs"),
        ({"frequency_penalty": 0.5}, "frequency_penalty"),
        ({"best_of": 3}, "best_of"),
        ({"suffix": "x"}, "suffix"),
        ({"extra_body": {"text": "x"}}, "text"),
        ({"temperature": -1}, "temperature"),
        ({"top_p": 0}, "top_p"),
        ({"max_tokens": 0}, "max_tokens"),
        ({"n": 0}, "n"),
        ({"n": 17}, "n"),
        ({"seed": -1}, "seed"),
        ({"stop": ["a", "b", "c", "d", "e"]}, "stop"),
        ({"stream_options": {"include_usage": True}}, "stream_options"),
        ({"max_tokens": 5000}, "max_tokens"),
        ({"prompt": [1, 2, 3]}, "prompt"),
        ({"prompt": ""}, "prompt"),
    ],
)
def test_bad_fields_are_bad_request_errors_that_name_them(service, client, kwargs, param):
    pid = worker_pid(service)
    body = {"model": MODEL, "prompt": PROMPT, **kwargs}
    with pytest.raises(openai.BadRequestError) as raised:
        client.completions.create(**body)
    error = raised.value.body
    assert raised.value.status_code == 400 and error["param"] == param, error
    assert error["type"] == "invalid_request_error" and error["message"]
    assert worker_pid(service) == pid


def test_neutral_values_of_refused_fields_are_accepted(client):
    completion = client.completions.create(
        model=MODEL, prompt=PROMPT, max_tokens=3, frequency_penalty=0, presence_penalty=0,
        logprobs=None, best_of=1, user="someone", temperature=None,
    )  # fmt: skip
    assert completion.choices[0].text is not None


def test_unknown_bot_is_not_found_and_the_others_are_errors_too(service, client):
    with pytest.raises(openai.NotFoundError) as raised:
        client.completions.create(model="nobody", prompt=PROMPT)
    assert raised.value.code == "model_not_found" and raised.value.param == "model"
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="nobody", messages=MESSAGES)
    wrong = openai.OpenAI(base_url=f"{service.url}/v1", api_key="tb_" + "0" * 48, max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        wrong.completions.create(model=MODEL, prompt=PROMPT)
    with pytest.raises(openai.BadRequestError) as raised:
        client.chat.completions.create(model=MODEL, messages=[{"role": "system", "content": "x"}])
    assert raised.value.param == "messages"


# --- the wire: SSE framing, disconnects, hostile input ------------------------------------------


def test_sse_framing_byte_for_byte(service):
    body = {"model": MODEL, "prompt": PROMPT, "seed": 4, "stream": True, "max_tokens": 150,
            "ignore_eos": True, "stream_options": {"include_usage": True}}  # fmt: skip
    started = time.perf_counter()
    arrivals, raw = [], b""
    with requests.post(
        f"{service.url}/v1/completions", json=body, stream=True, timeout=120,
        headers={"Authorization": f"Bearer {api_key(service)}"},
    ) as answer:  # fmt: skip
        assert answer.status_code == 200
        assert answer.headers["Content-Type"].startswith("text/event-stream")
        for data in answer.iter_content(chunk_size=None):
            arrivals.append(time.perf_counter() - started)
            raw += data
    assert raw.endswith(b"data: [DONE]\n\n")
    events = raw.split(b"\n\n")
    assert events[-1] == b""
    events = events[:-1]
    assert all(event.startswith(b"data: ") and b"\n" not in event for event in events)
    assert events[-1] == b"data: [DONE]"
    documents = [json.loads(event[len(b"data: ") :]) for event in events[:-1]]
    assert documents[-1]["choices"] == [] and documents[-1]["usage"]["completion_tokens"] == 150
    text = "".join(d["choices"][0]["text"] for d in documents if d["choices"])
    raw.decode("utf-8")  # never half a character
    plain = requests.post(
        f"{service.url}/v1/completions", json={**body, "stream": False, "stream_options": None},
        headers={"Authorization": f"Bearer {api_key(service)}"}, timeout=120,
    ).json()  # fmt: skip
    assert text == plain["choices"][0]["text"]
    assert arrivals[-1] - arrivals[0] > 0.2 * arrivals[-1]  # tokens leave as generated


def test_a_client_that_leaves_a_stream_frees_its_rows(service, client):
    before = scrape(service)
    aborted = ("tweetbots_requests_total", SERVED, "aborted")
    stream = client.completions.create(
        model=MODEL, prompt="bye", n=4, stream=True, max_tokens=240, extra_body={"ignore_eos": True}
    )
    next(iter(stream))  # decoding has started; now hang up
    stream.close()
    time.sleep(0.5)
    assert client.completions.create(model=MODEL, prompt="still?", max_tokens=3).choices
    after = scrape(service)
    assert after[aborted] == before[aborted] + 1
    assert after[("tweetbots_running_requests", SERVED)] == 0


FIELD_NAMES = st.sampled_from([*COMPLETION_FIELDS, *CHAT_FIELDS, *NEUTRAL, "text"])
HOSTILE_FIELDS = st.dictionaries(
    FIELD_NAMES | st.text(max_size=5), JSON_VALUES | RAW_LITERALS.map(RawJSON), max_size=6
)


@st.composite
def hostile_request(draw) -> tuple[str, bytes]:
    """(path, body): any bytes, any JSON value, or an object of any fields with any values."""
    path = draw(st.sampled_from(["/v1/completions", "/v1/chat/completions"]))
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return path, draw(st.binary(max_size=200))
    if kind == 1:
        return path, json.dumps(draw(JSON_VALUES)).encode()
    fields = draw(HOSTILE_FIELDS)
    if kind == 3:  # mostly valid: a real bot and prompt, other fields hostile
        fields = {"model": MODEL, "prompt": "hi", "messages": [{"role": "user", "content": "hi"}],
                  "max_tokens": 4, **fields}  # fmt: skip
    body = "{" + ",".join(f"{json.dumps(k)}:{encode(v)}" for k, v in fields.items()) + "}"
    return path, body.encode("utf-8", "surrogatepass")


def test_hostile_bodies_on_v1_batched_with_valid_requests(service):
    key = api_key(service)
    pid = worker_pid(service)
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    valid = ("/v1/completions", json.dumps({"model": MODEL, "prompt": "hi", "max_tokens": 3}))
    counts = {"generated": 0, "200": 0, "4xx": 0, "valid_in_shared_steps": 0}

    def send(path: str, body) -> requests.Response:
        return requests.post(f"{service.url}{path}", data=body, headers=headers, timeout=120)

    pool = ThreadPoolExecutor(BATCH)

    @settings(max_examples=60, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(requests_=st.lists(hostile_request(), min_size=BATCH - 2, max_size=BATCH - 2))
    def round_of(requests_):
        futures = [pool.submit(send, *r) for r in [valid, valid, *requests_]]
        answers = [future.result() for future in futures]
        for answer in answers[:2]:
            assert answer.status_code == 200, answer.text[:300]
            assert answer.json()["object"] == "text_completion"
            counts["valid_in_shared_steps"] += int(answer.headers["X-Batch-Size"]) > 1
        for (path, body), answer in zip(requests_, answers[2:], strict=True):
            status = answer.status_code
            assert status == 200 or 400 <= status < 500, (path, body[:200], answer.text[:300])
            document = answer.json()
            if status != 200:
                error = document["error"]
                assert set(error) == {"message", "type", "param", "code"} and error["message"]
            counts["200" if status == 200 else "4xx"] += 1
        counts["generated"] += len(requests_)

    try:
        round_of()
    finally:
        pool.shutdown()
    assert counts["valid_in_shared_steps"] > 0, counts  # the valid ones decoded together
    assert worker_pid(service) == pid
    print(counts)


# --- the Hugging Face shapes ------------------------------------------------------------------


def hf_client(service, path: str) -> huggingface_hub.InferenceClient:
    return huggingface_hub.InferenceClient(model=f"{service.url}{path}", token=api_key(service))


@pytest.mark.parametrize("path", [f"/predictions/{MODEL}", f"/tgi/{MODEL}/generate"])
def test_inference_client_text_generation_plain(service, path):
    client = hf_client(service, path)
    text = client.text_generation(PROMPT, max_new_tokens=12, seed=7)
    assert predictions_texts(service, PROMPT, max_new_tokens=12, seed=7) == [PROMPT + text]
    full = client.text_generation(PROMPT, max_new_tokens=12, seed=7, return_full_text=True)
    assert full == PROMPT + text
    details = client.text_generation(PROMPT, max_new_tokens=12, seed=7, details=True)
    assert details.generated_text == text and details.details.seed == 7
    assert details.details.finish_reason in ("eos_token", "length")
    assert 1 <= details.details.generated_tokens <= 12


@pytest.mark.parametrize("path", [f"/predictions/{MODEL}", f"/tgi/{MODEL}/generate_stream"])
def test_inference_client_text_generation_streamed(service, path):
    client = hf_client(service, path)
    plain = hf_client(service, f"/predictions/{MODEL}").text_generation(
        PROMPT, max_new_tokens=30, seed=8, stop=["zz-never"]
    )
    tokens = list(client.text_generation(PROMPT, max_new_tokens=30, seed=8, stream=True,
                                         stop=["zz-never"]))  # fmt: skip
    assert "".join(tokens) == plain
    events = list(client.text_generation(PROMPT, max_new_tokens=30, seed=8, stream=True,
                                         details=True))  # fmt: skip
    assert events[-1].generated_text == plain and events[-1].details.generated_tokens >= 1
    assert all(event.generated_text is None for event in events[:-1])


def test_inference_client_shows_the_reason_of_a_bad_request(service):
    client = hf_client(service, f"/predictions/{MODEL}")
    with pytest.raises(huggingface_hub.errors.BadRequestError, match="max_new_tokens must be"):
        client.text_generation(PROMPT, max_new_tokens=0)
    with pytest.raises(huggingface_hub.errors.BadRequestError, match="repetition_penalty"):
        client.text_generation(PROMPT, repetition_penalty=1.5)


# --- metrics --------------------------------------------------------------------------------


def samples(service, name: str) -> list[dict]:
    """The labels (and value, as "value") of every sample of `name` on /metrics."""
    text = requests.get(f"{service.metrics_url}/metrics", timeout=10).text
    return [
        {**sample.labels, "value": sample.value}
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == name
    ]


def test_requests_are_counted_by_api_and_adapters_shown_as_vllm_does(service, client):
    def by_api() -> dict[str, float]:
        return {s["api"]: s["value"] for s in samples(service, "tweetbots_api_requests_total")}

    before = by_api()
    client.completions.create(model=MODEL, prompt=PROMPT, max_tokens=2)
    predict(service, {"text": PROMPT, "max_new_tokens": 2})
    hf_client(service, f"/predictions/{MODEL}").text_generation(PROMPT, max_new_tokens=2)
    with pytest.raises(openai.BadRequestError):  # refused requests count too
        client.completions.create(model=MODEL, prompt="")
    time.sleep(0.5)
    after = by_api()
    gained = {api: after[api] - before.get(api, 0) for api in after}
    assert gained == {"openai": 2, "predictions": 1, "hugging_face": 1}
    (info,) = samples(service, "tweetbots_lora_requests_info")  # a full bot: no adapters
    assert (info["running_lora_adapters"], info["waiting_lora_adapters"]) == ("-", "-")
    assert (info["resident_lora_adapters"], info["max_lora"]) == ("-", "0")
    assert info["value"] == pytest.approx(time.time(), abs=3600)
