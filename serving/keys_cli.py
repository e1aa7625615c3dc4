"""`make key-create/list/show/revoke`: the front's API keys (serving/keys.py), applied at once.

A running front gets every change by an nginx reload: requests in flight finish on the old
workers, none is dropped. A key is printed only when asked (`create`, `show`).

Usage: python -m serving.keys_cli create NAME [--scope predict|admin] | list | show NAME
       | revoke NAME
       [--run-dir .serve] [--keys-file FILE]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from serving.front import Front
from serving.front_settings import ROOT, FrontSettings
from serving.keys import SCOPES, KeyProblem, KeyStore


def apply_keys(store: KeyStore, run_dir: Path | None = None) -> str:
    """Give a running front the key store's current keys (an nginx reload); what happened."""
    front = Front.of(run_dir or ROOT / ".serve")
    if front is None or not front.running():
        return "no front is running: the keys take effect at the next `make serve`"
    if front.settings.keys_path.resolve() != store.path.resolve():
        return f"the running front reads keys from {front.settings.keys_path}, not {store.path}"
    count = front.write_keys()
    front.reload()
    return f"the front at {front.url} now accepts {count} key(s)"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["create", "list", "show", "revoke"])
    parser.add_argument("name", nargs="?", help="the key's name (create, show, revoke)")
    parser.add_argument("--run-dir", type=Path, default=None, help="the running service's folder")
    parser.add_argument("--keys-file", type=Path, default=None, help="default: front.yaml's")
    parser.add_argument(
        "--scope", default="predict", help=f"create: {' or '.join(SCOPES)} (admin manages bots)"
    )
    args = parser.parse_args(argv)
    store = KeyStore(args.keys_file or FrontSettings.load().keys_path)
    if args.command != "list" and not args.name:
        sys.exit(f"error: name the key: make key-{args.command} NAME=<name>")
    try:
        if args.command == "list":
            keys = store.load()
            if not keys:
                print(f"no API keys in {store.path}: make key-create NAME=<name>")
            for key in keys:
                print(
                    f"{key.name:24} {key.scope:8} created {key.created}  "
                    f"fingerprint {key.fingerprint}"
                )
            return
        if args.command == "show":
            print(store.get(args.name).key)
            return
        if args.command == "create":
            key = store.create(args.name, args.scope)
            print(key.key)
            print(
                f"created API key {key.name!r} ({key.scope} scope): send it as "
                "'Authorization: Bearer <key>'",
                file=sys.stderr,
            )
        else:
            store.revoke(args.name)
            print(f"revoked API key {args.name!r}", file=sys.stderr)
    except KeyProblem as error:
        sys.exit(f"error: {error}")
    print(apply_keys(store, args.run_dir), file=sys.stderr)


if __name__ == "__main__":
    main()
