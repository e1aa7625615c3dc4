"""API keys (serving/keys.py): the store, its file modes, the nginx map, and the CLI's messages."""

from __future__ import annotations

import json
import stat
import subprocess
import sys

import pytest
from conftest import ROOT

from serving.keys import KEY_PATTERN, ApiKey, KeyProblem, KeyStore
from serving.nginx_config import nginx_map, nginx_scope_map


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


def test_scopes_predict_by_default_admin_when_asked_and_the_operator_key_keeps_managing(tmp_path):
    store = KeyStore(tmp_path / "keys.json")
    assert store.create("app").scope == "predict" and not store.get("app").manages_bots
    assert store.create("ops", scope="admin").manages_bots
    with pytest.raises(KeyProblem, match="scope is one of predict, admin"):
        store.create("root", scope="root")
    # keys saved before scopes existed: the operator's `default` manages, the others predict
    legacy = {"version": 1, "keys": [
        {"name": "default", "key": "tb_" + "a" * 48, "created": "2026-01-01T00:00:00Z"},
        {"name": "client", "key": "tb_" + "b" * 48, "created": "2026-01-01T00:00:00Z"},
    ]}  # fmt: skip
    store.path.write_text(json.dumps(legacy))
    assert {key.name: key.scope for key in store.load()} == {
        "default": "admin",
        "client": "predict",
    }
    scopes = nginx_scope_map(store.load())
    assert f'"~^Bearer tb_{"a" * 48}$" "admin";' in scopes
    assert f'"~^Bearer tb_{"b" * 48}$" "predict";' in scopes


def test_cli_creates_an_admin_key_and_lists_scopes(tmp_path):
    keys_file = tmp_path / "keys.json"
    bad = keys("create", "ops", "--scope", "everything", keys_file=keys_file)
    assert bad.returncode != 0 and "scope is one of predict, admin" in bad.stderr
    assert keys("create", "ops", "--scope", "admin", keys_file=keys_file).returncode == 0
    assert keys("create", "app", keys_file=keys_file).returncode == 0
    listing = keys("list", keys_file=keys_file).stdout.splitlines()
    assert any(line.split()[:2] == ["ops", "admin"] for line in listing)
    assert any(line.split()[:2] == ["app", "predict"] for line in listing)
