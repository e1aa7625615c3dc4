"""FastDropout is dropout: the rate, the scale, the seed, eval mode, gradients, and the swap."""

from __future__ import annotations

import copy

import pytest
import torch
from transformers import GPT2Config, GPT2LMHeadModel

from training.fast_dropout import ATTENTION, FastDropout, attention, keep_mask, use_fast_dropout
from training.lora import DEFAULT_TARGETS, add_adapters


@pytest.mark.parametrize("p", [0.05, 0.1, 0.5])
def test_each_element_is_dropped_independently_at_the_rate(p):
    torch.manual_seed(0)
    kept = keep_mask(torch.Size([2_000, 1_001]), p, torch.device("cpu"))  # odd: a partial draw
    assert kept.shape == (2_000, 1_001) and kept.dtype == torch.bool
    rate = 1 - kept.float().mean().item()
    assert abs(rate - p) < 5 * (p * (1 - p) / kept.numel()) ** 0.5 + 2e-5  # 5 sigma
    # independent across positions: neighbours (inside one 64-bit draw and across) agree by chance
    flat = kept.flatten().float()
    for lag in (1, 3, 4):
        both = (flat[:-lag] * flat[lag:]).mean().item()
        assert abs(both - (1 - p) ** 2) < 0.003


def test_survivors_are_scaled_and_gradients_follow_the_mask():
    layer = FastDropout(0.25).train()
    x = torch.ones(400, 300, requires_grad=True)
    torch.manual_seed(1)
    y = layer(x)
    assert torch.unique(y).tolist() == [0.0, pytest.approx(1 / 0.75)]
    y.sum().backward()
    assert torch.equal(x.grad, y.detach())  # d(sum)/dx is the scaled mask itself
    assert y.dtype == x.dtype and layer(x.bfloat16()).dtype == torch.bfloat16


def test_a_seed_fixes_the_mask_and_eval_mode_is_the_identity():
    layer = FastDropout(0.1).train()
    x = torch.randn(64, 768)
    torch.manual_seed(7)
    first = layer(x)
    torch.manual_seed(7)
    assert torch.equal(layer(x), first)
    assert not torch.equal(layer(x), first)  # the next draw differs
    assert layer.eval()(x) is x
    assert FastDropout(0.0).train()(x) is x


def test_every_dropout_of_gpt2_and_its_adapters_is_swapped():
    config = GPT2Config(n_layer=2, n_embd=32, n_head=2, n_positions=64, vocab_size=100)
    model = add_adapters(GPT2LMHeadModel(config), 4, 8.0, 0.05, DEFAULT_TARGETS)
    before = [m.p for m in model.modules() if type(m) is torch.nn.Dropout]
    assert use_fast_dropout(model) == len(before) > 0
    assert not [m for m in model.modules() if type(m) is torch.nn.Dropout]
    assert sorted(m.p for m in model.modules() if isinstance(m, FastDropout)) == sorted(before)


def test_attention_takes_its_dropout_from_fast_masks_and_leaves_no_trace_in_the_config(tmp_path):
    torch.manual_seed(0)
    config = GPT2Config(n_layer=2, n_embd=64, n_head=4, n_positions=64, vocab_size=100)
    plain, fast = GPT2LMHeadModel(config), GPT2LMHeadModel(copy.deepcopy(config))
    fast.load_state_dict(plain.state_dict())
    use_fast_dropout(fast)
    assert fast.config._attn_implementation == ATTENTION != plain.config._attn_implementation
    ids, mask = torch.randint(0, 100, (3, 20)), torch.ones(3, 20, dtype=torch.long)
    mask[0, 12:] = 0  # padding: the mask must still reach the attention
    with torch.no_grad():
        want = plain.eval()(input_ids=ids, attention_mask=mask).logits
        got = fast.eval()(input_ids=ids, attention_mask=mask).logits
    torch.testing.assert_close(got[mask.bool()], want[mask.bool()])
    fast.train()
    torch.manual_seed(3)
    first = fast(input_ids=ids, attention_mask=mask).logits
    torch.manual_seed(3)
    assert torch.equal(fast(input_ids=ids, attention_mask=mask).logits, first)
    query = torch.randn(2, 4, 16, 8)
    _, weights = attention(fast.transformer.h[0].attn, query, query, query, None, dropout=0.25)
    dropped = (weights == 0).float().mean().item()
    assert abs(dropped - 0.25) < 0.03  # softmax weights are positive: zeros are the dropped
    fast.save_pretrained(tmp_path)
    assert ATTENTION not in (tmp_path / "config.json").read_text()
