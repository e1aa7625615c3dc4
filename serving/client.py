"""Ask a served bot for tweets from the command line (`make predict`, `make demo`).

Usage: python -m serving.client --model NAME [--text "My dream is"] [-n 5] [--seed 7]
       [--temperature 1.0] [--top-p 0.95] [--top-k 50] [--max-new-tokens 40]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import requests

from serving.server import ROOT, running_server

SAMPLING = ("max_new_tokens", "seed", "temperature", "top_p", "top_k")


def request_body(args: argparse.Namespace) -> dict:
    """The JSON request: the prompt, the count, and only the sampling knobs that were given
    (the server's defaults apply to the others)."""
    body = {"text": args.text, "num_return_sequences": args.num_return_sequences}
    body.update({key: getattr(args, key) for key in SAMPLING if getattr(args, key) is not None})
    return body


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="bot name, as in model_store/<name>.mar")
    parser.add_argument("--text", default="My dream is", help="prompt")
    parser.add_argument("-n", "--num-return-sequences", type=int, default=5)
    parser.add_argument("--max-new-tokens", type=int, default=None)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--temperature", type=float, default=None)
    parser.add_argument("--top-p", type=float, default=None)
    parser.add_argument("--top-k", type=int, default=None)
    parser.add_argument("--run-dir", type=Path, default=ROOT / ".serve")
    args = parser.parse_args(argv)
    server = running_server(args.run_dir)
    if not server.key_file.exists():
        sys.exit(f"error: no {server.key_file}: start the server with `make serve`")
    body = request_body(args)
    try:
        answer = requests.post(
            f"{server.inference_url}/predictions/{args.model}",
            json=body,
            headers={"Authorization": f"Bearer {server.keys()['inference']}"},
            timeout=300,
        )
    except requests.ConnectionError:
        sys.exit(f"error: no server answers at {server.inference_url}: start it with `make serve`")
    if not answer.ok:
        sys.exit(f"error: HTTP {answer.status_code}: {answer.text.strip()}")
    for item in answer.json():
        print(json.dumps(item["generated_text"], ensure_ascii=False))


if __name__ == "__main__":
    main()
