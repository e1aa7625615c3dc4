"""The serving helpers a user runs by hand explain what is missing in one line, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, free_port


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )


def test_monitor_without_prometheus_installed(tmp_path):
    no_prometheus = str(Path(sys.executable).parent)  # the venv's bin: python, no prometheus
    result = run(
        "monitoring.monitor",
        *("--serve-dir", str(tmp_path), "--run-dir", str(tmp_path / "run")),
        *("--port", str(free_port())),
        env={"PATH": no_prometheus},
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: prometheus not found: `make install` installs Debian's package"
    ]


def test_predict_when_the_server_is_gone(tmp_path):
    """Files left by a server that died: the client says no server is running."""
    url = f"http://127.0.0.1:{free_port()}"
    (tmp_path / "config.properties").write_text(f"inference_address={url}\n")
    (tmp_path / "key_file.json").write_text(json.dumps({"inference": {"key": "k"}}))
    result = run("serving.client", "--model", "bot", "--run-dir", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: no server is running from {tmp_path}: start it with `make serve`"
    ]
