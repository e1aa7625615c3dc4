"""The model card (README.md in the export folder and the archive), rendered from a template.

The YAML header is written by a YAML library and the body by Jinja2; every value that comes
from users or the model (handles, generated tweets) goes through the `md` filter, so no
handle or generation can break the card's Markdown, inject HTML, or end a table cell.
What the card says of the base model (what it is, its license, its limitations) and whether it
warns that the model is useless come from training/base_facts.py.
"""

from __future__ import annotations

import re
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


def card_header(handles: list[str], facts: BaseFacts) -> str:
    header = {
        "language": "en",
        "license": facts.license,
        "library_name": "transformers",
        "pipeline_tag": "text-generation",
        "tags": ["tweetbots", "huggingtweets", "gpt2", "text-generation", *handles],
        "widget": [{"text": WIDGET_TEXT}],
    }
    return "---\n" + yaml.safe_dump(header, sort_keys=False, allow_unicode=True) + "---\n"


def render_card(name: str, tables: list[DataTable], summary: dict) -> str:
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
    )
    return card_header(handles, facts) + body


def write_card(path: Path, name: str, tables: list[DataTable], summary: dict) -> None:
    write_atomic(path, render_card(name, tables, summary))
