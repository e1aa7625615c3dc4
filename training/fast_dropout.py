"""Dropout whose mask costs a quarter of the random draws: the LoRA step's largest cost on a CPU.

torch's CPU dropout draws one Bernoulli variate per element (`aten::bernoulli_`): at GPT-2's
shapes it took 31% of a LoRA step and 6% of a full one (bench/results/train_profile.md), ~50x
the time of the multiply it feeds. Here the mask comes from full-range 64-bit draws viewed as
four 16-bit uniforms, kept where the uniform clears the threshold: the same dropout (each
element dropped independently with probability p, rounded to 1/65,536; survivors scaled by
1/(1-p)), drawn from torch's generator, so a seed still fixes every mask.
"""

from __future__ import annotations

import torch

LEVELS = 1 << 16  # one 16-bit uniform per element


def keep_mask(shape: torch.Size, p: float, device: torch.device) -> torch.Tensor:
    """True where an element survives dropout `p` (independently, P = 1 - p to 1/65,536)."""
    count = shape.numel()
    draws = torch.empty((count + 3) // 4, dtype=torch.int64, device=device)
    draws.random_(-(1 << 63), None)  # every bit uniform
    uniforms = draws.view(torch.int16)[:count].view(shape)  # uniform in [-32768, 32767]
    return uniforms >= round(p * LEVELS) - LEVELS // 2


def dropped(x: torch.Tensor, p: float) -> torch.Tensor:
    """`x` with dropout `p` applied (keep_mask's draws, survivors scaled by 1/(1-p))."""
    scale = torch.tensor(1.0 / (1.0 - p), dtype=x.dtype, device=x.device)
    return x * (keep_mask(x.shape, p, x.device) * scale)


class FastDropout(torch.nn.Module):
    """nn.Dropout's contract (identity in eval mode, `p` attribute) with keep_mask's draws."""

    def __init__(self, p: float) -> None:
        super().__init__()
        self.p = p

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not self.training or self.p == 0.0:
            return x
        return dropped(x, self.p)

    def extra_repr(self) -> str:
        return f"p={self.p}"


ATTENTION = "tweetbots_fast_dropout"  # the attention implementation's registered name


def attention(module, query, key, value, attention_mask, scaling=None, dropout=0.0, **kwargs):  # noqa: ANN001
    """transformers' eager attention (products, additive mask, fp32 softmax, weights in the
    values' dtype) with FastDropout's mask on the weights: attention's dropout is inside the
    attention function, where torch draws it per element (7-10% of a LoRA step)."""
    weights = torch.matmul(query, key.transpose(-1, -2)) * (scaling or query.size(-1) ** -0.5)
    if attention_mask is not None:
        weights = weights + attention_mask
    weights = torch.softmax(weights, dim=-1, dtype=torch.float32).to(value.dtype)
    if module.training and dropout > 0.0:
        weights = dropped(weights, dropout)
    return torch.matmul(weights, value).transpose(1, 2), weights


def register_attention() -> None:
    """The attention above and its mask (eager's: additive, always built) under ATTENTION."""
    from transformers import AttentionInterface
    from transformers.masking_utils import AttentionMaskInterface, eager_mask

    AttentionInterface.register(ATTENTION, attention)
    AttentionMaskInterface.register(ATTENTION, eager_mask)


def use_fast_dropout(model: torch.nn.Module) -> int:
    """Swap every nn.Dropout of a CPU model (GPT-2's and LoRA's) for FastDropout, and its
    attention for `attention` (the config's saved form keeps no trace of it); the count.

    On CUDA torch's fused dropout is already cheap and the model is left as it is.
    """
    swapped = 0
    for module in list(model.modules()):
        for name, child in list(module.named_children()):
            if type(child) is torch.nn.Dropout:
                setattr(module, name, FastDropout(child.p))
                swapped += 1
    config = getattr(model, "config", None)
    if config is not None and getattr(config, "_attn_implementation", None) in ("sdpa", "eager"):
        register_attention()
        config._attn_implementation = ATTENTION
    return swapped
