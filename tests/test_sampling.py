"""Per-row sampling and incremental detokenization, the engine's per-token work."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.detokenizer import IncrementalDetokenizer, token_bytes
from engine.prompt import stop_token_ids
from engine.sampling import sample
from training.base_model import gpt2_tokenizer_offline


def draw(scores, temperatures, top_ks, top_ps, draws):
    return sample(
        scores,
        torch.tensor(temperatures),
        torch.tensor(top_ks),
        torch.tensor(top_ps),
        np.asarray(draws, dtype=np.float64),
    ).tolist()


def test_greedy_and_top_k_one_pick_the_best_token():
    scores = torch.randn(3, 100)
    best = scores.argmax(dim=1).tolist()
    assert draw(scores, [0.0, 1.0, 5.0], [50, 1, 1], [1.0, 1.0, 1.0], [0.3, 0.9, 0.99]) == best


def test_top_k_and_top_p_limit_the_candidates():
    scores = torch.tensor([[5.0, 4.0, 3.0, -10.0, -10.0]] * 200)
    uniform = np.linspace(0, 0.999999, 200)
    picks = draw(scores, [1.0] * 200, [2] * 200, [1.0] * 200, uniform)
    assert set(picks) == {0, 1}
    nucleus = torch.tensor([[10.0, 0.0, 0.0, 0.0]] * 100)  # token 0 holds >99.9% of the mass
    assert set(draw(nucleus, [1.0] * 100, [0] * 100, [0.9] * 100, uniform[:100])) == {0}


def test_a_draw_picks_by_the_rows_own_distribution():
    """Inverse CDF: with probabilities (0.5, 0.25, 0.25) the draw 0.6 picks the second token,
    whatever the other rows ask for."""
    scores = torch.log(torch.tensor([[0.5, 0.25, 0.25, 1e-9]]))
    alone = draw(scores, [1.0], [3], [1.0], [0.6])
    mixed = draw(
        torch.cat([torch.randn(2, 4), scores]), [0.7, 0.0, 1.0], [0, 2, 3], [0.3, 1.0, 1.0],
        [0.1, 0.5, 0.6],
    )  # fmt: skip
    assert alone == [1] and mixed[2] == 1
    assert draw(scores, [1.0], [3], [1.0], [0.9999999999]) == [2]  # never past the kept ones


def test_stop_tokens_are_eos_and_every_token_with_a_newline():
    tokenizer = gpt2_tokenizer_offline()
    stops = set(stop_token_ids(token_bytes(tokenizer), tokenizer.eos_token_id))
    newline = tokenizer("\n")["input_ids"][0]
    assert {newline, tokenizer.eos_token_id} <= stops
    assert tokenizer("Hello")["input_ids"][0] not in stops


@pytest.fixture(scope="module")
def gpt2_tokenizer():
    return gpt2_tokenizer_offline()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=50256), max_size=40))
def test_incremental_text_equals_decoding_all_tokens(gpt2_tokenizer, tokens):
    """Pieces never split a character, and together they are exactly tokenizer.decode."""
    table = token_bytes(gpt2_tokenizer)
    detokenizer = IncrementalDetokenizer(table)
    pieces = [detokenizer.push(token) for token in tokens] + [detokenizer.flush()]
    expected = gpt2_tokenizer.decode(tokens, skip_special_tokens=True)
    assert "".join(pieces) == expected
    for piece in pieces[:-1]:
        piece.encode("utf-8")  # whole characters only (a lone surrogate would raise)


def test_a_multibyte_character_leaves_only_when_complete(gpt2_tokenizer):
    table = token_bytes(gpt2_tokenizer)
    emoji = gpt2_tokenizer("🙂", add_special_tokens=False)["input_ids"]
    assert len(emoji) > 1  # byte-level BPE splits it
    detokenizer = IncrementalDetokenizer(table)
    pieces = [detokenizer.push(token) for token in emoji]
    assert pieces[:-1] == [""] * (len(emoji) - 1) and pieces[-1] == "🙂"
