# tweetbots: `make demo` (offline, on the bundled sample) and `make test` on a fresh machine.
# Knobs are listed in the README; each has a default that works.

SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# The torch build. A host without this project's local CPU wheel gets PyPI's CUDA build (GBs):
# `make install` stops and says how to choose (training/torch_build.py), e.g. CPU only:
# TORCH_SPEC="torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu"
TORCH_SPEC ?= torch==2.13.0

# Quiet by default: recipes are not echoed and the Python stages hide library chatter.
# VERBOSE=1 shows both (the stages read VERBOSE from the environment: training/verbosity.py).
Q := $(if $(filter-out 0,$(VERBOSE)),,@)
SUBMAKE := $(MAKE) $(if $(Q),--no-print-directory)
# One make value as one shell word, whatever quotes, spaces or `$` it holds.
quote = '$(subst ','\'',$(1))'

BASE ?= gpt2
ARCHIVE ?=
EPOCHS ?=
LR ?=
BATCH_SIZE ?=
BLOCK_SIZE ?=
LORA ?=
LORA_RANK ?=
CHECKPOINT_EVERY ?=
KEEP ?=
REPORT_TO ?=
THREADS ?=
PRECISION ?=
FORCE_RETRAIN ?=
REFRESH ?=
MODEL_CONFIG ?=
FORCE ?=
BACKEND ?= onnx
QUANTIZE ?= int8
PROMPT ?= My dream is
N ?= 5
SEED ?=
TEMPERATURE ?=
TOP_P ?=
TOP_K ?=
MAX_NEW_TOKENS ?=
PROMETHEUS ?=
RUN_DIR ?=
BOT_STORE ?=
DATA ?=
REPO ?=
PUBLIC ?=
HUB ?=
REVISION ?=

SAMPLE_ARCHIVE := samples/archive/data/tweets.js
STAMP := $(VENV)/.installed

.PHONY: help install java prometheus nginx chromium train serve stop predict generate bots delete demo test \
  lint clean monitor \
  report bench bench-bots bench-train image image-gpu image-train base-image test-image k8s docker-start docker-stop \
  key-create key-list key-show key-revoke share import

help:  ## this list
	@echo "make <target> [VARIABLE=value ...]   (docs/knobs.md explains every variable)"
	@echo
	@awk 'BEGIN {FS = ":[^#]*## "} /^[a-z][a-z0-9-]*:.*## / {printf "  %-13s %s\n", $$1, $$2}' $(firstword $(MAKEFILE_LIST))
	@echo
	@echo "Variables and their defaults:"
	@awk '/^[A-Z_]+ \?=/ {name = $$1; $$1 = $$2 = ""; printf "  %-17s %s\n", name, $$0}' $(firstword $(MAKEFILE_LIST))

install: java prometheus nginx chromium $(STAMP)  ## create .venv and install everything (idempotent)

$(STAMP): pyproject.toml
	$(Q)test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(Q)$(PY) -m pip install --quiet --upgrade pip
	$(Q)$(PY) -m training.torch_build $(TORCH_SPEC)
	$(Q)$(PY) -m pip install --quiet $(TORCH_SPEC)
	$(Q)$(PY) -m pip install --quiet -e ".[dev]"
	$(Q)touch $(STAMP)

# `make monitor` and the monitoring tests run Debian's Prometheus (with promtool).
prometheus:
	@if command -v prometheus >/dev/null && command -v promtool >/dev/null; then :; else \
	  echo "installing Prometheus (Debian's prometheus package)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus; \
	fi

# The public front door (serving/front.py): Debian's nginx, run by `make serve` as this user.
nginx:
	@if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then :; else \
	  echo "installing nginx (Debian's nginx package) for the front door"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -o DPkg::Lock::Timeout=300 -y -qq --no-install-recommends nginx; \
	fi

# The playground's browser test (tests/test_playground.py): Debian's headless Chromium and its
# driver. Best effort: where they cannot be installed, `make install` goes on and the test skips.
chromium:  ## Debian's headless Chromium + driver for the playground's test (make install runs it)
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then :; else \
	  echo "installing Chromium (Debian's chromium, chromium-driver) for the playground's test"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  { $$SUDO apt-get update -qq && \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -o DPkg::Lock::Timeout=300 -y -qq --no-install-recommends chromium chromium-driver; } || \
	  echo "could not install Chromium: tests/test_playground.py will skip"; \
	fi

# TorchServe's frontend needs Java 17 or newer.
java:
	@if java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])'; then :; else \
	  echo "installing Java 17 (openjdk-17-jre-headless) for TorchServe"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq openjdk-17-jre-headless; \
	fi

# make train USER=<handle>[,<handle>...] [ARCHIVE=<zip|tweets.js> | ARCHIVE=a=<zip>,b=<zip>]
#            [BASE=gpt2|tiny|<dir>] [FORCE=1] ...
TRAIN_ARGS = --user $(call quote,$(USER)) --base $(call quote,$(BASE)) \
  $(if $(ARCHIVE),--archive $(call quote,$(ARCHIVE))) \
  $(if $(filter-out 0,$(FORCE)),--force) \
  $(if $(EPOCHS),--epochs $(EPOCHS)) \
  $(if $(LR),--learning_rate $(LR)) \
  $(if $(BATCH_SIZE),--batch_size $(BATCH_SIZE)) \
  $(if $(BLOCK_SIZE),--block_size $(BLOCK_SIZE)) \
  $(if $(SEED),--seed $(SEED)) \
  $(if $(LORA),--lora $(LORA)) \
  $(if $(LORA_RANK),--lora_rank $(LORA_RANK)) \
  $(if $(CHECKPOINT_EVERY),--checkpoint_every $(CHECKPOINT_EVERY)) \
  $(if $(KEEP),--keep $(KEEP)) \
  $(if $(REPORT_TO),--report_to $(REPORT_TO)) \
  $(if $(THREADS),--threads $(THREADS)) \
  $(if $(PRECISION),--precision $(call quote,$(PRECISION))) \
  $(if $(filter-out 0,$(FORCE_RETRAIN)),--retrain) \
  $(if $(filter-out 0,$(REFRESH)),--refresh) \
  $(if $(MODEL_CONFIG),--model_config $(call quote,$(MODEL_CONFIG))) \
  $(if $(BOT_STORE),--bot_store $(call quote,$(BOT_STORE))) \
  --backend $(call quote,$(BACKEND)) --quantize $(call quote,$(QUANTIZE))

train: install  ## train a bot: USER=<handle>[,<handle>...] [ARCHIVE=...] [BASE=gpt2|tiny] [LORA=1] ...
ifneq ($(origin USER),command line)
	$(error set the bot's handle(s): make train USER=<handle>[,<handle>...])
endif
	$(Q)$(PY) -m training.pipeline $(TRAIN_ARGS)

# nginx front (serving/front.yaml) + TorchServe (config.properties); TLS_CERT/TLS_KEY: HTTPS.
# RUN_DIR: the service's run folder (default .serve); BOT_STORE: the bot store (default bots).
SERVICE_ARGS = $(if $(RUN_DIR),--run-dir $(call quote,$(RUN_DIR)))
STORE_ARGS = $(if $(BOT_STORE),--bot-store $(call quote,$(BOT_STORE)))

serve: install  ## start TorchServe and the nginx front, serving every bot of the bot store
	$(Q)$(PY) -m serving.supervisor start $(SERVICE_ARGS) $(STORE_ARGS)$(if $(TLS_CERT), --tls-cert $(call quote,$(TLS_CERT)))$(if $(TLS_KEY), --tls-key $(call quote,$(TLS_KEY)))

stop:  ## stop the service
	$(Q)$(PY) -m serving.supervisor stop $(SERVICE_ARGS)

# make predict MODEL=<name> [PROMPT="My dream is"] [N=5] [SEED=7] [TEMPERATURE=0.8] [TOP_P=0.95]
#              [TOP_K=50] [MAX_NEW_TOKENS=40]   (PROMPT is passed as written: quotes, `$` and all)
PREDICT_ARGS = --model $(call quote,$(MODEL)) --text $(call quote,$(value PROMPT)) -n $(N) \
  $(SAMPLING_ARGS)

predict:  ## ask a served bot: MODEL=<bot> [PROMPT=...] [N=5] [SEED=...] ...
	$(Q)$(PY) -m serving.client $(PREDICT_ARGS) $(SERVICE_ARGS)

SAMPLING_ARGS = $(if $(SEED),--seed $(SEED)) \
  $(if $(TEMPERATURE),--temperature $(TEMPERATURE)) \
  $(if $(TOP_P),--top-p $(TOP_P)) \
  $(if $(TOP_K),--top-k $(TOP_K)) \
  $(if $(MAX_NEW_TOKENS),--max-new-tokens $(MAX_NEW_TOKENS))

# make generate USER=<bot> [PROMPT=...] [N=5] [SEED=...]: locally, no server, the server's engine
generate: install  ## a bot's tweets locally, through the server's own loop: USER=<bot> [PROMPT=...]
ifneq ($(origin USER),command line)
	$(error say which bot: make generate USER=<bot name> (see make bots))
endif
	$(Q)$(PY) -m engine.generate --bot $(call quote,$(USER)) --prompt $(call quote,$(value PROMPT)) \
	  -n $(N) $(SAMPLING_ARGS) $(STORE_ARGS)

# Every bot: name, users, base, kind, tweets kept, perplexity, size, served or not.
bots: install  ## list the bots of the bot store
	$(Q)$(PY) -m serving.bots list $(STORE_ARGS) $(SERVICE_ARGS)

# make delete USER=<bot> [DATA=1]: the bot's store entry, exports, runs and archive (DATA=1:
# its users' downloaded tweets and dataset too).
delete: install  ## remove a bot: USER=<bot> [DATA=1]
ifneq ($(origin USER),command line)
	$(error say which bot: make delete USER=<bot name> (see make bots))
endif
	$(Q)$(PY) -m serving.bots delete $(call quote,$(USER)) $(if $(filter-out 0,$(DATA)),--data) \
	  $(STORE_ARGS) $(SERVICE_ARGS)

# The Hugging Face Hub (training/hub.py, docs/hub.md); the token is HF_TOKEN, never printed.
share: install  ## push a bot to the Hub: USER=<bot> REPO=<owner/name> [PUBLIC=1] (HF_TOKEN)
ifneq ($(origin USER),command line)
	$(error say which bot: make share USER=<bot name> REPO=<owner>/<name>)
endif
	$(Q)$(PY) -m training.hub share --name $(call quote,$(USER)) --repo $(call quote,$(REPO)) \
	  $(if $(filter-out 0,$(PUBLIC)),--public) $(STORE_ARGS)

import: install  ## serve a Hub model or adapter: HUB=<owner/name> [NAME=<bot>] [REVISION=...]
	$(Q)$(PY) -m training.hub import --repo $(call quote,$(HUB)) \
	  $(if $(NAME),--name $(call quote,$(NAME))) \
	  $(if $(REVISION),--revision $(call quote,$(REVISION))) $(STORE_ARGS)

# API keys of the front (serving/keys.py): a running front takes a change at once.
key-create:  ## a new API key: NAME=<name> [SCOPE=predict|admin] (admin: also makes and deletes bots)
	$(Q)$(PY) -m serving.keys_cli create $(call quote,$(NAME)) \
	  $(if $(SCOPE),--scope $(call quote,$(SCOPE))) $(SERVICE_ARGS)
key-list:  ## the API keys' names (never the keys)
	$(Q)$(PY) -m serving.keys_cli list $(SERVICE_ARGS)
key-show:  ## print an API key: NAME=<name>
	$(Q)$(PY) -m serving.keys_cli show $(call quote,$(NAME)) $(SERVICE_ARGS)
key-revoke:  ## revoke an API key: NAME=<name>
	$(Q)$(PY) -m serving.keys_cli revoke $(call quote,$(NAME)) $(SERVICE_ARGS)

# Offline: train a tiny model on the bundled sample, serve it, ask it five times, and say what
# to do next. A server already running (`make serve`) is used and left running; one the demo
# started is stopped. Its settings are this target's (`make demo EPOCHS=2` still overrides them).
demo: USER = samplebot  ## offline: train a tiny bot on the sample, serve it, ask it five times
demo: ARCHIVE = $(SAMPLE_ARCHIVE)
demo: BASE = tiny
demo: EPOCHS = 10
demo: LR = 3e-3
demo: install
	$(Q)$(PY) -m training.pipeline $(TRAIN_ARGS) --no_next_steps
	$(Q)started=; if ! $(PY) -m serving.supervisor status $(SERVICE_ARGS) >/dev/null; then \
	  $(SUBMAKE) serve || exit 1; started=1; fi; \
	  echo 'samplebot, five times: "My dream is"'; \
	  $(PY) -m serving.client --model samplebot --text "My dream is" -n 5 $(SERVICE_ARGS); \
	  status=$$?; if [ -n "$$started" ]; then $(SUBMAKE) stop; fi; exit $$status
	$(Q)echo
	$(Q)$(PY) -m training.next_steps --name samplebot

# With a Docker engine (started here by deploy/docker-host.sh when root and Debian's docker.io
# is installed) the image and compose tests run too; otherwise they are skipped, saying why.
test: install  ## the whole test suite
	deploy/docker-host.sh run $(PY) -m pytest -q -rs

# Prometheus (and Grafana where installed) on loopback against `make serve`'s TorchServe.
monitor: install  ## Prometheus (and Grafana where installed) against the running service
	$(Q)$(PY) -m monitoring.monitor

# A PNG of tokens/s, time to first token and latency percentiles, the engine's queue and rows
# per step, from Prometheus (`make monitor`).
# PROMETHEUS=<url> when `make monitor` runs on another port.
report: install  ## a PNG of the last traffic, from Prometheus
	$(Q)$(PY) -m monitoring.report $(if $(PROMETHEUS),--prometheus $(call quote,$(PROMETHEUS)))

# GPT-2 124M-configuration bot on TorchServe at 1/4/16/64 clients vs the model card's pipeline
# -> bench/results/bench.{json,md,png}. BENCH_ARGS=--short: the CI mode (tiny model, seconds).
bench: install  ## serving benchmark against the pipeline baseline (BENCH_ARGS=--short: CI mode)
	$(PY) -m bench.run $(BENCH_ARGS)

# 1,000 LoRA adapter bots on one GPT-2 124M-configuration base behind the real front and
# TorchServe: resident memory, cold starts, cross-bot tokens/s against the targets
# -> bench/results/bench_bots.{json,md,png}. BENCH_ARGS=--short: the CI mode (tiny, 24 bots).
bench-bots: install  ## 1,000 LoRA bots on one server (BENCH_ARGS=--short: CI mode)
	$(PY) -m bench.bots $(BENCH_ARGS)

# Training speed against the transformers Trainer (bench.train_bench), then the time from
# `make train ... LORA=1` on a 3,200-tweet archive to the bot's first answer through a running
# server (bench.time_to_bot) -> bench/results/. BENCH_ARGS=--short: the CI mode.
bench-train: install  ## training speed vs the Trainer, and time to a bot (BENCH_ARGS=--short)
	$(PY) -m bench.train_bench $(BENCH_ARGS)
	$(PY) -m bench.time_to_bot $(BENCH_ARGS)

lint: install  ## ruff and hadolint
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .
	$(VENV)/bin/hadolint Dockerfile deploy/prometheus/Dockerfile

# Images (Dockerfile; needs Docker with BuildKit). BASE_IMAGE=tweetbots-base:bookworm
# builds from a local debootstrap base where no registry is reachable (deploy/base-image.sh).
BASE_IMAGE ?= debian:bookworm-slim
IMAGE_ARGS ?=
image: install  ## the serving image (BASE_IMAGE=..., IMAGE_ARGS=...)
	$(PY) deploy/image.py --target serve --base-image $(BASE_IMAGE) $(IMAGE_ARGS)

image-gpu: install  ## the GPU serving image
	$(PY) deploy/image.py --target serve --gpu --base-image $(BASE_IMAGE) $(IMAGE_ARGS)

image-train: install  ## the training image
	$(PY) deploy/image.py --target train --base-image $(BASE_IMAGE) $(IMAGE_ARGS)

base-image:  ## a local Debian base image from debootstrap
	deploy/base-image.sh

# Build the image from the local base, run it with a tiny bot, SIGTERM it; and the compose stack.
test-image: install  ## build and run the image, and the compose stack
	deploy/docker-host.sh run $(PY) -m pytest -q -rs tests/test_image.py tests/test_compose.py

# Kubernetes manifests, rendered (deploy/k8s/render.py) and validated offline.
k8s: install  ## render and validate the Kubernetes objects offline
	$(PY) deploy/k8s/render.py cpu >/dev/null && $(PY) deploy/k8s/render.py gpu >/dev/null
	$(PY) -m pytest -q tests/test_k8s.py

# Debian's dockerd for these targets on a root host without a running engine.
docker-start:  ## start Debian's dockerd (root hosts without one)
	deploy/docker-host.sh install && deploy/docker-host.sh start

docker-stop:  ## stop the dockerd docker-start started
	deploy/docker-host.sh stop

clean:  ## remove every bot, download, run, export and archive
	rm -rf data runs exports bots .serve model_store/*.mar
