"""Docker for the image and compose tests: a reason to skip, the image, bots, keys, containers.

The tests need a Docker engine that answers and a CLI that builds with BuildKit
(`make test` starts Debian's dockerd when it can: deploy/docker-host.sh). Containers run with
--network host (the engine here has no bridge) on free loopback ports.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import socket
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from conftest import SAMPLE_ARCHIVE, TEST_KEY, free_port, run_pipeline

from serving.keys import KeyStore

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))
import image as image_builder  # noqa: E402 - deploy/image.py is a script, not a package

IMAGE_SIZE_LIMIT = 1.5e9  # bytes: the CPU serving image's target
IMAGE_UID = 10001  # the Dockerfile's USER
# One tag per checkout: other checkouts on this machine share the Docker engine, and a test
# must run the image built from its own tree.
TEST_TAG = f"tweetbots-app:test-{hashlib.sha1(str(ROOT).encode()).hexdigest()[:8]}"
FULL = "imagebot"  # a full bot (ONNX int8) in the bot store
ADAPTER = "imagelora"  # an adapter bot on its base in the bot store
HEALTH_FORMAT = "{{.State.Status}} {{.State.Health.Status}}"


def engine_reason() -> str | None:
    """Why Docker tests cannot run here, or None when they can."""
    if shutil.which("docker") is None:
        return "no docker CLI (deploy/docker-host.sh install)"
    info = subprocess.run(["docker", "info"], capture_output=True, text=True, timeout=60)
    if info.returncode != 0:
        return "no Docker engine answers (as root: deploy/docker-host.sh start)"
    try:
        image_builder.docker_build_command()
    except SystemExit as error:
        return str(error)
    return None


def docker(*args: str, check: bool = True, timeout: float = 300) -> str:
    result = subprocess.run(["docker", *args], capture_output=True, text=True, timeout=timeout)
    if check and result.returncode != 0:
        raise AssertionError(f"docker {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout.strip()


def container_logs(name: str) -> str:
    """A container's output, stdout and stderr."""
    done = subprocess.run(["docker", "logs", name], capture_output=True, text=True, timeout=60)
    return done.stdout + done.stderr


@dataclass
class BuiltImage:
    tag: str
    build_seconds: float
    size: int
    log: str


def build_app_image(tag: str) -> BuiltImage:
    """The serving image without models, from the local debootstrap base (cached)."""
    started = time.monotonic()
    image_builder.ensure_base(image_builder.LOCAL_BASE)
    base_seconds = time.monotonic() - started
    seconds, log = image_builder.build(
        target="app", tag=tag, base_image=image_builder.LOCAL_BASE, quiet=True
    )
    built = BuiltImage(tag, base_seconds + seconds, image_builder.image_size(tag), log)
    print(f"\n{tag}: built in {built.build_seconds:.0f} s, {built.size / 1e9:.2f} GB")
    return built


@dataclass
class Stores:
    """What a serving container mounts: the bot store."""

    bot_store: Path


def train_bots(root: Path) -> Stores:
    """Two tiny bots in the bot store (the pipeline's quick settings): FULL, a full fine-tune,
    and ADAPTER, a LoRA adapter on the shared base."""
    archive = root / "twitter-archive.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.write(SAMPLE_ARCHIVE, "data/tweets.js")
    for name, extra in ((FULL, []), (ADAPTER, ["--lora"])):
        trained = run_pipeline(root, name, "--archive", str(archive), *extra)
        assert trained.returncode == 0, trained.stderr[-3000:]
    return Stores(root / "bots")


def key_folder(folder: Path) -> str:
    """A key store in `folder` holding TEST_KEY, readable by the image's user (what a
    Kubernetes Secret with fsGroup gives); the key."""
    key = KeyStore(folder / "api_keys.json").create(TEST_KEY).key
    give_to_image_user(folder)
    return key


def give_to_image_user(folder: Path) -> None:
    """Files the host wrote with private modes, owned by the image's user (as root), or left
    to the container run as this user (run_as())."""
    if os.getuid() == 0:
        for path in [folder, *folder.rglob("*")]:
            os.chown(path, IMAGE_UID, IMAGE_UID)


def run_as() -> list[str]:
    """`docker run` options: the image's own user as root; otherwise this host user, who owns
    the key file (the image runs as any user)."""
    return [] if os.getuid() == 0 else ["--user", f"{os.getuid()}:{os.getgid()}"]


def listen_port() -> int:
    """A free port below the kernel's ephemeral range (32768-60999 here). A container binds its
    ports only after its models load (half a minute): a port of that range may meanwhile become
    the local end of any outgoing connection on the machine, and nginx's bind then fails."""
    low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    for _ in range(100):
        port = random.randrange(max(1024, low - 12000), low)
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        return port
    return free_port()


@dataclass
class Ports:
    front: int
    metrics: int

    @classmethod
    def free(cls) -> Ports:
        return cls(listen_port(), listen_port())

    def environment(self) -> dict[str, str]:
        """serving/supervisor.py's settings: the front and the metrics on free host ports."""
        return {
            "TWEETBOTS_LISTEN": f"127.0.0.1:{self.front}",
            "TS_METRICS_ADDRESS": f"http://127.0.0.1:{self.metrics}",
        }

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.front}"

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.metrics}"


def predict(ports: Ports, key: str | None, bot: str, body: dict, **options) -> requests.Response:
    """POST /predictions/<bot> through the container's front."""
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return requests.post(
        f"{ports.url}/predictions/{bot}", json=body, headers=headers, timeout=180, **options
    )


def wait_healthy(container: str, timeout: float = 240) -> None:
    """Until Docker's own HEALTHCHECK reports healthy (the image's instruction, for real)."""
    deadline = time.monotonic() + timeout
    status = ""
    while time.monotonic() < deadline:
        status = docker("inspect", "--format", HEALTH_FORMAT, container)
        if status.startswith("exited"):
            break
        if status == "running healthy":
            return
        time.sleep(1)
    logs = container_logs(container)[-6000:]
    raise AssertionError(f"{container} not healthy ({status}):\n{logs}")


def metric_total(metrics_url: str, name: str) -> float:
    text = requests.get(f"{metrics_url}/metrics", timeout=10).text
    return sum(
        float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line.startswith(name + "{") or line.startswith(name + " ")
    )


PROMETHEUS_IMAGE = "tweetbots-prometheus:test"


def build_prometheus_image() -> str:
    """Debian's Prometheus in an image from the local debootstrap base (no registry here)."""
    build, env = image_builder.docker_build_command()
    built = subprocess.run(
        [*build, "--network", "host", "--build-arg", f"BASE_IMAGE={image_builder.LOCAL_BASE}",
         "--tag", PROMETHEUS_IMAGE, str(ROOT / "deploy" / "prometheus")],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    return PROMETHEUS_IMAGE


def prometheus_query(prometheus: str, expression: str) -> list:
    answer = requests.get(f"{prometheus}/api/v1/query", params={"query": expression}, timeout=10)
    answer.raise_for_status()
    return answer.json()["data"]["result"]


@pytest.fixture(scope="session")
def docker_engine():
    reason = engine_reason()
    if reason:
        pytest.skip(f"image tests skipped: {reason}")


@pytest.fixture(scope="session")
def app_image(docker_engine) -> BuiltImage:
    return build_app_image(TEST_TAG)


@pytest.fixture(scope="session")
def stores(tmp_path_factory) -> Stores:
    return train_bots(tmp_path_factory.mktemp("imagebots"))
