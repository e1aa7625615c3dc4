"""Serving while a bot trains: the latency of predictions at 16 clients with no training job,
then with one running through the jobs API (POST /bots), under both of the runner's policies,
in the same run.

The policies (serving/job_runner.py; front.yaml's jobs_*): one pipeline at a time, at
niceness `jobs_nice` with `jobs_threads` CPU threads, and `jobs_yield: busy` (the default:
paused while serving works) or `never` (priorities only; the jobs process is restarted with
it, and the job resumes from its checkpoint). The served bot is
the serving benchmark's (GPT-2 124M configuration, random weights, the ONNX int8 graph); the
job is a LoRA bot on the GPT-2 124M base from a 3,200-tweet archive in the sample's
proportions (bench/time_to_bot.py). Each phase runs the same closed loop (every client its
own prompts and seeds, 40 new tokens); the report gives p50/p90/p99, tokens/s, their ratios to
the quiet phase, and the job's own training pace while it shared the machine.

Usage: python -m bench.jobs_load [--short] [--out bench/results]
       (--short: the tiny model and base, 400 tweets: the test's mode)
"""

from __future__ import annotations

import io
import json
import tempfile
import time
import zipfile
from pathlib import Path

import requests

from bench.load import closed_loop
from bench.run import NAME, bench_parser, build_model, results_dir
from bench.service import publish_full_bot, start_service
from bench.time_to_bot import NAME as JOB_BOT  # the archive's account
from bench.time_to_bot import base_model, build_archive
from engine.files import write_atomic
from training.export_onnx import export_onnx

CLIENTS = 16
NEW_TOKENS = 40
ROUNDS = {False: 6, True: 2}  # requests per client per phase (full, short)


def archive_zip(folder: Path) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted((folder / "data").iterdir()):
            bundle.write(path, f"data/{path.name}")
    return buffer.getvalue()


def job_state(url: str, key: str, job_url: str) -> dict:
    answer = requests.get(url + job_url, headers={"Authorization": f"Bearer {key}"}, timeout=30)
    answer.raise_for_status()
    return answer.json()


def wait_training(url: str, key: str, job_url: str, timeout: float = 600.0) -> dict:
    """Until the job's pipeline is past its first steps (or it ended: an error)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = job_state(url, key, job_url)
        if state["state"] in ("done", "failed", "cancelled"):
            raise RuntimeError(f"the job ended before the measurement: {state}")
        if state["stage"] == "train" and state["step"] >= 2:
            return state
        time.sleep(0.5)
    raise RuntimeError("the job did not start training in time")


def measured_with_job(url: str, key: str, job_url: str, rounds: int) -> dict:
    """The closed loop while the job trains, and the steps the job made meanwhile."""
    before = wait_training(url, key, job_url)
    started = time.monotonic()
    row = phase(url, key, rounds)
    seconds = time.monotonic() - started
    steps = job_state(url, key, job_url)["step"] - before["step"]
    return row | {"job_steps_during": steps, "job_steps_per_s_during": steps / seconds}


def switch_yield(service, policy: str) -> None:
    """The jobs process again with another jobs_yield (its job resumes from its checkpoint)."""
    front = service.front
    state = front.state()
    state["settings"]["jobs_yield"] = policy
    front.state_file.write_text(json.dumps(state, indent=1) + "\n")
    front.stop_sidecar("jobs")
    front.start_sidecar("jobs")
    front.wait_for_socket(Path(state["jobs_socket"]), "jobs")


def phase(url: str, key: str, rounds: int) -> dict:
    row = closed_loop(f"{url}/predictions/{NAME}", key, CLIENTS, rounds, NEW_TOKENS)
    if row["errors"] or row["refused"]:
        raise RuntimeError(f"requests failed: {row['error_samples']} {row['refused']}")
    return row


def run(short: bool, out: Path, **policy) -> dict:
    with tempfile.TemporaryDirectory(prefix="tweetbots-jobs-bench.") as scratch:
        work = Path(scratch)
        folder = build_model(work / "exports", short)
        export_onnx(NAME, work / "exports", work / "data", "int8")
        store = work / "bots"
        publish_full_bot(NAME, folder, store)
        build_archive(work / "archive", 400 if short else 3_200)
        base = base_model(work, short)
        service, key = start_service(work, store, jobs_base=base, **policy)
        try:
            url, rounds = service.url, ROUNDS[short]
            settings = service.front.settings
            phase(url, key, 1)  # warm-up: the graph's first runs
            quiet = phase(url, key, rounds)
            form = {"name": JOB_BOT, "epochs": "50"}  # long enough to outlast the phase
            files = {"archive": ("archive.zip", archive_zip(work / "archive"))}
            answer = requests.post(
                url + "/bots", headers={"Authorization": f"Bearer {key}"}, data=form,
                files=files, timeout=120,
            )  # fmt: skip
            answer.raise_for_status()
            job_url = answer.json()["url"]
            training = {"busy": measured_with_job(url, key, job_url, rounds)}
            switch_yield(service, "never")
            training["never"] = measured_with_job(url, key, job_url, rounds)
            requests.delete(url + job_url, headers={"Authorization": f"Bearer {key}"}, timeout=30)
        finally:
            service.stop()
    report = {
        "short": short,
        "clients": CLIENTS,
        "new_tokens": NEW_TOKENS,
        "policy": {
            "jobs_running": settings.jobs_running,
            "jobs_nice": settings.jobs_nice,
            "jobs_threads": settings.jobs_threads,
        },  # fmt: skip
        "quiet": quiet,
        "training": training,
        "ratios": {
            policy: {name: row[name] / quiet[name] for name in ("p50_s", "p99_s", "tokens_per_s")}
            for policy, row in training.items()
        },
    }
    out.mkdir(parents=True, exist_ok=True)
    write_atomic(out / "jobs_load.json", json.dumps(report, indent=2) + "\n")
    write_atomic(out / "jobs_load.md", markdown(report))
    return report


def markdown(report: dict) -> str:
    policy = report["policy"]
    lines = [
        f"# Predictions at {report['clients']} clients while a bot trains",
        "",
        f"`python -m bench.jobs_load{' --short' if report['short'] else ''}`; one run, three "
        f"phases; policy: {policy['jobs_running']} job at a time, niceness "
        f"{policy['jobs_nice']} in SCHED_IDLE, {policy['jobs_threads']} thread(s).",
        "",
        "| phase | requests | p50 s | p90 s | p99 s | tokens/s | x p50 | x p99 | x tokens/s "
        "| job steps/s |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    rows = [("no job", report["quiet"], None)]
    rows += [(f"a job training, jobs_yield: {name}", row, name)
             for name, row in report["training"].items()]  # fmt: skip
    for label, row, name in rows:
        ratios = report["ratios"].get(name, {"p50_s": 1, "p99_s": 1, "tokens_per_s": 1})
        steps = f"{row['job_steps_per_s_during']:.2f}" if name else ""
        lines.append(
            f"| {label} | {row['requests']} | {row['p50_s']:.3f} | {row['p90_s']:.3f} | "
            f"{row['p99_s']:.3f} | {row['tokens_per_s']:.0f} | {ratios['p50_s']:.2f} | "
            f"{ratios['p99_s']:.2f} | {ratios['tokens_per_s']:.2f} | {steps} |"
        )
    return "\n".join([*lines, ""])


def main(argv: list[str] | None = None) -> None:
    parser = bench_parser(__doc__.splitlines()[0], "CI mode: tiny model and base, 400 tweets")
    parser.add_argument("--nice", type=int, default=None, help="jobs_nice (default front.yaml's)")
    parser.add_argument("--threads", type=int, default=None, help="jobs_threads")
    args = parser.parse_args(argv)
    policy = {"jobs_nice": args.nice, "jobs_threads": args.threads}  # None: front.yaml's
    print(markdown(run(args.short, results_dir(args), **policy)))


if __name__ == "__main__":
    main()
