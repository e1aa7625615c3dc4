"""The front's keeper: a small process beside nginx that answers /healthz and rotates logs.

/healthz (nginx passes it here, over a unix socket) is ready when every served model has a
READY worker by TorchServe's management API. Not TorchServe's /ping: it stays "Healthy" while
a dead worker restarts (it counts a worker unhealthy only after maxRetryTimeoutInSec of failed
restarts). Not a real generation per check either: load balancers' checks would then count in
the request metrics. If the keeper dies, nginx cannot reach it and /healthz says not ready.

Every log_check_s it rotates the front's logs and torchserve.out (Front.rotate_logs), and it
exits when nginx does.

Usage: python -m serving.keeper --run-dir DIR   (started by serving.front)
"""

from __future__ import annotations

import json
import socketserver
import threading
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from serving.front import Front, sidecar_front
from serving.torchserve import running_server


def readiness(run_dir: Path) -> list[str]:
    """The served models without a READY worker ([] when all can answer)."""
    models = Front.of(run_dir).state().get("models", [])
    try:
        ready = set(running_server(run_dir).ready_models())
    except Exception:  # TorchServe unreachable, starting or stopping
        ready = set()
    return sorted(set(models) - ready) if models else ["(no model)"]


class Health(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # nginx logs the request
        pass

    def do_GET(self) -> None:
        try:
            missing = readiness(self.server.run_dir)
        except Exception as error:
            missing = [f"({type(error).__name__})"]
        body = {"status": "ready"}
        if missing:
            why = f"no ready worker for {', '.join(missing)} (starting, restarting or down)"
            body = {"status": "unavailable", "message": why}
        data = json.dumps(body).encode()
        self.send_response(503 if missing else 200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        if missing:
            self.send_header("Retry-After", str(self.server.retry_after))
        self.end_headers()
        self.wfile.write(data)


class UnixServer(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True


def main(argv: list[str] | None = None) -> None:
    front = sidecar_front(argv, __doc__.splitlines()[0])
    socket_path = Path(front.state()["health_socket"])
    socket_path.unlink(missing_ok=True)
    server = UnixServer(str(socket_path), Health)
    server.run_dir = front.run_dir
    server.retry_after = front.settings.worker_restart_retry_after_s
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        while front.running():
            front.rotate_logs()
            time.sleep(front.settings.log_check_s)
    finally:
        server.shutdown()
        socket_path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
