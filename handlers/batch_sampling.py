"""Sampling and stopping per row, so one batched `generate` call serves many clients.

`generate` applies one set of sampling settings to a whole batch and draws from one random
stream. Here every row (one returned sequence of one request) keeps its own temperature,
top-k, top-p and random generator: the processor draws the row's token itself and hands
`generate` a one-hot score, which greedy decoding then picks.
"""

from __future__ import annotations

import torch
from transformers import LogitsProcessor, StoppingCriteria


class PerRowSampler(LogitsProcessor):
    """Temperature, top-k and top-p per row, drawn among the k best candidates only."""

    def __init__(
        self,
        temperatures: list[float],
        top_ks: list[int],
        top_ps: list[float],
        generators: list[torch.Generator],
        device: torch.device,
    ) -> None:
        self.temperatures = torch.tensor(temperatures, device=device).unsqueeze(1)
        self.top_ks = top_ks
        self.top_ps = torch.tensor(top_ps, device=device).unsqueeze(1)
        self.generators = generators
        self.greedy = [t == 0 for t in temperatures]

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        vocab = scores.shape[-1]
        widths = [vocab if k == 0 else min(k, vocab) for k in self.top_ks]
        values, candidates = scores.float().topk(max(widths), dim=-1)  # sorted, best first
        rank = torch.arange(values.shape[-1], device=scores.device).unsqueeze(0)
        limit = torch.tensor(widths, device=scores.device).unsqueeze(1)
        logits = (values / self.temperatures.clamp_min(1e-5)).masked_fill(rank >= limit, -torch.inf)
        probs = logits.softmax(dim=-1)
        before = probs.cumsum(dim=-1) - probs  # mass of the better candidates
        probs = probs.masked_fill(before >= self.top_ps, 0.0)
        picks = torch.zeros(len(widths), dtype=torch.long, device=scores.device)
        for row, generator in enumerate(self.generators):
            if not self.greedy[row]:
                picks[row] = torch.multinomial(probs[row], 1, generator=generator)[0]
        chosen = candidates.gather(1, picks.unsqueeze(1))
        return torch.full_like(scores, -torch.inf).scatter_(1, chosen, 0.0)


class PerRowStop(StoppingCriteria):
    """A row is done at its own max_new_tokens or at a token holding a newline."""

    def __init__(self, prompt_width: int, max_new_tokens: list[int], stop_ids: torch.Tensor):
        self.prompt_width = prompt_width
        self.max_new_tokens = torch.tensor(max_new_tokens, device=stop_ids.device)
        self.stop_ids = stop_ids

    def __call__(self, input_ids: torch.LongTensor, scores, **kwargs) -> torch.BoolTensor:
        generated = input_ids.shape[1] - self.prompt_width
        return torch.isin(input_ids[:, -1], self.stop_ids) | (generated >= self.max_new_tokens)


def newline_token_ids(tokenizer, device: torch.device) -> torch.Tensor:
    """Ids of every token whose text holds a newline: the answer is cut there anyway."""
    texts = tokenizer.batch_decode([[i] for i in range(len(tokenizer))])
    return torch.tensor([i for i, text in enumerate(texts) if "\n" in text], device=device)


def row_generator(seed: int, row: int, device: torch.device) -> torch.Generator:
    """A random stream per returned sequence: same seed, same texts, whoever shares the batch."""
    return torch.Generator(device=device).manual_seed((seed + row * 0x9E3779B97F4A7C15) % 2**63)
