#!/usr/bin/env bash
# A Docker engine for `make image` / `make test-image` on a root Linux host (CI, these
# machines): Debian's docker.io, started by hand without touching the host's network
# (no bridge, no iptables rules; builds and containers use --network host).
#
#   deploy/docker-host.sh install   # apt-get docker.io, docker-compose, debootstrap (root only)
#   deploy/docker-host.sh start     # start dockerd unless an engine already answers
#   deploy/docker-host.sh stop      # stop the dockerd that `start` started (never another)
#   deploy/docker-host.sh status
#   deploy/docker-host.sh run CMD…  # start, run CMD, stop what was started; CMD's exit code
set -uo pipefail

STATE=/run/tweetbots-dockerd
PIDFILE=$STATE/dockerd.pid
LOG=$STATE/dockerd.log

engine_answers() { timeout 20 docker info >/dev/null 2>&1; }

install() {
  if command -v dockerd >/dev/null && command -v debootstrap >/dev/null && command -v docker-compose >/dev/null; then return 0; fi
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "docker-host: docker.io/debootstrap missing and not root with apt-get: not installing" >&2
    return 1
  fi
  echo "docker-host: installing Debian's docker.io, docker-compose and debootstrap"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends docker.io debootstrap docker-compose >/dev/null
}

start() {
  if engine_answers; then echo "docker-host: a Docker engine already answers; using it"; return 0; fi
  if [ "$(id -u)" != 0 ]; then echo "docker-host: no Docker engine and not root: cannot start one" >&2; return 1; fi
  if ! command -v dockerd >/dev/null; then echo "docker-host: dockerd not installed (deploy/docker-host.sh install)" >&2; return 1; fi
  mkdir -p "$STATE"
  (
    flock 9
    if engine_answers; then exit 0; fi
    # containerd is started by dockerd itself (managed); the host's network is left alone.
    setsid dockerd --bridge=none --iptables=false --ip-masq=false \
      --pidfile "$PIDFILE.engine" >"$LOG" 2>&1 </dev/null &
    echo $! >"$PIDFILE"
    for _ in $(seq 60); do
      if engine_answers; then echo "docker-host: dockerd started (pid $(cat "$PIDFILE"), log $LOG)"; exit 0; fi
      if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then break; fi
      sleep 1
    done
    echo "docker-host: dockerd did not come up; last lines of $LOG:" >&2
    tail -20 "$LOG" >&2
    kill "$(cat "$PIDFILE")" 2>/dev/null; rm -f "$PIDFILE"
    exit 1
  ) 9>"$STATE/lock"
}

stop() {
  [ -f "$PIDFILE" ] || { echo "docker-host: no dockerd started by this script"; return 0; }
  local pid; pid=$(cat "$PIDFILE")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then echo "docker-host: dockerd $pid still running after 30 s" >&2; return 1; fi
  fi
  rm -f "$PIDFILE"
  echo "docker-host: dockerd stopped"
}

status() {
  if engine_answers; then echo "engine answers"; else echo "no engine"; fi
  [ -f "$PIDFILE" ] && echo "started by this script: pid $(cat "$PIDFILE")"
  return 0
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  run)
    shift
    started=0
    if ! engine_answers && start; then started=1; fi
    "$@"; code=$?
    if [ "$started" = 1 ]; then stop; fi
    exit "$code" ;;
  *) echo "usage: $0 install|start|stop|status|run CMD..." >&2; exit 2 ;;
esac
