"""Per-row sampling: each row keeps its own temperature, top-k, top-p and random stream.

A row is one returned sequence of one request. Its random numbers come from a counter-based
generator (engine/rng.py) keyed by (request seed, sequence index, token number): the draw for a
row's t-th token is the same whichever rows share the step and however often the batch changes
shape: continuous batching cannot shift anyone's stream. Candidates are drawn among each
row's own best k (a sort of k values, not of the 50,257-token vocabulary), with inverse-CDF
sampling on the row's own filtered distribution.
"""

from __future__ import annotations

import numpy as np
import torch


def sample(
    logits: torch.Tensor,
    temperature: torch.Tensor,
    top_k: torch.Tensor,
    top_p: torch.Tensor,
    draws: np.ndarray,
) -> torch.Tensor:
    """One token per row of `logits` [n, V] (float32).

    `temperature` 0 is greedy; `top_k` 0 keeps the whole vocabulary; `draws` are the rows'
    uniforms. Rows that need the whole vocabulary are sorted on their own, so one such row
    does not make every row sort 50,257 candidates.
    """
    rows, vocab = logits.shape
    tokens = torch.empty(rows, dtype=torch.long, device=logits.device)
    greedy = temperature == 0
    if bool(greedy.any()):
        tokens[greedy] = logits[greedy].argmax(dim=-1)
    sampled = ~greedy
    whole = sampled & (top_k == 0)
    cut = sampled & (top_k > 0)
    for group in (cut, whole):
        if bool(group.any()):
            index = group.nonzero().squeeze(1)
            tokens[index] = _draw(
                logits[index],
                temperature[index],
                top_k[index],
                top_p[index],
                torch.from_numpy(draws[index.cpu().numpy()]).to(logits.device),
                vocab,
            )
    return tokens


def _draw(logits, temperature, top_k, top_p, draws, vocab: int) -> torch.Tensor:
    widths = torch.where(top_k == 0, vocab, top_k.clamp_max(vocab))
    values, candidates = logits.topk(int(widths.max()), dim=-1)  # best first
    rank = torch.arange(values.shape[-1], device=logits.device).unsqueeze(0)
    scaled = (values / temperature.unsqueeze(1)).masked_fill(
        rank >= widths.unsqueeze(1), -torch.inf
    )
    probs = scaled.softmax(dim=-1)
    before = probs.cumsum(dim=-1) - probs  # mass of the better candidates
    probs = probs.masked_fill(before >= top_p.unsqueeze(1), 0.0)  # the best one always stays
    mass = probs.cumsum(dim=-1)
    target = (draws.to(mass.dtype) * mass[:, -1]).unsqueeze(1)
    kept = (probs > 0).sum(dim=-1, keepdim=True)  # a prefix of the sorted candidates
    pick = torch.minimum(torch.searchsorted(mass, target, right=True), kept - 1)
    return candidates.gather(1, pick).squeeze(1)
