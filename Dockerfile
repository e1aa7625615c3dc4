# tweetbots serving image: TorchServe with every archive in model_store/.
#   make train USER=<handle> ... && docker build -t tweetbots . && \
#   docker run -p 127.0.0.1:8080-8082:8080-8082 tweetbots
# The install step is `make install`, exactly as on a host.
FROM python:3.11-slim-bookworm

ARG TORCH_SPEC=torch==2.13.0
RUN apt-get update \
    && apt-get install -y --no-install-recommends make openjdk-17-jre-headless \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md Makefile config.properties ./
COPY training/ training/
COPY serving/ serving/
COPY handlers/ handlers/
COPY monitoring/ monitoring/
RUN make install TORCH_SPEC="$TORCH_SPEC"

COPY model_store/ model_store/
EXPOSE 8080 8081 8082
# Listens on all container interfaces; token authorization stays on (keys in .serve/).
CMD [".venv/bin/python", "-m", "serving.server", "start", "--foreground", "--host", "0.0.0.0"]
