"""The faster loop (issue 16) computes what the loop before it did.

The chunked output layer gives the loss and gradients of the full logits; the precision is
chosen per machine and recorded; the new loop's model learns as well as the reference fp32
loop's (validation loss within 2% after the same steps, on the tiny model that learns on the
sample). Under bf16 "the same" can only mean that: bf16 rounds differently from fp32, so
bit-identical runs hold per precision (same machine, same threads), not across precisions.
"""

from __future__ import annotations

import json

import pytest
import torch
import torch.nn.functional as F
from train_helpers import BLOCK_SIZE, SEED, sample_dataset, summary

from engine.backends import native_bf16
from training.distributed import Processes
from training.train import HeadBuffers, HeadLoss, TrainConfig, choose_precision, prepare, train

LEARNS = {"base": "tiny", "epochs": 3, "batch_size": 8, "block_size": BLOCK_SIZE}
LEARNS |= {"learning_rate": 3e-3, "threads": 1}  # the demo's rate: the tiny model learns


def head_case(rows: int = 50, width: int = 16, vocab: int = 300) -> tuple:
    torch.manual_seed(0)
    hidden = torch.randn(rows, width, requires_grad=True)
    weight = torch.randn(vocab, width, requires_grad=True)
    labels = torch.randint(0, vocab, (rows,))
    labels[::7] = -100  # padding
    return hidden, weight, labels


def test_the_chunked_output_layer_gives_the_full_logits_loss_and_gradients():
    hidden, weight, labels = head_case()
    expected = F.cross_entropy(hidden @ weight.T, labels, ignore_index=-100, reduction="sum")
    want_h, want_w = torch.autograd.grad(expected, (hidden, weight))
    got = HeadLoss.apply(hidden, weight, labels, torch.float32, 16, True)  # 4 chunks
    got_h, got_w = torch.autograd.grad(got * 2.0, (hidden, weight))
    assert got.item() == pytest.approx(expected.item(), rel=1e-5)
    torch.testing.assert_close(got_h, 2 * want_h, rtol=1e-4, atol=1e-5)
    torch.testing.assert_close(got_w, 2 * want_w, rtol=1e-4, atol=1e-5)


def test_in_bf16_the_output_layer_stays_close_and_frozen_weights_get_no_gradient():
    hidden, weight, labels = head_case()
    expected = F.cross_entropy(hidden @ weight.T, labels, ignore_index=-100, reduction="sum")
    want_h = torch.autograd.grad(expected, hidden)[0]
    frozen = weight.detach()  # LoRA's tied embedding: no weight gradient work
    got = HeadLoss.apply(hidden, frozen, labels, torch.bfloat16, 16, True)
    (got_h,) = torch.autograd.grad(got, hidden)
    assert got.item() == pytest.approx(expected.item(), rel=0.02)
    assert F.cosine_similarity(got_h.flatten(), want_h.flatten(), dim=0) > 0.99


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_kept_head_buffers_give_what_fresh_ones_give_and_a_changed_weight_is_cast_again(dtype):
    hidden, weight, labels = head_case()
    buffers = HeadBuffers()
    for rows in (64, 40, 64):  # a shorter batch in between: buffers larger than the chunk
        fresh = HeadLoss.apply(hidden[:rows], weight, labels[:rows], dtype, 16, True)
        fresh_h, fresh_w = torch.autograd.grad(fresh, (hidden, weight))
        kept = HeadLoss.apply(hidden[:rows], weight, labels[:rows], dtype, 16, True, buffers)
        kept_h, kept_w = torch.autograd.grad(kept, (hidden, weight))
        assert torch.equal(kept, fresh) and torch.equal(kept_h, fresh_h)
        assert torch.equal(kept_w, fresh_w)
    frozen = weight.detach().clone()
    first = HeadLoss.apply(hidden, frozen, labels, dtype, 16, False, buffers)
    with torch.no_grad():
        frozen.mul_(2.0)  # an in-place change moves the version: the cast must follow
    assert not torch.equal(HeadLoss.apply(hidden, frozen, labels, dtype, 16, False, buffers), first)
    assert torch.equal(
        HeadLoss.apply(hidden, frozen, labels, dtype, 16, False, buffers),
        HeadLoss.apply(hidden, frozen, labels, dtype, 16, False),
    )


def test_the_precision_is_chosen_per_machine_and_can_be_forced():
    cpu = torch.device("cpu")
    assert choose_precision("fp32", cpu)[0] == "fp32"
    assert choose_precision("auto", cpu)[0] == ("bf16" if native_bf16() else "fp32")
    single = Processes(0, 1, 1, cpu, started_group=False)
    setup = prepare(TrainConfig(base="tiny", lora=True, precision="bf16"), SEED, single)
    frozen = {p.dtype for p in setup.model.parameters() if not p.requires_grad}
    assert torch.bfloat16 in frozen  # the base's matrices, held in bf16
    assert {p.dtype for p in setup.trainable} == {torch.float32}  # master weights stay fp32
    assert all(group["fused"] for group in setup.optimizer.param_groups)  # 4x foreach on a CPU


def validation_after(tmp_path, data, label: str, reference: bool, **overrides) -> dict:
    config = TrainConfig(**{**LEARNS, **overrides})
    export = train("samplebot", data, tmp_path / f"runs_{label}", tmp_path / label, config, SEED,
                   reference=reference)  # fmt: skip
    return summary(export)


@pytest.mark.parametrize("precision", ["auto", "bf16"])
def test_the_new_loop_learns_as_well_as_the_fp32_loop(tmp_path, precision, capsys):
    if precision == "bf16" and not (native_bf16() or torch.cuda.is_available()):
        pytest.skip("no native bf16 here (AVX512-BF16, AMX or CUDA): emulated bf16 is too slow")
    data = sample_dataset(tmp_path)
    before = validation_after(tmp_path, data, "before", reference=True)
    after = validation_after(tmp_path, data, "after", reference=False, precision=precision)
    used = choose_precision(precision, torch.device("cpu"))[0]
    assert after["precision"]["used"] == used and after["precision"]["why"]
    first, last = before["epochs"][0]["validation_loss"], before["epochs"][-1]["validation_loss"]
    assert last < first * 0.9, "the yardstick model did not learn: the comparison means nothing"
    for old, new in zip(before["epochs"], after["epochs"], strict=True):
        assert new["step"] == old["step"]
        assert new["validation_loss"] == pytest.approx(old["validation_loss"], rel=0.02)
    out = capsys.readouterr().out
    assert f"precision {used}:" in out and "ETA: about" in out and "trained in" in out
    print(json.dumps({"before": before["epochs"], "after": after["epochs"]}))
