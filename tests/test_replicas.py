"""Several replicas behind the bot-affinity router, for real: deploy/compose-replicas.yaml with
the serving image, three replicas sharing one bot store of 300 adapter bots, and the router
(nginx, consistent hash on the bot).

It checks: 3,000 requests spread over the bots are all answered, at least 95% by the replica
that already held the bot's adapter (from each replica's own adapter-load counter and from the
replica each answer names); one replica killed under load: its bots are answered by the others
within 10 s, and every request either succeeds or gets a JSON 503 with Retry-After; the replica
restarted: its bots come back to it; a fourth replica added: at most about a third of the bots
change owner, and only to the new replica.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import threading
import time
import uuid
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import docker_helpers
import pytest
import requests
import yaml
from docker_helpers import (
    docker,
    free_port,
    give_to_image_user,
    listen_port,
    metric_total,
    prometheus_query,
    wait_healthy,
)
from test_compose import compose_command

from bench.bots import SHORT, bot_name, build_store
from serving.keys import KeyStore

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent
COMPOSE_FILE = ROOT / "deploy" / "compose-replicas.yaml"
BOTS = 300
REQUESTS = 3_000
KEYS = 60  # each key's requests stay under a replica's per-key rate limit (600/min, burst 60)
REPLICAS = ("tweetbots-1", "tweetbots-2", "tweetbots-3")
BODY = {"text": "My dream is", "max_new_tokens": 4, "stop_at_newline": False}

docker_engine = docker_helpers.docker_engine
app_image = docker_helpers.app_image


def test_the_compose_file_has_three_replicas_a_router_and_prometheus_over_each():
    command = compose_command()
    if command is None:
        pytest.skip("no `docker compose` plugin or docker-compose")
    config = subprocess.run(
        [*command, "-f", str(COMPOSE_FILE), "config"], capture_output=True, text=True, check=True
    ).stdout
    services = yaml.safe_load(config)["services"]
    assert {*REPLICAS, "router", "prometheus"} <= set(services)
    router = services["router"]["command"]
    listens = [services[name]["environment"]["TWEETBOTS_LISTEN"] for name in REPLICAS]
    assert [router[i + 1] for i, arg in enumerate(router) if arg == "--replica"] == listens
    for name in REPLICAS:
        volumes = services[name]["volumes"]
        assert any(
            str(v).endswith(":/app/bots:ro")
            or (isinstance(v, dict) and v.get("target") == "/app/bots" and v.get("read_only"))
            for v in volumes
        )
    scrape = yaml.safe_load((ROOT / "monitoring" / "prometheus-replicas.yml").read_text())
    targets = [
        t for group in scrape["scrape_configs"][0]["static_configs"] for t in group["targets"]
    ]
    metrics = [services[name]["environment"]["TS_METRICS_ADDRESS"] for name in REPLICAS]
    assert ["http://" + target for target in targets] == metrics


@pytest.fixture(scope="module")
def stack(docker_engine, app_image, tmp_path_factory):
    command = compose_command()
    if command is None:
        pytest.skip("no `docker compose` plugin or docker-compose")
    work = tmp_path_factory.mktemp("replicas")
    build_store(work, dataclasses.replace(SHORT, bots=BOTS))
    store = work / "bots"
    subprocess.run(["chmod", "-R", "a+rX", str(store)], check=True)
    keys_dir = tmp_path_factory.mktemp("replica-keys")
    key_store = KeyStore(keys_dir / "api_keys.json")
    keys = [key_store.create(f"client{n}").key for n in range(KEYS)]
    give_to_image_user(keys_dir)
    ports = {name: listen_port() for name in (
        "REPLICA_1_PORT", "REPLICA_2_PORT", "REPLICA_3_PORT", "REPLICA_4_PORT",
        "REPLICA_1_METRICS", "REPLICA_2_METRICS", "REPLICA_3_METRICS", "REPLICA_4_METRICS",
        "ROUTER_PORT", "ROUTER_4_PORT")}  # fmt: skip
    ports["PROMETHEUS_PORT"] = free_port()
    user = {} if os.getuid() == 0 else {"TWEETBOTS_USER": f"{os.getuid()}:{os.getgid()}"}
    # monitoring/prometheus-replicas.yml as it is, aimed at this test's metrics ports
    scrape = yaml.safe_load((ROOT / "monitoring" / "prometheus-replicas.yml").read_text())
    scrape["global"].update(scrape_interval="1s", evaluation_interval="1s")
    for number, group in enumerate(scrape["scrape_configs"][0]["static_configs"], 1):
        group["targets"] = [f"127.0.0.1:{ports[f'REPLICA_{number}_METRICS']}"]
    scrape_file = work / "prometheus.yml"
    scrape_file.write_text(yaml.safe_dump(scrape))
    environment = {**os.environ, **{k: str(v) for k, v in ports.items()}, **user,
                   "TWEETBOTS_IMAGE": app_image.tag, "BOT_STORE": str(store),
                   "API_KEYS_DIR": str(keys_dir), "PROMETHEUS_CONFIG": str(scrape_file),
                   "PROMETHEUS_IMAGE": docker_helpers.build_prometheus_image()}  # fmt: skip
    project = [*command, "-p", f"tweetbots-replicas-{uuid.uuid4().hex[:8]}", "-f",
               str(COMPOSE_FILE)]  # fmt: skip

    def run(*args: str) -> str:
        done = subprocess.run([*project, *args], env=environment, capture_output=True, text=True,
                              timeout=600)  # fmt: skip
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout.strip()

    run("up", "--detach", *REPLICAS, "router", "prometheus")
    try:
        containers = {name: run("ps", "-q", name) for name in REPLICAS}
        for container in containers.values():
            wait_healthy(container)
        router = f"http://127.0.0.1:{ports['ROUTER_PORT']}"
        wait_until(lambda: requests.get(f"{router}/healthz", timeout=5).status_code == 200)
        yield Stack(router, keys, containers, ports, run)
    finally:
        run("--profile", "scale-out", "down", "--timeout", "30")


class Stack:
    def __init__(self, router, keys, containers, ports, run) -> None:
        self.router, self.keys, self.containers, self.ports, self.run = (
            router, keys, containers, ports, run)  # fmt: skip

    @property
    def prometheus(self) -> str:
        return f"http://127.0.0.1:{self.ports['PROMETHEUS_PORT']}"

    def metrics_url(self, replica: str) -> str:
        return f"http://127.0.0.1:{self.ports[f'REPLICA_{replica[-1]}_METRICS']}"


def wait_until(condition, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise AssertionError(f"not true after {timeout:.0f} s")


def ask(url: str, key: str, bot: str) -> tuple[int, str | None, requests.Response]:
    answer = requests.post(f"{url}/predictions/{bot}", json=BODY, timeout=60,
                           headers={"Authorization": f"Bearer {key}"})  # fmt: skip
    return answer.status_code, answer.headers.get("X-Tweetbots-Replica"), answer


def spread(stack: Stack, url: str, requests_count: int, workers: int = 16) -> list[tuple]:
    """`requests_count` requests round the bots (each bot requests_count / BOTS times), each
    client key its own share; (bot, status, replica) of each."""

    def one(index: int) -> tuple:
        bot = bot_name(index % BOTS)
        status, replica, _ = ask(url, stack.keys[index % KEYS], bot)
        return bot, status, replica

    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(one, range(requests_count)))


def owners_of(results: list[tuple]) -> dict[str, str]:
    by_bot = defaultdict(Counter)
    for bot, status, replica in results:
        if status == 200:
            by_bot[bot][replica] += 1
    return {bot: counts.most_common(1)[0][0] for bot, counts in by_bot.items()}


def test_each_bot_is_answered_by_the_replica_holding_it(stack):
    loads_before = {r: metric_total(stack.metrics_url(r), "tweetbots_adapter_loads_total")
                    for r in REPLICAS}  # fmt: skip
    results = spread(stack, stack.router, REQUESTS)
    statuses = Counter(status for _, status, _ in results)
    assert statuses == {200: REQUESTS}, statuses
    owners = owners_of(results)
    by_owner = sum(1 for bot, _, replica in results if replica == owners[bot])
    assert by_owner / REQUESTS >= 0.95, by_owner
    assert set(owners.values()) == set(REPLICAS)  # every replica owns some bots
    loads = sum(metric_total(stack.metrics_url(r), "tweetbots_adapter_loads_total")
                - loads_before[r] for r in REPLICAS)  # fmt: skip
    # each adapter loaded once, by its owner: a request that found its adapter already held
    assert BOTS <= loads <= BOTS + 0.05 * REQUESTS, loads
    print(
        f"\n{by_owner / REQUESTS:.1%} of {REQUESTS} requests answered by the bot's owner; "
        f"{loads:.0f} adapter loads for {BOTS} bots; per replica "
        f"{dict(Counter(owners.values()))}"
    )
    stack.owners = owners


def test_prometheus_scrapes_every_replica(stack):
    def scraped() -> bool:
        up = prometheus_query(stack.prometheus, 'up{job="torchserve"} == 1')
        return {series["metric"]["replica"] for series in up} == set(REPLICAS)

    wait_until(scraped, timeout=60)
    loads = prometheus_query(stack.prometheus, "sum by (replica) (tweetbots_adapter_loads_total)")
    assert {series["metric"]["replica"] for series in loads} == set(REPLICAS)


def test_a_killed_replica_s_bots_move_within_seconds_and_come_back_when_it_returns(stack):
    owners = getattr(stack, "owners", None) or owners_of(spread(stack, stack.router, BOTS * 2))
    victim = "tweetbots-2"
    orphans = sorted(bot for bot, owner in owners.items() if owner == victim)
    assert orphans
    seen: list[tuple[float, str, int, str | None, dict, str]] = []
    cut: list[float] = []  # when each request that ended without a whole answer was sent
    stop = threading.Event()

    def client(number: int) -> None:
        index = number
        while not stop.is_set():
            bot, sent = bot_name(index % BOTS), time.monotonic()
            try:
                status, replica, answer = ask(stack.router, stack.keys[index % KEYS], bot)
            except requests.RequestException:
                cut.append(sent)
            else:
                seen.append((sent, bot, status, replica, dict(answer.headers), answer.text))
            index += 8

    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    time.sleep(2)
    killed = time.monotonic()
    docker("kill", stack.containers[victim])
    time.sleep(12)
    stop.set()
    for thread in threads:
        thread.join()
    # An answer begins (HTTP 200, chunked) at its first engine step: one in flight on the
    # killed replica cannot be retried or replaced by the router, and ends cut short. Only
    # those: at most one per client, all sent before the kill.
    assert len(cut) <= len(threads) and all(sent < killed for sent in cut), cut
    for _, _, status, _, headers, text in seen:
        assert status in (200, 503), (status, text[:200])
        if status == 503:
            assert int(headers["Retry-After"]) > 0 and text.lstrip().startswith("{"), text[:200]
    after = [(t, bot, status, replica) for t, bot, status, replica, *_ in seen if t > killed]
    moved = [(t - killed, replica) for t, bot, status, replica in after
             if bot in orphans and status == 200]  # fmt: skip
    assert moved and moved[0][0] < 10, moved[:3]
    print(
        f"\nkilled {victim}: its bots answered by another replica after {moved[0][0]:.2f} s; "
        f"{len(cut)} requests in flight there cut short, "
        f"{sum(1 for *_, status, _ in after if status == 503)} answered 503"
    )
    assert all(replica != victim for seconds, replica in moved if seconds > 2)
    late = [status for t, bot, status, _ in after if t - killed > 10]
    assert late and all(status == 200 for status in late)  # all answered again
    # the replica back: its bots return to it (after the router's fail_timeout)
    docker("start", stack.containers[victim])
    wait_healthy(stack.containers[victim])

    def returned() -> bool:
        answered = [ask(stack.router, stack.keys[0], bot)[1] for bot in orphans[:20]]
        return answered.count(victim) >= 19

    wait_until(returned, timeout=60)


def test_a_fourth_replica_takes_about_a_quarter_of_the_bots_and_only_from_the_others(stack):
    before = owners_of(spread(stack, stack.router, BOTS))
    stack.run("--profile", "scale-out", "up", "--detach", "tweetbots-4", "router-4")
    wait_healthy(stack.run("ps", "-q", "tweetbots-4"))
    router_4 = f"http://127.0.0.1:{stack.ports['ROUTER_4_PORT']}"
    wait_until(lambda: requests.get(f"{router_4}/healthz", timeout=5).status_code == 200)
    after = owners_of(spread(stack, router_4, BOTS))
    assert set(after) == set(before) == {bot_name(i) for i in range(BOTS)}
    changed = [bot for bot in before if after[bot] != before[bot]]
    print(f"\na fourth replica: {len(changed)} of {BOTS} bots changed owner")
    assert 0 < len(changed) <= 0.4 * BOTS, len(changed)  # consistent hashing: ~1/4 move
    assert {after[bot] for bot in changed} == {"tweetbots-4"}  # and only to the new one
