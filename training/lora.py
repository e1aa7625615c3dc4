"""LoRA: train low-rank adapters with peft instead of all weights; the export merges them back.

Merging makes the exported model a plain GPT-2 that the handler serves unchanged; the
adapter alone (a few MB instead of hundreds) can be saved too, for serving many users'
adapters on one base later.
"""

from __future__ import annotations

from pathlib import Path

from transformers import PreTrainedModel

DEFAULT_TARGETS = "c_attn,c_proj,c_fc"  # GPT-2's attention (qkv, output) and MLP (in, output)


def add_adapters(
    model: PreTrainedModel, rank: int, alpha: float, dropout: float, targets: str
) -> PreTrainedModel:
    """Freeze `model` and add trainable rank-`rank` adapters to the `targets` layers."""
    from peft import LoraConfig, get_peft_model

    config = LoraConfig(
        r=rank,
        lora_alpha=alpha,
        lora_dropout=dropout,
        target_modules=[t.strip() for t in targets.split(",") if t.strip()],
        fan_in_fan_out=model.config.model_type == "gpt2",  # GPT-2's layers are Conv1D
        task_type="CAUSAL_LM",
    )
    return get_peft_model(model, config)


def save_adapter(model: PreTrainedModel, folder: Path) -> int:
    """Write the adapter alone (safetensors + adapter_config.json); returns its weights' bytes."""
    model.save_pretrained(folder)
    return (folder / "adapter_model.safetensors").stat().st_size


def merge(model: PreTrainedModel) -> PreTrainedModel:
    """Fold the adapters into the base weights: a plain transformers model again."""
    return model.merge_and_unload()
