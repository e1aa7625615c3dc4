"""Publish a trained bot into the bot store, where a running server finds it at once.

- A LoRA bot (`LORA=1`) is published as its adapter (a few MB), its card and data table, and a
  reference to its base by content hash; the base itself (the exact weights training started
  from, `tiny`'s seeded random ones included) is kept in the store once.
- A full fine-tune is published with its weights and its ONNX graph (int8 by default: what the
  server runs it on; hard-linked from the export where the filesystem allows), then packed as
  its own TorchServe archive (`model_store/<name>.mar`, training/mar.py) from that version.

Usage: python -m training.publish --name NAME [--export_dir exports] [--bot_store bots]
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from transformers import HfArgumentParser

from engine.backends import BACKEND_FILE, ONNX_FILES
from engine.config import BotLimits
from engine.files import write_atomic
from engine.onnx_graph import ADAPTER_GRAPHS, adapter_graph_name, adapter_graphs
from engine.store import BotRecord, BotStore
from training.base_model import load_base
from training.errors import TweetbotsError, run_stage

FULL_FILES = (
    "model.safetensors",
    "config.json",
    "generation_config.json",
    "tokenizer.json",
    "tokenizer_config.json",
    "vocab.json",
    "merges.txt",
    "special_tokens_map.json",
)
CARD_FILES = ("README.md", "loss.png", "training.json", "tables.json")
ONNX_REPORT = "onnx_export.json"


def serving_files(folder: Path, backend: str) -> list[Path]:
    """What the server needs to run a full bot on `backend`: the int8 graph (or the fp32 one
    when QUANTIZE=none) for onnx; a backend.json that says torch otherwise."""
    if backend == "torch":
        choice = folder / BACKEND_FILE
        write_atomic(choice, json.dumps({"backend": "torch"}) + "\n")
        return [choice]
    (folder / BACKEND_FILE).unlink(missing_ok=True)
    graph = next((folder / f for f in ONNX_FILES if (folder / f).exists()), None)
    if graph is None:
        raise TweetbotsError(
            f"no ONNX graph in {folder}: run `python -m training.export_onnx --name {folder.name}`"
            " or train with BACKEND=torch"
        )
    return [graph, *([folder / ONNX_REPORT] if (folder / ONNX_REPORT).exists() else [])]


def full_bot_files(folder: Path, backend: str) -> list[Path]:
    """A full bot's files in the store: its weights, config and tokenizer, and what `backend`
    runs (training's publish and the Hub's import both publish these)."""
    files = [folder / item for item in FULL_FILES if (folder / item).exists()]
    return files + serving_files(folder, backend)


def publish(name: str, export_dir: Path, store_root: Path, backend: str = "onnx") -> BotRecord:
    folder = export_dir / name
    summary_path = folder / "training.json"
    if not summary_path.exists():
        raise TweetbotsError(f"no trained bot in {folder}: run `make train` first")
    summary = json.loads(summary_path.read_text())
    config = summary["config"]
    tables = (
        json.loads((folder / "tables.json").read_text())
        if (folder / "tables.json").exists()
        else []
    )
    store = BotStore(store_root)
    store.root.mkdir(parents=True, exist_ok=True)
    record = BotRecord(
        name=name,
        kind="adapter" if config.get("lora") else "full",
        base={"name": config["base"], "hash": None},
        users=[table["handle"] for table in tables] or name.split("-"),
        tables=tables,
        best_validation_perplexity=summary["best"]["validation_perplexity"],
    )
    cards = [folder / item for item in CARD_FILES if (folder / item).exists()]
    if record.kind == "adapter":
        adapter = folder / "adapter"
        if not (adapter / "adapter_model.safetensors").exists():
            raise TweetbotsError(f"no LoRA adapter in {adapter}: train with LORA=1")
        record.rank = json.loads((adapter / "adapter_config.json").read_text())["r"]
        record.base["hash"] = keep_base(store, config["base"], summary["seed"])
        files = [adapter / "adapter_model.safetensors", adapter / "adapter_config.json", *cards]
    else:
        files = full_bot_files(folder, backend) + cards
    store.publish(record, files)
    size = record.bytes / 1e6
    print(f"published {record.kind} bot {name} ({size:,.2f} MB) -> {store.path(name)}")
    return record


def keep_base(store: BotStore, base: str, seed: int) -> str:
    """The base training started from, kept in the store once with the int8 graph its adapter
    bots decode on (engine.onnx_graph; built here so a server's first answer does not wait
    for it); its content hash."""
    model, tokenizer = load_base(base, seed)
    with tempfile.TemporaryDirectory(dir=store.root) as staging:
        model.save_pretrained(staging)
        tokenizer.save_pretrained(staging)
        base_hash = store.add_base(Path(staging), base)
    keep_adapter_graph(store, base_hash)
    return base_hash


def keep_adapter_graph(store: BotStore, base_hash: str) -> None:
    """Build the base's graphs for adapter bots into the store now (publish, Hub import)."""
    folder = store.base_dir(base_hash)
    names = [adapter_graph_name(BotLimits.rank, kind) for kind in ADAPTER_GRAPHS]
    if not all((folder / name).is_file() for name in names):
        adapter_graphs(folder, BotLimits.rank)
        print(f"base {folder.name}: its adapter bots' int8 graphs kept in the store")


@dataclass
class PublishArguments:
    name: str = field(metadata={"help": "bot name (handles joined with -): exports/<name>/"})
    export_dir: Path = field(default=Path("exports"), metadata={"help": "exported models"})
    bot_store: Path = field(default=Path("bots"), metadata={"help": "the bot store"})
    backend: str = field(default="onnx", metadata={"help": "full bots: onnx or torch"})


def main(argv: list[str] | None = None) -> None:
    (args,) = HfArgumentParser(PublishArguments).parse_args_into_dataclasses(argv)
    run_stage(lambda: publish(args.name, args.export_dir, args.bot_store, args.backend))


if __name__ == "__main__":
    main()
