"""Sampling and stopping per row, so one batched decode loop serves many clients.

Every row (one returned sequence of one request) keeps its own temperature, top-k, top-p,
random generator, length and stop rule. Rows are addressed by their index in the original
batch, so the decode loop may drop finished rows without disturbing anyone's random stream.
"""

from __future__ import annotations

import torch


class PerRowSampler:
    """Temperature, top-k and top-p per row, drawn among the k best candidates only.

    Sorting the k candidates instead of the whole 50,257-token vocabulary is what keeps
    sampling cheap at large batch.
    """

    def __init__(
        self,
        temperatures: list[float],
        top_ks: list[int],
        top_ps: list[float],
        generators: list[torch.Generator],
        device: torch.device,
    ) -> None:
        self.temperatures = torch.tensor(temperatures, device=device).unsqueeze(1)
        self.top_ks = torch.tensor(top_ks, device=device)
        self.top_ps = torch.tensor(top_ps, device=device).unsqueeze(1)
        self.generators = generators
        self.greedy = [t == 0 for t in temperatures]

    def __call__(self, scores: torch.Tensor, rows: torch.Tensor) -> torch.Tensor:
        """One token per row of `scores`; row i of `scores` is original row `rows[i]`."""
        vocab = scores.shape[-1]
        widths = torch.where(self.top_ks[rows] == 0, vocab, self.top_ks[rows].clamp_max(vocab))
        values, candidates = scores.float().topk(int(widths.max()), dim=-1)  # best first
        rank = torch.arange(values.shape[-1], device=scores.device).unsqueeze(0)
        temperatures = self.temperatures[rows].clamp_min(1e-5)
        logits = (values / temperatures).masked_fill(rank >= widths.unsqueeze(1), -torch.inf)
        probs = logits.softmax(dim=-1)
        before = probs.cumsum(dim=-1) - probs  # mass of the better candidates
        probs = probs.masked_fill(before >= self.top_ps[rows], 0.0)
        picks = torch.zeros(len(rows), dtype=torch.long, device=scores.device)
        for index, (row, width) in enumerate(zip(rows.tolist(), widths.tolist(), strict=True)):
            if not self.greedy[row]:
                # Only the row's own k candidates: multinomial draws one random number per
                # entry, so a wider neighbour (top_k 0) would otherwise shift this row's stream.
                own = probs[index, :width]
                picks[index] = torch.multinomial(own, 1, generator=self.generators[row])[0]
        return candidates.gather(1, picks.unsqueeze(1)).squeeze(1)


class PerRowStop:
    """A row is done at its own max_new_tokens, or at EOS or a newline token if it stops there."""

    def __init__(self, max_new_tokens: list[int], stop_ids: torch.Tensor, stops: list[bool]):
        self.max_new_tokens = torch.tensor(max_new_tokens, device=stop_ids.device)
        self.stop_ids = stop_ids
        self.stops = torch.tensor(stops, device=stop_ids.device)

    def __call__(self, tokens: torch.Tensor, rows: torch.Tensor, generated: int) -> torch.Tensor:
        """Done flags for the rows that just produced `tokens`, their `generated`-th token."""
        stopped = torch.isin(tokens, self.stop_ids) & self.stops[rows]
        return stopped | (generated >= self.max_new_tokens[rows])


def stop_token_ids(tokenizer, device: torch.device) -> torch.Tensor:
    """EOS and every token whose text holds a newline: the answer is cut there anyway."""
    texts = tokenizer.batch_decode([[i] for i in range(len(tokenizer))])
    newlines = [i for i, text in enumerate(texts) if "\n" in text]
    return torch.tensor([tokenizer.eos_token_id, *newlines], device=device)


def row_generator(seed: int, row: int, device: torch.device) -> torch.Generator:
    """A random stream per returned sequence: same seed, same texts, whoever shares the batch."""
    return torch.Generator(device=device).manual_seed((seed + row * 0x9E3779B97F4A7C15) % 2**63)
