"""`make bots` and `make delete`: the bots there are, and removing one.

`list` shows every bot of the bot store: its users, base, kind, tweets kept, best validation
perplexity, size, and whether the running service answers it. `delete` removes one bot: its
store entry, export, training runs and archive; with `--data` also its users' downloaded
tweets and its dataset (an X API download costs money: it is kept unless asked). A running
service answers a deleted bot with 404 from its next request (requests already decoding
finish).

Usage: python -m serving.bots list [--bot-store bots] [--run-dir .serve]
       python -m serving.bots delete NAME [--data]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from engine.names import BOT_NAME, BOT_NAME_RULE
from engine.store import BotStore
from serving.front import Front

ROOT = Path(__file__).resolve().parent.parent


class BotProblem(Exception):
    """A bot that cannot be removed as asked (bad name, no such bot)."""


COLUMNS = ("bot", "users", "base", "kind", "tweets kept", "perplexity", "size", "served")


def serving(run_dir: Path, store: BotStore) -> bool:
    """Whether a running service serves this bot store."""
    front = Front.of(run_dir)
    if front is None or not front.running():
        return False
    return Path(front.state().get("bot_store") or "") == store.root.resolve()


def rows(store: BotStore, run_dir: Path) -> list[tuple[str, ...]]:
    served = serving(run_dir, store)
    held = store.bases()
    table = []
    for record in store.records():
        kept = sum(table_["kept"] for table_ in record.tables) if record.tables else "?"
        servable = record.kind == "full" or record.base.get("hash") in held
        perplexity = record.best_validation_perplexity
        table.append((
            record.name, ",".join(record.users), record.base.get("name") or "?", record.kind,
            str(kept), f"{perplexity:,.1f}" if perplexity is not None else "?",
            f"{record.bytes / 1e6:,.1f} MB", yes(served and servable),
        ))  # fmt: skip
    return table


def yes(flag: bool) -> str:
    return "yes" if flag else "no"


def show(table: list[tuple[str, ...]]) -> str:
    widths = [max(len(row[i]) for row in [COLUMNS, *table]) for i in range(len(COLUMNS))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
             for row in [COLUMNS, *table]]  # fmt: skip
    return "\n".join(line.rstrip() for line in lines)


def delete(name: str, store: BotStore, data: bool, folders: argparse.Namespace) -> list[Path]:
    """Remove the bot `name` (`make delete`, and DELETE /bots/<name>); the paths removed.
    `folders`: its export_dir, runs_dir, model_store and data_dir."""
    if not BOT_NAME.fullmatch(name):
        raise BotProblem(f"{name!r} is not a bot name ({BOT_NAME_RULE})")
    record = store.record(name)
    removed = []
    if store.remove(name):
        removed.append(store.path(name))
    for path in (
        folders.export_dir / name,
        folders.runs_dir / name,
        folders.model_store / f"{name}.mar",
    ):
        if path.exists():
            shutil.rmtree(path) if path.is_dir() else path.unlink()
            removed.append(path)
    if data:
        users = record.users if record is not None else name.split("-")
        for path in [folders.data_dir / name, *(folders.data_dir / user for user in users)]:
            if path.exists():
                shutil.rmtree(path)
                removed.append(path)
    if not removed:
        raise BotProblem(f"no bot {name!r} (see `make bots`)")
    return removed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["list", "delete"])
    parser.add_argument("name", nargs="?", help="delete: the bot")
    parser.add_argument("--data", action="store_true", help="delete: its tweets and dataset too")
    parser.add_argument("--bot-store", type=Path, default=ROOT / "bots")
    parser.add_argument("--model-store", type=Path, default=ROOT / "model_store")
    parser.add_argument("--run-dir", type=Path, default=ROOT / ".serve")
    parser.add_argument("--export-dir", type=Path, default=ROOT / "exports")
    parser.add_argument("--runs-dir", type=Path, default=ROOT / "runs")
    parser.add_argument("--data-dir", type=Path, default=ROOT / "data")
    args = parser.parse_args(argv)
    store = BotStore(args.bot_store)
    if args.command == "list":
        table = rows(store, args.run_dir.resolve())
        print(show(table) if table else "no bots yet: `make train USER=<handle>` makes one")
        return
    if not args.name:
        sys.exit("error: say which bot: make delete USER=<name>")
    try:
        removed = delete(args.name, store, args.data, args)
    except BotProblem as problem:
        sys.exit(f"error: {problem}")
    for path in removed:
        print(f"removed {path}")


if __name__ == "__main__":
    main()
