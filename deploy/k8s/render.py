"""Render tweetbots' Kubernetes objects: `python deploy/k8s/render.py cpu|gpu | kubectl apply -f -`.

The serving objects are the YAML files beside this script, plus two made from the project's own
files so that each setting keeps one home: the ConfigMap `tweetbots-config` holds
config.properties as it is, and the PrometheusRule `tweetbots` holds monitoring/alerts.yml's
rule groups; and the router's replica list with one ClusterIP Service per replica, made from
the StatefulSet and the HPA (`--replicas N`: see route_replicas). The GPU variant applies
gpu.yaml's RFC 6902 patches (a kustomize-style overlay) to the objects they target.

Training Jobs are templates rendered on request, for one bot each:
  render.py train --user H [--archive /work/archives/H.zip] [--gpu] [-- PIPELINE FLAGS]
  render.py torchrun --user H --nodes 2 --gpus 4 [--archive ...] [-- TRAIN FLAGS]
`make k8s` renders the serving variants and validates every object (tests/test_k8s.py).
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import re
import sys
from pathlib import Path

import jsonpatch
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LABELS = {"app.kubernetes.io/name": "tweetbots"}
OVERLAYS = {"cpu": None, "gpu": HERE / "gpu.yaml"}
JOBS = {"train": HERE / "train-job.yaml", "torchrun": HERE / "torchrun-job.yaml"}
TEMPLATES = {HERE / "gpu.yaml", *JOBS.values()}  # not serving objects themselves
REPLICA_PORT = 8080  # each replica's front (statefulset.yaml's `http` port)
HANDLE = re.compile(r"@?[A-Za-z0-9_]{1,15}")  # training/tweets.py's HANDLE_PATTERN
GPU_NODES = {
    "nodeSelector": {"nvidia.com/gpu.present": "true"},
    "tolerations": [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}],
}


def config_map() -> dict:
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": "tweetbots-config", "labels": LABELS},
        "data": {"config.properties": (ROOT / "config.properties").read_text()},
    }


def prometheus_rule() -> dict:
    alerts = yaml.safe_load((ROOT / "monitoring" / "alerts.yml").read_text())
    return {
        "apiVersion": "monitoring.coreos.com/v1",
        "kind": "PrometheusRule",
        "metadata": {"name": "tweetbots", "labels": LABELS},
        "spec": {"groups": alerts["groups"]},
    }


def base_objects() -> list[dict]:
    objects = [config_map(), prometheus_rule()]
    for path in sorted(HERE.glob("*.yaml")):
        if path not in TEMPLATES:
            objects += [item for item in yaml.safe_load_all(path.read_text()) if item]
    return objects


def apply_overlay(objects: list[dict], overlay: Path) -> list[dict]:
    """Each entry's patch applied to every object its target (kind, name) names; all must hit."""
    for entry in yaml.safe_load(overlay.read_text()):
        target = entry["target"]
        hits = [
            index
            for index, item in enumerate(objects)
            if item["kind"] == target["kind"] and item["metadata"]["name"] == target["name"]
        ]
        if not hits:
            raise SystemExit(f"{overlay.name}: no {target['kind']} named {target['name']}")
        for index in hits:
            objects[index] = jsonpatch.apply_patch(objects[index], entry["patch"])
    return objects


def find(objects: list[dict], kind: str, name: str) -> dict:
    (item,) = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    return item


def replica_service(name: str) -> dict:
    """Replica `name`'s own ClusterIP Service, named as the pod: an address that exists whether
    or not the pod does and stays when the pod is recreated (the router resolves it once)."""
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {
            "name": name,
            "labels": {**LABELS, "app.kubernetes.io/component": "replica-address"},
        },
        "spec": {
            "type": "ClusterIP",
            "selector": {**LABELS, "statefulset.kubernetes.io/pod-name": name},
            "ports": [{"name": "http", "port": REPLICA_PORT, "targetPort": "http"}],
        },
    }


def route_replicas(objects: list[dict], replicas: int | None = None) -> list[dict]:
    """The router's replica list: tweetbots-0 ... tweetbots-(N-1), each with its Service.

    N is every replica the HPA may run (its maxReplicas; `replicas` sets both): the router lists
    them all, and the ones not running refuse connections, so nginx marks them down and their
    bots go to the next replica on the ring. The HPA scales within the list; more replicas than
    that means rendering again with a larger N (the router pods restart with the new list).
    """
    statefulset = find(objects, "StatefulSet", "tweetbots")
    hpa = find(objects, "HorizontalPodAutoscaler", "tweetbots")["spec"]
    router = find(objects, "Deployment", "tweetbots-router")
    count = hpa["maxReplicas"] if replicas is None else replicas
    if count < 1:
        raise SystemExit("--replicas must be at least 1")
    hpa["maxReplicas"] = count
    hpa["minReplicas"] = min(hpa["minReplicas"], count)
    statefulset["spec"]["replicas"] = min(statefulset["spec"]["replicas"], count)
    name = statefulset["metadata"]["name"]  # the StatefulSet's pods: tweetbots-0, tweetbots-1, ...
    names = [f"{name}-{index}" for index in range(count)]
    args = router["spec"]["template"]["spec"]["containers"][0]["args"]
    for replica in names:
        args += ["--replica", f"{replica}:{REPLICA_PORT}"]
    return objects + [replica_service(replica) for replica in names]


def render(variant: str, replicas: int | None = None) -> list[dict]:
    objects = route_replicas(base_objects(), replicas)
    overlay = OVERLAYS[variant]
    return apply_overlay(objects, overlay) if overlay else objects


def handles(users: str) -> list[str]:
    """`A,@b` -> ['a', 'b'] as training/tweets.py's parse_handles (the bot's name's order)."""
    found = sorted({part.strip() for part in users.split(",") if part.strip()})
    for handle in found:
        if not HANDLE.fullmatch(handle):
            raise SystemExit(f"invalid handle {handle!r}: 1-15 letters, digits or _")
    return sorted({handle.lstrip("@").lower() for handle in found})


def job_name(prefix: str, bot: str) -> str:
    """A DNS label for the bot's Job (names up to 63; an indexed pod adds -<index>)."""
    slug = bot.replace("_", "-").strip("-") or "bot"
    if len(prefix) + len(slug) > 56:
        slug = (
            slug[: 47 - len(prefix)].strip("-") + "-" + hashlib.sha1(bot.encode()).hexdigest()[:8]
        )
    return f"{prefix}{slug}"


def load_job(what: str) -> list[dict]:
    return [item for item in yaml.safe_load_all(JOBS[what].read_text()) if item]


def set_env(container: dict, name: str, value: str) -> None:
    (entry,) = [item for item in container["env"] if item["name"] == name]
    entry["value"] = value


def gpu_pod(pod: dict, gpus: int, cpu_per_gpu: int = 4, memory_per_gpu: int = 16) -> None:
    container = pod["containers"][0]
    container["image"] = container["image"].rsplit(":", 1)[0] + ":gpu"
    resources = container["resources"]
    resources["requests"].update(
        {"cpu": str(cpu_per_gpu * gpus), "memory": f"{memory_per_gpu * gpus}Gi",
         "nvidia.com/gpu": gpus}
    )  # fmt: skip
    resources["limits"].update({"memory": f"{2 * memory_per_gpu * gpus}Gi", "nvidia.com/gpu": gpus})
    pod.update(copy.deepcopy(GPU_NODES))


def train_job(
    users: str, archive: str | None = None, gpu: bool = False, extra: list[str] = ()
) -> list[dict]:
    """`make train` for one bot (users: one handle or several, comma-separated) as a Job."""
    found = handles(users)
    (job,) = load_job("train")
    job["metadata"]["name"] = job_name("tweetbots-train-", "-".join(found))
    pod = job["spec"]["template"]["spec"]
    container = pod["containers"][0]
    set_env(container, "USER", ",".join(found))
    container["args"] += (["--archive", archive] if archive else []) + list(extra)
    if gpu:
        gpu_pod(pod, 1)
    return [job]


def torchrun_job(
    user: str, nodes: int, gpus: int, archive: str | None = None, extra: list[str] = ()
) -> list[dict]:
    """One bot trained by torchrun over `nodes` pods of `gpus` GPUs each: an Indexed Job and
    its headless Service, pod 0 the rendezvous endpoint."""
    found = handles(user)
    if len(found) != 1:
        raise SystemExit("torchrun trains one handle's bot: --user HANDLE")
    if nodes < 1 or gpus < 1:
        raise SystemExit("--nodes and --gpus must be at least 1")
    (bot,) = found
    service, job = load_job("torchrun")
    name = job_name("tweetbots-torchrun-", bot)
    service["metadata"]["name"] = job["metadata"]["name"] = name
    service["spec"]["selector"] = {"batch.kubernetes.io/job-name": name}
    spec = job["spec"]
    spec["completions"] = spec["parallelism"] = nodes
    pod = spec["template"]["spec"]
    pod["subdomain"] = name
    container = pod["containers"][0]
    for key, value in {"USER": bot, "ARCHIVE": archive or "", "NODES": str(nodes),
                       "GPUS": str(gpus)}.items():  # fmt: skip
        set_env(container, key, value)
    args = container["args"]
    (index,) = [i for i, arg in enumerate(args) if arg.startswith("--rdzv_endpoint=")]
    args[index] = f"--rdzv_endpoint={name}-0.{name}:29500"  # pod 0 of the Indexed Job
    container["args"] = args + list(extra)
    gpu_pod(pod, gpus)
    return [service, job]


class Dumper(yaml.SafeDumper):
    """Multi-line strings (a script, config.properties) as YAML block literals: readable."""


Dumper.add_representer(
    str,
    lambda dumper, value: dumper.represent_scalar(
        "tag:yaml.org,2002:str", value, style="|" if "\n" in value else None
    ),
)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="what", required=True)
    for variant in sorted(OVERLAYS):
        serving = commands.add_parser(variant, help=f"the serving objects ({variant})")
        serving.add_argument(
            "--replicas", type=int, help="replicas the router lists and the HPA's maximum "
            "(default: hpa.yaml's maxReplicas)",
        )  # fmt: skip
    train = commands.add_parser("train", help="a Job training one bot (make train)")
    train.add_argument("--user", required=True, help="handle, or several separated by commas")
    train.add_argument("--gpu", action="store_true", help="one GPU, the GPU training image")
    torchrun = commands.add_parser("torchrun", help="an Indexed Job: torchrun over GPU nodes")
    torchrun.add_argument("--user", required=True, help="one handle")
    torchrun.add_argument("--nodes", type=int, default=2)
    torchrun.add_argument("--gpus", type=int, default=4, help="GPUs a node")
    for job in (train, torchrun):
        job.add_argument(
            "--archive", help="the X archive's path in the pod, e.g. /work/archives/H.zip"
        )
        job.add_argument("extra", nargs="*", help="after --: more training flags, e.g. -- --lora")
    args = parser.parse_args(argv)
    if args.what == "train":
        objects = train_job(args.user, args.archive, args.gpu, args.extra)
    elif args.what == "torchrun":
        objects = torchrun_job(args.user, args.nodes, args.gpus, args.archive, args.extra)
    else:
        objects = render(args.what, args.replicas)
    yaml.dump_all(objects, sys.stdout, Dumper=Dumper, sort_keys=False)


if __name__ == "__main__":
    main()
