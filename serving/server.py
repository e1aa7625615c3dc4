"""Run TorchServe with the project's config.properties and wait until every model answers.

TorchServe keeps its pid file in the temporary directory and writes `key_file.json` and
`logs/` in its working directory; each server gets a run folder of its own for all three,
so `make serve` and the tests never step on each other.

Usage: python -m serving.server start|stop|keys [--run-dir .serve] [--model-store model_store]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "config.properties"
ADDRESS_KEYS = ("inference_address", "management_address", "metrics_address")


def read_properties(path: Path) -> dict[str, str]:
    properties = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            properties[key.strip()] = value.strip()
    return properties


def render_properties(base: Path, overrides: dict[str, str]) -> str:
    """The base file with some keys replaced (comments and order kept)."""
    lines, seen = [], set()
    for line in base.read_text().splitlines():
        key = line.split("=", 1)[0].strip()
        if not line.lstrip().startswith("#") and "=" in line and key in overrides:
            line, _ = f"{key}={overrides[key]}", seen.add(key)
        lines.append(line)
    lines += [f"{key}={value}" for key, value in overrides.items() if key not in seen]
    return "\n".join(lines) + "\n"


@dataclass
class Server:
    run_dir: Path
    properties: dict[str, str]

    @property
    def inference_url(self) -> str:
        return self.properties["inference_address"]

    @property
    def management_url(self) -> str:
        return self.properties["management_address"]

    @property
    def metrics_url(self) -> str:
        return self.properties["metrics_address"]

    @property
    def key_file(self) -> Path:
        return self.run_dir / "key_file.json"

    def keys(self) -> dict[str, str]:
        """The current keys: {"inference": ..., "management": ..., "API": ...}."""
        data = json.loads(self.key_file.read_text())
        return {name: entry["key"] for name, entry in data.items()}

    def environment(self) -> dict[str, str]:
        return {
            **os.environ,
            # The launcher's pid file (TMPDIR) and the JVM's java.io.tmpdir (TEMP), where the
            # workers' sockets go: private to this run folder, not shared in /tmp.
            "TMPDIR": str(self.run_dir),
            "TEMP": str(self.run_dir),
            "LOG_LOCATION": str(self.run_dir / "logs"),
        }

    def torchserve(self, *args: str) -> int:
        """Run the torchserve launcher; its output (and the JVM's) goes to torchserve.out.

        A file, not a pipe: the JVM inherits the launcher's output and outlives it.
        """
        with (self.run_dir / "torchserve.out").open("a") as out:
            return subprocess.run(
                [str(Path(sys.executable).parent / "torchserve"), *args],
                cwd=self.run_dir,
                env=self.environment(),
                stdout=out,
                stderr=subprocess.STDOUT,
                check=False,
            ).returncode

    def start(self, model_store: Path, *, foreground: bool = False) -> None:
        """Start TorchServe; in the foreground (containers) this returns when it stops."""
        self.run_dir.mkdir(parents=True, exist_ok=True)
        status = self.torchserve(
            "--start",
            "--ncs",
            "--ts-config",
            str(self.run_dir / "config.properties"),
            "--model-store",
            str(model_store.resolve()),
            "--models",
            "all",
            *(["--foreground"] if foreground else []),
        )
        if status != 0:
            output = (self.run_dir / "torchserve.out").read_text()[-2000:]
            raise RuntimeError(f"torchserve did not start:\n{output}")

    def stop(self) -> None:
        self.torchserve("--stop", "--foreground")

    def models(self) -> list[str]:
        headers = {"Authorization": f"Bearer {self.keys()['management']}"}
        answer = requests.get(f"{self.management_url}/models", headers=headers, timeout=5)
        answer.raise_for_status()
        return [model["modelName"] for model in answer.json()["models"]]

    def ready_models(self) -> list[str]:
        headers = {"Authorization": f"Bearer {self.keys()['management']}"}
        ready = []
        for name in self.models():
            answer = requests.get(
                f"{self.management_url}/models/{name}", headers=headers, timeout=5
            )
            workers = answer.json()[0]["workers"] if answer.ok else []
            if any(worker["status"] == "READY" for worker in workers):
                ready.append(name)
        return ready

    def wait_ready(self, expected: list[str], timeout: float = 180.0) -> None:
        """Block until every expected model has a READY worker, or explain what is missing."""
        deadline = time.monotonic() + timeout
        ready: list[str] = []
        while time.monotonic() < deadline:
            try:
                ready = self.ready_models()
                if set(expected) <= set(ready):
                    return
            except (requests.ConnectionError, FileNotFoundError, KeyError, json.JSONDecodeError):
                pass
            time.sleep(0.5)
        log = self.run_dir / "logs" / "model_log.log"
        tail = log.read_text()[-2000:] if log.exists() else "(no model log)"
        raise TimeoutError(
            f"models not ready after {timeout:.0f} s: {sorted(set(expected) - set(ready))}\n{tail}"
        )


def open_server(run_dir: Path, overrides: dict[str, str] | None = None) -> Server:
    """A server whose config is config.properties with `overrides` applied."""
    run_dir.mkdir(parents=True, exist_ok=True)
    overrides = dict(overrides or {})
    metrics_config = overrides.get("metrics_config", read_properties(CONFIG).get("metrics_config"))
    if metrics_config:  # TorchServe reads it from the run folder: make it absolute
        overrides["metrics_config"] = str(ROOT / metrics_config)
    (run_dir / "config.properties").write_text(render_properties(CONFIG, overrides))
    return Server(run_dir.resolve(), read_properties(run_dir / "config.properties"))


def running_server(run_dir: Path) -> Server:
    """The server started in `run_dir`, with the config it was started with (not rewritten)."""
    config = run_dir / "config.properties"
    if not config.exists():
        return open_server(run_dir)
    return Server(run_dir.resolve(), read_properties(config))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["start", "stop", "keys"])
    parser.add_argument("--run-dir", type=Path, default=ROOT / ".serve")
    parser.add_argument("--model-store", type=Path, default=ROOT / "model_store")
    parser.add_argument("--host", help="listen on this address instead of 127.0.0.1 (containers)")
    parser.add_argument("--foreground", action="store_true", help="run until stopped (containers)")
    args = parser.parse_args(argv)
    overrides = {}
    if args.host:
        properties = read_properties(CONFIG)
        overrides = {key: properties[key].replace("127.0.0.1", args.host) for key in ADDRESS_KEYS}
    if args.command != "start":
        server = running_server(args.run_dir)
    else:
        server = open_server(args.run_dir, overrides)
    if args.command == "stop":
        server.stop()
        print("TorchServe stopped")
        return
    if args.command == "keys":
        print(server.key_file)
        return
    expected = sorted(p.stem for p in args.model_store.glob("*.mar"))
    if not expected:
        sys.exit(f"error: no model archives in {args.model_store}: run `make train USER=...` first")
    if args.foreground:
        print(
            f"TorchServe serving {', '.join(expected)}; API keys in {server.key_file}", flush=True
        )
        server.start(args.model_store, foreground=True)
        return
    server.start(args.model_store)
    try:
        server.wait_ready(expected)
    except TimeoutError as error:
        server.stop()
        sys.exit(f"error: {error}")
    print(
        f"TorchServe is serving {', '.join(expected)} at {server.inference_url}/predictions/<name>"
    )
    print(f"API keys (token authorization is on): {server.key_file}")
    print(f"metrics: {server.metrics_url}/metrics   logs: {server.run_dir / 'logs'}")


if __name__ == "__main__":
    main()
