"""The jobs process: the jobs API (serving/jobs_api.py) on a unix socket for nginx, and the
runner (serving/job_runner.py) that trains the queued jobs. Started and stopped with the front,
like its keeper; it exits when nginx does, interrupting its pipelines (they resume at the next
start, from their last checkpoint).

Usage: python -m serving.jobs --run-dir DIR   (started by serving.front)
"""

from __future__ import annotations

import signal
import threading
from argparse import Namespace
from pathlib import Path

from werkzeug.serving import WSGIRequestHandler, make_server

from serving.front import sidecar_front
from serving.front_settings import ROOT, FrontSettings
from serving.job_runner import JobPolicy, JobRunner
from serving.job_store import JobStore
from serving.jobs_api import JobsApp, JobsConfig
from serving.uploads import UploadLimits


class QuietHandler(WSGIRequestHandler):
    def log_request(self, *args, **kwargs) -> None:  # nginx logs every request
        pass


def policy_of(settings: FrontSettings, bot_store: Path, run_dir: Path) -> JobPolicy:
    return JobPolicy(
        bot_store=bot_store, base=settings.jobs_base, running=settings.jobs_running,
        nice=settings.jobs_nice, threads=settings.jobs_threads,
        train_args=settings.jobs_train_args, yield_to=settings.jobs_yield, run_dir=run_dir,
    )  # fmt: skip


def config_of(settings: FrontSettings, bot_store: Path) -> JobsConfig:
    return JobsConfig(
        bot_store=bot_store,
        max_queued=settings.jobs_queued,
        base=settings.jobs_base,
        limits=UploadLimits(max_upload_bytes=settings.max_upload_bytes),
        folders=Namespace(  # what `make delete` removes beside the store entry
            export_dir=ROOT / "exports",
            runs_dir=ROOT / "runs",
            model_store=ROOT / "model_store",
            data_dir=ROOT / "data",
        ),  # fmt: skip
    )


def main(argv: list[str] | None = None) -> None:
    front = sidecar_front(argv, __doc__.splitlines()[0])
    state = front.state()
    bot_store = Path(state["bot_store"])
    store = JobStore(front.settings.jobs_path)
    runner = JobRunner(store, policy_of(front.settings, bot_store, front.run_dir))
    app = JobsApp(store, config_of(front.settings, bot_store), runner.wake)
    socket_path = Path(state["jobs_socket"])
    socket_path.unlink(missing_ok=True)
    server = make_server(f"unix://{socket_path}", 0, app, threaded=True,
                         request_handler=QuietHandler)  # fmt: skip
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    loop = threading.Thread(target=runner.run_forever, daemon=True)
    loop.start()
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    try:
        while front.running() and not stop.is_set():
            stop.wait(1.0)
    finally:
        runner.stopping.set()
        runner.wake.set()
        loop.join(3)
        runner.interrupt_all(timeout=8)  # all within front.stop_sidecar's 15 s
        server.shutdown()
        socket_path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
