"""API keys (serving/keys.py): the store, its file modes, the nginx map, and the CLI's messages."""

from __future__ import annotations

import stat
import subprocess
import sys

import pytest
from conftest import ROOT

from serving.keys import KEY_PATTERN, ApiKey, KeyProblem, KeyStore
from serving.nginx_config import nginx_map


def test_create_list_show_revoke(tmp_path):
    store = KeyStore(tmp_path / "secrets" / "api_keys.json")
    alice, bob = store.create("alice"), store.create("bob.2")
    assert KEY_PATTERN.fullmatch(alice.key) and alice.key != bob.key
    assert [key.name for key in store.load()] == ["alice", "bob.2"]  # several valid at once
    assert store.get("bob.2").key == bob.key
    store.revoke("alice")
    assert [key.name for key in store.load()] == ["bob.2"]
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize("name", ["", "-x", "a b", 'a"', "x" * 65, "é", "a;b"])
def test_bad_names_are_refused(tmp_path, name):
    with pytest.raises(KeyProblem, match="a key name is"):
        KeyStore(tmp_path / "keys.json").create(name)


def test_names_are_unique_and_unknown_names_explained(tmp_path):
    store = KeyStore(tmp_path / "keys.json")
    store.create("alice")
    with pytest.raises(KeyProblem, match="exists"):
        store.create("alice")
    with pytest.raises(KeyProblem, match="no key named 'bob'"):
        store.revoke("bob")


def test_nginx_map_holds_only_well_formed_entries(tmp_path):
    good = ApiKey("alice", "tb_" + "0" * 48, "now")
    forged = ApiKey('x" "y', "tb_" + "1" * 48, "now")  # a hand-edited file cannot inject config
    text = nginx_map([good, forged, ApiKey("bob", 'tb_1"; evil', "now")])
    assert f'"~^Bearer {good.key}$" "alice";' in text  # a case-sensitive match
    assert text.count("Bearer") == 1


def keys(*args: str, keys_file) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "serving.keys_cli", *args, "--keys-file", str(keys_file)]
    command += ["--run-dir", str(keys_file.parent / "no-run")]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_cli_prints_a_key_only_when_asked(tmp_path):
    keys_file = tmp_path / "keys.json"
    created = keys("create", "ops", keys_file=keys_file)
    assert created.returncode == 0 and KEY_PATTERN.fullmatch(created.stdout.strip())
    assert "take effect at the next `make serve`" in created.stderr  # nothing running here
    listing = keys("list", keys_file=keys_file)
    assert "ops" in listing.stdout and created.stdout.strip() not in listing.stdout
    assert keys("show", "ops", keys_file=keys_file).stdout == created.stdout
    missing = keys("revoke", keys_file=keys_file)
    assert missing.returncode != 0 and "make key-revoke NAME=<name>" in missing.stderr
    unknown = keys("show", "nobody", keys_file=keys_file)
    assert unknown.returncode != 0 and "no key named 'nobody'" in unknown.stderr
    assert "Traceback" not in missing.stderr + unknown.stderr
