"""Print pyproject.toml's requirement lines for some packages: the image installs these.

pyproject.toml stays the one home of every version range; an image picks packages by name
(the serving image needs a few, the training image all) and may swap one for a build variant
of the same project (`onnxruntime=onnxruntime-gpu`).

Usage: python3 deploy/requirements.py [--all | NAME...] [--swap onnxruntime=onnxruntime-gpu]
Runs on the image's bare Python 3.11 (tomllib, no third-party import).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import tomllib

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
# What `python -m serving.container` and the handlers import (torch is installed first), and
# torch-model-archiver: the container builds the multiplexed model (bots.mar) at start.
SERVE = ("torchserve", "torch-model-archiver", "transformers", "tokenizers", "safetensors",
         "onnxruntime", "pyyaml", "requests")  # fmt: skip


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(line: str) -> str:
    return canonical(re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", line).group(1))


def select(dependencies: list[str], names: list[str] | None, swaps: dict[str, str]) -> list[str]:
    """The dependency lines whose names are wanted (all when `names` is None), swaps applied."""
    by_name = {requirement_name(line): line for line in dependencies}
    wanted = list(by_name) if names is None else [canonical(name) for name in names]
    missing = [name for name in wanted if name not in by_name]
    if missing:
        raise SystemExit(f"not in pyproject.toml's dependencies: {', '.join(missing)}")
    lines = []
    for name in wanted:
        line = by_name[name]
        if name in swaps:
            line = swaps[name] + line.strip()[len(name) :]
        lines.append(line.strip())
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help=f"packages (default: {' '.join(SERVE)})")
    parser.add_argument("--all", action="store_true", help="every dependency (training image)")
    parser.add_argument("--without", action="append", default=[], help="leave this one out")
    parser.add_argument("--swap", action="append", default=[], help="NAME=OTHER, e.g. GPU builds")
    args = parser.parse_args(argv)
    dependencies = tomllib.loads(PYPROJECT.read_text())["project"]["dependencies"]
    swaps = dict(canonical_pair(pair) for pair in args.swap if pair.split("=")[-1])
    names = None if args.all else (args.names or list(SERVE))
    lines = select(dependencies, names, swaps)
    skip = {canonical(name) for name in args.without}
    sys.stdout.write("".join(f"{line}\n" for line in lines if requirement_name(line) not in skip))


def canonical_pair(pair: str) -> tuple[str, str]:
    name, other = pair.split("=", 1)
    return canonical(name), other


if __name__ == "__main__":
    main()
