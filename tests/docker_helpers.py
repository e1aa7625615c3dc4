"""Docker for the image and compose tests: a reason to skip, the image, a bot, containers.

The tests need a Docker engine that answers and a CLI that builds with BuildKit
(`make test` starts Debian's dockerd when it can: deploy/docker-host.sh). Containers run with
--network host (the engine here has no bridge) on free loopback ports.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from conftest import SAMPLE_ARCHIVE, free_port, run_pipeline

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))
import image as image_builder  # noqa: E402 - deploy/image.py is a script, not a package

IMAGE_SIZE_LIMIT = 1.5e9  # bytes: the CPU serving image's target
BOT = "imagebot"
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


def train_bot(root: Path) -> Path:
    """A tiny bot's archive in root/model_store (the pipeline's quick settings)."""
    archive = root / "twitter-archive.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.write(SAMPLE_ARCHIVE, "data/tweets.js")
    trained = run_pipeline(root, BOT, "--archive", str(archive))
    assert trained.returncode == 0, trained.stderr[-3000:]
    return root / "model_store"


@dataclass
class Ports:
    inference: int
    management: int
    metrics: int

    @classmethod
    def free(cls) -> Ports:
        return cls(free_port(), free_port(), free_port())

    def environment(self) -> dict[str, str]:
        """TS_* settings for serving/container.py: every TorchServe port free on the host."""
        return {
            "TWEETBOTS_HOST": "127.0.0.1",
            "TS_INFERENCE_ADDRESS": f"http://127.0.0.1:{self.inference}",
            "TS_MANAGEMENT_ADDRESS": f"http://127.0.0.1:{self.management}",
            "TS_METRICS_ADDRESS": f"http://127.0.0.1:{self.metrics}",
            "TS_GRPC_INFERENCE_PORT": str(free_port()),
            "TS_GRPC_MANAGEMENT_PORT": str(free_port()),
        }


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
    logs = docker("logs", "--tail", "60", container, check=False)
    raise AssertionError(f"{container} not healthy ({status}):\n{logs}")


def inference_key(container: str) -> str:
    keys = json.loads(docker("exec", container, "cat", "/tmp/tweetbots/key_file.json"))
    return keys["inference"]["key"]


def metric_total(metrics_url: str, name: str) -> float:
    text = requests.get(f"{metrics_url}/metrics", timeout=10).text
    return sum(
        float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line.startswith(name + "{") or line.startswith(name + " ")
    )


@pytest.fixture(scope="session")
def docker_engine():
    reason = engine_reason()
    if reason:
        pytest.skip(f"image tests skipped: {reason}")


@pytest.fixture(scope="session")
def app_image(docker_engine) -> BuiltImage:
    return build_app_image("tweetbots-app:test")


@pytest.fixture(scope="session")
def bot_store(tmp_path_factory) -> Path:
    return train_bot(tmp_path_factory.mktemp("imagebot"))
