"""What to do with a trained bot: the commands to serve it, call it and read its card.

The one place for this text: `make train` ends with it and so does `make demo`. A bot whose
model is useless (worse than the unigram floor, training/base_facts.py) is not called ready:
the text says so and what to try. When the way bots are served or called changes, change it
here (and in the README's "Serve and call").

Usage: python -m training.next_steps --name NAME [--export_dir exports]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from training.base_facts import what_to_try
from training.card import WIDGET_TEXT


def verdict(name: str, export_dir: Path) -> str | None:
    """Why a trained bot is not ready (a useless model), with what to try; None when it is."""
    path = export_dir / name / "training.json"
    summary = json.loads(path.read_text()) if path.exists() else {}
    if summary.get("useful", True):
        return None
    best, floor = summary["best"]["validation_perplexity"], summary["baseline_perplexity"]
    return "\n".join(
        [
            f"{name} is useless: its validation perplexity, {best:,.0f}, is worse than "
            f"{floor:,.0f}, that of guessing each token by its frequency; it writes noise.",
            f"Try {what_to_try(summary.get('config', {}))}.",
            f"Its card: {export_dir / name / 'README.md'}",
        ]
    )


def next_steps(name: str, export_dir: Path = Path("exports")) -> str:
    """The commands to serve and call a ready bot, or the verdict on a useless one."""
    useless = verdict(name, export_dir)
    if useless:
        return useless
    return "\n".join(
        [
            f"{name} is ready. Serve it, call it, read its card:",
            "  make serve",
            f'  make predict MODEL={name} PROMPT="{WIDGET_TEXT}"',
            f"  less {export_dir / name / 'README.md'}",
        ]
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name", required=True, help="bot name")
    parser.add_argument("--export_dir", type=Path, default=Path("exports"))
    args = parser.parse_args(argv)
    print(next_steps(args.name, args.export_dir))


if __name__ == "__main__":
    main()
