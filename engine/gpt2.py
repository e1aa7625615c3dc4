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

    def qkv_merged(self, layer: int, x: torch.Tensor, linear=None) -> tuple[torch.Tensor, ...]:
        """Queries, keys and values [B, T, n_embd] of block `layer` (heads side by side)."""
        linear = linear or self.linear
        fused = linear(f"h.{layer}.attn.c_attn", self.layer_norm(f"h.{layer}.ln_1", x))
        return fused.split(self.shape.n_embd, dim=2)

    def qkv(self, layer: int, x: torch.Tensor, linear=None) -> tuple[torch.Tensor, ...]:
        """Queries, keys and values [B, H, T, D] of block `layer` for the hidden states x."""
        return tuple(self.split_heads(t) for t in self.qkv_merged(layer, x, linear))

    def finish(self, layer: int, x: torch.Tensor, attended: torch.Tensor, linear=None):
        """Attention output projection and the MLP, with their residuals ([B, H, T, D])."""
        return self.finish_merged(layer, x, attended.transpose(1, 2).reshape(*x.shape), linear)

    def finish_merged(self, layer: int, x: torch.Tensor, merged: torch.Tensor, linear=None):
        """The same for attention output with heads side by side ([B, T, n_embd])."""
        linear = linear or self.linear
        x = x + linear(f"h.{layer}.attn.c_proj", merged)
        h = self.layer_norm(f"h.{layer}.ln_2", x)
        h = functional.gelu(linear(f"h.{layer}.mlp.c_fc", h), approximate="tanh")
        return x + linear(f"h.{layer}.mlp.c_proj", h)

    def logits(self, last: torch.Tensor) -> torch.Tensor:
        """Logits of one position per row ([B, n_embd] hidden states)."""
        return torch.matmul(self.layer_norm("ln_f", last), self.lm_head)


class GroupQueryAttention(torch.autograd.Function):
    """ONNX Runtime's com.microsoft.GroupQueryAttention, as a node of the exported graph.

    Each row keeps its keys and values at the start of its own slot of a cache buffer
    [B, H, max_len, D]; `seqlens_k[b]` is row b's length after this step minus one, so new
    keys and values are written at the row's own positions, in place when the present buffer
    is the past buffer (the ONNX backend binds them so), and attention reads each row's own
    positions only: rows of any lengths decode together, none is padded or copied. Only the
    exported graph runs it; traced in torch it merely has the right shapes.
    """

    @staticmethod
    def forward(
        ctx, query, key, value, past_key, past_value, seqlens_k, total_length, heads, scale
    ):
        return query.clone(), past_key.clone(), past_value.clone()

    @staticmethod
    def symbolic(g, query, key, value, past_key, past_value, seqlens_k, total_length, heads, scale):
        return g.op(
            "com.microsoft::GroupQueryAttention",
            query, key, value, past_key, past_value, seqlens_k, total_length,
            num_heads_i=heads, kv_num_heads_i=heads, scale_f=scale, outputs=3,
        )  # fmt: skip


class OnnxStep(nn.Module):
    """The exported graph: (ids, positions, seqlens_k, total_length, last, past_*) ->
    (logits, present_*).

    Row b's tokens `input_ids[b]` (right-padded for prefill) go at its positions
    `position_ids[b]`; `seqlens_k[b]` (int32) is its length after the step minus one;
    `total_length` (int32) the longest such length; `last[b]` the index of the token whose
    logits row b needs (its last real one). Past and present key/values are the slot cache
    [B, H, max_len, D] per layer, one buffer each (bound as both, written in place).

    `adapters` ("stacked" or "gathered", with the adapters' `rank`): the graph also takes,
    per adapted layer, the step's distinct adapters side by side (`lora_a.<layer>` [C, in]
    (A transposed) and `lora_b.<layer>` [C, out], C = adapters x rank, the LoRA scale folded
    into B: engine.lora.AdapterStack's inputs), and which rows use which:
    - "stacked": `adapter_mask` [B, 1, C], 1 on the columns of the row's own adapter; each
      layer adds ((x @ A.T) * mask) @ B: every adapter's weights are read once a step however
      many rows use it, and each row multiplies every adapter's columns (cheap while few);
    - "gathered": `adapter_rows` [B], each row's adapter's position; each layer gathers every
      row's own A and B and adds x @ A_row.T @ B_row (a BGMV, as in S-LoRA/Punica): one
      adapter's work a row, however many adapters share the step.
    Positions that hold no adapter are zeros: a row there is the base alone.
    """

    def __init__(self, model: GPT2, adapters: str | None = None, rank: int = 0) -> None:
        super().__init__()
        self.model = model
        self.adapters = adapters
        self.rank = rank

    def forward(self, input_ids, position_ids, seqlens_k, total_length, last, *rest):
        model = self.model
        n = model.shape.n_layer
        linear = model.linear
        if self.adapters:  # which rows use which adapter, then past, then the stacked adapters
            rows_of, *rest = rest
            pools = dict(zip(lora_names(n), rest[2 * n :], strict=True))
        if self.adapters == "stacked":
            adapter_mask = rows_of

            def linear(name: str, x: torch.Tensor) -> torch.Tensor:
                low = torch.matmul(x, pools[f"lora_a.{name}"].t()) * adapter_mask
                return model.linear(name, x) + torch.matmul(low, pools[f"lora_b.{name}"])

        elif self.adapters == "gathered":
            adapter_rows, rank = rows_of, self.rank

            def linear(name: str, x: torch.Tensor) -> torch.Tensor:
                a, b = pools[f"lora_a.{name}"], pools[f"lora_b.{name}"]
                a = a.reshape(-1, rank, a.shape[1]).index_select(0, adapter_rows)
                b = b.reshape(-1, rank, b.shape[1]).index_select(0, adapter_rows)
                low = torch.matmul(x, a.transpose(1, 2))  # [B, T, rank]
                return model.linear(name, x) + torch.matmul(low, b)

        past = rest[: 2 * n]
        x = model.embed(input_ids, position_ids)
        presents = []
        for layer in range(n):
            q, k, v = model.qkv_merged(layer, x, linear)
            merged, key, value = GroupQueryAttention.apply(
                q, k, v, past[2 * layer], past[2 * layer + 1], seqlens_k, total_length,
                model.shape.n_head, model.scale,
            )  # fmt: skip
            presents += [key, value]
            x = model.finish_merged(layer, x, merged, linear)
        rows = torch.arange(x.shape[0], device=x.device)
        return (model.logits(x[rows, last]), *presents)


def lora_names(n_layer: int) -> list[str]:
    """The adapters' graph inputs: A then B of every adapted layer, in layer order."""
    layers = [f"h.{layer}.{name}" for layer in range(n_layer) for name in LINEARS]
    return [f"lora_a.{name}" for name in layers] + [f"lora_b.{name}" for name in layers]


ADAPTER_INPUT = {"stacked": "adapter_mask", "gathered": "adapter_rows"}  # OnnxStep's kinds


def io_names(n_layer: int, adapters: str | None = None) -> tuple[list[str], list[str]]:
    """The ONNX graph's input and output names, shared by export and the ONNX backend."""
    past = [f"past_{kind}_{i}" for i in range(n_layer) for kind in ("key", "value")]
    present = [f"present_{kind}_{i}" for i in range(n_layer) for kind in ("key", "value")]
    inputs = ["input_ids", "position_ids", "seqlens_k", "total_sequence_length", "last_index"]
    lora = [ADAPTER_INPUT[adapters]] if adapters else []
    pools = lora_names(n_layer) if adapters else []
    return [*inputs, *lora, *past, *pools], ["logits", *present]
