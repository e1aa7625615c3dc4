"""The bot store: every published bot on disk, read by the server while training writes to it.

```
bots/
  index.json                 every bot's record (what GET /bots shows), rewritten on change
  .v1/models.json            every bot as OpenAI's model list (GET /v1/models), and each
  .v1/models/<name>.json     bot's model object (GET /v1/models/<name>), rewritten with it
  bases/<hash>/              a base model once (GPT-2 weights, config, tokenizer), by content
  .versions/<name>.<stamp>/  one published version of a bot: bot.json, card, and
                             adapter_model.safetensors + adapter_config.json   (kind "adapter")
                             or model.safetensors + config + tokenizer          (kind "full")
                             (+ hub.json: an imported bot's repo and pinned commit, training.hub)
  <name> -> .versions/...    the live version: a symlink replaced atomically
```

A bot records the base it needs by content hash (sha256 of the base's model.safetensors), not
by name, so a server refuses an adapter trained on other weights than the base it holds. Every
write goes to a private folder first and appears by one rename, so a reader never sees half a
bot.
"""

from __future__ import annotations

import calendar
import json
import os
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from engine.files import file_hash, write_atomic
from engine.names import BOT_NAME, BOT_NAME_RULE

INDEX = "index.json"
V1_MODELS = ".v1"  # the OpenAI-compatible listing, beside the index
OWNER = "tweetbots"  # a model object's owned_by
RECORD = "bot.json"
WEIGHTS = "model.safetensors"
KINDS = ("adapter", "full")


class StoreError(ValueError):
    """A bot or base the store cannot give (unknown, malformed, wrong base)."""


@dataclass
class BotRecord:
    name: str
    kind: str  # "adapter" (LoRA on a shared base) or "full" (its own weights)
    base: dict  # {"hash": "sha256:...", "name": "gpt2"}
    users: list[str] = field(default_factory=list)
    tables: list[dict] = field(default_factory=list)
    best_validation_perplexity: float | None = None
    rank: int | None = None
    bytes: int = 0
    created: str = ""
    version: str = ""  # the version folder's name: changes on every publish
    source: dict | None = None  # an imported bot's Hub repo and pinned commit (training.hub)


def _copy(source: Path, target: Path) -> None:
    """A hard link where the filesystem allows (weights are large), else a copy."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _make_readable(folder: Path) -> None:
    """The store holds no secret: readable by a server running as another user (a container's),
    whatever modes the files were written with (save_pretrained's weights are 0600)."""
    for path in [folder, *folder.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)


class BotStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # -- reading ---------------------------------------------------------------------------------

    def path(self, name: str) -> Path:
        """The bot's live folder (a symlink to its current version)."""
        if not BOT_NAME.fullmatch(name):
            raise StoreError(f"{name!r} is not a bot name ({BOT_NAME_RULE})")
        return self.root / name

    def version_dir(self, record: BotRecord) -> Path:
        """The folder of the version `record` describes: unlike the live link, it does not
        change under a reader when the bot is published again."""
        return self.root / ".versions" / record.version

    def record(self, name: str) -> BotRecord | None:
        """The live version's record, or None when there is no such bot."""
        try:
            data = json.loads((self.path(name) / RECORD).read_text())
        except FileNotFoundError:
            return None
        return BotRecord(**data)

    def records(self) -> list[BotRecord]:
        if not self.root.is_dir():
            return []
        found = []
        for entry in sorted(self.root.iterdir()):
            if entry.is_symlink() and BOT_NAME.fullmatch(entry.name):
                record = self.record(entry.name)
                if record is not None:
                    found.append(record)
        return found

    def base_dir(self, base_hash: str) -> Path:
        return self.root / "bases" / base_hash.removeprefix("sha256:")[:32]

    def bases(self) -> dict[str, Path]:
        """Every base the store holds: {hash: folder}."""
        folder = self.root / "bases"
        if not folder.is_dir():
            return {}
        held = {}
        for entry in folder.iterdir():
            meta = entry / "base.json"
            if meta.exists():
                held[json.loads(meta.read_text())["hash"]] = entry
        return held

    # -- writing ---------------------------------------------------------------------------------

    def add_base(self, folder: Path, name: str) -> str:
        """Keep a base model folder (save_pretrained) once, by its weights' hash; the hash."""
        base_hash = file_hash(folder / WEIGHTS)
        target = self.base_dir(base_hash)
        if (target / "base.json").exists():
            return base_hash
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
        for item in folder.iterdir():
            if item.is_file():
                _copy(item, staging / item.name)
        _make_readable(staging)
        (staging / "base.json").write_text(json.dumps({"hash": base_hash, "name": name}) + "\n")
        try:
            staging.rename(target)
        except OSError:  # another writer kept the same base first
            shutil.rmtree(staging, ignore_errors=True)
        return base_hash

    def publish(self, record: BotRecord, files: list[Path], *, index: bool = True) -> Path:
        """Make `record` with `files` the bot's live version, in one atomic step. `index=False`
        leaves index.json to one `write_index` after many publishes (it reads every record)."""
        if record.kind not in KINDS:
            raise StoreError(f"kind must be one of {KINDS}, not {record.kind!r}")
        live = self.path(record.name)
        versions = self.root / ".versions"
        versions.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=versions, prefix=f".{record.name}."))
        for item in files:
            if item.is_dir():
                shutil.copytree(item, staging / item.name)
            else:
                _copy(item, staging / item.name)
        _make_readable(staging)
        record.bytes = sum(p.stat().st_size for p in staging.rglob("*") if p.is_file())
        record.created = record.created or time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        version = versions / f"{record.name}.{time.strftime('%Y%m%d%H%M%S')}.{staging.name[-6:]}"
        record.version = version.name
        (staging / RECORD).write_text(json.dumps(asdict(record), indent=2) + "\n")
        staging.rename(version)
        previous = live.resolve() if live.is_symlink() else None
        link = self.root / f".{record.name}.link.{os.getpid()}"
        link.unlink(missing_ok=True)
        link.symlink_to(version.relative_to(self.root))
        os.replace(link, live)  # the switch: readers see the old version or the new one
        # The previous version stays (a request admitted before the switch may still load
        # it); older ones go.
        self._prune(record.name, keep={version.resolve(), previous})
        if index:
            self.write_index()
        return live

    def remove(self, name: str) -> bool:
        live = self.path(name)
        if not live.is_symlink():
            return False
        live.unlink()
        self._prune(name, keep=set())
        self.write_index()
        return True

    def _prune(self, name: str, keep: set) -> None:
        """Delete the bot's version folders but those in `keep`."""
        versions = self.root / ".versions"
        for folder in versions.glob(f"{name}.*"):
            if folder.resolve() not in keep and folder.name.split(".", 1)[0] == name:
                shutil.rmtree(folder, ignore_errors=True)

    def write_index(self) -> None:
        """index.json: what the front serves as GET /bots; and .v1/: GET /v1/models."""
        records = self.records()
        bots = [asdict(record) for record in records]
        write_atomic(self.root / INDEX, json.dumps({"bots": bots}, indent=2) + "\n", 0o644)
        folder = self.root / V1_MODELS / "models"
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder.parent, 0o755)
        os.chmod(folder, 0o755)
        models = [model_object(record) for record in records]
        for model in models:
            write_atomic(folder / f"{model['id']}.json", json.dumps(model) + "\n", 0o644)
        listing = {"object": "list", "data": models}
        write_atomic(folder.parent / "models.json", json.dumps(listing) + "\n", 0o644)
        for stale in set(folder.glob("*.json")) - {folder / f"{m['id']}.json" for m in models}:
            stale.unlink(missing_ok=True)


def model_object(record: BotRecord) -> dict:
    """A bot as OpenAI's model object. An adapter's `parent` is its base, as vLLM shows its
    LoRA adapters; a full bot has its own weights (no parent), trained from `base`."""
    try:
        created = calendar.timegm(time.strptime(record.created, "%Y-%m-%dT%H:%M:%SZ"))
    except (TypeError, ValueError):
        created = 0
    base = record.base.get("name")
    return {"id": record.name, "object": "model", "created": created, "owned_by": OWNER,
            "root": record.name, "parent": base if record.kind == "adapter" else None,
            "kind": record.kind, "base": base}  # fmt: skip


class FolderStore(BotStore):
    """One published bot in a flat folder: a dedicated archive's model directory (its store
    version's files and bot.json). Read-only; holds no base, so only a full bot fits."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.only = BotRecord(**json.loads((Path(folder) / RECORD).read_text()))

    def record(self, name: str) -> BotRecord | None:
        return self.only if name == self.only.name else None

    def records(self) -> list[BotRecord]:
        return [self.only]

    def version_dir(self, record: BotRecord) -> Path:
        return self.root

    def bases(self) -> dict[str, Path]:
        return {}
