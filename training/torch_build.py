"""Which torch build `make install` is about to install, checked before anything is downloaded.

On PyPI, `torch==X` for Linux x86-64 is the CUDA build: a wheel of about 900 MB that pulls
nvidia-* and cuda-* packages of several GB more. This project's machines find a local CPU
wheel first; any other host would download the CUDA build without a word. So `make install`
asks pip what it would install (`pip install --dry-run --report`, metadata only) and stops
when that includes CUDA packages, saying how to choose a build. A TORCH_SPEC that names an
index, a file or a URL is a deliberate choice and is not checked. Standard library only: it
runs before anything else is installed.

Usage: python -m training.torch_build <TORCH_SPEC words>   (exit 1: refused, with the reason)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

CPU_INDEX = "https://download.pytorch.org/whl/cpu"
PYPI_INDEX = "https://pypi.org/simple"
CUDA_PREFIXES = ("nvidia-", "nvidia_", "cuda-", "cuda_")


def deliberate(spec: list[str]) -> bool:
    """A spec with pip options (an index, find-links) or a path or URL: the user chose."""
    return any(word.startswith("-") or "/" in word for word in spec)


def planned(spec: list[str]) -> list[dict] | None:
    """What `pip install <spec>` would install here (name, version), or None if pip cannot say."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        dry_run = subprocess.run(
            [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet"]
            + ["--report", str(report), *spec],
            capture_output=True,
            text=True,
            check=False,
        )
        if dry_run.returncode != 0 or not report.exists():
            return None  # the real install fails next, with pip's own message
        return [item["metadata"] for item in json.loads(report.read_text())["install"]]


def cuda_packages(install: list[dict]) -> list[str]:
    """The CUDA runtime packages in an install plan (and a torch with a +cuXXX local version)."""
    names = [item["name"] for item in install if item["name"].lower().startswith(CUDA_PREFIXES)]
    names += [
        f"torch {item['version']}"
        for item in install
        if item["name"].lower() == "torch" and "+cu" in item["version"]
    ]
    return sorted(names)


def refusal(spec: list[str], cuda: list[str]) -> str:
    version = next((w.split("==", 1)[1] for w in spec if w.startswith("torch==")), None)
    torch = f"torch=={version}" if version else "torch"
    shown = ", ".join(cuda[:3]) + (f" and {len(cuda) - 3} more" if len(cuda) > 3 else "")
    return (
        f'error: TORCH_SPEC="{" ".join(spec)}" would install the CUDA build of torch from PyPI '
        f"({shown}: several GB). Choose a build:\n"
        f'  CPU only:      make install TORCH_SPEC="{torch} --index-url {CPU_INDEX}"\n'
        f'  CUDA on a GPU: make install TORCH_SPEC="{torch} --index-url {PYPI_INDEX}"'
    )


def main(argv: list[str] | None = None) -> None:
    spec = list(sys.argv[1:] if argv is None else argv)
    if not spec or deliberate(spec):
        return
    install = planned(spec)
    cuda = cuda_packages(install or [])
    if cuda:
        print(refusal(spec, cuda), file=sys.stderr)
        raise SystemExit(1)


if __name__ == "__main__":
    main()
