"""Every serving knob's type and default, in one place (no torch: the front reads it too).

- `EngineConfig`: one engine's row and KV-cache limits;
- `DriverConfig`: the serving loop's step budget, each bot's share, one request's limits;
- `BotLimits`: memory budgets and backends of the bots a server holds;
- `RequestLimits` / `ModelLimits`: what the request contract checks (operator's, model's).

engine/settings.py reads a model-config.yaml's `handler:` section into these.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BACKENDS = ("auto", "onnx", "torch")  # auto: ONNX Runtime where the bot's files allow


@dataclass(frozen=True)
class EngineConfig:
    max_rows: int = 64  # sequences decoding together at most (all of a server's engines)
    max_batch_tokens: int = 32768  # KV-cache positions reserved by running requests at most
    fair_share_rows: int = 32  # rows one bot may hold while another bot has work


@dataclass(frozen=True)
class RequestLimits:
    """What the operator allows one request."""

    max_return_sequences: int = 16
    max_prompt_chars: int = 2000


@dataclass(frozen=True)
class ModelLimits:
    """What the bot's model can do: ids below vocab_size, prompt + answer within the window."""

    vocab_size: int = 50257
    context_window: int = 1024


@dataclass(frozen=True)
class DriverConfig:
    step_budget_s: float = 0.05  # engine steps per handler call, up to this long
    max_in_flight_per_bot: int = 48  # beyond: Overloaded (the other bots keep their share)
    limits: RequestLimits = field(default_factory=RequestLimits)


@dataclass(frozen=True)
class BotLimits:
    adapter_budget_bytes: int = 2 << 30  # resident adapters, per base
    full_budget_bytes: int = 4 << 30  # resident full bots' weights
    rank: int = 8  # highest LoRA rank served
    dtype: str = "auto"  # torch weights: bf16 where the CPU has bf16 dot products, else fp32
    kv_dtype: str = "auto"  # torch KV cache: fp32 on CPUs, else the weights'
    device: str = "cpu"
    full_backend: str = "auto"  # one of BACKENDS
    adapter_backend: str = "auto"  # one of BACKENDS; auto: ONNX Runtime int8 on a CPU
    threads: int = 0  # intra-op threads; 0: every core
