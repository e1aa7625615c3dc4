# tweetbots images: serving (default target) and training, CPU or GPU.
#
#   make image                       # CPU serving image with every archive in model_store/
#   make image BASE_IMAGE=tweetbots-base:bookworm   # no registry: a local debootstrap base
#   make image-gpu / make image-train
#
# Needs BuildKit (secrets and a cache mount). `deploy/image.py` (what `make image` runs)
# passes the host's pip sources and CA bundle in as build secrets: its find-links folders and
# file:// indexes are served on loopback during the build (so --network host). Nothing of the
# host stays in an image: secrets are never in a layer, and the final stage copies the virtual
# environment alone.

# Any Debian bookworm image: debian:bookworm-slim, or one made by deploy/base-image.sh.
ARG BASE_IMAGE=debian:bookworm-slim

# ---- Python 3.11 from Debian (the same interpreter in every stage) -------------------------
FROM ${BASE_IMAGE} AS python
ENV DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 PYTHONUNBUFFERED=1
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --create-home --home-dir /home/app app

# ---- serving runtime: Java 17 for TorchServe's frontend, nginx for the front, tini as PID 1 --
FROM python AS runtime
# hadolint ignore=DL3008
RUN mkdir -p /usr/share/man/man1 \
    && apt-get update \
    && apt-get install -y --no-install-recommends openjdk-17-jre-headless nginx-light tini \
    && rm -rf /var/lib/apt/lists/* /var/log/nginx/* \
    && rm -f /etc/nginx/sites-enabled/default

# ---- build: a virtual environment in /opt/venv ---------------------------------------------
FROM python AS build
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3-venv \
    && rm -rf /var/lib/apt/lists/* \
    && python3 -m venv /opt/venv
# torch: the CPU build by default (PyPI's plain torch is the CUDA build, GBs). GPU images:
# TORCH_INDEX_URL= (PyPI's CUDA build) or a CUDA index of download.pytorch.org.
ARG TORCH_SPEC=torch==2.13.0
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
# cpu or gpu: the build fails when torch is not that kind of build (checked below).
ARG DEVICE_TYPE=cpu
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_DEFAULT_TIMEOUT=120
# The host's pip sources, when given (deploy/image.py): secrets `pip_conf` (a pip.conf) and
# `pip_cert` (a CA bundle). Secrets are not part of any layer nor of the cache keys.
RUN --mount=type=secret,id=pip_conf --mount=type=secret,id=pip_cert --mount=type=cache,target=/root/.cache/pip,sharing=locked \
    if [ -s /run/secrets/pip_conf ]; then export PIP_CONFIG_FILE=/run/secrets/pip_conf; fi \
    && /opt/venv/bin/pip install ${TORCH_INDEX_URL:+--extra-index-url "$TORCH_INDEX_URL"} "$TORCH_SPEC" \
    && torch=/opt/venv/lib/python3.11/site-packages/torch \
    && rm -rf "$torch/test" "$torch/include" "$torch/share/cmake" "$torch"/bin/*Test \
       "$torch"/bin/protoc* "$torch"/bin/test_* \
    && /opt/venv/bin/python -c 'import sys, torch; cuda = torch.version.cuda; \
sys.exit(f"torch {torch.__version__} is not a {sys.argv[1]} build" if (cuda is None) != (sys.argv[1] == "cpu") else 0)' "$DEVICE_TYPE"
COPY pyproject.toml /src/
COPY deploy/requirements.py /src/deploy/
# onnxruntime, or onnxruntime-gpu for GPU images (the same version range).
ARG ONNXRUNTIME=onnxruntime
RUN --mount=type=secret,id=pip_conf --mount=type=secret,id=pip_cert --mount=type=cache,target=/root/.cache/pip,sharing=locked \
    if [ -s /run/secrets/pip_conf ]; then export PIP_CONFIG_FILE=/run/secrets/pip_conf; fi \
    && python3 /src/deploy/requirements.py --swap "onnxruntime=$ONNXRUNTIME" >/src/serve.txt \
    && /opt/venv/bin/pip install -r /src/serve.txt

# The serving environment has no installer (the training image keeps pip).
FROM build AS serve-venv
RUN /opt/venv/bin/pip uninstall --yes --quiet pip setuptools

# ---- training image: every dependency, the training package --------------------------------
FROM build AS train-build
RUN --mount=type=secret,id=pip_conf --mount=type=secret,id=pip_cert --mount=type=cache,target=/root/.cache/pip,sharing=locked \
    if [ -s /run/secrets/pip_conf ]; then export PIP_CONFIG_FILE=/run/secrets/pip_conf; fi \
    && python3 /src/deploy/requirements.py --all --without torch \
       --swap "onnxruntime=$ONNXRUNTIME" >/src/all.txt \
    && /opt/venv/bin/pip install -r /src/all.txt

FROM python AS train
ENV PATH=/opt/venv/bin:$PATH PYTHONPATH=/app
COPY --from=train-build /opt/venv /opt/venv
WORKDIR /app
COPY pyproject.toml README.md ./
COPY engine/ engine/
COPY training/ training/
COPY handlers/ handlers/
COPY samples/ samples/
# The run's files (data/, runs/, exports/, model_store/) go to the working folder: mount one,
#   docker run --user "$(id -u):$(id -g)" -v "$PWD:/work" tweetbots-train:cpu \
#     --user H --archive /work/tweets.zip --base tiny       # -> $PWD/model_store/H.mar
RUN mkdir /work && chown 10001:10001 /work
WORKDIR /work
USER 10001:10001
ENTRYPOINT ["python3", "-m", "training.pipeline"]
CMD ["--help"]

# ---- serving image without models: stores mounted (volumes, PVCs) -------------------------
# The whole service (serving/supervisor.py `run`): the nginx front on 8080, TorchServe on unix
# sockets in /tmp/tweetbots serving every bot of the bot store mounted at /app/bots (bots.mar is
# built at start, as `make serve` does: hence the archiver and training/mar.py here), API keys
# from /run/secrets/tweetbots/api_keys.json.
FROM runtime AS app
# gpu: TorchServe gives the model a GPU (serving/supervisor.py sets deviceType at start).
ARG DEVICE_TYPE=cpu
ENV PATH=/opt/venv/bin:$PATH \
    HOME=/tmp \
    TWEETBOTS_DEVICE_TYPE=${DEVICE_TYPE} \
    TWEETBOTS_RUN_DIR=/tmp/tweetbots
COPY --from=serve-venv /opt/venv /opt/venv
WORKDIR /app
COPY config.properties ./
COPY monitoring/metrics.yaml monitoring/
COPY deploy/log4j2.xml deploy/
COPY engine/ engine/
COPY handlers/ handlers/
COPY training/__init__.py training/mar.py training/errors.py training/verbosity.py training/
COPY serving/ serving/
RUN mkdir bots /run/secrets /run/secrets/tweetbots
USER 10001:10001
# The front (keys, /healthz) and TorchServe's metrics (Prometheus; no key, read-only).
EXPOSE 8080 8082
# serving/supervisor.py drains on SIGTERM: nginx finishes the requests in progress (at most
# TWEETBOTS_DRAIN_SECONDS, 60), then TorchServe stops (at most 20 s): docker stop -t 90.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=15s --timeout=10s --start-period=180s --retries=3 \
    CMD ["python3", "-m", "serving.supervisor", "health"]
ENTRYPOINT ["tini", "--", "python3", "-m", "serving.supervisor"]
CMD ["run"]

# ---- the serving image (the default target): the bot store is mounted at /app/bots ----------
FROM app AS serve
