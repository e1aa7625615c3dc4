"""GPT-2's adapted layers as one autograd function: the LoRA step's elementwise work, removed.

peft computes `base(x) + lora_B(lora_A(dropout(x.float()))) * scaling`: with the frozen base in
bf16 that is a cast of the input to fp32, a dropout in fp32, autocast's cast back, a separate
add of the two branches, and the same again backward, each a pass over the layer's input
(3,072 wide at the MLP's output: 8 of the 12 largest operators of a LoRA step on a CPU,
bench/results/train_profile.md). Here the input is cast once to the products' dtype, the
dropout keeps torch.where of the input (FastDropout's mask, drawn from torch's generator, so a
seed still fixes every mask) with its 1/(1-p) folded into the adapter's scale, the adapter's
product accumulates into the base's output (one addmm), and backward keeps only the mask and
the dropped input. The same function as peft's (up to where bf16 rounds); only training modules
change: the export rebuilds the model from its trainable state.
"""

from __future__ import annotations

from types import MethodType

import torch

from training.fast_dropout import keep_mask


class LoraConv1D(torch.autograd.Function):
    """`x @ weight + bias + (dropout(x) @ a.T) @ b.T * scale` for a frozen Conv1D `weight`.

    Products run in `dtype`; `a` (rank x in) and `b` (out x rank) are the fp32 adapters.
    """

    @staticmethod
    def forward(ctx, x, weight, bias, a, b, scale, p, dtype):  # noqa: ANN001, D102
        flat = x.reshape(-1, x.shape[-1]).to(dtype)
        a_, b_ = a.to(dtype), b.to(dtype)
        keep = keep_mask(flat.shape, p, flat.device) if p > 0.0 else None
        kept = flat if keep is None else torch.where(keep, flat, 0.0)
        if keep is not None:
            scale = scale / (1.0 - p)
        low = kept @ a_.T  # rows x rank
        out = torch.addmm(bias.to(dtype), flat, weight.to(dtype))
        out.addmm_(low, b_.T, alpha=scale)
        ctx.save_for_backward(kept, low, weight, a_, b_, keep)
        ctx.scale, ctx.x_dtype = scale, x.dtype
        return out.view(*x.shape[:-1], weight.shape[1])

    @staticmethod
    def backward(ctx, grad_out):  # noqa: ANN001, D102
        flat, low, weight, a_, b_, keep = ctx.saved_tensors
        g = grad_out.reshape(-1, grad_out.shape[-1]).to(flat.dtype)
        grad_low = (g @ b_).mul_(ctx.scale)  # rows x rank
        grad_a = (grad_low.T @ flat).float() if ctx.needs_input_grad[3] else None
        grad_b = (g.T @ low).mul_(ctx.scale).float() if ctx.needs_input_grad[4] else None
        grad_x = None
        if ctx.needs_input_grad[0]:
            grad_x = grad_low @ a_
            if keep is not None:
                grad_x = torch.where(keep, grad_x, 0.0)
            grad_x.addmm_(g, weight.to(flat.dtype).T)
            grad_x = grad_x.view(*grad_out.shape[:-1], -1).to(ctx.x_dtype)
        return grad_x, None, None, grad_a, grad_b, None, None, None


def _fused_forward(self, x: torch.Tensor, *args, **kwargs) -> torch.Tensor:  # noqa: ANN001, ANN002, ANN003
    """peft's forward, through LoraConv1D when the layer is one plain adapter on a Conv1D."""
    active = [name for name in self.active_adapters if name in self.lora_A]
    plain = not (args or kwargs or self.disable_adapters or self.merged or len(active) != 1)
    name = active[0] if active else None
    if not plain or name in self.lora_variant or self.lora_B[name].bias is not None:
        return type(self).forward(self, x, *args, **kwargs)
    base = self.base_layer
    device = x.device.type
    dtype = torch.get_autocast_dtype(device) if torch.is_autocast_enabled(device) else x.dtype
    dropout = self.lora_dropout[name]
    p = float(getattr(dropout, "p", 0.0)) if self.training else 0.0
    with torch.autocast(device, enabled=False):
        return LoraConv1D.apply(
            x,
            base.weight,
            base.bias,
            self.lora_A[name].weight,
            self.lora_B[name].weight,
            float(self.scaling[name]),
            p,
            dtype,
        )


def use_fused_lora(model: torch.nn.Module) -> int:
    """Route every peft LoRA layer on a GPT-2 Conv1D through LoraConv1D; the count."""
    from peft.tuners.lora.layer import Linear

    fused = 0
    for module in model.modules():
        if isinstance(module, Linear) and type(module.base_layer).__name__ == "Conv1D":
            module.forward = MethodType(_fused_forward, module)
            fused += 1
    return fused
