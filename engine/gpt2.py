"""GPT-2's forward pass in plain torch, in pieces the two runtimes share.

One definition of the arithmetic serves two ends: `training/export_onnx.py` traces `OnnxStep`
(past key/values in, present key/values out, logits of the last position only) for ONNX
Runtime, and the torch backend (`backends.TorchBackend`) runs the same pieces on a slot KV
cache with per-row lengths. Weights are read from a transformers GPT-2 state dict; the output
layer is a separate (untied) matrix so ONNX Runtime can quantize it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import nn
from torch.nn import functional


@dataclass(frozen=True)
class Shape:
    n_layer: int
    n_head: int
    n_embd: int
    n_positions: int
    vocab_size: int
    eps: float

    @property
    def head_dim(self) -> int:
        return self.n_embd // self.n_head

    @classmethod
    def from_config(cls, config: dict) -> Shape:
        return cls(
            n_layer=config["n_layer"],
            n_head=config["n_head"],
            n_embd=config["n_embd"],
            n_positions=config["n_positions"],
            vocab_size=config["vocab_size"],
            eps=config.get("layer_norm_epsilon", 1e-5),
        )

    def kv_bytes_per_token(self, element_size: int) -> int:
        """Key and value of every layer for one token: what a KV cache holds per position."""
        return 2 * self.n_layer * self.n_embd * element_size


# Names inside one block: (transformers' suffix, kind). Linear layers are transformers' Conv1D,
# stored [in, out]; LoRA adapters target these by name (c_attn, c_proj, c_fc).
LINEARS = ("attn.c_attn", "attn.c_proj", "mlp.c_fc", "mlp.c_proj")


class GPT2(nn.Module):
    """GPT2LMHeadModel's arithmetic (gelu_new, pre-norm, scaled attention), cache-agnostic."""

    def __init__(
        self, shape: Shape, weights: dict[str, torch.Tensor], dtype: torch.dtype = torch.float32
    ) -> None:
        super().__init__()
        self.shape = shape
        prefix = "transformer." if "transformer.wte.weight" in weights else ""
        self.params = nn.ParameterDict(
            {
                key[len(prefix) :].replace(".", "_"): nn.Parameter(value.to(dtype), False)
                for key, value in weights.items()
                if key.startswith(prefix) and not key.endswith(".attn.bias")
            }
        )
        # Untied: a [n_embd, vocab] matrix of its own (quantizable as a MatMul's constant).
        self.lm_head = nn.Parameter(self.params["wte_weight"].detach().t().contiguous(), False)
        self.scale = 1.0 / math.sqrt(shape.head_dim)

    def p(self, name: str) -> torch.Tensor:
        return self.params[name.replace(".", "_")]

    def layer_norm(self, name: str, x: torch.Tensor) -> torch.Tensor:
        return functional.layer_norm(
            x,
            (self.shape.n_embd,),
            self.p(f"{name}.weight"),
            self.p(f"{name}.bias"),
            self.shape.eps,
        )

    def linear(self, name: str, x: torch.Tensor) -> torch.Tensor:
        """transformers' Conv1D: x @ W + b with W stored [in, out] (MatMul + Add in ONNX)."""
        return torch.matmul(x, self.p(f"{name}.weight")) + self.p(f"{name}.bias")

    def split_heads(self, x: torch.Tensor) -> torch.Tensor:
        batch, length, _ = x.shape
        return x.view(batch, length, self.shape.n_head, self.shape.head_dim).transpose(1, 2)

    def embed(self, input_ids: torch.Tensor, position_ids: torch.Tensor) -> torch.Tensor:
        return functional.embedding(input_ids, self.p("wte.weight")) + functional.embedding(
            position_ids, self.p("wpe.weight")
        )

    def qkv(self, layer: int, x: torch.Tensor, linear=None) -> tuple[torch.Tensor, ...]:
        """Queries, keys and values [B, H, T, D] of block `layer` for the hidden states x."""
        linear = linear or self.linear
        fused = linear(f"h.{layer}.attn.c_attn", self.layer_norm(f"h.{layer}.ln_1", x))
        q, k, v = fused.split(self.shape.n_embd, dim=2)
        return self.split_heads(q), self.split_heads(k), self.split_heads(v)

    def finish(self, layer: int, x: torch.Tensor, attended: torch.Tensor, linear=None):
        """Attention output projection and the MLP, with their residuals."""
        linear = linear or self.linear
        merged = attended.transpose(1, 2).reshape(*x.shape)
        x = x + linear(f"h.{layer}.attn.c_proj", merged)
        h = self.layer_norm(f"h.{layer}.ln_2", x)
        h = functional.gelu(linear(f"h.{layer}.mlp.c_fc", h), approximate="tanh")
        return x + linear(f"h.{layer}.mlp.c_proj", h)

    def logits(self, last: torch.Tensor) -> torch.Tensor:
        """Logits of one position per row ([B, n_embd] hidden states)."""
        return torch.matmul(self.layer_norm("ln_f", last), self.lm_head)


def left_padded_bias(attention_mask: torch.Tensor, length: int, dtype: torch.dtype):
    """[B, 1, T, S] additive mask: a query sees earlier, non-padding positions only.

    The current tokens are the last `length` columns. A large finite negative, not -inf, so
    padding rows (which see nothing) stay finite.
    """
    total = attention_mask.shape[1]
    query = torch.arange(length, device=attention_mask.device) + (total - length)
    key = torch.arange(total, device=attention_mask.device)
    allowed = (key.unsqueeze(0) <= query.unsqueeze(1)).unsqueeze(0) & (
        attention_mask.unsqueeze(1) > 0
    )
    zero = torch.zeros((), dtype=dtype, device=attention_mask.device)
    return torch.where(allowed, zero, torch.finfo(dtype).min).unsqueeze(1)


class OnnxStep(nn.Module):
    """The exported graph: (ids, positions, mask, past_key_i, past_value_i) -> (logits, presents).

    Past and present key/values are [B, H, S, D] per layer, so the cache only ever grows by a
    Concat along S. An empty past (S = 0) is prefill. Rows are right-aligned: every row's newest
    token is in the last column and `attention_mask` marks each row's real columns, so rows of
    different lengths share a batch (the ONNX backend re-pads when rows join).
    """

    def __init__(self, model: GPT2) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids, position_ids, attention_mask, *past):
        model = self.model
        x = model.embed(input_ids, position_ids)
        bias = left_padded_bias(attention_mask, input_ids.shape[1], x.dtype)
        presents = []
        for layer in range(model.shape.n_layer):
            q, k, v = model.qkv(layer, x)
            keys = torch.cat([past[2 * layer], k], dim=2)
            values = torch.cat([past[2 * layer + 1], v], dim=2)
            presents += [keys, values]
            scores = torch.matmul(q, keys.transpose(-1, -2)) * model.scale
            attended = torch.matmul((scores + bias).softmax(dim=-1), values)
            x = model.finish(layer, x, attended)
        return (model.logits(x[:, -1, :]), *presents)


def io_names(n_layer: int) -> tuple[list[str], list[str]]:
    """The ONNX graph's input and output names, shared by export and the ONNX backend."""
    past = [f"past_{kind}_{i}" for i in range(n_layer) for kind in ("key", "value")]
    present = [f"present_{kind}_{i}" for i in range(n_layer) for kind in ("key", "value")]
    return ["input_ids", "position_ids", "attention_mask", *past], ["logits", *present]


def left_pad(prompts: list[list[int]], pad: int) -> tuple[torch.Tensor, ...]:
    """ids, positions (0 at each row's first real token) and attention mask, left padded."""
    width = max(map(len, prompts))
    ids = torch.tensor([[pad] * (width - len(p)) + p for p in prompts])
    mask = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in prompts])
    return ids, (mask.cumsum(dim=1) - 1).clamp_min(0), mask
