"""Incremental detokenization: text leaves as soon as it is final, never half a character.

GPT-2's tokenizer is byte-level BPE: every token is a run of bytes, and a character of several
UTF-8 bytes may be split across tokens. Decoding each token's bytes through an incremental
UTF-8 decoder emits exactly the characters that are complete, holds back a partial one until
its last byte arrives, and costs a table lookup per token (no re-decoding of a growing window,
no per-step work that grows with the vocabulary). Invalid byte sequences become U+FFFD, as
`tokenizer.decode` does.
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from functools import lru_cache


@lru_cache(maxsize=1)
def _byte_decoder() -> dict[str, int]:
    """The inverse of byte-level BPE's bytes-to-unicode map (the same table GPT-2 uses)."""
    printable = (
        list(range(ord("!"), ord("~") + 1))
        + list(range(ord("¡"), ord("¬") + 1))
        + list(range(ord("®"), ord("ÿ") + 1))
    )
    codes = printable[:]
    extra = 0
    for byte in range(256):
        if byte not in printable:
            printable.append(byte)
            codes.append(256 + extra)
            extra += 1
    return {chr(code): byte for byte, code in zip(printable, codes, strict=True)}


def token_bytes(tokenizer, size: int | None = None) -> list[bytes]:
    """Each token id's bytes; special tokens (EOS) are b"" as with skip_special_tokens.

    `size` pads the table to the model's vocabulary when it is larger than the tokenizer's.
    """
    decoder = _byte_decoder()
    vocab = tokenizer.get_vocab()
    table = [b""] * max(size or 0, len(tokenizer), max(vocab.values()) + 1)
    special = set(tokenizer.all_special_ids)
    for text, index in vocab.items():
        if index not in special:
            table[index] = bytes(decoder[ch] for ch in text if ch in decoder)
    return table


class IncrementalDetokenizer:
    """One sequence's text, piece by piece; `push` returns the newly final text."""

    __slots__ = ("_decoder", "_table")

    def __init__(self, table: Sequence[bytes]) -> None:
        self._table = table
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")

    def push(self, token: int) -> str:
        return self._decoder.decode(self._table[token])

    def flush(self) -> str:
        """The end of the sequence: a trailing partial character becomes U+FFFD."""
        return self._decoder.decode(b"", final=True)
