# tweetbots: `make demo` (offline, on the bundled sample) and `make test` on a fresh machine.
# Knobs are listed in the README; each has a default that works.

SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# Another torch build for GPU hosts, e.g. TORCH_SPEC="torch==2.13.0 --index-url <cuda wheel index>"
TORCH_SPEC ?= torch==2.13.0

BASE ?= gpt2
ARCHIVE ?=
EPOCHS ?=
LR ?=
BATCH_SIZE ?=
BLOCK_SIZE ?=
SEED ?=
LORA ?=
LORA_RANK ?=
SAVE_ADAPTER ?=
CHECKPOINT_EVERY ?=
KEEP ?=
REPORT_TO ?=
THREADS ?=
REFRESH ?=
MODEL_CONFIG ?=
BACKEND ?= onnx
QUANTIZE ?= int8
PROMPT ?= My dream is
N ?= 5

SAMPLE_ARCHIVE := samples/archive/data/tweets.js
STAMP := $(VENV)/.installed

.PHONY: install java prometheus nginx train serve stop predict demo test lint clean monitor report bench \
  key-create key-list key-show key-revoke

install: java prometheus nginx $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet $(TORCH_SPEC)
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

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

# TorchServe's frontend needs Java 17 or newer.
java:
	@if java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])'; then :; else \
	  echo "installing Java 17 (openjdk-17-jre-headless) for TorchServe"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq openjdk-17-jre-headless; \
	fi

# make train USER=<handle>[,<handle>...] [ARCHIVE=<zip|tweets.js>] [BASE=gpt2|tiny|<dir>]
train: install
ifneq ($(origin USER),command line)
	$(error set the bot's handle(s): make train USER=<handle>[,<handle>...])
endif
	$(PY) -m training.pipeline --user "$(USER)" --base "$(BASE)" \
	  $(if $(ARCHIVE),--archive "$(ARCHIVE)") \
	  $(if $(EPOCHS),--epochs $(EPOCHS)) \
	  $(if $(LR),--learning_rate $(LR)) \
	  $(if $(BATCH_SIZE),--batch_size $(BATCH_SIZE)) \
	  $(if $(BLOCK_SIZE),--block_size $(BLOCK_SIZE)) \
	  $(if $(SEED),--seed $(SEED)) \
	  $(if $(LORA),--lora $(LORA)) \
	  $(if $(LORA_RANK),--lora_rank $(LORA_RANK)) \
	  $(if $(SAVE_ADAPTER),--save_adapter $(SAVE_ADAPTER)) \
	  $(if $(CHECKPOINT_EVERY),--checkpoint_every $(CHECKPOINT_EVERY)) \
	  $(if $(KEEP),--keep $(KEEP)) \
	  $(if $(REPORT_TO),--report_to $(REPORT_TO)) \
	  $(if $(THREADS),--threads $(THREADS)) \
	  $(if $(REFRESH),--refresh) \
	  $(if $(MODEL_CONFIG),--model_config "$(MODEL_CONFIG)") \
	  --backend "$(BACKEND)" --quantize "$(QUANTIZE)"

# nginx front (serving/front.yaml) + TorchServe (config.properties); TLS_CERT/TLS_KEY: HTTPS.
serve: install
	$(PY) -m serving.server start$(if $(TLS_CERT), --tls-cert "$(TLS_CERT)")$(if $(TLS_KEY), --tls-key "$(TLS_KEY)")

stop:
	$(PY) -m serving.server stop

# make predict MODEL=<name> [PROMPT="My dream is"] [N=5]
predict:
	$(PY) -m serving.client $(if $(MODEL),--model "$(MODEL)") --text "$(PROMPT)" -n $(N)

# API keys of the front (serving/keys.py): a running front takes a change at once.
key-create:
	$(PY) -m serving.keys create $(NAME)
key-list:
	$(PY) -m serving.keys list
key-show:
	$(PY) -m serving.keys show $(NAME)
key-revoke:
	$(PY) -m serving.keys revoke $(NAME)

# Offline: train a tiny model on the bundled sample, serve it, ask it five times, stop.
demo: install
	$(MAKE) train USER=samplebot ARCHIVE=$(SAMPLE_ARCHIVE) BASE=tiny EPOCHS=10 LR=3e-3
	$(MAKE) serve
	$(PY) -m serving.client --model samplebot --text "My dream is" -n 5; \
	  status=$$?; $(MAKE) stop; exit $$status

test: install
	$(PY) -m pytest -q

# Prometheus (and Grafana where installed) on loopback against `make serve`'s TorchServe.
monitor: install
	$(PY) -m serving.monitor

# A PNG of tokens/s, latency percentiles and batch size from Prometheus (`make monitor`).
report: install
	$(PY) -m serving.report

# GPT-2 124M-configuration bot on TorchServe at 1/4/16/64 clients vs the model card's pipeline
# -> bench/results/bench.{json,md,png}. BENCH_ARGS=--short: the CI mode (tiny model, seconds).
bench: install
	$(PY) -m bench.run $(BENCH_ARGS)

lint: install
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

clean:
	rm -rf data runs exports .serve model_store/*.mar
