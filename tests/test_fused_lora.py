"""LoraConv1D is peft's LoRA layer: the same outputs, gradients and masks, and the same seeds."""

from __future__ import annotations

import copy

import pytest
import torch
from transformers import GPT2Config, GPT2LMHeadModel

from training.fast_dropout import use_fast_dropout
from training.fused_lora import use_fused_lora
from training.lora import DEFAULT_TARGETS, add_adapters

CONFIG = GPT2Config(n_layer=2, n_embd=64, n_head=4, n_positions=64, vocab_size=100)


def pair(dropout: float) -> tuple[torch.nn.Module, torch.nn.Module]:
    """Two identical LoRA models with non-zero adapters; the second fused."""
    torch.manual_seed(0)
    plain = add_adapters(GPT2LMHeadModel(CONFIG), 4, 8.0, dropout, DEFAULT_TARGETS)
    for name, param in plain.named_parameters():
        if "lora_B" in name:  # peft starts B at zero: the adapter's products would be invisible
            torch.nn.init.normal_(param, std=0.1)
    use_fast_dropout(plain)
    fused = copy.deepcopy(plain)
    assert use_fused_lora(fused) == 4 * CONFIG.n_layer  # c_attn, attn.c_proj, c_fc, mlp.c_proj
    return plain, fused


def step(model: torch.nn.Module, seed: int, autocast: bool) -> tuple[torch.Tensor, dict]:
    """One forward and backward of a fixed batch from `seed`; the logits and the adapters' grads."""
    ids = torch.randint(0, 100, (3, 20), generator=torch.Generator().manual_seed(1))
    model.zero_grad(set_to_none=True)
    torch.manual_seed(seed)
    with torch.autocast("cpu", dtype=torch.bfloat16, enabled=autocast):
        logits = model(input_ids=ids).logits
    (logits.float() ** 2).mean().backward()
    grads = {n: p.grad.clone() for n, p in model.named_parameters() if p.requires_grad}
    return logits.detach().float(), grads


@pytest.mark.parametrize("dropout", [0.0, 0.2])
def test_outputs_and_gradients_match_peft_in_fp32(dropout):
    plain, fused = pair(dropout)
    plain.train(), fused.train()
    want_logits, want = step(plain, 5, autocast=False)
    got_logits, got = step(fused, 5, autocast=False)  # the same seed draws the same masks
    torch.testing.assert_close(got_logits, want_logits, rtol=1e-5, atol=1e-5)
    assert want.keys() == got.keys() and any("lora_A" in n for n in want)
    for name in want:
        torch.testing.assert_close(got[name], want[name], rtol=1e-4, atol=1e-6, msg=name)


def test_under_bf16_autocast_it_stays_within_bf16_rounding_of_peft():
    plain, fused = pair(0.1)
    for model in (plain, fused):
        for module in model.modules():
            if type(module).__name__ == "Conv1D":
                module.to(torch.bfloat16)  # as training.train.prepare holds the frozen base
    want_logits, want = step(plain.train(), 9, autocast=True)
    got_logits, got = step(fused.train(), 9, autocast=True)
    assert (got_logits - want_logits).abs().max() <= 0.05 * want_logits.abs().max()
    for name in want:
        assert got[name].dtype == torch.float32  # fp32 master weights get fp32 gradients
        cosine = torch.nn.functional.cosine_similarity(got[name].flatten(), want[name].flatten(), 0)
        assert cosine > 0.99, name


def test_a_seed_fixes_the_masks_and_eval_mode_drops_nothing():
    _, fused = pair(0.5)
    fused.train()
    first, _ = step(fused, 3, autocast=False)
    again, _ = step(fused, 3, autocast=False)
    other, _ = step(fused, 4, autocast=False)
    assert torch.equal(first, again) and not torch.equal(first, other)
    fused.eval()
    plain_eval = copy.deepcopy(fused)
    for module in plain_eval.modules():
        module.__dict__.pop("forward", None)  # back to peft's own forward
    ids = torch.randint(0, 100, (2, 16))
    with torch.no_grad():
        torch.testing.assert_close(fused(input_ids=ids).logits, plain_eval(input_ids=ids).logits)


def test_disabled_or_merged_adapters_take_peft_s_own_path():
    plain, fused = pair(0.0)
    plain.eval(), fused.eval()
    ids = torch.randint(0, 100, (2, 16))
    with torch.no_grad():
        adapted = fused(input_ids=ids).logits
        with fused.disable_adapter(), plain.disable_adapter():
            bare = fused(input_ids=ids).logits
            torch.testing.assert_close(bare, plain(input_ids=ids).logits)
        assert not torch.allclose(bare, adapted)  # the adapters were really off
        fused.merge_adapter(), plain.merge_adapter()
        torch.testing.assert_close(fused(input_ids=ids).logits, plain(input_ids=ids).logits)
        torch.testing.assert_close(fused(input_ids=ids).logits, adapted, rtol=1e-4, atol=1e-5)
