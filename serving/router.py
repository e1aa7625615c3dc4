"""The bot-affinity router: nginx in front of several serving replicas, each bot's requests to
the replica that holds it.

A replica is a whole service (serving/supervisor.py: its front, TorchServe, every bot of the
shared bot store). With round-robin every replica would load every adapter it is asked for and
its LRU would thrash; here nginx's consistent hash (`hash ... consistent`, ketama) on the bot
name picks the bot's owner, so each adapter is loaded once, by one replica, and adding or
removing a replica moves only about 1/N of the bots. When the owner sheds (503) or is down,
the request goes to the next replica on the ring (`tries` in all); a replica that failed
`max_fails` times is skipped for `fail_timeout_s`, then asked again (its bots come back).

The router is stateless and checks nothing itself: every replica's front checks the API key,
the per-key rate limit (so a key's rate is per replica), the body cap and the request, and
answers its JSON errors, which the router passes untouched. The router adds its own JSON 503
(with Retry-After) when no replica can take a request, and 413 over its body cap.

The bot comes from the path: /predictions/<bot>, /tgi/<bot>/..., /v1/models/<bot>, and
/bots/<bot>/v1/... (an OpenAI client with base_url `http://router/bots/<bot>/v1`, rewritten to
/v1/...). A plain /v1/completions names its bot in the body, which nginx does not read: such
requests, and those for no one bot (/bots, /jobs, /healthz), stay with one replica per client.
`/replicas/<n>/healthz` is replica n's own readiness; `/healthz` is ready when one is.

Usage: python -m serving.router render --replica HOST:PORT [--replica ...] [--listen ADDR]
       python -m serving.router run --replica HOST:PORT ... [--listen ADDR] [--run-dir DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import re
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import jinja2

from engine.files import write_private
from serving.front import nginx_binary
from serving.front_settings import LISTEN
from serving.nginx_config import TEMPLATES

TEMPLATE = "router.conf.j2"
REPLICA = re.compile(r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):\d{1,5}")


class RouterError(ValueError):
    """A replica list or setting the router cannot take."""


@dataclass(frozen=True)
class RouterSettings:
    """The router's knobs (its command-line flags); each default here."""

    listen: str = "127.0.0.1:8080"
    tries: int = 2  # replicas one request may try: its owner, then the next on the ring
    max_fails: int = 3  # failures (errors, 503s) before a replica is skipped...
    fail_timeout_s: int = 10  # ... for this long
    connect_timeout_s: int = 2
    read_timeout_s: int = 140  # between two reads of an answer: over a replica's own timeout
    client_timeout_s: int = 15
    max_body_bytes: int = 64 * 2**20 + 65536  # uploads (POST /bots) pass too
    retry_after_s: int = 2
    workers: int = 1
    worker_connections: int = 4096


def check(replicas: list[str], settings: RouterSettings) -> None:
    if not replicas:
        raise RouterError("name at least one replica: --replica HOST:PORT")
    for replica in replicas:
        if not REPLICA.fullmatch(replica):
            raise RouterError(f"a replica is HOST:PORT, got {replica!r}")
    if len(set(replicas)) != len(replicas):
        raise RouterError("a replica is named twice")
    if not LISTEN.fullmatch(settings.listen):
        raise RouterError(f"--listen must be [host:]port, got {settings.listen!r}")
    for field in dataclasses.fields(settings):
        value = getattr(settings, field.name)
        if field.type == "int" and (not isinstance(value, int) or value < 1):
            raise RouterError(f"router setting {field.name} must be a positive whole number")


def render(replicas: list[str], settings: RouterSettings, run_dir: Path | None = None) -> str:
    """The router's nginx.conf; `run_dir` holds its pid and temporary files (logs go to the
    process's stdout and stderr, a container's log)."""
    check(replicas, settings)
    folder = run_dir or Path("/tmp/tweetbots-router")
    paths = {"pid": folder / "nginx.pid", "tmp": folder / "tmp",
             "error_log": "stderr", "access_log": "/dev/stdout"}  # fmt: skip
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), undefined=jinja2.StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, autoescape=False,
    )  # fmt: skip
    return environment.get_template(TEMPLATE).render(s=settings, p=paths, replicas=replicas)


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["render", "run"])
    parser.add_argument("--replica", action="append", default=[], help="HOST:PORT, in order")
    parser.add_argument("--run-dir", type=Path, default=Path("/tmp/tweetbots-router"))
    for field in dataclasses.fields(RouterSettings):
        flag = "--" + field.name.replace("_", "-")
        kind = int if field.type == "int" else str
        parser.add_argument(flag, type=kind, default=field.default, help=f"default {field.default}")
    return parser


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    names = [field.name for field in dataclasses.fields(RouterSettings)]
    settings = RouterSettings(**{name: getattr(args, name) for name in names})
    try:
        text = render(args.replica, settings, args.run_dir)
    except RouterError as error:
        sys.exit(f"error: {error}")
    if args.command == "render":
        print(text, end="")
        return
    for folder in (args.run_dir, args.run_dir / "tmp"):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    conf = args.run_dir / "nginx.conf"
    write_private(conf, text)
    command = [nginx_binary(), "-p", str(args.run_dir), "-c", str(conf), "-e", "stderr"]
    sys.exit(run_nginx([*command, "-g", "daemon off;"]))


def run_nginx(command: list[str]) -> int:
    """nginx in the foreground; SIGTERM and SIGINT become its graceful stop (SIGQUIT: no new
    connections, answers in progress finish), not its fast one, which would cut streams."""
    process = subprocess.Popen(command)

    def graceful(signum, frame) -> None:
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGQUIT)

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, graceful)
    return process.wait()


if __name__ == "__main__":
    main()
