"""The model card (README.md in the export folder and the archive), rendered from a template.

The YAML header is written by a YAML library and the body by Jinja2; every value that comes
from users or the model (handles, generated tweets) goes through the `md` filter, so no
handle or generation can break the card's Markdown, inject HTML, or end a table cell.
What the card says of the base model (what it is, its license, its limitations) and whether it
warns that the model is useless come from training/base_facts.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from jinja2 import Environment, PackageLoader, StrictUndefined

from training.base_facts import TWEETS_NOTICE, BaseFacts, base_facts, usefulness_warning
from training.clean import DataTable
from training.tweets import write_atomic

WIDGET_TEXT = "My dream is"
# Characters with a meaning inside a line of Markdown (emphasis, code, links, HTML, entities,
# table cells); the card puts values only inside lines (cells, headings, link texts).
MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")


def markdown_text(value: object) -> str:
    """Escape a value to plain text in Markdown: one line, every special character literal."""
    text = re.sub(r"\s+", " ", str(value)).strip()
    return MARKDOWN_INLINE.sub(r"\\\1", text)


def megabytes(size: int) -> str:
    return f"{size / 1e6:,.2f} MB"


@dataclass(frozen=True)
class Usage:
    """Where the card's reader finds the bot, so that its snippets work as written: a folder
    (run from the project's root) or a Hub id for each part."""

    model: str | None  # what `pipeline("text-generation", model=...)` loads (None: adapter only)
    adapter: str | None = None  # the PEFT adapter (AutoPeftModelForCausalLM)
    base: str | None = None  # the adapter's base, as adapter_config.json names it
    tokenizer: str | None = None  # where the adapter's tokenizer is
    hub: str | None = None  # the Hub repo the card is for (None: the export folder)


def export_usage(name: str, base: str | None = None, lora: bool = False) -> Usage:
    """The export folder's card: the merged model, and for a LoRA bot its adapter too."""
    folder = f"exports/{name}"
    if not lora:
        return Usage(model=folder)
    return Usage(model=folder, adapter=f"{folder}/adapter", base=base, tokenizer=folder)


def card_header(
    handles: list[str], facts: BaseFacts, usage: Usage | None = None, base_model: str | None = None
) -> str:
    adapter_only = usage is not None and usage.model is None
    header = {
        "language": "en",
        "license": facts.license,
        "library_name": "peft" if adapter_only else "transformers",
        "pipeline_tag": "text-generation",
        "tags": ["huggingtweets", "tweetbots", "gpt2", "text-generation", *handles],
        "widget": [{"text": WIDGET_TEXT}],
    }
    if base_model:
        header["base_model"] = base_model
    return "---\n" + yaml.safe_dump(header, sort_keys=False, allow_unicode=True) + "---\n"


def render_card(
    name: str,
    tables: list[DataTable],
    summary: dict,
    usage: Usage | None = None,
    base_model: str | None = None,
) -> str:
    """The card; `usage` says where its snippets load the bot from (default: the export
    folder), `base_model` is the Hub id of the model it started from, for the front matter."""
    config = summary["config"]
    usage = usage or export_usage(name, config.get("base"), bool(config.get("lora")))
    environment = Environment(
        loader=PackageLoader("training", "templates"),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    environment.filters["md"] = markdown_text
    environment.filters["mb"] = megabytes
    handles = [table.handle for table in tables]
    facts = base_facts(summary["config"]["base"])
    baseline = summary.get("baseline_perplexity")
    body = environment.get_template("model_card.md.j2").render(
        name=name,
        base=facts,
        warning=None
        if baseline is None
        else usefulness_warning(summary["best"]["validation_perplexity"], baseline),
        handles=handles,
        tables=tables,
        rows=DataTable.ROWS,
        summary=summary,
        config=summary["config"],
        widget_text=WIDGET_TEXT,
        tweets_notice=TWEETS_NOTICE,
        usage=usage,
    )
    return card_header(handles, facts, usage, base_model) + body


def write_card(
    path: Path, name: str, tables: list[DataTable], summary: dict, usage: Usage | None = None
) -> None:
    write_atomic(path, render_card(name, tables, summary, usage))
