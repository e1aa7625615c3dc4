"""`make install`'s torch check: pip's real dry run against a local package index.

The index holds stand-in wheels (metadata only): a torch that requires CUDA runtime packages, as
PyPI's Linux torch does, and a torch that does not, as a CPU build.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

from training.torch_build import CPU_INDEX, cuda_packages, deliberate


def wheel(folder: Path, name: str, version: str, requires: list[str]) -> None:
    """A minimal valid wheel: METADATA, WHEEL and RECORD, no code."""
    stem = name.replace("-", "_")  # a wheel's file names use underscores, its metadata not
    info = f"{stem}-{version}.dist-info"
    metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
    metadata += "".join(f"Requires-Dist: {requirement}\n" for requirement in requires)
    files = {
        f"{info}/METADATA": metadata,
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\n"
        "Tag: py3-none-any\n",
    }
    files[f"{info}/RECORD"] = "".join(f"{path},,\n" for path in files) + f"{info}/RECORD,,\n"
    with zipfile.ZipFile(folder / f"{stem}-{version}-py3-none-any.whl", "w") as bundle:
        for path, text in files.items():
            bundle.writestr(path, text)


def check(index: Path, *spec: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PIP_CONFIG_FILE": os.devnull, "PIP_NO_INDEX": "1"}
    env["PIP_FIND_LINKS"] = str(index)
    return subprocess.run(
        [sys.executable, "-m", "training.torch_build", *spec],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def cuda_index(tmp_path):
    wheel(tmp_path, "torch", "2.12.0", ["nvidia-cublas-cu12", "cuda-bindings"])
    wheel(tmp_path, "nvidia-cublas-cu12", "12.8.4", [])
    wheel(tmp_path, "cuda-bindings", "12.9.0", [])
    return tmp_path


def test_a_cuda_torch_is_refused_with_both_choices(cuda_index):
    result = check(cuda_index, "torch==2.12.0")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        'error: TORCH_SPEC="torch==2.12.0" would install the CUDA build of torch from PyPI '
        "(cuda-bindings, nvidia-cublas-cu12: several GB). Choose a build:",
        f'  CPU only:      make install TORCH_SPEC="torch==2.12.0 --index-url {CPU_INDEX}"',
        '  CUDA on a GPU: make install TORCH_SPEC="torch==2.12.0 --index-url '
        'https://pypi.org/simple"',
    ]


def test_a_cpu_torch_passes(tmp_path):
    wheel(tmp_path, "torch", "2.12.0", [])
    result = check(tmp_path, "torch==2.12.0")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_a_chosen_index_is_not_second_guessed(cuda_index):
    result = check(cuda_index, "torch==2.12.0", "--index-url", "https://example.invalid/simple")
    assert result.returncode == 0 and result.stderr == ""


def test_what_counts_as_cuda_and_as_a_choice():
    plan = [
        {"name": "torch", "version": "2.13.0+cu128"},
        {"name": "nvidia-cudnn-cu13", "version": "9"},
        {"name": "filelock", "version": "3"},
    ]
    assert cuda_packages(plan) == ["nvidia-cudnn-cu13", "torch 2.13.0+cu128"]
    assert cuda_packages([{"name": "torch", "version": "2.13.0+cpu"}]) == []
    assert deliberate(["torch==2.13.0", "--index-url", CPU_INDEX])
    assert deliberate(["/wheels/torch-2.13.0-cp311-linux_x86_64.whl"])
    assert not deliberate(["torch==2.13.0"])
