"""The `handler:` section of an archive's model-config.yaml, typed: the one home of its defaults.

`handlers/model-config.yaml` ships every key with its value and the reason for it; the defaults
here apply only to an archive packed with a model-config that leaves a key out
(`MODEL_CONFIG=<file>`). A key nobody reads is refused, by `make train` before any work and by
the worker at load, so a typo never silently keeps a default.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from engine.core import EngineConfig
from engine.multiplex import Limits

MIB = 1 << 20


class SettingsError(ValueError):
    """A `handler:` section the handler cannot use."""


@dataclass(frozen=True)
class ServingSettings:
    max_rows: int = EngineConfig.max_rows
    max_batch_tokens: int = EngineConfig.max_batch_tokens
    step_budget_ms: float = 50.0  # engine steps per handler call, up to this long
    dtype: str = Limits.dtype
    kv_dtype: str = Limits.kv_dtype
    threads: int = 0  # intra-op threads; 0: every core
    max_return_sequences: int = 16
    max_prompt_chars: int = 2000
    adapter_budget_mb: float = Limits.adapter_budget_bytes / MIB
    full_budget_mb: float = Limits.full_budget_bytes / MIB
    max_lora_rank: int = Limits.rank
    bases: tuple[str, ...] = ()  # base hashes the multiplexed model holds; empty: every one
    bot_store: str = ""  # set by training/mar.py for the multiplexed model only

    @classmethod
    def from_section(cls, section: dict | None) -> ServingSettings:
        """The settings a `handler:` mapping gives, each converted to its field's type."""
        section = section or {}
        if not isinstance(section, dict):
            raise SettingsError(f"handler: must be a mapping, not {type(section).__name__}")
        known = {field.name: field for field in fields(cls)}
        unknown = sorted(str(key) for key in section if key not in known)
        if unknown:
            raise SettingsError(
                f"unknown handler setting(s) {', '.join(unknown)} in model-config.yaml "
                f"(known: {', '.join(known)})"
            )
        values = {}
        for name, value in section.items():
            kind = known[name].type
            try:
                if kind == "tuple[str, ...]":
                    values[name] = tuple(str(item) for item in (value or ()))
                else:
                    values[name] = {"int": int, "float": float, "str": str}[kind](value)
            except (TypeError, ValueError) as error:
                wanted = {"int": "an integer", "float": "a number"}.get(kind, "a list of names")
                raise SettingsError(f"handler.{name}: {value!r} is not {wanted}") from error
        settings = cls(**values)
        for name in ("max_rows", "max_batch_tokens", "max_return_sequences", "max_prompt_chars"):
            if getattr(settings, name) < 1:
                raise SettingsError(f"handler.{name} must be at least 1")
        if settings.step_budget_ms < 0 or settings.threads < 0:
            raise SettingsError("handler.step_budget_ms and handler.threads cannot be negative")
        return settings

    def engine_config(self) -> EngineConfig:
        return EngineConfig(max_rows=self.max_rows, max_batch_tokens=self.max_batch_tokens)

    def limits(self, device: str) -> Limits:
        """The multiplexed model's budgets."""
        return Limits(
            adapter_budget_bytes=int(self.adapter_budget_mb * MIB),
            full_budget_bytes=int(self.full_budget_mb * MIB),
            rank=self.max_lora_rank,
            dtype=self.dtype,
            kv_dtype=self.kv_dtype,
            device=device,
        )
