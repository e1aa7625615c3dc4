"""Render tweetbots' Kubernetes objects: `python deploy/k8s/render.py cpu|gpu | kubectl apply -f -`.

The objects are the YAML files beside this script, plus two made from the project's own files
so that each setting keeps one home: the ConfigMap `tweetbots-config` holds config.properties
as it is, and the PrometheusRule `tweetbots` holds monitoring/alerts.yml's rule groups. The GPU
variant applies gpu.yaml's RFC 6902 patches (a kustomize-style overlay) to the objects they
target. `make k8s` renders both and validates them (tests/test_k8s.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import jsonpatch
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LABELS = {"app.kubernetes.io/name": "tweetbots"}
OVERLAYS = {"cpu": None, "gpu": HERE / "gpu.yaml"}


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
        if path not in OVERLAYS.values():
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


def render(variant: str) -> list[dict]:
    objects = base_objects()
    overlay = OVERLAYS[variant]
    return apply_overlay(objects, overlay) if overlay else objects


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variant", choices=sorted(OVERLAYS))
    args = parser.parse_args(argv)
    yaml.safe_dump_all(render(args.variant), sys.stdout, sort_keys=False)


if __name__ == "__main__":
    main()
