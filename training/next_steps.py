"""What to do with a trained bot: the commands to serve it, call it and read its card.

The one place for this text: `make train` ends with it and so does `make demo`. When the way
bots are served or called changes, change it here (and in the README's "Serve and call").

Usage: python -m training.next_steps --name NAME [--export_dir exports]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from training.card import WIDGET_TEXT


def next_steps(name: str, export_dir: Path = Path("exports")) -> str:
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
