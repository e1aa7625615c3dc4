"""Build a tweetbots image with the host's pip sources: `make image`, `make test-image`.

pip inside the build must reach packages the way the host does (here: a TLS-intercepting
proxy, a local find-links folder with the CPU torch wheel, file:// indexes). This script reads
the host's pip settings (`pip config list` and PIP_* variables), serves every local folder
among them on a loopback HTTP port for the length of the build (the build runs with
--network host), and passes a pip.conf naming those URLs and the CA bundle as BuildKit
secrets: neither is in a layer, and a new port does not invalidate the build cache.

Usage: python3 deploy/image.py [--target serve|app|train] [--tag T] [--base-image IMG]
                               [--gpu] [--torch-spec S] [--torch-index-url U]
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "Dockerfile"
LOCAL_BASE = "tweetbots-base:bookworm"  # deploy/base-image.sh's debootstrap image
# PyPI's Linux torch is the CUDA build: the GPU image takes it from the host's indexes (no
# find-links, where a local CPU wheel may lie), the CPU image the CPU index or a local wheel.
CUDA_TORCH_INDEX_URL = ""


def pip_settings() -> dict[str, str]:
    """The host pip's effective settings: config files, then PIP_* variables (pip's order)."""
    listing = subprocess.run(
        [sys.executable, "-m", "pip", "config", "list"], capture_output=True, text=True
    ).stdout
    settings: dict[str, str] = {}
    for line in listing.splitlines():
        match = re.match(r"^[^.]*\.([a-z-]+)='(.*)'$", line)
        if match and not line.startswith(":env:"):
            settings[match.group(1)] = match.group(2)
    for key, value in os.environ.items():
        if key.startswith("PIP_"):
            settings[key[4:].lower().replace("_", "-")] = value
    return settings


@dataclass
class Sources:
    """pip settings for the build, with local folders turned into loopback URLs."""

    pip_conf: dict[str, str] = field(default_factory=dict)  # [global] of the build's pip.conf
    cert: Path | None = None
    folders: dict[str, Path] = field(default_factory=dict)  # URL prefix -> folder served
    has_local_torch: bool = False


def local_path(location: str) -> Path | None:
    if location.startswith("file:"):
        return Path(url2pathname(urlparse(location).path))
    if "://" not in location:
        return Path(location)
    return None


def build_sources(settings: dict[str, str], port: int, *, find_links: bool = True) -> Sources:
    sources = Sources()
    base = f"http://127.0.0.1:{port}"
    links = []
    for location in settings.get("find-links", "").split() if find_links else []:
        path = local_path(location)
        if path is None:
            links.append(location)
        elif path.is_dir():
            prefix = f"/links{len(sources.folders)}"
            sources.folders[prefix] = path
            links.append(f"{base}{prefix}/")
            sources.has_local_torch |= any(path.glob("torch-*.whl"))
    indexes = []
    for key in ("index-url", "extra-index-url"):
        urls = []
        for location in settings.get(key, "").split():
            path = local_path(location)
            if path is None:
                urls.append(location)
            elif path.is_dir():  # a PEP 503 tree: serve its parent, links may climb to it
                prefix = f"/index{len(sources.folders)}"
                sources.folders[prefix] = path.parent
                urls.append(f"{base}{prefix}/{path.name}/")
        indexes.append((key, urls))
    for key, urls in indexes:
        if urls:
            sources.pip_conf[key] = " ".join(urls)
    if links:
        sources.pip_conf["find-links"] = " ".join(links)
    if settings.get("trusted-host"):
        sources.pip_conf["trusted-host"] = settings["trusted-host"]
    cert = settings.get("cert")
    if cert and Path(cert).is_file():
        sources.cert = Path(cert)
        sources.pip_conf["cert"] = "/run/secrets/pip_cert"  # the Dockerfile mounts it there
    return sources


def pip_conf_text(values: dict[str, str]) -> str:
    return "[global]\n" + "".join(f"{key} = {value}\n" for key, value in values.items())


class FolderHandler(http.server.SimpleHTTPRequestHandler):
    """Serves each configured folder under its URL prefix; nothing else."""

    def __init__(self, *args, folders: dict[str, Path], **kwargs):
        self.folders = folders
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        path = path.split("?", 1)[0].split("#", 1)[0]
        for prefix, folder in self.folders.items():
            if path == prefix or path.startswith(prefix + "/"):
                inner = super().translate_path(path[len(prefix) :] or "/")
                relative = os.path.relpath(inner, os.getcwd())
                return str(folder / relative)
        return str(Path("/nonexistent") / "x")

    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


def serve_folders(folders: dict[str, Path]) -> tuple[http.server.ThreadingHTTPServer, int]:
    handler = functools.partial(FolderHandler, folders=folders)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def docker_build_command() -> tuple[list[str], dict[str, str]]:
    """A docker CLI that builds with BuildKit: buildx, or a classic CLI with DOCKER_BUILDKIT=1.

    Docker 23+ without the buildx plugin falls back to the legacy builder (no secrets or
    cache mounts); Debian bookworm's docker.io (20.10) builds with BuildKit itself.
    """
    env = dict(os.environ)
    docker = shutil.which("docker")
    buildx = docker and subprocess.run([docker, "buildx", "version"], capture_output=True)
    if buildx and buildx.returncode == 0:
        return [docker, "buildx", "build", "--load"], env
    env["DOCKER_BUILDKIT"] = "1"
    for candidate in dict.fromkeys(filter(None, [docker, "/usr/bin/docker"])):
        help_text = subprocess.run(
            [candidate, "build", "--help"], capture_output=True, text=True, env=env
        ).stdout
        if "--secret" in help_text:
            return [candidate, "build"], env
    raise SystemExit("no docker CLI here can build with BuildKit: install docker's buildx plugin")


def ensure_base(image: str) -> None:
    if image == LOCAL_BASE:
        script = ROOT / "deploy" / "base-image.sh"
        subprocess.run([str(script), image], check=True, stdout=subprocess.DEVNULL)


def image_size(tag: str) -> int:
    command = ["docker", "image", "inspect", "--format", "{{.Size}}", tag]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return int(out.strip())


def build_arguments(
    base_image: str,
    sources: Sources,
    gpu: bool,
    torch_spec: str | None,
    torch_index_url: str | None,
) -> dict[str, str]:
    args = {"BASE_IMAGE": base_image}
    if gpu:
        args.update(DEVICE_TYPE="gpu", ONNXRUNTIME="onnxruntime-gpu")
        args["TORCH_INDEX_URL"] = CUDA_TORCH_INDEX_URL
    elif sources.has_local_torch:
        args["TORCH_INDEX_URL"] = ""  # the host's find-links has the CPU torch wheel
    if torch_index_url is not None:
        args["TORCH_INDEX_URL"] = torch_index_url
    if torch_spec:
        args["TORCH_SPEC"] = torch_spec
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy"):
        if os.environ.get(name):  # predefined build arguments: kept out of the image
            args[name] = os.environ[name]
    return args


def build(
    *,
    target: str,
    tag: str,
    base_image: str,
    gpu: bool = False,
    torch_spec: str | None = None,
    torch_index_url: str | None = None,
    quiet: bool = False,
) -> tuple[float, str]:
    """Build `target` as `tag`: the seconds it took and (quiet) BuildKit's plain log."""
    ensure_base(base_image)
    # GPU images take PyPI's CUDA torch: a host's local CPU torch wheel must not win.
    settings = pip_settings()
    server, port = serve_folders(build_sources(settings, 0, find_links=not gpu).folders)
    sources = build_sources(settings, port, find_links=not gpu)
    command, env = docker_build_command()
    command += ["--network", "host", "--target", target, "--tag", tag, "--file", str(DOCKERFILE)]
    arguments = build_arguments(base_image, sources, gpu, torch_spec, torch_index_url)
    for key, value in arguments.items():
        command += ["--build-arg", f"{key}={value}"]
    if sources.cert:
        command += ["--secret", f"id=pip_cert,src={sources.cert}"]
    if quiet:
        command += ["--progress", "plain"]
    output = subprocess.PIPE if quiet else None
    with tempfile.TemporaryDirectory(prefix="tweetbots-build-") as scratch:
        conf = Path(scratch) / "pip.conf"
        conf.write_text(pip_conf_text(sources.pip_conf))
        command += ["--secret", f"id=pip_conf,src={conf}"]
        started = time.monotonic()
        try:
            result = subprocess.run(
                [*command, str(ROOT)], env=env, stdout=output, stderr=output and subprocess.STDOUT,
                text=True,
            )  # fmt: skip
        finally:
            server.shutdown()
    seconds = time.monotonic() - started
    if result.returncode != 0:
        tail = (result.stdout or "")[-4000:] if quiet else ""
        raise RuntimeError(f"docker build of {tag} failed ({result.returncode})\n{tail}")
    return seconds, result.stdout or ""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", default="serve", choices=["serve", "app", "train"])
    parser.add_argument("--tag")
    parser.add_argument(
        "--base-image",
        default="debian:bookworm-slim",
        help=f"a Debian bookworm image; {LOCAL_BASE}: made here by debootstrap",
    )
    parser.add_argument("--gpu", action="store_true", help="CUDA torch, onnxruntime-gpu, gpu")
    parser.add_argument("--torch-spec", help="e.g. torch==2.13.0")
    parser.add_argument("--torch-index-url", help="extra index for torch ('' for none)")
    args = parser.parse_args(argv)
    name = {"serve": "tweetbots", "app": "tweetbots-app", "train": "tweetbots-train"}[args.target]
    tag = args.tag or f"{name}:{'gpu' if args.gpu else 'cpu'}"
    seconds, _ = build(
        target=args.target,
        tag=tag,
        base_image=args.base_image,
        gpu=args.gpu,
        torch_spec=args.torch_spec,
        torch_index_url=args.torch_index_url,
    )
    print(f"built {tag} in {seconds:.0f} s: {image_size(tag) / 1e9:.2f} GB")


if __name__ == "__main__":
    main()
