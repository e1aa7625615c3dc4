"""Bots in and out through the Hugging Face Hub: `make share` and `make import`.

- `share` pushes a bot of the store as a standard model repository, in one commit (a re-share
  is one more commit, and none when nothing changed): a full bot as its safetensors weights,
  config (with the prompt prefix), tokenizer and generation_config.json, and its ONNX int8
  graph under `onnx/`; an adapter bot as its PEFT files naming its base's Hub id, with the
  base's tokenizer. The card is the bot's own, in huggingtweets' format, its snippets loading
  the repo. Private unless `--public`. An adapter whose base exists only here (`tiny`, a
  local folder) is refused: nobody else could load it.
- `import` pulls a GPT-2 model or a LoRA adapter on a GPT-2 base into the store, pinned to
  one commit: the architecture and sizes are checked from config.json and the repo's file list
  before any weights are downloaded, only safetensors weights are taken (a repo with only
  pickled weights is refused, never unpickled), the card is kept and `hub.json` records the
  repo and commit. A full model is exported to ONNX int8 (what the server runs full bots on)
  and published in one atomic step, so a running server answers it from its next request.
  Downloads go through huggingface_hub's cache: a dropped connection is resumed where it
  stopped (its retries send a Range), an interrupted import leaves nothing in the store, and a
  rerun fetches only the files the cache does not hold whole (huggingface_hub 1.x and later
  discard a partial file rather than resume it across processes).

The token is HF_TOKEN (huggingface_hub reads it); it is never printed, logged or written.
Every failure is one sentence (training.errors.TweetbotsError).

Usage: python -m training.hub share --name BOT --repo OWNER/NAME [--public] [--bot_store bots]
       python -m training.hub import --repo OWNER/NAME [--name BOT] [--revision REV]
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from engine.files import write_atomic
from engine.names import BOT_NAME, BOT_NAME_RULE, SERVING_MODEL
from engine.store import BotRecord, BotStore
from training import standard
from training.errors import TweetbotsError, run_stage

TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "vocab.json", "merges.txt",
                   "special_tokens_map.json")  # fmt: skip
ADAPTER_FILES = ("adapter_model.safetensors", "adapter_config.json")
PICKLED = (".bin", ".pt", ".pth", ".ckpt", ".pkl", ".pickle")
HUB_RECORD = "hub.json"  # an imported bot's repo, pinned commit and files
GPT2_LINEARS = {"c_attn", "c_proj", "c_fc"}
# The largest GPT-2 (gpt2-xl): an import beyond it is refused before any download.
LIMITS = {"n_layer": 48, "n_embd": 1600, "n_head": 25, "n_positions": 1024, "vocab_size": 60000}


def endpoint() -> str:
    from huggingface_hub import constants

    return constants.ENDPOINT


def _token() -> str | None:
    return os.environ.get("HF_TOKEN") or None


def _scrub(text: str) -> str:
    """A message without the token, whatever a library put in it."""
    token = _token()
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first.replace(token, "<HF_TOKEN>") if token else first


@contextmanager
def hub_errors(repo: str, revision: str | None = None) -> Iterator[None]:
    """The Hub's and the network's failures as one sentence each."""
    import httpx2
    from huggingface_hub.errors import (
        GatedRepoError,
        HfHubHTTPError,
        LocalEntryNotFoundError,
        OfflineModeIsEnabled,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    where = endpoint()
    try:
        yield
    except GatedRepoError:
        raise TweetbotsError(
            f"{repo} is a gated repository: accept its conditions at {where}/{repo} with the "
            "account HF_TOKEN belongs to, then run this again"
        ) from None
    except RevisionNotFoundError:
        raise TweetbotsError(f"{repo} has no revision {revision!r} on the Hub") from None
    except RepositoryNotFoundError:
        raise TweetbotsError(
            f"no model repository {repo} on the Hub at {where} (or it is private and "
            + ("HF_TOKEN may not read it)" if _token() else "HF_TOKEN is not set)")
        ) from None
    except HfHubHTTPError as error:
        status = error.response.status_code if error.response is not None else None
        if status == 401:
            raise TweetbotsError(
                "the Hub refused HF_TOKEN (401 Unauthorized): set it to a valid token from "
                "https://huggingface.co/settings/tokens"
            ) from None
        if status == 403:
            raise TweetbotsError(
                f"HF_TOKEN may not write to {repo} (403 Forbidden): use a token with write "
                f"access to {repo.split('/')[0]}"
            ) from None
        raise TweetbotsError(
            f"the Hub answered {status} for {repo}: {_scrub(str(error))}"
        ) from None
    except (OfflineModeIsEnabled, LocalEntryNotFoundError, httpx2.TransportError) as error:
        raise TweetbotsError(
            f"cannot reach the Hugging Face Hub at {where} ({_scrub(str(error)) or 'no answer'}):"
            " check the network (or HF_ENDPOINT, HF_HUB_OFFLINE) and run this again"
        ) from None
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise TweetbotsError(
                "the disk is full: nothing was published; free some space and run this again "
                "(the download resumes)"
            ) from None
        raise


def _copy_present(source: Path, names: tuple[str, ...], target: Path) -> list[str]:
    copied = []
    for item in names:
        if (source / item).exists():
            shutil.copyfile(source / item, target / item)
            copied.append(item)
    return copied


# -- share --------------------------------------------------------------------------------------


def stage_share(store: BotStore, name: str, repo: str, staging: Path, onnx: bool) -> BotRecord:
    """The repo's files for bot `name` in `staging`."""
    from training.card import Usage, render_card  # (torch: imported once the checks passed)
    from training.clean import DataTable
    from training.publish import CARD_FILES, FULL_FILES

    record = store.record(name)
    if record is None:
        raise TweetbotsError(f"no bot named {name!r} in {store.root}: `make bots` lists them")
    base = record.base.get("name") or ""
    base_id = standard.hub_id(base)
    if record.kind == "adapter" and base_id is None:
        raise TweetbotsError(
            f"bot {name} is a LoRA adapter on base {base!r}, which exists only on this "
            "machine: an adapter on the Hub must name its base's Hub id, so train it on a "
            "Hub model (BASE=gpt2) or share a full bot"
        )
    folder = store.version_dir(record)
    if not (folder / "training.json").exists():
        where = f" (imported from {record.source['hub']})" if record.source else ""
        raise TweetbotsError(
            f"bot {name} was not trained here{where}: only trained bots are shared"
        )
    summary = json.loads((folder / "training.json").read_text())
    tables = [DataTable(**row) for row in record.tables]
    if record.kind == "adapter":
        _copy_present(folder, ADAPTER_FILES, staging)
        standard.name_adapter_base(staging, base_id)
        _copy_present(store.bases()[record.base["hash"]], TOKENIZER_FILES, staging)
        usage = Usage(model=None, adapter=repo, base=base_id, tokenizer=repo, hub=repo)
    else:
        _copy_present(folder, FULL_FILES, staging)
        config = json.loads((staging / "config.json").read_text())
        eos = json.loads((staging / "tokenizer_config.json").read_text()).get("eos_token")
        config = standard.add_prompt_settings(config, eos or "<|endoftext|>")
        write_atomic(staging / "config.json", json.dumps(config, indent=2) + "\n")
        if onnx and (folder / "model.int8.onnx").exists():
            (staging / "onnx").mkdir()
            _copy_present(folder, ("model.int8.onnx", "onnx_export.json"), staging / "onnx")
        usage = Usage(model=repo, hub=repo)
    _copy_present(folder, tuple(f for f in CARD_FILES if f != "README.md"), staging)
    card = render_card(name, tables, summary, usage, base_model=base_id)
    write_atomic(staging / "README.md", card)
    return record


def share(name: str, repo: str, store_root: Path, public: bool = False, onnx: bool = True) -> str:
    """Push bot `name` to `repo` in one commit; the commit's id."""
    from huggingface_hub import HfApi

    if not _token():
        raise TweetbotsError(
            "set HF_TOKEN to a Hugging Face token with write access "
            "(https://huggingface.co/settings/tokens) to share a bot"
        )
    _check_repo_id(repo)
    store = BotStore(store_root)
    with tempfile.TemporaryDirectory(prefix="tweetbots-share.") as staging:
        record = stage_share(store, name, repo, Path(staging), onnx)
        api = HfApi(token=_token())
        with hub_errors(repo):
            user = api.whoami()["name"]
            api.create_repo(repo, private=not public, exist_ok=True)
            commit = api.upload_folder(
                repo_id=repo,
                folder_path=staging,
                commit_message=f"tweetbots: {record.kind} bot {name} ({record.version})",
                delete_patterns=["*", "onnx/*"],  # what this share does not hold goes
            )
    visibility = "public" if public else "private"
    print(f"shared {record.kind} bot {name} as {user} -> {endpoint()}/{repo} "
          f"({visibility} unless it was made public before; commit {commit.oid[:12]})")  # fmt: skip
    return commit.oid


def _check_repo_id(repo: str) -> None:
    from huggingface_hub.errors import HFValidationError
    from huggingface_hub.utils import validate_repo_id

    try:
        validate_repo_id(repo)
    except HFValidationError:
        repo = None  # type: ignore[assignment]
    if not repo or "/" not in repo:
        raise TweetbotsError("REPO must be a Hub repository id: <owner>/<name>")


# -- import -------------------------------------------------------------------------------------


def check_gpt2(config: dict, repo: str, weights_bytes: int | None) -> None:
    """A GPT-2 within gpt2-xl's sizes whose weights file fits its config: before downloading."""
    kind = config.get("model_type")
    if kind != "gpt2":
        raise TweetbotsError(
            f"{repo} is a {kind or 'unknown'} model: tweetbots serves GPT-2 models "
            "(model_type gpt2) and LoRA adapters on them"
        )
    architectures = config.get("architectures") or ["GPT2LMHeadModel"]
    if "GPT2LMHeadModel" not in architectures:
        raise TweetbotsError(f"{repo} is a {architectures[0]}, not a GPT2LMHeadModel")
    sizes = {key: int(config.get(key) or 0) for key in LIMITS}
    over = [f"{k} {v} > {LIMITS[k]}" for k, v in sizes.items() if v > LIMITS[k] or v <= 0]
    if over or sizes["n_embd"] % sizes["n_head"]:
        detail = ", ".join(over) or "n_embd is not a multiple of n_head"
        raise TweetbotsError(f"{repo}'s config is outside GPT-2's sizes ({detail})")
    e, n_layer = sizes["n_embd"], sizes["n_layer"]
    parameters = (sizes["vocab_size"] + sizes["n_positions"]) * e + n_layer * (12 * e * e + 13 * e)
    if weights_bytes is not None and not parameters <= weights_bytes <= 4.2 * parameters + 2**20:
        raise TweetbotsError(
            f"{repo}'s model.safetensors ({weights_bytes:,} bytes) does not fit its config "
            f"({parameters:,} parameters)"
        )


def check_weights(path: Path, config: dict, repo: str) -> None:
    """The downloaded tensors have the config's shapes (read from the safetensors header)."""
    from safetensors import safe_open

    expected = (int(config["vocab_size"]), int(config["n_embd"]))
    with safe_open(str(path), "pt") as weights:
        names = [k for k in weights.keys() if k.removeprefix("transformer.") == "wte.weight"]  # noqa: SIM118
        shape = tuple(weights.get_slice(names[0]).get_shape()) if names else None
    if shape != expected:
        raise TweetbotsError(
            f"{repo}'s token embeddings are {shape}, not {expected} as its config says"
        )


def _refuse_pickles(repo: str, files: dict[str, int | None], wanted: str) -> None:
    if wanted in files:
        return
    pickled = sorted(f for f in files if f.endswith(PICKLED))
    if pickled:
        raise TweetbotsError(
            f"{repo} has only pickled weights ({', '.join(pickled)}): tweetbots takes "
            f"{wanted} only and never unpickles a download; ask its owner for safetensors"
        )
    raise TweetbotsError(f"{repo} has no {wanted}")


def _json_file(repo: str, filename: str, revision: str) -> dict:
    from huggingface_hub import hf_hub_download

    return json.loads(Path(hf_hub_download(repo, filename, revision=revision)).read_text())


def _snapshot(repo: str, revision: str, files: list[str], target: Path) -> None:
    """`files` of the pinned revision into `target` (real copies), through the cache."""
    from huggingface_hub import hf_hub_download

    target.mkdir(parents=True, exist_ok=True)
    for item in files:
        shutil.copyfile(hf_hub_download(repo, item, revision=revision), target / item)


def _repo_files(api, repo: str, revision: str | None) -> tuple[str, dict[str, int | None]]:
    info = api.model_info(repo, revision=revision, files_metadata=True)
    return info.sha, {s.rfilename: s.size for s in info.siblings or []}


def bot_name(repo: str, name: str | None) -> str:
    name = name or repo.split("/")[-1].lower().replace(".", "_")
    if not BOT_NAME.fullmatch(name) or name == SERVING_MODEL:
        raise TweetbotsError(f"{name!r} cannot name a bot ({BOT_NAME_RULE}): set NAME=<bot name>")
    return name


def import_bot(
    repo: str,
    store_root: Path,
    name: str | None = None,
    revision: str | None = None,
    quantize: str = "int8",
) -> BotRecord:
    from huggingface_hub import HfApi

    _check_repo_id(repo)
    name = bot_name(repo, name)
    api = HfApi()
    store = BotStore(store_root)
    store.root.mkdir(parents=True, exist_ok=True)
    for stale in store.root.glob(f".import-{name}.*"):  # left by an import that was killed
        shutil.rmtree(stale, ignore_errors=True)
    with hub_errors(repo, revision):
        sha, files = _repo_files(api, repo, revision)
        adapter = "adapter_config.json" in files
        if not adapter and "config.json" not in files:
            raise TweetbotsError(f"{repo} has neither config.json nor adapter_config.json")
        kept = [f for f in ("README.md",) if f in files]
        source = {"repo": repo, "revision": sha, "endpoint": endpoint()}
        with tempfile.TemporaryDirectory(dir=store.root, prefix=f".import-{name}.") as work:
            folder = Path(work) / name
            if adapter:
                record = _import_adapter(api, repo, sha, files, folder, store, name)
                items = [p for p in folder.iterdir() if p.is_file()]
            else:
                from training.publish import full_bot_files  # torch: once the checks passed

                record = _import_full(repo, sha, files, folder, name, quantize)
                items = full_bot_files(folder, "onnx")
            _snapshot(repo, sha, kept, folder)
            items += [folder / item for item in kept]
            source["files"] = sorted(p.name for p in items)
            write_atomic(folder / HUB_RECORD, json.dumps(source, indent=2) + "\n")
            store.publish(record, [*items, folder / HUB_RECORD])
    print(f"imported {record.kind} bot {name} from {repo}@{sha[:12]} -> {store.path(name)}")
    return record


def _import_full(repo, sha, files, folder: Path, name: str, quantize: str) -> BotRecord:
    from training.export_onnx import export_onnx
    from training.publish import FULL_FILES

    _refuse_pickles(repo, files, "model.safetensors")
    config = _json_file(repo, "config.json", sha)
    check_gpt2(config, repo, files.get("model.safetensors"))
    if "tokenizer.json" not in files and not {"vocab.json", "merges.txt"} <= files.keys():
        raise TweetbotsError(f"{repo} has no tokenizer (tokenizer.json or vocab.json + merges.txt)")
    _snapshot(repo, sha, [f for f in FULL_FILES if f in files], folder)
    check_weights(folder / "model.safetensors", config, repo)
    export_onnx(name, folder.parent, folder.parent / "data", quantize)
    return BotRecord(name=name, kind="full", base={"name": repo, "hash": None}, users=[name],
                     source={"hub": repo, "revision": sha})  # fmt: skip


def _import_adapter(api, repo, sha, files, folder: Path, store: BotStore, name: str) -> BotRecord:
    from training.publish import FULL_FILES

    _refuse_pickles(repo, files, "adapter_model.safetensors")
    config = _json_file(repo, "adapter_config.json", sha)
    if config.get("peft_type") != "LORA":
        raise TweetbotsError(f"{repo} is a {config.get('peft_type')} adapter, not LoRA")
    targets = config.get("target_modules") or []
    targets = [targets] if isinstance(targets, str) else targets
    if not set(targets) <= GPT2_LINEARS:
        raise TweetbotsError(f"{repo} adapts {targets}: tweetbots serves LoRA on {GPT2_LINEARS}")
    base = config.get("base_model_name_or_path")
    if not base or standard.hub_id(base) is None or base.startswith(("/", ".")):
        raise TweetbotsError(f"{repo}'s adapter names no base on the Hub ({base!r})")
    with hub_errors(base):
        base_sha, base_files = _repo_files(api, base, None)
        _refuse_pickles(base, base_files, "model.safetensors")
        check_gpt2(
            _json_file(base, "config.json", base_sha), base, base_files.get("model.safetensors")
        )
        base_folder = folder.parent / "base"
        wanted = [f for f in (*FULL_FILES, *TOKENIZER_FILES) if f in base_files]
        _snapshot(base, base_sha, list(dict.fromkeys(wanted)), base_folder)
    base_hash = store.add_base(base_folder, base)
    from training.publish import keep_adapter_graph

    keep_adapter_graph(store, base_hash)
    _snapshot(repo, sha, list(ADAPTER_FILES), folder)
    return BotRecord(name=name, kind="adapter", base={"name": base, "hash": base_hash},
                     users=[name], rank=int(config["r"]),
                     source={"hub": repo, "revision": sha, "base_revision": base_sha})  # fmt: skip


# -- command line -------------------------------------------------------------------------------


@dataclass
class ShareArguments:
    name: str = field(metadata={"help": "the bot to share (make bots lists them)"})
    repo: str = field(metadata={"help": "the Hub repository: <owner>/<name>"})
    public: bool = field(default=False, metadata={"help": "a public repo (default: private)"})
    onnx: bool = field(default=True, metadata={"help": "full bots: push the ONNX int8 graph too"})
    bot_store: Path = field(default=Path("bots"), metadata={"help": "the bot store"})


@dataclass
class ImportArguments:
    repo: str = field(metadata={"help": "the Hub repository: <owner>/<name>"})
    name: str | None = field(default=None, metadata={"help": "the bot's name (default: repo's)"})
    revision: str | None = field(default=None, metadata={"help": "branch, tag or commit"})
    quantize: str = field(default="int8", metadata={"help": "full bots: int8 or none"})
    bot_store: Path = field(default=Path("bots"), metadata={"help": "the bot store"})


def main(argv: list[str] | None = None) -> None:
    from transformers import HfArgumentParser

    argv = sys.argv[1:] if argv is None else argv
    command, rest = (argv[0], argv[1:]) if argv else ("", [])
    if command == "share":
        (args,) = HfArgumentParser(ShareArguments).parse_args_into_dataclasses(rest)
        run_stage(lambda: share(args.name, args.repo, args.bot_store, args.public, args.onnx))
    elif command == "import":
        (args,) = HfArgumentParser(ImportArguments).parse_args_into_dataclasses(rest)
        run_stage(
            lambda: import_bot(args.repo, args.bot_store, args.name, args.revision, args.quantize)
        )
    else:
        print("usage: python -m training.hub share|import ... (--help)", file=sys.stderr)
        raise SystemExit(2)


if __name__ == "__main__":
    main()
