"""How a training ends, tried as a new user would (issue 16, item 6): each mode's own learning
rate, a useless model called useless (never "ready"), a finished training left alone unless
FORCE_RETRAIN=1, an interrupted one saying how to resume, a bad value naming its make variable.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time

from conftest import ROOT, run_make
from train_helpers import sample_dataset, summary, train_command

from training.next_steps import next_steps
from training.pipeline import MAKE_VARIABLES, PipelineArguments
from training.train import TrainArguments, TrainConfig, main


def test_lora_has_its_own_default_learning_rate_and_an_explicit_one_wins():
    assert TrainConfig().learning_rate == TrainConfig.FULL_LEARNING_RATE
    assert TrainConfig(lora=True).learning_rate == TrainConfig.LORA_LEARNING_RATE
    assert TrainConfig.LORA_LEARNING_RATE > TrainConfig.FULL_LEARNING_RATE
    assert TrainConfig(lora=True, learning_rate=2e-4).learning_rate == 2e-4
    assert TrainConfig(learning_rate=0.0).learning_rate == 0.0  # 0 is a rate, not "unset"


def test_a_useless_model_ends_with_that_verdict_and_what_to_try(tmp_path):
    data = sample_dataset(tmp_path)
    exports = tmp_path / "exports"
    command = train_command(data, tmp_path / "runs", exports, "--epochs", "1")
    result = subprocess.run([*command, "--learning_rate", "0"], cwd=ROOT, capture_output=True,
                            text=True, check=True)  # fmt: skip
    assert summary(exports / "samplebot")["useful"] is False
    ending = subprocess.run(
        [sys.executable, "-m", "training.next_steps", "--name", "samplebot",
         "--export_dir", str(exports)], cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "ready" not in ending and "make serve" not in ending
    assert ending.startswith("samplebot is useless: its validation perplexity")
    assert "LORA=0 EPOCHS=10 LR=3e-3" in ending  # the tiny base's recipe that learns
    assert "this model is useless" in result.stderr  # the run's own warning too


def test_a_finished_training_is_up_to_date_and_force_retrain_trains_again(tmp_path, capsys):
    data = sample_dataset(tmp_path)
    runs, exports = tmp_path / "runs", tmp_path / "exports"
    command = train_command(data, runs, exports, "--epochs", "1")[3:]  # after `-m training.train`
    main(command)
    first = summary(exports / "samplebot")["run"]
    if summary(exports / "samplebot")["useful"]:
        assert next_steps("samplebot", exports).startswith("samplebot is ready")
    capsys.readouterr()
    main(command)
    out = capsys.readouterr().out
    assert f"samplebot is up to date: {exports / 'samplebot'} holds run {first}" in out
    assert "FORCE_RETRAIN=1" in out and "ETA" not in out
    assert summary(exports / "samplebot")["run"] == first
    main([*command, "--retrain"])
    assert summary(exports / "samplebot")["run"] != first
    main([*command, "--epochs", "2"])  # other settings: a new run
    assert summary(exports / "samplebot")["epochs"][-1]["epoch"] == 2


def test_an_interrupted_run_says_how_to_resume(tmp_path):
    data = sample_dataset(tmp_path)
    runs = tmp_path / "runs"
    command = train_command(data, runs, tmp_path / "exports", "--checkpoint_every", "2")
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)  # fmt: skip
    deadline = time.monotonic() + 240
    while not list(runs.glob("samplebot/*/checkpoint.pt")):
        assert process.poll() is None and time.monotonic() < deadline, "no checkpoint in time"
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130
    said = re.search(
        r"interrupted at step (\d+) of (\d+): run the same command again \(same settings, "
        r"same dataset\) to resume from the checkpoint at step (\d+)",
        err,
    )
    assert said, err
    stopped, _, saved = map(int, said.groups())
    assert saved % 2 == 0 and 2 <= saved <= stopped
    resumed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    assert f"resuming at step {saved} of" in resumed.stdout


def test_a_bad_value_names_the_make_variable_in_one_line():
    result = run_make("train", "USER=someone", "BASE=tiny", "EPOCHS=abc")
    lines = [line for line in result.stderr.splitlines() if not line.startswith("make")]
    assert result.returncode != 0
    assert lines == ["error: EPOCHS=abc is not a whole number"]
    result = run_make("train", "USER=someone", "BASE=tiny", "LR=fast")
    assert "error: LR=fast is not a number" in result.stderr


def test_every_flag_named_for_a_bad_value_is_the_makefile_s():
    makefile = (ROOT / "Makefile").read_text()
    train_args = makefile.split("\nTRAIN_ARGS = ")[1].split("\n\n")[0]
    passed = dict(re.findall(r"\$\(([A-Z_]+)\)[),]*--(\w+)", train_args))
    quoted = re.findall(r"--(\w+) \$\(call quote,\$\(([A-Z_]+)\)\)", train_args)
    passed |= {variable: flag for flag, variable in quoted}
    for flag, variable in MAKE_VARIABLES.items():
        assert passed.get(variable) == flag, (variable, flag)
    fields = set(TrainConfig.__dataclass_fields__) | set(PipelineArguments.__dataclass_fields__)
    fields |= set(TrainArguments.__dataclass_fields__) | {"seed"}
    assert set(MAKE_VARIABLES) <= fields
