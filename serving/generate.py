"""`make generate`: a bot's tweets on this machine, no server, through the server's own engine.

The bot comes from the bot store, exactly as the served multiplexed model takes it (an adapter
bot on its base, or a full bot), and the engine applies the same prompt format, sampling and
stop rule as the server, so a seeded request gives the same text here and over HTTP.

Usage: python -m serving.generate --bot NAME [--prompt "My dream is"] [-n 5] [--seed 7]
       [--temperature 1.0] [--top-p 0.95] [--top-k 50] [--max-new-tokens 40]
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
from pathlib import Path

from transformers import AutoTokenizer

from engine import GENERATION_DEFAULTS, EngineConfig, SamplingParams
from engine.multiplex import BaseNotHeld, Bots, UnknownBot
from engine.prompt import answer
from engine.store import BotStore, StoreError

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bot", required=True, help="the bot's name (see `make bots`)")
    parser.add_argument("--prompt", default="My dream is")
    parser.add_argument("-n", "--num-return-sequences", type=int, default=5)
    parser.add_argument("--seed", type=int, default=None, help="default: random")
    parser.add_argument("--temperature", type=float, default=GENERATION_DEFAULTS["temperature"])
    parser.add_argument("--top-p", type=float, default=GENERATION_DEFAULTS["top_p"])
    parser.add_argument("--top-k", type=int, default=GENERATION_DEFAULTS["top_k"])
    parser.add_argument("--max-new-tokens", type=int, default=GENERATION_DEFAULTS["max_new_tokens"])
    parser.add_argument("--bot-store", type=Path, default=ROOT / "bots")
    args = parser.parse_args(argv)
    if not 1 <= args.num_return_sequences <= 64:
        sys.exit("error: -n must be between 1 and 64")
    if args.temperature < 0 or not 0 < args.top_p <= 1 or args.top_k < 0:
        sys.exit("error: temperature >= 0, 0 < top_p <= 1 and top_k >= 0, please")
    bots = Bots(BotStore(args.bot_store), AutoTokenizer.from_pretrained, EngineConfig())
    try:
        engine, adapter, _ = bots.resolve(args.bot)
    except UnknownBot:
        known = ", ".join(r.name for r in BotStore(args.bot_store).records()) or "none yet"
        sys.exit(f"error: no bot {args.bot!r} in {args.bot_store} (bots: {known})")
    except (BaseNotHeld, StoreError) as error:
        sys.exit(f"error: {error}")
    params = SamplingParams(
        num_return_sequences=args.num_return_sequences,
        max_new_tokens=args.max_new_tokens,
        temperature=args.temperature,
        top_p=args.top_p,
        top_k=args.top_k,
        seed=secrets.randbelow(2**63) if args.seed is None else args.seed,
    )
    try:
        engine.add_request("local", args.prompt, params, adapter=adapter)
    except ValueError as error:
        sys.exit(f"error: {error}")
    while engine.has_unfinished():
        for output in engine.step():
            if output.error:
                sys.exit(f"error: {output.error}")
            for text in output.texts or []:
                print(json.dumps(answer(args.prompt, text), ensure_ascii=False))


if __name__ == "__main__":
    main()
