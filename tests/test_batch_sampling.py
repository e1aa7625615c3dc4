"""Per-row sampling inside one batch: each row's own settings and random stream."""

from __future__ import annotations

import torch
from batch_sampling import PerRowSampler, PerRowStop, row_generator, stop_token_ids

from training.base_model import gpt2_tokenizer_offline

CPU = torch.device("cpu")


def draw(scores, temperatures, top_ks, top_ps, seeds, rows=None):
    """Sample one token per row; row i uses stream (seeds[i], rows[i]) (default: its index)."""
    rows = rows or list(range(len(seeds)))
    generators = [row_generator(seed, row, CPU) for seed, row in zip(seeds, rows, strict=True)]
    sampler = PerRowSampler(temperatures, top_ks, top_ps, generators, CPU)
    return sampler(scores, torch.arange(len(seeds))).tolist()


def test_greedy_and_top_k_one_pick_the_best_token():
    scores = torch.randn(3, 100)
    best = scores.argmax(dim=1).tolist()
    assert draw(scores, [0.0, 1.0, 5.0], [50, 1, 1], [1.0, 1.0, 1.0], [1, 2, 3]) == best


def test_top_k_and_top_p_limit_the_candidates():
    scores = torch.tensor([[5.0, 4.0, 3.0, -10.0, -10.0]] * 200)
    picks = draw(scores, [1.0] * 200, [2] * 200, [1.0] * 200, list(range(200)))
    assert set(picks) == {0, 1}
    nucleus = torch.tensor([[10.0, 0.0, 0.0, 0.0]] * 100)  # token 0 holds >99.9% of the mass
    assert set(draw(nucleus, [1.0] * 100, [0] * 100, [0.9] * 100, list(range(100)))) == {0}


def test_same_seed_same_tokens_whatever_the_batch():
    torch.manual_seed(0)
    scores = torch.randn(4, 1000)
    alone = draw(scores[2:3], [1.0], [0], [1.0], [42], rows=[3])
    mixed = draw(
        scores,
        [1.0, 0.5, 1.0, 2.0],
        [10, 0, 0, 5],
        [1.0, 0.3, 1.0, 0.8],
        [1, 2, 42, 4],
        rows=[0, 0, 3, 1],
    )
    assert mixed[2] == alone[0]
    other_stream = draw(scores[2:3].repeat(50, 1), [1.0] * 50, [0] * 50, [1.0] * 50, [42] * 50)
    assert len(set(other_stream)) > 1  # the row index does change the stream


def test_rows_stop_at_eos_newlines_and_their_own_length():
    tokenizer = gpt2_tokenizer_offline()
    stops = stop_token_ids(tokenizer, CPU)
    newline = tokenizer("\n")["input_ids"][0]
    assert {newline, tokenizer.eos_token_id} <= set(stops.tolist())
    assert tokenizer("Hello")["input_ids"][0] not in stops.tolist()
    criterion = PerRowStop([1, 5, 5, 5], stops, stops=[True, True, True, False])
    tokens = torch.tensor([7, 7, newline, newline])
    assert criterion(tokens, torch.arange(4), 1).tolist() == [True, False, True, False]
    assert criterion(tokens[1:], torch.tensor([1, 3, 2]), 5).tolist() == [True, True, True]


def test_rows_are_addressed_by_their_original_index():
    scores = torch.randn(3, 500)
    generators = [row_generator(9, row, CPU) for row in range(3)]
    sampler = PerRowSampler([1.0, 0.0, 1.0], [0, 0, 1], [1.0] * 3, generators, CPU)
    picks = sampler(scores[[1, 2]], torch.tensor([1, 2]))  # row 0 already dropped
    assert picks.tolist() == scores[[1, 2]].argmax(dim=1).tolist()  # greedy and top-k 1
