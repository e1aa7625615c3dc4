"""What makes a bot's folder load with the standard one-liners, here and on the Hub.

- A full model's config carries the prompt prefix (`<|endoftext|>`, how every tweet was laid
  out in training): `prefix` is what transformers' text-generation pipeline prepends, and
  `task_specific_params["text-generation"]` the same with the sampling defaults, as
  huggingtweets wrote it; `generation_config.json` holds the sampling defaults.
- An adapter's `adapter_config.json` names a base that exists: the base's Hub id, or the path
  of a folder on this machine (a local folder base, or `tiny`'s weights saved beside it), so
  `AutoPeftModelForCausalLM.from_pretrained(adapter)` loads it as written.
"""

from __future__ import annotations

import json
from pathlib import Path

from engine.files import write_atomic

ADAPTER_CONFIG = "adapter_config.json"
BASE_FOLDER = "base"  # a local-only base saved in the export, for its adapter


def add_prompt_settings(config: dict, eos_token: str) -> dict:
    """`config` (config.json's dict) with the prompt prefix and the sampling defaults."""
    from engine import GENERATION_DEFAULTS

    sampling = {k: v for k, v in GENERATION_DEFAULTS.items() if k != "num_return_sequences"}
    return {
        **config,
        "prefix": eos_token,
        "task_specific_params": {"text-generation": {**sampling, "prefix": eos_token}},
    }


def hub_id(base: str) -> str | None:
    """The base's Hub id, or None when it exists only here (`tiny`, a local folder)."""
    from training.base_model import TINY  # (torch and transformers: imported when used)

    if base == TINY or Path(base).expanduser().exists():
        return None
    return base


def adapter_base(base: str, export_folder: Path) -> str:
    """What the export's adapter names as its base: the Hub id, a local folder's absolute
    path, or (for `tiny`) the absolute path its weights are saved to in the export."""
    from training.base_model import TINY

    if hub_id(base):
        return base
    if base == TINY:
        return str(export_folder.resolve() / BASE_FOLDER)
    return str(Path(base).expanduser().resolve())


def name_adapter_base(adapter: Path, base: str) -> None:
    """Point adapter_config.json's base_model_name_or_path at `base`."""
    path = adapter / ADAPTER_CONFIG
    config = json.loads(path.read_text())
    config["base_model_name_or_path"] = base
    write_atomic(path, json.dumps(config, indent=2, sort_keys=True) + "\n")
