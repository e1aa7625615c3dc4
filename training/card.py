"""The model card (README.md in the export folder and the archive), rendered from a template.

The YAML header is written by a YAML library and the body by Jinja2, so handles or numbers
can never break the card's structure.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from jinja2 import Environment, PackageLoader, StrictUndefined

from training.clean import DataTable, render_table
from training.tweets import write_atomic

WIDGET_TEXT = "My dream is"


def card_header(handles: list[str]) -> str:
    header = {
        "language": "en",
        "license": "mit",
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
    handles = [table.handle for table in tables]
    body = environment.get_template("model_card.md.j2").render(
        name=name,
        handles=handles,
        table=render_table(tables),
        summary=summary,
        config=summary["config"],
        widget_text=WIDGET_TEXT,
    )
    return card_header(handles) + body


def write_card(path: Path, name: str, tables: list[DataTable], summary: dict) -> None:
    write_atomic(path, render_card(name, tables, summary))
