"""The names users type and the service routes on: one pattern for a bot, one for the model
that serves every bot.

A bot's name is its users' handles, lower-cased and joined with `-` (training.tweets.model_name);
the store, the front's nginx routes, training and the API all check names with BOT_NAME.
"""

from __future__ import annotations

import re

BOT_NAME_PATTERN = r"[a-z0-9_][a-z0-9_-]{0,99}"  # nginx's location regex is rendered from it
BOT_NAME = re.compile(BOT_NAME_PATTERN)
BOT_NAME_RULE = "1-100 lowercase letters, digits, _ or - (not starting with -)"

# The TorchServe model that serves every bot of the bot store, and its archive version:
# the front sends POST /predictions/<bot> to /predictions/bots/1.0/<bot>, and TorchServe hands
# the handler what follows the version as the `url_path` header.
SERVING_MODEL = "bots"
SERVING_VERSION = "1.0"


def is_bot_name(name: object) -> bool:
    return isinstance(name, str) and BOT_NAME.fullmatch(name) is not None
