"""Bots in and out through the Hugging Face Hub, against the Hub's stand-in (tests/hub_standin.py).

huggingface_hub and transformers run unchanged, in fresh processes, with HF_ENDPOINT on the
stand-in: `make share`'s module pushes a full bot and an adapter bot, and each is loaded exactly
as its card says; `make import`'s module pulls a huggingtweets-style repo (a GPT-2 saved with
save_pretrained, card included) into a served store and the front answers it; every refusal and
failure is one sentence, and the token appears in no output and no pushed file.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import torch
import yaml
from conftest import MODEL, ROOT, SAMPLE_ARCHIVE, predict, run_pipeline
from hub_standin import HubStandin

from engine.store import BotRecord, BotStore
from training.base_model import gpt2_tokenizer_offline, tiny_model

TOKEN = "hf_standin_write_token"
CARD = """---
language: en
thumbnail: https://github.com/borisdayma/huggingtweets/blob/master/img/logo.png?raw=true
tags:
- huggingtweets
widget:
- text: "My dream is"
---

# huggingtweets-style bot

| Data | somebody |
| --- | --- |
| Tweets downloaded | 3250 |
"""


@pytest.fixture
def hub():
    with HubStandin({TOKEN: "alice"}) as standin:
        yield standin


def hub_env(hub: HubStandin, root: Path, token: str | None = TOKEN) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HF_")}
    env |= {"HF_ENDPOINT": hub.url, "HF_HUB_DISABLE_XET": "1", "HF_HOME": str(root / "hf"),
            "PYTHONPATH": str(ROOT)}  # fmt: skip
    return env | ({"HF_TOKEN": token} if token else {})


def hub_cli(*args: str, env: dict) -> subprocess.CompletedProcess:
    """`make share` / `make import`'s module as a real process."""
    return subprocess.run(
        [sys.executable, "-m", "training.hub", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip


def run_python(code: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=tempfile.gettempdir(), env=env, capture_output=True,
        text=True, timeout=600, check=False,
    )  # fmt: skip


def assert_sentence(ran: subprocess.CompletedProcess, *fragments: str) -> str:
    """A failure as one line `error: ...` and a non-zero exit, naming what it must."""
    assert ran.returncode != 0, ran.stdout
    lines = ran.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), ran.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def tiny_gpt2_files(**config_changes) -> dict[str, bytes]:
    """A GPT-2 model folder as save_pretrained writes it (tiny, random), with its tokenizer."""
    tokenizer = gpt2_tokenizer_offline()
    model = tiny_model(tokenizer)
    with tempfile.TemporaryDirectory() as folder:
        model.save_pretrained(folder)
        tokenizer.save_pretrained(folder)
        files = {p.name: p.read_bytes() for p in Path(folder).iterdir() if p.is_file()}
    config = json.loads(files["config.json"]) | config_changes
    files["config.json"] = json.dumps(config).encode()
    return files


def huggingtweets_repo(hub: HubStandin, repo: str, **options) -> dict[str, bytes]:
    files = tiny_gpt2_files() | {"README.md": CARD.encode()}
    hub.add_repo(repo, files, **options)
    return files


def downloads(hub: HubStandin) -> list[str]:
    """Paths of every LFS object (weights) the stand-in's storage sent."""
    return [seen.path for seen in hub.requests if seen.path.startswith("/lfs-objects/")
            and seen.method == "GET"]  # fmt: skip


def python_blocks(card: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", card, re.S)


# -- import -------------------------------------------------------------------------------------


def test_import_refuses_pickled_weights_without_downloading_them(hub, tmp_path):
    files = tiny_gpt2_files()
    del files["model.safetensors"]
    buffer = tmp_path / "weights.bin"
    torch.save({"transformer.wte.weight": torch.zeros(2, 2)}, buffer)
    hub.add_repo("someone/pickled", files | {"pytorch_model.bin": buffer.read_bytes()})
    ran = hub_cli("import", "--repo", "someone/pickled", "--bot_store", str(tmp_path / "bots"),
                  env=hub_env(hub, tmp_path))  # fmt: skip
    assert_sentence(ran, "only pickled weights", "pytorch_model.bin", "never unpickles")
    assert not [s for s in hub.requests if "pytorch_model.bin" in s.path]
    assert not downloads(hub)
    assert BotStore(tmp_path / "bots").records() == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"model_type": "llama", "architectures": ["LlamaForCausalLM"]}, "is a llama model"),
        ({"n_layer": 96}, "n_layer 96 > 48"),
        ({"n_embd": 512}, "does not fit its config"),
    ],
)
def test_import_checks_the_architecture_and_sizes_before_the_weights(
    hub, tmp_path, changes, expected
):
    hub.add_repo("someone/odd", tiny_gpt2_files(**changes))
    ran = hub_cli("import", "--repo", "someone/odd", "--bot_store", str(tmp_path / "bots"),
                  env=hub_env(hub, tmp_path))  # fmt: skip
    assert_sentence(ran, expected)
    assert not downloads(hub)  # config.json is a regular file; the weights were never fetched


def test_import_failures_are_sentences(hub, tmp_path):
    huggingtweets_repo(hub, "alice/secret", private=True)
    huggingtweets_repo(hub, "someone/gated", gated="manual")
    store = ["--bot_store", str(tmp_path / "bots")]
    env = hub_env(hub, tmp_path)
    assert_sentence(hub_cli("import", "--repo", "nobody/nothing", *store, env=env),
                    "no model repository nobody/nothing")  # fmt: skip
    anonymous = hub_env(hub, tmp_path, token=None)
    assert_sentence(hub_cli("import", "--repo", "alice/secret", *store, env=anonymous),
                    "no model repository alice/secret", "HF_TOKEN is not set")  # fmt: skip
    assert_sentence(hub_cli("import", "--repo", "someone/gated", *store, env=env),
                    "gated repository", "accept its conditions")  # fmt: skip
    assert_sentence(hub_cli("import", "--repo", "alice/secret", "--revision", "v9", *store,
                            env=env), "no revision 'v9'")  # fmt: skip
    bad = hub_cli("import", "--repo", "alice/secret", *store,
                  env=hub_env(hub, tmp_path, token="hf_not_a_real_token_42"))  # fmt: skip
    assert "hf_not_a_real_token_42" not in assert_sentence(bad, "refused HF_TOKEN")
    offline = env | {"HF_ENDPOINT": "http://127.0.0.1:9"}
    assert_sentence(hub_cli("import", "--repo", "alice/secret", *store, env=offline),
                    "cannot reach the Hugging Face Hub at http://127.0.0.1:9")  # fmt: skip
    assert_sentence(hub_cli("import", "--repo", "not a repo", *store, env=env), "<owner>/<name>")
    assert not (tmp_path / "bots").exists() or BotStore(tmp_path / "bots").records() == []


def test_an_interrupted_import_leaves_nothing_and_a_rerun_completes_it(hub, tmp_path):
    files = huggingtweets_repo(hub, "someone/bigger")
    hub.cut_next_download["model.safetensors"] = len(files["model.safetensors"]) // 3
    store = tmp_path / "bots"
    args = ("import", "--repo", "someone/bigger", "--bot_store", str(store))
    assert_sentence(hub_cli(*args, env=hub_env(hub, tmp_path)), "503")
    assert BotStore(store).records() == [] and not list(store.glob(".import-*"))
    assert not (store / ".versions").exists() or not list((store / ".versions").iterdir())
    hub.storage_down = False
    ran = hub_cli(*args, env=hub_env(hub, tmp_path))
    assert ran.returncode == 0, ran.stderr
    assert (store / "bigger" / "model.safetensors").read_bytes() == files["model.safetensors"]
    fetched = [s.path for s in hub.requests if s.method == "GET" and "/resolve/" in s.path]
    assert len([p for p in fetched if p.endswith("/config.json")]) == 1  # kept from the first run


def test_a_dropped_download_is_resumed_where_it_stopped(hub, tmp_path):
    files = huggingtweets_repo(hub, "someone/flaky")
    size = len(files["model.safetensors"])
    assert size > 11 * 2**20  # huggingface_hub writes 10 MiB chunks: one is kept, then resumed
    hub.down_after_cut = False
    hub.cut_next_download["model.safetensors"] = 11 * 2**20
    store = tmp_path / "bots"
    ran = hub_cli("import", "--repo", "someone/flaky", "--bot_store", str(store),
                  env=hub_env(hub, tmp_path))  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    resumed = [s for s in hub.requests if s.range and s.path.startswith("/lfs-objects/")]
    assert [s.range for s in resumed] == [f"bytes={10 * 2**20}-"]
    assert (store / "flaky" / "model.safetensors").read_bytes() == files["model.safetensors"]


@pytest.mark.e2e
def test_an_imported_huggingtweets_repo_is_answered_through_the_front(
    hub, tmp_path, served, trained_bot
):
    files = huggingtweets_repo(hub, "huggingtweets/somebody")
    sha = hub.repos["huggingtweets/somebody"].branches["main"]
    hub.add_repo("huggingtweets/other", tiny_gpt2_files())  # a second commit elsewhere
    assert predict(served, {"text": "My dream is"}, model="somebody").status_code == 404
    store = trained_bot / "bots"
    ran = hub_cli("import", "--repo", "huggingtweets/somebody", "--revision", "main",
                  "--bot_store", str(store), env=hub_env(hub, tmp_path))  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    record = BotStore(store).record("somebody")
    assert record.kind == "full" and record.source == {"hub": "huggingtweets/somebody",
                                                       "revision": sha}  # fmt: skip
    folder = BotStore(store).version_dir(record)
    assert (folder / "README.md").read_bytes() == files["README.md"]  # the card, kept
    assert json.loads((folder / "hub.json").read_text())["revision"] == sha
    assert (folder / "model.int8.onnx").exists()  # full bots are served on ONNX int8
    answer = predict(served, {"text": "My dream is", "max_new_tokens": 5, "seed": 3},
                     model="somebody")  # fmt: skip
    assert answer.status_code == 200, answer.text
    assert answer.json()[0]["generated_text"].startswith("My dream is")
    assert predict(served, {"text": "My dream is"}).status_code == 200  # the trained bot too


# -- share --------------------------------------------------------------------------------------


def test_share_a_full_bot_and_load_it_as_its_card_says(hub, tmp_path, trained_bot):
    env = hub_env(hub, tmp_path)
    args = ("share", "--name", MODEL, "--repo", "alice/e2ebot", "--bot_store",
            str(trained_bot / "bots"))  # fmt: skip
    ran = hub_cli(*args, env=env)
    assert ran.returncode == 0, ran.stderr
    repo = hub.repos["alice/e2ebot"]
    assert repo.private  # private unless PUBLIC=1
    files = hub.files("alice/e2ebot")
    for name in ("model.safetensors", "config.json", "tokenizer.json", "generation_config.json",
                 "onnx/model.int8.onnx", "README.md", "loss.png"):  # fmt: skip
        assert name in files, sorted(files)
    config = json.loads(files["config.json"])
    assert config["prefix"] == "<|endoftext|>"
    assert config["task_specific_params"]["text-generation"]["do_sample"] is True
    generation = json.loads(files["generation_config.json"])
    assert generation["do_sample"] and generation["top_p"] == 0.95
    card = files["README.md"].decode()
    meta = yaml.safe_load(card.split("---\n")[1])
    assert meta["language"] == "en" and meta["tags"][:2] == ["huggingtweets", "tweetbots"]
    assert meta["widget"] == [{"text": "My dream is"}] and meta["library_name"] == "transformers"
    assert "| Tweets downloaded |" in card and "## Limitations and bias" in card
    assert "Best validation perplexity" in card
    commits = len(repo.commits)
    again = hub_cli(*args, env=env)  # nothing changed: no empty commit
    assert again.returncode == 0 and len(repo.commits) == commits
    for output in (ran.stdout, ran.stderr, again.stdout, again.stderr, *map(repr, files.values())):
        assert TOKEN not in output
    (snippet,) = python_blocks(card)
    assert 'model="alice/e2ebot"' in snippet
    loaded = run_python(snippet + "\nprint('OUT', generator('My dream is', max_new_tokens=5))",
                        env)  # fmt: skip
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    assert "OUT [{'generated_text': 'My dream is" in loaded.stdout


def test_share_refuses_an_adapter_whose_base_is_only_local(hub, tmp_path):
    store = BotStore(tmp_path / "bots")
    adapter = tmp_path / "adapter_config.json"
    adapter.write_text("{}")
    store.publish(BotRecord(name="localbot", kind="adapter", base={"name": "tiny", "hash": "x"}),
                  [adapter])  # fmt: skip
    ran = hub_cli("share", "--name", "localbot", "--repo", "alice/localbot", "--bot_store",
                  str(store.root), env=hub_env(hub, tmp_path))  # fmt: skip
    assert_sentence(ran, "exists only on this machine", "BASE=gpt2")
    assert "alice/localbot" not in hub.repos


def test_share_needs_a_valid_token(hub, tmp_path, trained_bot):
    args = ("share", "--name", MODEL, "--repo", "alice/e2ebot", "--bot_store",
            str(trained_bot / "bots"))  # fmt: skip
    assert_sentence(hub_cli(*args, env=hub_env(hub, tmp_path, token=None)), "set HF_TOKEN")
    secret = "hf_wrong_secret_value_123"
    bad = hub_cli(*args, env=hub_env(hub, tmp_path, token=secret))
    assert secret not in assert_sentence(bad, "refused HF_TOKEN") + bad.stdout
    other = hub_cli("share", "--name", MODEL, "--repo", "bob/e2ebot", "--bot_store",
                    str(trained_bot / "bots"), env=hub_env(hub, tmp_path))  # fmt: skip
    assert_sentence(other, "bob/e2ebot")
    assert not hub.repos


def test_share_an_adapter_bot_on_a_hub_base_then_load_and_import_it(hub, tmp_path):
    """A LoRA bot trained on a base from the (stand-in) Hub, shared, loaded with peft as its
    card says in a fresh process, and imported back as an adapter on the same base."""
    hub.add_repo("alice/tiny-gpt2", tiny_gpt2_files())
    env = hub_env(hub, tmp_path)
    lora = ("--lora", "true", "--base", "alice/tiny-gpt2", "--no_next_steps")
    trained = run_pipeline(tmp_path, "samplebot", "--archive", str(SAMPLE_ARCHIVE), *lora, env=env)
    assert trained.returncode == 0, trained.stderr[-2000:]
    ran = hub_cli("share", "--name", "samplebot", "--repo", "alice/samplebot-lora", "--public",
                  "--bot_store", str(tmp_path / "bots"), env=env)  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert not hub.repos["alice/samplebot-lora"].private
    files = hub.files("alice/samplebot-lora")
    config = json.loads(files["adapter_config.json"])
    assert config["base_model_name_or_path"] == "alice/tiny-gpt2"
    assert "model.safetensors" not in files and "tokenizer.json" in files
    card = files["README.md"].decode()
    meta = yaml.safe_load(card.split("---\n")[1])
    assert meta["base_model"] == "alice/tiny-gpt2" and meta["library_name"] == "peft"
    (snippet,) = python_blocks(card)
    assert 'AutoPeftModelForCausalLM.from_pretrained("alice/samplebot-lora")' in snippet
    loaded = run_python(snippet, hub_env(hub, tmp_path / "fresh", token=None))
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    assert loaded.stdout.startswith("My dream is")
    imported = hub_cli("import", "--repo", "alice/samplebot-lora", "--name", "lorabot",
                       "--bot_store", str(tmp_path / "bots"), env=env)  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    store = BotStore(tmp_path / "bots")
    record, trained_record = store.record("lorabot"), store.record("samplebot")
    assert record.kind == "adapter" and record.base == trained_record.base  # the same weights
    assert record.rank == trained_record.rank
