"""The Kubernetes objects (deploy/k8s: serving, CPU and GPU variants, and the training Jobs),
validated offline and strictly.

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
        "StatefulSet", "Deployment", "Service", "ConfigMap", "Secret", "PersistentVolumeClaim",
        "ServiceMonitor", "PrometheusRule", "HorizontalPodAutoscaler",
    } <= kinds  # fmt: skip


JOBS = {
    "train": lambda: render.train_job("Some_Handle", archive="/work/archives/some_handle.zip"),
    "train-multi": lambda: render.train_job("bob,@alice", extra=["--lora"]),
    "train-gpu": lambda: render.train_job("some_handle", gpu=True),
    "torchrun": lambda: render.torchrun_job("some_handle", nodes=2, gpus=4),
    "torchrun-3x8": lambda: render.torchrun_job("a_b", nodes=3, gpus=8, extra=["--epochs", "2"]),
}


@pytest.fixture(params=sorted(JOBS))
def job_objects(request) -> list[dict]:
    return JOBS[request.param]()


def test_every_training_object_validates_strictly(job_objects):
    for item in job_objects:
        validate(item)
    assert "Job" in {item["kind"] for item in job_objects}


def test_the_templates_as_written_validate_too():
    for what in render.JOBS:
        for item in render.load_job(what):
            validate(item)


@pytest.mark.parametrize(
    "kind, path",
    [
        ("StatefulSet", ["spec", "template", "spec", "containers", 0, "imagePullPolicyy"]),
        ("Deployment", ["spec", "template", "spec", "containers", 0, "argss"]),
        ("ServiceMonitor", ["spec", "endpoints", 0, "intervall"]),
        ("PrometheusRule", ["spec", "groups", 0, "rules", 0, "expresion"]),
    ],
)
def test_an_unknown_field_fails_validation(kind, path):
    """The validation is strict for both kinds of schema: a misspelt field is an error."""
    item = next(item for item in render.render("cpu") if item["kind"] == kind)
    item = copy.deepcopy(item)
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


def test_an_unknown_field_in_a_job_fails_validation():
    (job,) = render.train_job("some_handle")
    job["spec"]["template"]["spec"]["containers"][0]["workingDirr"] = "/work"
    with pytest.raises(jsonschema.ValidationError):
        validate(job)


def pod_spec(objects, kind="StatefulSet", name="tweetbots") -> dict:
    return objects[(kind, name)]["spec"]["template"]["spec"]


def container(objects) -> dict:
    return pod_spec(objects)["containers"][0]


def plain_env(container: dict) -> dict[str, str]:
    """The container's environment given as values (not from a field or a Secret)."""
    return {item["name"]: item["value"] for item in container["env"] if "value" in item}


def test_probes_use_the_fronts_keyless_healthz_and_shutdown_fits_the_grace_period(objects):
    from serving.supervisor import ServiceSettings
    from serving.torchserve import STOP_SECONDS

    pod = pod_spec(objects)
    serving = container(objects)
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert serving[probe]["httpGet"] == {"path": "/healthz", "port": "http"}
    env = plain_env(serving)
    drain = float(env["TWEETBOTS_DRAIN_SECONDS"])
    assert drain == ServiceSettings().drain_seconds
    pre_stop = float(serving["lifecycle"]["preStop"]["exec"]["command"][1])
    assert pre_stop + drain + STOP_SECONDS < pod["terminationGracePeriodSeconds"]


def test_pod_runs_as_the_images_user_with_a_read_only_root(objects):
    dockerfile = (ROOT / "Dockerfile").read_text()
    user, group = re.search(r"^USER (\d+):(\d+)$", dockerfile, re.MULTILINE).groups()
    pod = pod_spec(objects)
    assert pod["securityContext"]["runAsUser"] == int(user)
    assert pod["securityContext"]["runAsGroup"] == int(group)
    assert container(objects)["securityContext"]["readOnlyRootFilesystem"] is True
    mounts = {mount["mountPath"] for mount in container(objects)["volumeMounts"]}
    assert {"/tmp", "/app/bots", "/app/config.properties"} <= mounts


def test_pod_mounts_what_the_container_reads_where_it_reads_it(objects):
    """The bot store from its claim (read-only), the API key file from the Secret at the
    container's key file path, the front's port as the `http` port."""
    from serving.supervisor import ServiceSettings

    pod = pod_spec(objects)
    serving = container(objects)
    env = plain_env(serving)
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


def selects(selector: dict, item: dict) -> bool:
    return selector.items() <= item["spec"]["template"]["metadata"]["labels"].items()


def test_service_and_monitor_select_the_pods_metrics_port(objects):
    """Prometheus scrapes every replica (its pods, through the headless Service), and only
    through that Service: the others are labelled so the monitor does not pick them."""
    replicas = objects[("StatefulSet", "tweetbots")]
    monitor = objects[("ServiceMonitor", "tweetbots")]["spec"]
    services = [item for (kind, _), item in objects.items() if kind == "Service"]
    picked = [
        item for item in services
        if monitor["selector"]["matchLabels"].items() <= item["metadata"]["labels"].items()
    ]  # fmt: skip
    assert [item["metadata"]["name"] for item in picked] == ["tweetbots-replicas"]
    (headless,) = picked
    assert selects(headless["spec"]["selector"], replicas)
    ports = {port["name"] for port in headless["spec"]["ports"]}
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
    pod = pod_spec(objects)
    (serving,) = pod["containers"]
    assert serving["image"] == "tweetbots:gpu"
    assert serving["resources"]["limits"]["nvidia.com/gpu"] == 1
    assert {"name": "TWEETBOTS_DEVICE_TYPE", "value": "gpu"} in serving["env"]
    assert pod["nodeSelector"] == {"nvidia.com/gpu.present": "true"}
    cpu = {(item["kind"], item["metadata"]["name"]): item for item in render.render("cpu")}
    assert "nvidia.com/gpu" not in str(cpu[("StatefulSet", "tweetbots")])
    router = pod_spec(objects, "Deployment", "tweetbots-router")["containers"][0]
    assert router["image"] == "tweetbots:cpu" and "nvidia.com/gpu" not in str(router)


def router_replicas(objects) -> list[str]:
    args = pod_spec(objects, "Deployment", "tweetbots-router")["containers"][0]["args"]
    return [args[i + 1] for i, arg in enumerate(args) if arg == "--replica"]


@pytest.mark.parametrize("replicas", [None, 1, 3, 12])
def test_router_lists_every_replica_the_hpa_may_run_each_by_its_own_service(replicas):
    """tweetbots-0 ... tweetbots-(N-1), N the HPA's maximum; each name a ClusterIP Service
    selecting exactly that StatefulSet pod (an address whether or not the pod runs)."""
    objects = {(o["kind"], o["metadata"]["name"]): o for o in render.render("cpu", replicas)}
    hpa = objects[("HorizontalPodAutoscaler", "tweetbots")]["spec"]
    expected = 8 if replicas is None else replicas  # hpa.yaml's maxReplicas by default
    assert hpa["maxReplicas"] == expected and hpa["minReplicas"] <= expected
    statefulset = objects[("StatefulSet", "tweetbots")]
    assert 1 <= statefulset["spec"]["replicas"] <= expected
    names = [f"tweetbots-{index}" for index in range(expected)]  # the StatefulSet's pod names
    assert router_replicas(objects) == [f"{name}:8080" for name in names]
    pod_labels = statefulset["spec"]["template"]["metadata"]["labels"]
    addresses = [
        item for (kind, _), item in objects.items()
        if kind == "Service" and item["metadata"]["labels"].get("app.kubernetes.io/component")
        == "replica-address"
    ]  # fmt: skip
    assert sorted(item["metadata"]["name"] for item in addresses) == sorted(names)
    ports = {port["name"]: port["containerPort"] for port in container(objects)["ports"]}
    for name in names:
        spec = objects[("Service", name)]["spec"]
        assert spec["type"] == "ClusterIP" and "clusterIP" not in spec  # a stable virtual IP
        selector = dict(spec["selector"])
        assert selector.pop("statefulset.kubernetes.io/pod-name") == name
        assert selector.items() <= pod_labels.items()
        (port,) = spec["ports"]
        assert port["port"] == ports[port["targetPort"]] == 8080


def test_router_runs_the_router_module_with_its_own_flags(objects):
    pod = pod_spec(objects, "Deployment", "tweetbots-router")
    (router,) = pod["containers"]
    assert router["command"] == ["tini", "--", "python3", "-m", "serving.router", "run"]
    assert objects[("Deployment", "tweetbots-router")]["spec"]["replicas"] >= 2
    args = router["args"]
    assert args[args.index("--listen") + 1] == "0.0.0.0:8080"
    assert router["securityContext"]["readOnlyRootFilesystem"] is True
    mounts = {mount["mountPath"] for mount in router["volumeMounts"]}
    run_dir = args[args.index("--run-dir") + 1]
    assert any(run_dir.startswith(path + "/") for path in mounts)
    assert router["lifecycle"]["preStop"]["exec"]["command"][0] == "sleep"  # then SIGTERM
    try:  # serving/router.py, where this checkout has it: it takes these very arguments
        from serving import router as module
    except ImportError:
        return
    parsed = module.parser().parse_args(["run", *args])
    assert parsed.replica == router_replicas(objects) and parsed.listen == "0.0.0.0:8080"


def test_headless_service_names_the_replicas_and_not_the_router(objects):
    replicas = objects[("StatefulSet", "tweetbots")]
    router = objects[("Deployment", "tweetbots-router")]
    headless = objects[("Service", "tweetbots-replicas")]["spec"]
    assert replicas["spec"]["serviceName"] == "tweetbots-replicas"
    assert headless["clusterIP"] == "None" and headless["publishNotReadyAddresses"] is True
    assert selects(headless["selector"], replicas) and not selects(headless["selector"], router)


def test_public_service_selects_the_router_only(objects):
    replicas = objects[("StatefulSet", "tweetbots")]
    router = objects[("Deployment", "tweetbots-router")]
    public = objects[("Service", "tweetbots")]["spec"]
    assert selects(public["selector"], router) and not selects(public["selector"], replicas)
    (port,) = public["ports"]
    ports = {
        p["name"]: p["containerPort"]
        for p in router["spec"]["template"]["spec"]["containers"][0]["ports"]
    }
    assert port["port"] == ports[port["targetPort"]] == 8080


def test_hpa_scales_the_statefulset(objects):
    target = objects[("HorizontalPodAutoscaler", "tweetbots")]["spec"]["scaleTargetRef"]
    statefulset = objects[("StatefulSet", "tweetbots")]
    assert target == {"apiVersion": statefulset["apiVersion"], "kind": "StatefulSet",
                      "name": "tweetbots"}  # fmt: skip


def mounts_of(pod: dict, claim: str) -> list[dict]:
    """The container mounts of the pod's volumes from `claim`, with the volume's readOnly."""
    volumes = {
        volume["name"]: volume["persistentVolumeClaim"]
        for volume in pod["volumes"]
        if volume.get("persistentVolumeClaim", {}).get("claimName") == claim
    }
    return [
        {**mount, "claimReadOnly": volumes[mount["name"]].get("readOnly", False)}
        for container in pod["containers"]
        for mount in container["volumeMounts"]
        if mount["name"] in volumes
    ]


def expand(value: str, env: dict[str, str]) -> str:
    """Kubernetes' $(VAR) expansion in command and args."""
    return re.sub(r"\$\((\w+)\)", lambda match: env[match.group(1)], value)


def test_training_jobs_write_the_store_the_replicas_only_read(objects, job_objects):
    (replica_store,) = mounts_of(pod_spec(objects), "tweetbots-bots")
    assert replica_store["readOnly"] is True and replica_store["claimReadOnly"] is True
    job = next(item for item in job_objects if item["kind"] == "Job")
    pod = job["spec"]["template"]["spec"]
    (store,) = mounts_of(pod, "tweetbots-bots")
    assert not store.get("readOnly") and not store["claimReadOnly"]
    assert store["mountPath"] == replica_store["mountPath"] == "/app/bots"
    (work,) = mounts_of(pod, "tweetbots-train-work")
    assert work["mountPath"] == "/work" and not work.get("readOnly")
    assert ("PersistentVolumeClaim", "tweetbots-train-work") in objects
    (train,) = pod["containers"]
    words = " ".join(train["command"] + train["args"])
    assert "--bot_store /app/bots" in words  # publishes where it mounts the store
    # non-root as the image's (and the replicas') user, a read-only root, writable mounts
    dockerfile = (ROOT / "Dockerfile").read_text()
    user = int(re.search(r"^USER (\d+):", dockerfile, re.MULTILINE).group(1))
    assert pod["securityContext"]["runAsUser"] == pod_spec(objects)["securityContext"]["runAsUser"]
    assert pod["securityContext"]["runAsUser"] == user and pod["securityContext"]["runAsNonRoot"]
    assert train["securityContext"]["readOnlyRootFilesystem"] is True
    assert {"/tmp", "/work", "/app/bots"} <= {m["mountPath"] for m in train["volumeMounts"]}
    assert train["workingDir"] == "/work" and plain_env(train)["HOME"] == "/tmp"
    assert plain_env(train)["HF_HOME"].startswith("/work/")
    assert pod["restartPolicy"] == "Never"
    assert job["spec"]["backoffLimit"] >= 1 and job["spec"]["activeDeadlineSeconds"] > 0
    assert train["resources"]["requests"]["cpu"] and train["resources"]["limits"]["memory"]
    assert train["image"].startswith("tweetbots-train:")  # deploy/image.py's train tag


def test_train_job_runs_the_pipeline_for_its_users():
    from training.pipeline import DatasetConfig, PipelineArguments, PipelineParser, TrainConfig

    (job,) = render.train_job("bob,@Alice", archive="/work/archives/x.zip", extra=["--lora"])
    assert job["metadata"]["name"] == "tweetbots-train-alice-bob"
    (train,) = job["spec"]["template"]["spec"]["containers"]
    assert train["command"] == ["python3", "-m", "training.pipeline"]
    env = plain_env(train)
    args = [expand(arg, env) for arg in train["args"]]
    parser = PipelineParser((PipelineArguments, DatasetConfig, TrainConfig))
    pipeline, _, recipe = parser.parse_args_into_dataclasses(args)
    assert pipeline.user == "alice,bob" and str(pipeline.bot_store) == "/app/bots"
    assert pipeline.archive == "/work/archives/x.zip" and recipe.lora is True
    (gpu,) = render.train_job("some_handle", gpu=True)
    gpu_pod = gpu["spec"]["template"]["spec"]
    assert gpu_pod["containers"][0]["image"] == "tweetbots-train:gpu"
    assert gpu_pod["containers"][0]["resources"]["limits"]["nvidia.com/gpu"] == 1
    assert gpu_pod["nodeSelector"] == {"nvidia.com/gpu.present": "true"}
    (long,) = render.train_job(",".join(f"user_number_{i}" for i in range(6)))
    assert len(long["metadata"]["name"]) <= 63
    with pytest.raises(SystemExit):
        render.train_job("not a handle")


@pytest.mark.parametrize("nodes, gpus", [(2, 4), (3, 8), (1, 1)])
def test_torchrun_job_is_indexed_over_its_nodes_and_meets_at_pod_zero(nodes, gpus):
    from transformers import HfArgumentParser

    from training.train import TrainArguments, TrainConfig

    service, job = render.torchrun_job("Some_Handle", nodes=nodes, gpus=gpus)
    name = job["metadata"]["name"]
    assert name == "tweetbots-torchrun-some-handle"
    spec = job["spec"]
    assert spec["completionMode"] == "Indexed"
    assert spec["completions"] == spec["parallelism"] == nodes
    pod = spec["template"]["spec"]
    # the headless Service is the pods' subdomain and selects this Job's pods
    assert service["spec"]["clusterIP"] == "None" and service["spec"]["publishNotReadyAddresses"]
    assert pod["subdomain"] == service["metadata"]["name"]
    assert service["spec"]["selector"] == {"batch.kubernetes.io/job-name": name}
    (train,) = pod["containers"]
    env = plain_env(train)
    assert env["NODES"] == str(nodes) and env["GPUS"] == str(gpus)
    (rank,) = [item for item in train["env"] if item["name"] == "NODE_RANK"]
    index = "metadata.annotations['batch.kubernetes.io/job-completion-index']"
    assert rank["valueFrom"]["fieldRef"]["fieldPath"] == index
    env["NODE_RANK"], env["JOB_UID"] = "0", "uid"
    assert train["command"][:2] == ["sh", "-ec"] and 'torchrun "$@"' in train["command"][2]
    flags = dict(arg.split("=", 1) for arg in (expand(a, env) for a in train["args"]) if "=" in arg)
    assert flags["--nnodes"] == str(nodes) and flags["--nproc_per_node"] == str(gpus)
    assert flags["--node_rank"] == "0" and flags["--rdzv_backend"] == "c10d"
    (port,) = service["spec"]["ports"]
    # pod 0 of the Indexed Job (hostname <job>-0) under its subdomain: the c10d endpoint
    assert flags["--rdzv_endpoint"] == f"{name}-0.{service['metadata']['name']}:{port['port']}"
    assert train["ports"][0]["containerPort"] == port["targetPort"] == 29500
    limits, requests = train["resources"]["limits"], train["resources"]["requests"]
    assert limits["nvidia.com/gpu"] == requests["nvidia.com/gpu"] == gpus
    # what follows `-m training.train` is training.train's own command line
    args = [expand(arg, env) for arg in train["args"]]
    module = args.index("-m")
    assert args[module + 1] == "training.train"
    parsed, _ = HfArgumentParser((TrainArguments, TrainConfig)).parse_args_into_dataclasses(
        args[module + 2 :]
    )
    assert parsed.name == env["USER"] == "some_handle"
    script = train["command"][2]
    for stage in ("x_archive", "fetch", "clean", "dataset", "export_onnx", "publish"):
        assert f"python3 -m training.{stage} " in script
    assert "--bot_store /app/bots" in script
    with pytest.raises(SystemExit):
        render.torchrun_job("a,b", nodes=2, gpus=1)


def every_env(items: list[dict]):
    for item in items:
        template = item.get("spec", {}).get("template", {}).get("spec", {})
        for container in template.get("containers", []) + template.get("initContainers", []):
            yield from container.get("env", [])


def test_no_secret_value_is_inlined(objects):
    """Secrets come from Secret objects by reference; the Secret in the manifests is empty."""
    items = list(objects.values()) + [item for make in JOBS.values() for item in make()]
    secretish = re.compile(r"TOKEN|KEY|SECRET|PASSWORD|CREDENTIAL", re.IGNORECASE)
    seen = set()
    for entry in every_env(items):
        if secretish.search(entry["name"]) and not entry["name"].endswith("_FILE"):
            assert "value" not in entry, entry["name"]
            assert set(entry["valueFrom"]) == {"secretKeyRef"}, entry["name"]
            seen.add((entry["name"], tuple(sorted(entry["valueFrom"]["secretKeyRef"].items()))))
    assert seen == {
        ("X_BEARER_TOKEN", (("key", "bearer-token"), ("name", "tweetbots-x-api"),
                            ("optional", True))),
    }  # fmt: skip
    for item in items:
        if item["kind"] == "Secret":
            assert not item.get("data") and not item.get("stringData")
