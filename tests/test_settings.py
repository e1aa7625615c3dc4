"""The handler's settings: typed, defaults in one place, every shipped key known, typos refused."""

from __future__ import annotations

import pytest
import yaml
from conftest import ROOT

from engine.config import BotLimits, DriverConfig, EngineConfig
from engine.settings import MIB, ServingSettings, SettingsError


def test_the_shipped_section_is_all_known_and_typed():
    section = yaml.safe_load((ROOT / "handlers" / "model-config.yaml").read_text())["handler"]
    settings = ServingSettings.from_section(section)
    assert {name: getattr(settings, name) for name in section} == section  # nothing dropped


def test_defaults_are_the_engines_own():
    settings = ServingSettings.from_section(None)
    assert settings.engine_config() == EngineConfig()
    assert settings.limits("cpu") == BotLimits()
    assert settings.driver_config() == DriverConfig()


def test_values_are_converted_to_the_fields_types():
    settings = ServingSettings.from_section(
        {"max_rows": "8", "adapter_budget_mb": 0.5, "bases": ["sha256:ab"], "threads": 1.0}
    )
    assert (settings.max_rows, settings.threads, settings.bases) == (8, 1, ("sha256:ab",))
    assert settings.limits("cpu").adapter_budget_bytes == MIB // 2


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"max_row": 32}, "unknown handler setting(s) max_row in model-config.yaml"),
        ({"max_rows": "many"}, "handler.max_rows: 'many' is not an integer"),
        ({"max_rows": 0}, "handler.max_rows must be at least 1"),
        ({"step_budget_ms": -1}, "cannot be negative"),
        ({"max_in_flight_per_bot": 0}, "handler.max_in_flight_per_bot must be at least 1"),
        ({"full_backend": "tpu"}, "handler.full_backend must be one of auto, onnx, torch"),
        (["max_rows"], "handler: must be a mapping, not list"),
    ],
)
def test_bad_sections_are_refused_naming_the_key(section, message):
    with pytest.raises(SettingsError) as refused:
        ServingSettings.from_section(section)
    assert message in str(refused.value)
