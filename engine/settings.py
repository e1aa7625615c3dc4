"""The `handler:` section of an archive's model-config.yaml, typed: the one home of its defaults.

`handlers/model-config.yaml` ships every key with its value and the reason for it; the defaults
here apply only to an archive packed with a model-config that leaves a key out
(`MODEL_CONFIG=<file>`). A key nobody reads is refused, by `make train` before any work and by
the worker at load, so a typo never silently keeps a default.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from engine.config import BACKENDS, BotLimits, DriverConfig, EngineConfig, RequestLimits

MIB = 1 << 20


class SettingsError(ValueError):
    """A `handler:` section the handler cannot use."""


@dataclass(frozen=True)
class ServingSettings:
    max_rows: int = EngineConfig.max_rows
    max_batch_tokens: int = EngineConfig.max_batch_tokens
    fair_share_rows: int = EngineConfig.fair_share_rows
    step_budget_ms: float = DriverConfig.step_budget_s * 1000  # engine steps per call
    max_in_flight_per_bot: int = DriverConfig.max_in_flight_per_bot
    dtype: str = BotLimits.dtype
    kv_dtype: str = BotLimits.kv_dtype
    full_backend: str = BotLimits.full_backend
    adapter_backend: str = BotLimits.adapter_backend
    threads: int = BotLimits.threads  # intra-op threads; 0: every core
    max_return_sequences: int = RequestLimits.max_return_sequences
    max_prompt_chars: int = RequestLimits.max_prompt_chars
    adapter_budget_mb: float = BotLimits.adapter_budget_bytes / MIB
    full_budget_mb: float = BotLimits.full_budget_bytes / MIB
    max_lora_rank: int = BotLimits.rank
    bases: tuple[str, ...] = ()  # base hashes the server holds; empty: every one in the store
    bot_store: str = ""  # set when `make serve` packs bots.mar; empty: the archive's own bot

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
        positive = ("max_rows", "max_batch_tokens", "max_return_sequences", "max_prompt_chars",
                    "max_in_flight_per_bot", "fair_share_rows")  # fmt: skip
        for name in positive:
            if getattr(settings, name) < 1:
                raise SettingsError(f"handler.{name} must be at least 1")
        if settings.step_budget_ms < 0 or settings.threads < 0:
            raise SettingsError("handler.step_budget_ms and handler.threads cannot be negative")
        for name in ("full_backend", "adapter_backend"):
            if getattr(settings, name) not in BACKENDS:
                raise SettingsError(f"handler.{name} must be one of {', '.join(BACKENDS)}")
        return settings

    def engine_config(self) -> EngineConfig:
        return EngineConfig(self.max_rows, self.max_batch_tokens, self.fair_share_rows)

    def driver_config(self) -> DriverConfig:
        return DriverConfig(
            step_budget_s=self.step_budget_ms / 1000,
            max_in_flight_per_bot=self.max_in_flight_per_bot,
            limits=RequestLimits(self.max_return_sequences, self.max_prompt_chars),
        )

    def limits(self, device: str) -> BotLimits:
        """The bots' budgets and backends."""
        return BotLimits(
            adapter_budget_bytes=int(self.adapter_budget_mb * MIB),
            full_budget_bytes=int(self.full_budget_mb * MIB),
            rank=self.max_lora_rank,
            dtype=self.dtype,
            kv_dtype=self.kv_dtype,
            device=device,
            full_backend=self.full_backend,
            adapter_backend=self.adapter_backend,
            threads=self.threads,
        )


def build_driver(settings: ServingSettings, store, gpu_id: int | None = None):
    """The serving loop for `store` (a BotStore, or a FolderStore for a dedicated archive) with
    these settings: what the TorchServe handler and `make generate` serve through."""
    import torch
    from transformers import AutoTokenizer

    from engine.driver import Driver
    from engine.multiplex import Bots

    if settings.threads:
        torch.set_num_threads(settings.threads)
    use_gpu = gpu_id is not None and torch.cuda.is_available()
    bots = Bots(
        store,
        AutoTokenizer.from_pretrained,
        settings.engine_config(),
        settings.limits(f"cuda:{gpu_id}" if use_gpu else "cpu"),
        set(settings.bases) or None,
        gpu_id if use_gpu else None,
    )
    return Driver(bots, settings.driver_config())
