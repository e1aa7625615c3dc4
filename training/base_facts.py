"""What is true of the model a bot started from, for its card: what it is, license, limits.

The card must not claim what the base does not have: `tiny` is not GPT-2 (random weights,
never pretrained), a GPT-2 base carries OpenAI's modified MIT license and GPT-2's known biases,
DistilGPT2 is Apache-2.0, and for any other base the card says its own license applies. The
tweetbots code itself is MIT-licensed (LICENSE).

Also the usefulness rule: a model whose best validation perplexity is worse than predicting
each token by its frequency in the training tweets has learned nothing worth serving.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from training.base_model import TINY, TINY_CONFIG

GPT2_LICENSE = "https://github.com/openai/gpt-2/blob/master/LICENSE"
GPT2_LIMITATIONS = "https://huggingface.co/openai-community/gpt2#limitations-and-bias"
OPENAI_GPT2 = ("gpt2", "gpt2-medium", "gpt2-large", "gpt2-xl")
TWEETS_NOTICE = (
    "The tweets it learned from belong to their authors; X's terms apply to them, and the "
    "model's text is not theirs."
)
CODE_NOTICE = (
    "The tweetbots code that trained and serves it is MIT-licensed (the LICENSE file of the "
    "tweetbots repository)."
)


@dataclass(frozen=True)
class BaseFacts:
    kind: str  # tiny | gpt2 | distilgpt2 | other
    description: str  # what the base is, one Markdown sentence fragment
    license: str  # the card header's license id
    license_text: str  # the card's License section
    limitations: str  # the first paragraph of the card's Limitations section
    pretrained: bool  # False: random weights, the model knows only these tweets


def _code(text: str) -> str:
    """A name as a Markdown code span that nothing in it can end."""
    return "`" + " ".join(text.replace("`", "'").split()) + "`"


def _hub_name(base: str, organisation: str) -> str | None:
    """`gpt2` or `openai-community/gpt2` -> `gpt2`; None for another id or a local folder."""
    if Path(base).exists():
        return None  # a folder's origin is unknown, whatever its name
    prefix = f"{organisation}/"
    if base.startswith(prefix):
        return base[len(prefix) :]
    return None if "/" in base else base


def base_facts(base: str) -> BaseFacts:
    if base == TINY:
        shape = TINY_CONFIG
        return BaseFacts(
            kind="tiny",
            description=(
                f"`tiny`, a small GPT-2-architecture model ({shape['n_layer']} layers, "
                f"{shape['n_embd']}-wide, {shape['n_head']} attention heads, "
                f"{shape['n_positions']} positions) **with random weights**, never pretrained on "
                "any text, that tweetbots uses for offline tests (with GPT-2's tokenizer)"
            ),
            license="mit",
            license_text=(
                "MIT. The weights started at random and were trained only on the tweets of the "
                "data table above by tweetbots (MIT, like its code); the tokenizer's vocabulary "
                f"is GPT-2's, released by OpenAI under a [modified MIT license]({GPT2_LICENSE})."
            ),
            limitations=(
                "This is a test model: a toy-sized network trained from random weights on these "
                "tweets alone. It knows no language beyond them and writes mostly tweet-shaped "
                "nonsense; use it to test the pipeline, not as a bot. It has none of a "
                "pretrained model's knowledge (nor of its bias)."
            ),
            pretrained=False,
        )
    if _hub_name(base, "openai-community") in OPENAI_GPT2:
        return BaseFacts(
            kind="gpt2",
            description=f"{_code(base)}, OpenAI's GPT-2 pretrained on WebText",
            license="mit",
            license_text=(
                f"These weights derive from OpenAI's GPT-2, released under a [modified MIT "
                f"license]({GPT2_LICENSE}): OpenAI asks that GPT-2 be used responsibly and that "
                f"content created with it be clearly indicated as such. {CODE_NOTICE}"
            ),
            limitations=(
                f"The model suffers from [the same limitations and bias as GPT-2]"
                f"({GPT2_LIMITATIONS})."
            ),
            pretrained=True,
        )
    if _hub_name(base, "distilbert") == "distilgpt2":
        return BaseFacts(
            kind="distilgpt2",
            description=f"{_code(base)}, Hugging Face's DistilGPT2 (distilled from GPT-2)",
            license="apache-2.0",
            license_text=(
                "These weights derive from Hugging Face's DistilGPT2, released under the "
                f"Apache License 2.0. {CODE_NOTICE}"
            ),
            limitations=(
                "The model has the limitations and bias of DistilGPT2 and of GPT-2, from which "
                f"it was distilled ([GPT-2's]({GPT2_LIMITATIONS}))."
            ),
            pretrained=True,
        )
    return BaseFacts(
        kind="other",
        description=f"{_code(base)}, a GPT-2 model",
        license="other",
        license_text=(
            f"These weights derive from {_code(base)}, whose own license applies: check it before "
            f"sharing this model. {CODE_NOTICE}"
        ),
        limitations=(
            f"The model has the limitations and bias of its base model, {_code(base)}: see that "
            "model's card."
        ),
        pretrained=True,
    )


def unigram_perplexity(train: list[list[int]], validation: list[list[int]], vocab: int) -> float:
    """Perplexity on the validation tweets of predicting every token by its add-one-smoothed
    frequency in the training tweets (no context at all): the bar any useful model clears.

    Tweets are token lists that start with <|endoftext|>; the stream's next-token targets are
    every token but the first, plus the closing <|endoftext|>, as in training.
    """

    def targets(tweets: list[list[int]]) -> list[int]:
        stream = [token for tweet in tweets for token in tweet]
        return stream[1:] + stream[:1]  # + the closing <|endoftext|> (the opening one's id)

    counts = Counter(targets(train))
    total = sum(counts.values()) + vocab
    held_out = targets(validation)
    nll = -sum(math.log((counts[token] + 1) / total) for token in held_out)
    return math.exp(nll / max(len(held_out), 1))


def usefulness_warning(best_perplexity: float, baseline: float) -> str | None:
    """The warning for a model worse than the unigram baseline (None when it is better)."""
    if best_perplexity <= baseline:
        return None
    return (
        f"this model is useless: its best validation perplexity, {best_perplexity:,.2f}, is "
        f"worse than {baseline:,.2f}, that of predicting each token by its frequency in the "
        "training tweets. It has not learned these tweets and writes noise: train longer or "
        "with a higher learning rate, or give it more tweets."
    )


def what_to_try(config: dict) -> str:
    """The next recipe to try after a useless model, from the recipe that made it."""
    if config.get("base") == TINY:
        return (
            "the tiny base starts from random weights and learns only from full fine-tuning "
            "with a high learning rate, as the demo trains it: LORA=0 EPOCHS=10 LR=3e-3 "
            "(LoRA on a random base has nothing to adapt)"
        )
    rate = config.get("learning_rate") or 0
    if config.get("lora"):
        return f"more EPOCHS, a higher LR than {rate:g}, a higher LORA_RANK, or full fine-tuning"
    return f"more EPOCHS or a higher LR than {rate:g}, or more tweets (USER=a,b trains on several)"
