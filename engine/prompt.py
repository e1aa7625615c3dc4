"""The prompt format and the stop/cut rule: the one place training and serving read them.

In training a tweet is seen as `<|endoftext|>` + its tokens (the stream of tweets closes with
one more `<|endoftext|>`), so a prompt is laid out the same way. An answer stops at
`<|endoftext|>` or at the first token whose text holds a newline, and its text is cut at the
first newline: a tweet is one line. `stop_at_newline=False` generates exactly
`max_new_tokens` tokens and keeps every line (what a benchmark needs to count tokens).
"""

from __future__ import annotations

from collections.abc import Sequence

NEWLINE = "\n"


def prompt_ids(tokenizer, text: str) -> list[int]:
    """`<|endoftext|>` + the prompt's tokens: how the model saw each tweet in training."""
    return [tokenizer.eos_token_id, *tokenizer(text, add_special_tokens=False)["input_ids"]]


def tweet_ids(tokenizer, texts: Sequence[str]) -> list[list[int]]:
    """Every training tweet as `<|endoftext|>` + its tokens (one tokenizer call for all)."""
    ids = tokenizer(list(texts), add_special_tokens=False)["input_ids"]
    return [[tokenizer.eos_token_id, *tweet] for tweet in ids]


def stop_token_ids(token_bytes: Sequence[bytes], eos_token_id: int) -> list[int]:
    """EOS and every token whose bytes hold a newline: an answer that stops is cut there."""
    return [eos_token_id, *(i for i, data in enumerate(token_bytes) if b"\n" in data)]


def cut(continuation: str, stop_at_newline: bool) -> str:
    """The part of a continuation an answer keeps: up to its first newline when it stops there."""
    return continuation.split(NEWLINE, 1)[0] if stop_at_newline else continuation


def answer(prompt: str, continuation: str) -> str:
    """The transformers pipeline's shape: the prompt followed by the (already cut) continuation."""
    return prompt + continuation
