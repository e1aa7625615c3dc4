"""Time to a bot: an account's X archive to the first answer of its bot through a running server.

A realistic archive of 3,200 tweets is built from the bundled sample (its retweets, replies,
links and short tweets in the sample's proportions; every copy a new id and a recombined
text, so nothing repeats verbatim). The service is started first, on an empty bot store, as a
deployment already runs. The clock then runs from `make train USER=timebot ARCHIVE=... LORA=1`
(`python -m training.pipeline` with those arguments: what the make target runs) to the first
200 answer of `POST /predictions/timebot` through the front, and each stage's share is kept:
start-up (the process and its imports), check, import, clean, dataset, train (loading the
base and the loop; tokenize and export are timed inside it and counted apart), publish (the
pipeline's own stage clock, `--stage_times`) and the first answer (the adapter's cold start
in the running server).

Base: GPT-2 124M's configuration with random weights (the Hub is unreachable here; the
compute is pretrained GPT-2's), the recipe's defaults otherwise (LoRA, 4 epochs).

Usage: python -m bench.time_to_bot [--tweets 3200] [--short] [--out bench/results]
       (--short: the tiny base, 1 epoch, 400 tweets: the test's mode)
Writes time_to_bot.json (the total as `time_to_bot_s`), .md and .png into --out.
"""

from __future__ import annotations

import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from bench.load import session_for
from bench.run import ROOT, bench_parser, results_dir, write_report
from bench.service import start_service
from engine.backends import native_bf16
from training.clean import read_table

SAMPLE = ROOT / "samples" / "archive" / "data" / "tweets.js"
NAME = "timebot"
TARGET_S = 360.0  # issue 16: <= 6 minutes with LoRA on the 2-core CPU
FIRST_ANSWER_TIMEOUT_S = 120.0
PLURAL = {"tweet": "plain tweets", "reply": "replies", "retweet": "retweets", "link": "with links"}


def recombined(text: str, partner: str, rng: random.Random) -> str:
    """The first half of `text`'s words and the second half of `partner`'s (same kind)."""
    words, other = text.split(" "), partner.split(" ")
    if len(words) < 4 or len(other) < 4:
        return text  # a short tweet stays short
    return " ".join(words[: len(words) // 2] + other[len(other) // 2 :])


def kind(text: str) -> str:
    if text.startswith("RT @"):
        return "retweet"
    if text.startswith("@"):
        return "reply"
    return "link" if "http" in text else "tweet"


def build_archive(folder: Path, count: int, seed: int = 0) -> dict[str, int]:
    """data/tweets.js and data/account.js of @timebot: `count` tweets; the count of each kind."""
    source = SAMPLE.read_text()
    items = json.loads(source[source.index("[") :])
    by_kind: dict[str, list[str]] = {}
    for item in items:
        text = item["tweet"]["full_text"]
        by_kind.setdefault(kind(text), []).append(text)
    rng = random.Random(seed)
    tweets, kinds = [], dict.fromkeys(by_kind, 0)
    for index in range(count):
        template = items[index % len(items)]["tweet"]
        text = template["full_text"]
        if index >= len(items):  # copies after the first: a recombined text
            text = recombined(text, rng.choice(by_kind[kind(text)]), rng)
        kinds[kind(text)] += 1
        tweet_id = str(1_800_000_000_000_000_000 + count - index)  # newest first
        shown = ["0", str(len(text))]
        tweet = {"id": tweet_id, "id_str": tweet_id, "full_text": text, "display_text_range": shown}
        tweets.append({"tweet": {**template, **tweet}})
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(tweets, indent=1))
    account = [{"account": {"username": NAME, "accountDisplayName": "Time Bot"}}]
    (data / "account.js").write_text("window.YTD.account.part0 = " + json.dumps(account))
    return kinds


def base_model(work: Path, short: bool) -> str:
    if short:
        return "tiny"
    from bench.train_bench import gpt2_124m

    return str(gpt2_124m(work / "gpt2-124m"))


def train_command(work: Path, archive: Path, base: str, short: bool) -> list[str]:
    """`make train USER=timebot ARCHIVE=<archive> BASE=<base> LORA=1`, as the pipeline's flags."""
    command = [sys.executable, "-m", "training.pipeline", "--user", NAME, "--archive",
               str(archive / "data"), "--base", base, "--lora", "1", "--no_next_steps"]  # fmt: skip
    command += ["--data_dir", str(work / "data"), "--runs_dir", str(work / "runs")]
    command += ["--export_dir", str(work / "exports"), "--model_store", str(work / "model_store")]
    command += ["--bot_store", str(work / "bots"), "--stage_times", str(work / "stages.json")]
    return command + (["--epochs", "1"] if short else [])


def first_answer(url: str, key: str) -> tuple[float, str]:
    """Seconds until the bot's first 200 answer (a 404 until its store entry is seen), its text."""
    session = session_for(key)
    body = {"text": "My dream is", "max_new_tokens": 20, "seed": 1}
    started = time.perf_counter()
    while time.perf_counter() - started < FIRST_ANSWER_TIMEOUT_S:
        answer = session.post(
            f"{url}/predictions/{NAME}", json=body, timeout=FIRST_ANSWER_TIMEOUT_S
        )
        if answer.status_code == 200:
            return time.perf_counter() - started, answer.json()[0]["generated_text"]
        if answer.status_code != 404:
            raise RuntimeError(f"first answer: HTTP {answer.status_code}: {answer.text[:300]}")
        time.sleep(0.05)
    raise RuntimeError(f"{NAME} gave no answer within {FIRST_ANSWER_TIMEOUT_S:.0f} s")


def run(count: int, short: bool, out: Path, model_config: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="tweetbots-time-to-bot.") as scratch:
        work = Path(scratch)
        kinds = build_archive(work / "archive", count)
        base = base_model(work, short)
        service, key = start_service(work, work / "bots", model_config)
        try:
            started = time.perf_counter()
            trained = subprocess.run(train_command(work, work / "archive", base, short),
                                     cwd=ROOT, capture_output=True, text=True)  # fmt: skip
            train_wall = time.perf_counter() - started
            if trained.returncode != 0:
                raise RuntimeError(
                    f"make train failed:\n{trained.stdout[-2000:]}{trained.stderr[-2000:]}"
                )
            answer_s, text = first_answer(service.url, key)
            total = time.perf_counter() - started
        finally:
            service.stop()
        stages = json.loads((work / "stages.json").read_text())["stages"]
        summary = json.loads((work / "exports" / NAME / "training.json").read_text())
        table = asdict(read_table(NAME, work / "data"))
    seconds = {"start-up": train_wall - sum(stages.values()), **stages, "first answer": answer_s}
    report = {
        "short": short,
        "command": "python -m bench.time_to_bot" + (" --short" if short else ""),
        "model": "tiny" if short else "GPT-2 124M configuration, random weights",
        "tweets": count,
        "kinds": kinds,
        "data_table": table,
        "train_tweets": summary["train_tweets"],
        "tokens_per_epoch": summary["tokens_per_epoch"],
        "epochs": len(summary["epochs"]),
        "precision": summary["precision"]["used"],
        "train_tokens_per_second": summary["tokens_per_second"],
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "native_bf16": native_bf16(),
        },  # fmt: skip
        "stages": {
            k: {"seconds": round(v, 2), "share": round(v / total, 4)} for k, v in seconds.items()
        },  # fmt: skip
        "time_to_bot_s": round(total, 2),
        "target_s": TARGET_S,
        "met": total <= TARGET_S,
        "first_answer_text": text,
    }
    write_report(report, out, "time_to_bot", markdown, plot)
    return report


def markdown(report: dict) -> str:
    kinds = report["kinds"]
    verdict = (
        "met"
        if report["met"]
        else f"missed by {report['time_to_bot_s'] - report['target_s']:.0f} s"
    )
    lines = [
        "# Time to a bot",
        "",
        f"{report['tweets']:,} tweets ({', '.join(f'{v} {PLURAL[k]}' for k, v in kinds.items())})"
        f" -> {report['train_tweets']:,} training tweets, {report['tokens_per_epoch']:,} tokens an "
        f"epoch, {report['epochs']} epochs of LoRA on {report['model']} in {report['precision']} "
        f"({report['train_tokens_per_second']:,.0f} tokens/s); {report['machine']['cpus']} CPUs. "
        f"Command: `{report['command']}`.",
        "",
        f"**{report['time_to_bot_s']:.0f} s** from `make train` to the bot's first answer through "
        f"the running server (target {report['target_s']:.0f} s: {verdict}).",
        "",
        "| stage | seconds | share |",
        "| --- | ---: | ---: |",
    ]
    for stage, row in report["stages"].items():
        lines.append(f"| {stage} | {row['seconds']:.1f} | {row['share']:.1%} |")
    return "\n".join(lines) + "\n"


def plot(report: dict, target: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(8, 2.4))
    left = 0.0
    for stage, row in report["stages"].items():
        axis.barh(0, row["seconds"], left=left, label=stage)
        left += row["seconds"]
    axis.axvline(report["target_s"], color="black", linestyle="--", label="target")
    axis.set_yticks([])
    axis.set_xlabel("seconds from make train to the first answer")
    axis.legend(ncol=6, fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.35))
    figure.tight_layout()
    figure.savefig(target, format="png", dpi=100)
    plt.close(figure)


def main(argv: list[str] | None = None) -> None:
    parser = bench_parser(__doc__.splitlines()[0], "CI mode: tiny base, 1 epoch, 400 tweets")
    parser.add_argument("--tweets", type=int, default=None, help="archive size (default 3,200)")
    args = parser.parse_args(argv)
    count = args.tweets or (400 if args.short else 3_200)
    print(markdown(run(count, args.short, results_dir(args), args.model_config)))


if __name__ == "__main__":
    main()
