"""`make generate`: a bot's tweets on this machine, no server, through the server's own loop.

The bot comes from the bot store and is served exactly as the running service serves it: the
same settings (handlers/model-config.yaml's `handler:` section), the same driver and backend
per bot (ONNX Runtime int8 for a full bot, its base with the adapter for a LoRA bot), the same
request contract, prompt format, sampler and stop rule. So a seeded request gives the same
text here and over HTTP.

Usage: python -m engine.generate --bot NAME [--prompt "My dream is"] [-n 5] [--seed 7]
       [--temperature 1.0] [--top-p 0.95] [--top-k 50] [--max-new-tokens 40]
       [--bot-store bots] [--model-config handlers/model-config.yaml]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from engine.contract import SAMPLING_FLAGS, request_body
from engine.errors import ServingError
from engine.prompt import answer
from engine.settings import ServingSettings, SettingsError, build_driver
from engine.store import BotStore

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bot", required=True, help="the bot's name (see `make bots`)")
    parser.add_argument("--prompt", default="My dream is")
    parser.add_argument("-n", "--num-return-sequences", type=int, default=5)
    parser.add_argument("--seed", type=int, default=None, help="default: random")
    parser.add_argument("--temperature", type=float, default=None)
    parser.add_argument("--top-p", type=float, default=None)
    parser.add_argument("--top-k", type=int, default=None)
    parser.add_argument("--max-new-tokens", type=int, default=None)
    parser.add_argument("--bot-store", type=Path, default=ROOT / "bots")
    parser.add_argument(
        "--model-config", type=Path, default=ROOT / "handlers" / "model-config.yaml"
    )
    args = parser.parse_args(argv)
    try:
        section = (yaml.safe_load(args.model_config.read_text()) or {}).get("handler")
        driver = build_driver(ServingSettings.from_section(section), BotStore(args.bot_store))
        route = driver.route(args.bot)
        body = request_body(
            args.prompt, args.num_return_sequences, **{k: getattr(args, k) for k in SAMPLING_FLAGS}
        )
        driver.add("local", route, driver.validate(route, json.dumps(body), "application/json"))
    except ServingError as error:
        known = ", ".join(r.name for r in BotStore(args.bot_store).records()) or "none yet"
        hint = f" (bots in {args.bot_store}: {known})" if error.status == 404 else ""
        sys.exit(f"error: {error}{hint}")
    except (OSError, SettingsError, yaml.YAMLError) as error:
        sys.exit(f"error: {error}")
    for step in driver.run_to_end():
        output = step.get("local")
        if output is not None and output.error:
            sys.exit(f"error: {output.error}")
        if output is not None and output.finished:
            for text in output.texts or []:
                print(json.dumps(answer(output.prompt, text), ensure_ascii=False))


if __name__ == "__main__":
    main()
