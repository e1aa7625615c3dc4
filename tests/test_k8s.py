"""The Kubernetes objects (deploy/k8s, CPU and GPU variants), validated offline and strictly.

kubernetes-validate bundles the schemas of Kubernetes' own kinds only: for any other kind it
prints a warning and passes. So a kind it has no schema for is a failure here, and the three
custom resources are validated against their CRDs' OpenAPI schemas (tests/k8s_schemas/, see
its README), made strict the way the API server's field validation is (unknown fields are
errors unless a schema preserves them), with `metadata` checked as Kubernetes' ObjectMeta.
"""

from __future__ import annotations

import copy
import functools
import gzip
import json
import re
import sys
from pathlib import Path

import jsonschema
import kubernetes_validate
import pytest
import yaml
from kubernetes_validate.utils import SchemaNotFoundError, latest_version, schema_contents

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = Path(__file__).resolve().parent / "k8s_schemas"
sys.path.insert(0, str(ROOT / "deploy" / "k8s"))
import render  # noqa: E402 - deploy/k8s/render.py is a script

VERSION = latest_version()
CUSTOM = {
    ("monitoring.coreos.com/v1", "ServiceMonitor"): "servicemonitor_v1.json",
    ("monitoring.coreos.com/v1", "PrometheusRule"): "prometheusrule_v1.json",
}


def strict(schema: dict) -> dict:
    """Every object schema with properties rejects others, unless it preserves unknown fields."""
    schema = copy.deepcopy(schema)

    def visit(node):
        if isinstance(node, dict):
            if (
                "properties" in node
                and "additionalProperties" not in node
                and not node.get("x-kubernetes-preserve-unknown-fields")
            ):
                node["additionalProperties"] = False
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(schema)
    return schema


@functools.cache
def custom_validator(name: str) -> jsonschema.Draft7Validator:
    path = SCHEMAS / name
    raw = path.read_bytes()
    raw = gzip.decompress(raw) if name.endswith(".gz") else raw
    return jsonschema.Draft7Validator(strict(json.loads(raw)))


@functools.cache
def object_meta_validator() -> jsonschema.Draft202012Validator:
    definitions = schema_contents(
        f"kubernetes-json-schema/v{VERSION}-local-strict/_definitions.json", VERSION
    )
    meta = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
    return jsonschema.Draft202012Validator(
        {"$defs": definitions["$defs"], "$ref": f"#/$defs/{meta}"}
    )


def validate(item: dict) -> None:
    """Raises on anything the API server would reject as invalid or unknown."""
    key = (item["apiVersion"], item["kind"])
    if key in CUSTOM:
        object_meta_validator().validate(item["metadata"])
        custom_validator(CUSTOM[key]).validate(item)
        return
    kubernetes_validate.validate(item, VERSION, strict=True)


@pytest.fixture(scope="module", params=["cpu", "gpu"])
def objects(request) -> dict[tuple[str, str], dict]:
    rendered = render.render(request.param)
    return {(item["kind"], item["metadata"]["name"]): item for item in rendered}


def test_every_object_validates_strictly(objects):
    for item in objects.values():
        validate(item)
    kinds = {kind for kind, _ in objects}
    assert {
        "Deployment", "Service", "ConfigMap", "Secret", "PersistentVolumeClaim", "ServiceMonitor",
        "PrometheusRule", "HorizontalPodAutoscaler",
    } <= kinds  # fmt: skip


@pytest.mark.parametrize(
    "kind, path",
    [
        ("Deployment", ["spec", "template", "spec", "containers", 0, "imagePullPolicyy"]),
        ("ServiceMonitor", ["spec", "endpoints", 0, "intervall"]),
        ("PrometheusRule", ["spec", "groups", 0, "rules", 0, "expresion"]),
    ],
)
def test_an_unknown_field_fails_validation(kind, path):
    """The validation is strict for both kinds of schema: a misspelt field is an error."""
    item = next(item for item in render.render("cpu") if item["kind"] == kind)
    node = item
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = "x"
    with pytest.raises(jsonschema.ValidationError):
        validate(item)


def test_a_kind_without_a_schema_is_not_silently_passed():
    with pytest.raises(SchemaNotFoundError):
        kubernetes_validate.validate(
            {"apiVersion": "example.com/v1", "kind": "Gadget", "metadata": {"name": "x"}},
            VERSION,
            strict=True,
        )


def container(objects) -> dict:
    return objects[("Deployment", "tweetbots")]["spec"]["template"]["spec"]["containers"][0]


def test_probes_use_the_fronts_keyless_healthz_and_shutdown_fits_the_grace_period(objects):
    from serving.supervisor import ServiceSettings
    from serving.torchserve import STOP_SECONDS

    pod = objects[("Deployment", "tweetbots")]["spec"]["template"]["spec"]
    serving = container(objects)
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert serving[probe]["httpGet"] == {"path": "/healthz", "port": "http"}
    env = {item["name"]: item.get("value") for item in serving["env"]}
    drain = float(env["TWEETBOTS_DRAIN_SECONDS"])
    assert drain == ServiceSettings().drain_seconds
    pre_stop = float(serving["lifecycle"]["preStop"]["exec"]["command"][1])
    assert pre_stop + drain + STOP_SECONDS < pod["terminationGracePeriodSeconds"]


def test_pod_runs_as_the_images_user_with_a_read_only_root(objects):
    dockerfile = (ROOT / "Dockerfile").read_text()
    user, group = re.search(r"^USER (\d+):(\d+)$", dockerfile, re.MULTILINE).groups()
    pod = objects[("Deployment", "tweetbots")]["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsUser"] == int(user)
    assert pod["securityContext"]["runAsGroup"] == int(group)
    assert container(objects)["securityContext"]["readOnlyRootFilesystem"] is True
    mounts = {mount["mountPath"] for mount in container(objects)["volumeMounts"]}
    assert {"/tmp", "/app/bots", "/app/config.properties"} <= mounts


def test_pod_mounts_what_the_container_reads_where_it_reads_it(objects):
    """The bot store from its claim (read-only), the API key file from the Secret at the
    container's key file path, the front's port as the `http` port."""
    from serving.supervisor import ServiceSettings

    pod = objects[("Deployment", "tweetbots")]["spec"]["template"]["spec"]
    serving = container(objects)
    env = {item["name"]: item.get("value") for item in serving["env"]}
    settings, front = ServiceSettings.from_environment(env)
    volumes = {volume["name"]: volume for volume in pod["volumes"]}
    mounts = {mount["mountPath"]: mount for mount in serving["volumeMounts"]}
    mount = mounts[str(settings.bot_store)]
    assert mount["readOnly"] is True
    assert volumes[mount["name"]]["persistentVolumeClaim"]["claimName"] == "tweetbots-bots"
    assert ("PersistentVolumeClaim", "tweetbots-bots") in objects
    keys_file = front.keys_path
    keys = mounts[str(keys_file.parent)]
    secret = volumes[keys["name"]]["secret"]
    assert secret["secretName"] == "tweetbots-api-keys" and "subPath" not in keys
    assert secret["items"] == [{"key": keys_file.name, "path": keys_file.name}]
    assert secret["defaultMode"] == 0o440 and pod["securityContext"]["fsGroup"] == 10001
    ports = {port["name"]: port["containerPort"] for port in serving["ports"]}
    assert int(front.listen.rsplit(":", 1)[1]) == ports["http"] == 8080
    assert ("Secret", "tweetbots-api-keys") in objects


def test_config_map_and_rules_are_the_projects_own_files(objects):
    config = objects[("ConfigMap", "tweetbots-config")]["data"]["config.properties"]
    assert config == (ROOT / "config.properties").read_text()
    rules = objects[("PrometheusRule", "tweetbots")]["spec"]["groups"]
    assert rules == yaml.safe_load((ROOT / "monitoring" / "alerts.yml").read_text())["groups"]


def test_service_and_monitor_select_the_pods_metrics_port(objects):
    labels = objects[("Deployment", "tweetbots")]["spec"]["template"]["metadata"]["labels"]
    service = objects[("Service", "tweetbots")]["spec"]
    assert service["selector"].items() <= labels.items()
    ports = {port["name"] for port in service["ports"]}
    monitor = objects[("ServiceMonitor", "tweetbots")]["spec"]
    assert monitor["selector"]["matchLabels"].items() <= labels.items()
    assert {endpoint["port"] for endpoint in monitor["endpoints"]} <= ports
    container_ports = {port["name"]: port["containerPort"] for port in container(objects)["ports"]}
    assert container_ports["metrics"] == 8082


def test_hpa_metric_is_the_one_prometheus_adapter_serves(objects):
    hpa = objects[("HorizontalPodAutoscaler", "tweetbots")]["spec"]
    (metric,) = hpa["metrics"]
    adapter = objects[("ConfigMap", "tweetbots-prometheus-adapter")]["data"]["config.yaml"]
    rules = yaml.safe_load(adapter)["rules"]
    assert metric["pods"]["metric"]["name"] in {rule["name"]["as"] for rule in rules}
    declared = (ROOT / "monitoring" / "metrics.yaml").read_text()
    for rule in rules:  # the series it reads are ones TorchServe exports (metrics.yaml)
        query = rule["metricsQuery"] + rule["seriesQuery"]
        for series in re.findall(r"\b((?:ts|tweetbots)_[a-z_]+)\{", query):
            assert f"name: {series}" in declared


def test_gpu_variant_asks_for_a_gpu_node_and_image():
    objects = {(item["kind"], item["metadata"]["name"]): item for item in render.render("gpu")}
    pod = objects[("Deployment", "tweetbots")]["spec"]["template"]["spec"]
    (serving,) = pod["containers"]
    assert serving["image"] == "tweetbots:gpu"
    assert serving["resources"]["limits"]["nvidia.com/gpu"] == 1
    assert {"name": "TWEETBOTS_DEVICE_TYPE", "value": "gpu"} in serving["env"]
    assert pod["nodeSelector"] == {"nvidia.com/gpu.present": "true"}
    cpu = {(item["kind"], item["metadata"]["name"]): item for item in render.render("cpu")}
    assert "nvidia.com/gpu" not in str(cpu[("Deployment", "tweetbots")])
