"""Ask a served bot for tweets from the command line (`make predict`, `make demo`).

It calls the running front (`make serve`) as any client does, with an API key from the key
store (the first one, or `--key-name`; `TWEETBOTS_API_KEY` overrides both).

Usage: python -m serving.client --model NAME [--text "My dream is"] [-n 5] [--seed 7]
       [--temperature 1.0] [--top-p 0.95] [--top-k 50] [--max-new-tokens 40]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import requests

from engine.contract import SAMPLING_FLAGS, request_body
from engine.store import BotStore
from serving.front import Front
from serving.front_settings import ROOT
from serving.keys import KeyProblem, KeyStore


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="", help="bot name (see `make bots`)")
    parser.add_argument("--text", default="My dream is", help="prompt")
    parser.add_argument("-n", "--num-return-sequences", type=int, default=5)
    parser.add_argument("--max-new-tokens", type=int, default=None)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--temperature", type=float, default=None)
    parser.add_argument("--top-p", type=float, default=None)
    parser.add_argument("--top-k", type=int, default=None)
    parser.add_argument("--key-name", default=None, help="which API key (default: the first)")
    parser.add_argument("--run-dir", type=Path, default=ROOT / ".serve")
    args = parser.parse_args(argv)
    front = Front.of(args.run_dir)
    if front is None or not front.running():
        sys.exit(f"error: no server is running from {args.run_dir}: start it with `make serve`")
    state = front.state()
    served = {record.name for record in BotStore(Path(state["bot_store"])).records()}
    names = ", ".join(sorted(served)) or "none yet: `make train USER=...`"
    if not args.model:
        sys.exit(f"error: say which bot: make predict MODEL=<name> (served: {names})")
    if args.model not in served:
        sys.exit(f"error: {args.model!r} is not served (served: {names})")
    key = os.environ.get("TWEETBOTS_API_KEY") or api_key(front, args.key_name)
    body = request_body(
        args.text, args.num_return_sequences, **{k: getattr(args, k) for k in SAMPLING_FLAGS}
    )
    answer = requests.post(
        f"{front.url}/predictions/{args.model}",
        json=body,
        headers={"Authorization": f"Bearer {key}"},
        timeout=front.state().get("read_timeout_s", 300) + 30,
        verify=front.verify,
    )
    if not answer.ok:
        sys.exit(f"error: HTTP {answer.status_code}: {answer.text.strip()}")
    for item in answer.json():
        print(json.dumps(item["generated_text"], ensure_ascii=False))


def api_key(front: Front, name: str | None) -> str:
    store = KeyStore(front.settings.keys_path)
    try:
        if name:
            return store.get(name).key
        keys = store.load()
    except (KeyProblem, OSError) as error:
        sys.exit(f"error: {error}")
    if not keys:
        sys.exit("error: no API key: `make key-create NAME=<name>` makes one")
    return keys[0].key


if __name__ == "__main__":
    main()
