"""The Makefile's knobs reach the command lines exactly, quietly, and its errors explain.

`make` runs for real. For the knob tests PY is a small script that prints the arguments it
was given, so the test sees what make and the shell made of each value (quotes, spaces, `$`)
without training or serving anything; the Python CLIs themselves are tested elsewhere.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from conftest import ROOT, free_port, run_make


@pytest.fixture
def recorder(tmp_path):
    script = tmp_path / "python"
    script.write_text(
        f"#!{sys.executable}\nimport json, sys\nprint(json.dumps(sys.argv[1:]))\n",
    )
    script.chmod(0o755)
    return script


def make(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return run_make(*args, env=env)


def value_after(argv: list[str], flag: str) -> str:
    return argv[argv.index(flag) + 1]


PROMPT = """He said  "hi" & it's $5 `now`"""  # two spaces kept too


def test_predict_passes_the_prompt_as_written_and_every_sampling_knob(recorder):
    result = make(
        "predict",
        f"PY={recorder}",
        "MODEL=alice-bob",
        f"PROMPT={PROMPT}",
        "N=3",
        "SEED=7",
        "TEMPERATURE=0.7",
        "TOP_P=0.9",
        "TOP_K=40",
        "MAX_NEW_TOKENS=20",
    )
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()  # quiet: no echoed recipe
    argv = json.loads(line)
    assert argv[:2] == ["-m", "serving.client"]
    assert value_after(argv, "--text") == PROMPT
    assert value_after(argv, "--model") == "alice-bob"
    expected = {"-n": "3", "--seed": "7", "--temperature": "0.7", "--top-p": "0.9"}
    expected.update({"--top-k": "40", "--max-new-tokens": "20"})
    assert {flag: value_after(argv, flag) for flag in expected} == expected


def test_predict_leaves_unset_knobs_to_the_server(recorder):
    result = make("predict", f"PY={recorder}", "MODEL=bot")
    argv = json.loads(result.stdout)
    assert value_after(argv, "--text") == "My dream is"
    assert not {"--seed", "--temperature", "--top-p", "--top-k"} & set(argv)


def test_the_client_sends_only_the_knobs_given():
    from engine.contract import request_body

    given = {"max_new_tokens": None, "seed": 7, "temperature": 0.5, "top_p": None, "top_k": 3}
    assert request_body("hi", 2, **given) == {
        "text": "hi",
        "num_return_sequences": 2,
        "seed": 7,
        "temperature": 0.5,
        "top_k": 3,
    }


def test_train_passes_archives_per_user_and_force(recorder):
    archive = "alice=/tmp/my archives/a.zip,bob=b's.zip"
    result = make(
        "train", f"PY={recorder}", "USER=alice,bob", f"ARCHIVE={archive}", "FORCE=1", "BASE=tiny"
    )
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    argv = json.loads(line)
    assert argv[:2] == ["-m", "training.pipeline"]
    assert value_after(argv, "--archive") == archive
    assert value_after(argv, "--user") == "alice,bob"
    assert value_after(argv, "--base") == "tiny"
    assert "--force" in argv
    assert "--force" not in json.loads(make("train", f"PY={recorder}", "USER=a").stdout)
    assert "--force" not in json.loads(make("train", f"PY={recorder}", "USER=a", "FORCE=0").stdout)


def test_verbose_echoes_the_recipes(recorder):
    result = make("predict", f"PY={recorder}", "MODEL=bot", "VERBOSE=1")
    echoed, answer = result.stdout.splitlines()
    assert echoed.startswith(f"{recorder} -m serving.client --model 'bot'")
    assert json.loads(answer)[:2] == ["-m", "serving.client"]


def test_train_without_user_explains():
    result = make("train", env={"PATH": "/usr/bin:/bin", "USER": "someone"})
    assert result.returncode == 2
    assert "set the bot's handle(s): make train USER=<handle>[,<handle>...]" in result.stderr


def test_report_without_prometheus_is_one_line():
    url = f"http://127.0.0.1:{free_port()}"
    result = make("report", f"PROMETHEUS={url}")
    assert result.returncode == 2  # make's status for a failed recipe
    assert "Traceback" not in result.stdout + result.stderr
    ours, makes = result.stderr.splitlines()
    assert ours == (
        f"error: no Prometheus answers at {url}: start it with `make monitor` (beside "
        "`make serve`), or point PROMETHEUS=<url> (--prometheus) at yours"
    )
    assert makes.startswith("make: *** [Makefile:") and makes.endswith("report] Error 1")


def test_key_targets_reach_the_service_running_from_run_dir(recorder):
    """A key change must reach the front of `make serve RUN_DIR=...` (it reloads that nginx)."""
    result = make("key-revoke", f"PY={recorder}", "NAME=alice", "RUN_DIR=/srv/run dir")
    assert result.returncode == 0, result.stderr
    argv = json.loads(result.stdout)
    assert argv[:4] == ["-m", "serving.keys_cli", "revoke", "alice"]
    assert value_after(argv, "--run-dir") == "/srv/run dir"


def test_help_lists_every_target_and_variable():
    listed = make("help").stdout
    targets = re.findall(r"^([a-z][a-z0-9-]*):", (ROOT / "Makefile").read_text(), re.MULTILINE)
    for target in set(targets) - {"java", "prometheus", "nginx"}:  # install's own steps
        assert re.search(rf"^  {re.escape(target)} +\S", listed, re.MULTILINE), target
    for variable in ("USER", "BASE", "LORA", "BOT_STORE", "RUN_DIR", "SEED"):
        assert variable in listed


def test_share_and_import_pass_the_hub_knobs(recorder):
    shared = make("share", f"PY={recorder}", "USER=alice", "REPO=me/alice bot", "PUBLIC=1",
                  "BOT_STORE=/srv/my bots")  # fmt: skip
    assert shared.returncode == 0, shared.stderr
    argv = json.loads(shared.stdout)
    assert argv[:3] == ["-m", "training.hub", "share"] and "--public" in argv
    assert value_after(argv, "--name") == "alice" and value_after(argv, "--repo") == "me/alice bot"
    assert value_after(argv, "--bot-store") == "/srv/my bots"
    private = json.loads(make("share", f"PY={recorder}", "USER=alice", "REPO=me/a").stdout)
    assert "--public" not in private
    imported = make("import", f"PY={recorder}", "HUB=huggingtweets/x", "NAME=xbot",
                    "REVISION=v1")  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    argv = json.loads(imported.stdout)
    assert argv[:3] == ["-m", "training.hub", "import"]
    assert value_after(argv, "--repo") == "huggingtweets/x"
    assert value_after(argv, "--name") == "xbot" and value_after(argv, "--revision") == "v1"
    assert "say which bot" in make("share", f"PY={recorder}", "REPO=me/a").stderr
