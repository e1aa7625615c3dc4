"""Watch a running TorchServe: Prometheus on loopback (and Grafana where it is installed).

Prometheus gets monitoring/prometheus.yml with the service's metrics address filled in and
the alert rules by absolute path; its data and the rendered config live in a run folder, so
`make monitor` and the tests never share state. `make serve` first; Ctrl-C stops both.

Usage: python -m monitoring.monitor [--serve-dir .serve] [--port 9090] [--grafana-port 3000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import requests
import yaml

from serving.torchserve import CONFIG, ROOT, read_properties

MONITORING = ROOT / "monitoring"
GRAFANA = MONITORING / "grafana"


def prometheus_config(metrics_url: str, scrape_interval: str | None = None) -> dict:
    """monitoring/prometheus.yml aimed at `metrics_url`, its rule files made absolute; its
    scrape interval (the one home of the default) unless another is given."""
    config = yaml.safe_load((MONITORING / "prometheus.yml").read_text())
    if scrape_interval:
        config["global"].update(
            scrape_interval=scrape_interval, evaluation_interval=scrape_interval
        )
    config["rule_files"] = [str(MONITORING / name) for name in config["rule_files"]]
    (job,) = config["scrape_configs"]
    job["static_configs"] = [{"targets": [urlparse(metrics_url).netloc]}]
    return config


def wait_for(url: str, process: subprocess.Popen, log: Path, timeout: float = 60.0) -> None:
    """Block until `url` answers 200, or raise with the tail of the process's log."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if requests.get(url, timeout=2).ok:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.3)
    process.terminate()
    raise RuntimeError(f"{url} did not answer; the end of {log}:\n{log.read_text()[-2000:]}")


def start_prometheus(
    run_dir: Path, metrics_url: str, port: int, scrape_interval: str | None = None
) -> subprocess.Popen:
    """Prometheus on 127.0.0.1:`port` scraping `metrics_url`; returns once it is ready."""
    binary = shutil.which("prometheus")
    if binary is None:
        raise RuntimeError("prometheus not found: `make install` installs Debian's package")
    run_dir.mkdir(parents=True, exist_ok=True)
    config = run_dir / "prometheus.yml"
    config.write_text(yaml.safe_dump(prometheus_config(metrics_url, scrape_interval)))
    log = run_dir / "prometheus.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [
                binary,
                f"--config.file={config}",
                f"--storage.tsdb.path={run_dir / 'data'}",
                f"--web.listen-address=127.0.0.1:{port}",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    wait_for(f"http://127.0.0.1:{port}/-/ready", process, log)
    return process


def start_grafana(run_dir: Path, prometheus_url: str, port: int) -> subprocess.Popen | None:
    """Grafana with monitoring/grafana's provisioning, where a `grafana` binary exists."""
    binary = shutil.which("grafana") or shutil.which("grafana-server")
    if binary is None:
        return None
    home = Path("/usr/share/grafana")  # Debian/RPM packages' home; elsewhere Grafana finds it
    run_dir.mkdir(parents=True, exist_ok=True)
    settings = {
        "paths.provisioning": GRAFANA / "provisioning",
        "paths.data": run_dir / "data",
        "paths.logs": run_dir / "logs",
        "server.http_addr": "127.0.0.1",
        "server.http_port": port,
    }
    command = [binary, *(["server"] if Path(binary).name == "grafana" else [])]
    command += [f"--homepath={home}"] if home.exists() else []
    command += [f"cfg:default.{key}={value}" for key, value in settings.items()]
    environment = {
        **os.environ,
        "PROMETHEUS_URL": prometheus_url,
        "TWEETBOTS_DASHBOARDS": str(GRAFANA / "dashboards"),
    }
    log = run_dir / "grafana.log"
    with log.open("w") as out:
        process = subprocess.Popen(command, env=environment, stdout=out, stderr=subprocess.STDOUT)
    wait_for(f"http://127.0.0.1:{port}/api/health", process, log)
    return process


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve-dir", type=Path, default=ROOT / ".serve")
    parser.add_argument("--run-dir", type=Path, default=ROOT / ".monitor")
    parser.add_argument("--port", type=int, default=9090)
    parser.add_argument("--grafana-port", type=int, default=3000)
    parser.add_argument(
        "--scrape-interval", default=None, help="default: monitoring/prometheus.yml's (5s)"
    )
    args = parser.parse_args(argv)
    served = args.serve_dir / "config.properties"
    metrics_url = read_properties(served if served.exists() else CONFIG)["metrics_address"]
    try:
        prometheus = start_prometheus(
            args.run_dir / "prometheus", metrics_url, args.port, args.scrape_interval
        )
    except RuntimeError as error:  # not installed, or it did not start (its log's tail)
        sys.exit(f"error: {error}")
    prometheus_url = f"http://127.0.0.1:{args.port}"
    children = [prometheus]
    print(f"Prometheus at {prometheus_url} scraping {metrics_url}/metrics")
    try:
        grafana = start_grafana(args.run_dir / "grafana", prometheus_url, args.grafana_port)
    except RuntimeError as error:
        prometheus.terminate()
        sys.exit(f"error: {error}")
    if grafana:
        children.append(grafana)
        print(f"Grafana at http://127.0.0.1:{args.grafana_port} (admin/admin): tweetbots dashboard")
    else:
        print("Grafana is not installed: see the README to run it with monitoring/grafana/")
    print("Ctrl-C stops monitoring")
    try:
        prometheus.wait()
    except KeyboardInterrupt:
        pass
    finally:
        for child in children:
            child.terminate()
            child.wait(timeout=30)


if __name__ == "__main__":
    main()
