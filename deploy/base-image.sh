#!/usr/bin/env bash
# A local Debian bookworm base image for hosts that cannot pull from a registry:
# debootstrap --variant=minbase, imported with `docker import`. The root filesystem tarball
# is cached (TWEETBOTS_CACHE, default ~/.cache/tweetbots), so only the first run downloads.
#
#   deploy/base-image.sh [TAG]   # default tweetbots-base:bookworm; prints the tag
# Use it with: make image BASE_IMAGE=tweetbots-base:bookworm
set -euo pipefail

TAG=${1:-tweetbots-base:bookworm}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
CACHE=${TWEETBOTS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tweetbots}
TARBALL=$CACHE/debian-bookworm-minbase.tar

if docker image inspect "$TAG" >/dev/null 2>&1; then echo "$TAG"; exit 0; fi
mkdir -p "$CACHE"
if [ ! -s "$TARBALL" ]; then
  [ "$(id -u)" = 0 ] || { echo "base-image: debootstrap needs root" >&2; exit 1; }
  command -v debootstrap >/dev/null || { echo "base-image: install debootstrap" >&2; exit 1; }
  root=$(mktemp -d)
  trap 'rm -rf "$root"' EXIT
  echo "base-image: debootstrap --variant=minbase bookworm from $MIRROR" >&2
  debootstrap --variant=minbase bookworm "$root" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 \
    || { tail -20 "$CACHE/debootstrap.log" >&2; exit 1; }
  # As Debian's official images: no package caches or lists, and apt keeps none.
  printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb http://deb.debian.org/debian-security bookworm-security main\n' \
    "$MIRROR" "$MIRROR" >"$root/etc/apt/sources.list"
  printf 'DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/*.bin || true"; };\nAPT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/*.bin || true"; };\nDir::Cache::pkgcache ""; Dir::Cache::srcpkgcache "";\n' \
    >"$root/etc/apt/apt.conf.d/docker-clean"
  # ...and, as their -slim variants, no manuals, documentation or translations (copyrights kept).
  printf 'path-exclude /usr/share/doc/*\npath-include /usr/share/doc/*/copyright\npath-exclude /usr/share/man/*\npath-exclude /usr/share/info/*\npath-exclude /usr/share/locale/*\npath-exclude /usr/share/lintian/*\n' \
    >"$root/etc/dpkg/dpkg.cfg.d/docker-slim"
  find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  rm -rf "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/usr/share/locale/* \
    "$root"/usr/share/lintian/* "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/archives/*.deb \
    "$root"/var/log/*.log
  tar --numeric-owner -C "$root" -cf "$TARBALL.tmp" . && mv "$TARBALL.tmp" "$TARBALL"
fi
docker import --change 'CMD ["/bin/bash"]' "$TARBALL" "$TAG" >/dev/null
echo "$TAG"
