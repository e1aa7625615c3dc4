"""GPT-2's forward pass with an explicit key/value cache, in plain torch.

One definition serves two ends: `training/export_onnx.py` traces `OnnxStep` (past key/values
in, present key/values out, logits of the last position only) and the handler's torch
backend runs `CachedGPT2.step` on a preallocated cache. Sharing the arithmetic keeps greedy
output identical between the backends. Weights are read from a transformers GPT-2 state
dict; the output layer is a separate (untied) matrix so ONNX Runtime can quantize it.
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


class CachedGPT2(nn.Module):
    """GPT2LMHeadModel's arithmetic (gelu_new, pre-norm, scaled attention) without its cache API."""

    def __init__(self, shape: Shape, weights: dict[str, torch.Tensor]) -> None:
        super().__init__()
        self.shape = shape
        prefix = "transformer." if "transformer.wte.weight" in weights else ""
        self.params = nn.ParameterDict(
            {
                key[len(prefix) :].replace(".", "_"): nn.Parameter(value, requires_grad=False)
                for key, value in weights.items()
                if key.startswith(prefix) and not key.endswith(".attn.bias")
            }
        )
        # Untied: a [n_embd, vocab] matrix of its own (quantizable as a MatMul's constant).
        self.lm_head = nn.Parameter(self.params["wte_weight"].detach().t().contiguous(), False)

    def p(self, name: str) -> torch.Tensor:
        return self.params[name.replace(".", "_")]

    def split_heads(self, x: torch.Tensor) -> torch.Tensor:
        batch, length, _ = x.shape
        return x.view(batch, length, self.shape.n_head, self.shape.head_dim).transpose(1, 2)

    def qkv(self, layer: int, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        h = functional.layer_norm(
            x,
            (self.shape.n_embd,),
            self.p(f"h.{layer}.ln_1.weight"),
            self.p(f"h.{layer}.ln_1.bias"),
            self.shape.eps,
        )
        fused = self.linear(f"h.{layer}.attn.c_attn", h)
        q, k, v = fused.split(self.shape.n_embd, dim=2)
        return self.split_heads(q), self.split_heads(k), self.split_heads(v)

    def linear(self, name: str, x: torch.Tensor) -> torch.Tensor:
        """transformers' Conv1D: x @ W + b with W stored [in, out] (MatMul + Add in ONNX)."""
        return torch.matmul(x, self.p(f"{name}.weight")) + self.p(f"{name}.bias")

    def finish(
        self,
        layer: int,
        x: torch.Tensor,
        q: torch.Tensor,
        keys: torch.Tensor,
        values: torch.Tensor,
        bias: torch.Tensor,
    ) -> torch.Tensor:
        """Attention over `keys`/`values` (all positions so far), then the MLP; residuals."""
        scores = torch.matmul(q, keys.transpose(-1, -2)) / math.sqrt(self.shape.head_dim)
        attended = torch.matmul((scores + bias).softmax(dim=-1), values)
        merged = attended.transpose(1, 2).reshape(*x.shape)
        x = x + self.linear(f"h.{layer}.attn.c_proj", merged)
        h = functional.layer_norm(
            x,
            (self.shape.n_embd,),
            self.p(f"h.{layer}.ln_2.weight"),
            self.p(f"h.{layer}.ln_2.bias"),
            self.shape.eps,
        )
        h = functional.gelu(self.linear(f"h.{layer}.mlp.c_fc", h), approximate="tanh")
        return x + self.linear(f"h.{layer}.mlp.c_proj", h)

    def embed(self, input_ids: torch.Tensor, position_ids: torch.Tensor) -> torch.Tensor:
        return functional.embedding(input_ids, self.p("wte.weight")) + functional.embedding(
            position_ids, self.p("wpe.weight")
        )

    def last_logits(self, x: torch.Tensor) -> torch.Tensor:
        """Logits of the last position only: the only ones a decode loop reads."""
        last = functional.layer_norm(
            x[:, -1, :],
            (self.shape.n_embd,),
            self.p("ln_f.weight"),
            self.p("ln_f.bias"),
            self.shape.eps,
        )
        return torch.matmul(last, self.lm_head)

    @staticmethod
    def attention_bias(attention_mask: torch.Tensor, length: int, dtype: torch.dtype):
        """[B, 1, T, S] additive mask: a query sees earlier, non-padding positions only.

        A large finite negative, not -inf, so left-padding rows (which see nothing) stay finite.
        """
        total = attention_mask.shape[1]
        query = torch.arange(length, device=attention_mask.device) + (total - length)
        key = torch.arange(total, device=attention_mask.device)
        allowed = (key.unsqueeze(0) <= query.unsqueeze(1)).unsqueeze(0) & (
            attention_mask.unsqueeze(1) > 0
        )
        zero = torch.zeros((), dtype=dtype, device=attention_mask.device)
        return torch.where(allowed, zero, torch.finfo(dtype).min).unsqueeze(1)

    @torch.inference_mode()
    def step(
        self,
        input_ids: torch.Tensor,
        position_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        cache: torch.Tensor,
    ) -> torch.Tensor:
        """Run `input_ids` at the cache's next positions; `cache` is [L, 2, B, H, S_max, D]."""
        start = attention_mask.shape[1] - input_ids.shape[1]
        end = attention_mask.shape[1]
        x = self.embed(input_ids, position_ids)
        bias = self.attention_bias(attention_mask, input_ids.shape[1], x.dtype)
        for layer in range(self.shape.n_layer):
            q, k, v = self.qkv(layer, x)
            cache[layer, 0, :, :, start:end] = k
            cache[layer, 1, :, :, start:end] = v
            x = self.finish(
                layer, x, q, cache[layer, 0, :, :, :end], cache[layer, 1, :, :, :end], bias
            )
        return self.last_logits(x)


class OnnxStep(nn.Module):
    """The exported graph: (ids, positions, mask, past_key_i, past_value_i) -> (logits, presents).

    Past and present key/values are [B, H, S, D] per layer, so the cache only ever grows by a
    Concat along S (no transposes of the cache between steps). An empty past (S = 0) is prefill.
    """

    def __init__(self, model: CachedGPT2) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids, position_ids, attention_mask, *past):
        model = self.model
        x = model.embed(input_ids, position_ids)
        bias = model.attention_bias(attention_mask, input_ids.shape[1], x.dtype)
        presents = []
        for layer in range(model.shape.n_layer):
            q, k, v = model.qkv(layer, x)
            keys = torch.cat([past[2 * layer], k], dim=2)
            values = torch.cat([past[2 * layer + 1], v], dim=2)
            presents += [keys, values]
            x = model.finish(layer, x, q, keys, values, bias)
        return (model.last_logits(x), *presents)


def io_names(n_layer: int) -> tuple[list[str], list[str]]:
    """The ONNX graph's input and output names, shared by export and the decode loop."""
    past = [f"past_{kind}_{i}" for i in range(n_layer) for kind in ("key", "value")]
    present = [f"present_{kind}_{i}" for i in range(n_layer) for kind in ("key", "value")]
    return ["input_ids", "position_ids", "attention_mask", *past], ["logits", *present]


def prompt_ids(tokenizer, text: str) -> list[int]:
    """`<|endoftext|>` + the prompt's tokens: how the model saw each tweet in training."""
    return [tokenizer.eos_token_id, *tokenizer(text, add_special_tokens=False)["input_ids"]]


def left_pad(prompts: list[list[int]], pad: int) -> tuple[torch.Tensor, ...]:
    """ids, positions (0 at each row's first real token) and attention mask, left padded."""
    width = max(map(len, prompts))
    ids = torch.tensor([[pad] * (width - len(p)) + p for p in prompts])
    mask = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in prompts])
    return ids, (mask.cumsum(dim=1) - 1).clamp_min(0), mask
