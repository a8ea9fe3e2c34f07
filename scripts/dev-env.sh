#!/usr/bin/env bash
# Brings up everything repack's tests, examples and benchmarks need, idempotently:
#   - a Docker engine (uses a running one; else installs docker.io and starts dockerd in the background)
#   - a registry on 127.0.0.1:5000 (Debian's docker-registry)
#   - base images built locally and pushed there: 127.0.0.1:5000/debian:bookworm (debootstrap minbase) and
#     127.0.0.1:5000/busybox:latest (busybox-static)
#   - npm dependencies (npm ci when node_modules is missing or older than package-lock.json)
# Options (environment): REPACK_ENV_PACKER=1 also installs Debian's packer (for bench/).
# Run as root on Debian (a fresh machine or a GitHub runner). Safe to run again: it only adds what is missing.
set -euo pipefail

REGISTRY=127.0.0.1:5000
STATE_DIR=/var/lib/repack-dev-env
LOG_DIR=/var/log/repack-dev-env
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$STATE_DIR" "$LOG_DIR"

say() { printf '[dev-env] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$apt_updated" -eq 0 ]; then
    say "apt-get update"
    as_root apt-get update -qq >/dev/null 2>&1 || true
    apt_updated=1
  fi
  say "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local secs=$1 what=$2
  shift 2
  for _ in $(seq 1 $((secs * 5))); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  say "timed out after ${secs}s waiting for $what"
  return 1
}

# --- Docker engine ---------------------------------------------------------------------------------
if docker info >/dev/null 2>&1; then
  say "Docker engine already running"
else
  command -v dockerd >/dev/null 2>&1 || apt_install docker.io
  apt_install iptables ca-certificates
  say "starting dockerd"
  as_root sh -c "nohup setsid dockerd >'$LOG_DIR/dockerd.log' 2>&1 </dev/null &"
  wait_for 60 "dockerd (see $LOG_DIR/dockerd.log)" docker info
fi

# --- Registry on 127.0.0.1:5000 --------------------------------------------------------------------
registry_up() { curl -fsS "http://$REGISTRY/v2/" >/dev/null; }
if registry_up; then
  say "registry already serving on $REGISTRY"
else
  apt_install docker-registry curl
  cfg=$STATE_DIR/registry.yml
  cat >"$cfg" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: /var/lib/docker-registry
  delete:
    enabled: true
http:
  addr: $REGISTRY
EOF
  say "starting docker-registry on $REGISTRY"
  as_root sh -c "nohup setsid docker-registry serve '$cfg' >'$LOG_DIR/registry.log' 2>&1 </dev/null &"
  wait_for 30 "registry (see $LOG_DIR/registry.log)" registry_up
fi

# --- Base images ------------------------------------------------------------------------------------
in_registry() { # in_registry REPO TAG
  curl -fsS -o /dev/null -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
    "http://$REGISTRY/v2/$1/manifests/$2"
}

if in_registry debian bookworm; then
  say "$REGISTRY/debian:bookworm present"
else
  apt_install debootstrap
  rootfs=$(mktemp -d /tmp/repack-rootfs.XXXXXX)
  trap 'rm -rf "$rootfs"' EXIT
  say "debootstrap --variant=minbase bookworm (about 30 s)"
  as_root debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian >"$LOG_DIR/debootstrap.log" 2>&1
  as_root rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" -c . | docker import -c 'CMD ["bash"]' - "$REGISTRY/debian:bookworm" >/dev/null
  docker push -q "$REGISTRY/debian:bookworm" >/dev/null
  rm -rf "$rootfs"
  trap - EXIT
fi

if in_registry busybox latest; then
  say "$REGISTRY/busybox:latest present"
else
  apt_install busybox-static
  rootfs=$(mktemp -d /tmp/repack-rootfs.XXXXXX)
  trap 'rm -rf "$rootfs"' EXIT
  mkdir -p "$rootfs/bin" "$rootfs/tmp" "$rootfs/etc" "$rootfs/root"
  cp /bin/busybox "$rootfs/bin/busybox"
  for applet in $("$rootfs/bin/busybox" --list); do
    [ -e "$rootfs/bin/$applet" ] || ln -s busybox "$rootfs/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\n' >"$rootfs/etc/group"
  chmod 1777 "$rootfs/tmp"
  tar -C "$rootfs" -c . | docker import -c 'CMD ["sh"]' -c 'ENV PATH=/bin' - "$REGISTRY/busybox:latest" >/dev/null
  docker push -q "$REGISTRY/busybox:latest" >/dev/null
  rm -rf "$rootfs"
  trap - EXIT
fi

# --- Optional: packer, the peer in benchmarks -------------------------------------------------------
if [ "${REPACK_ENV_PACKER:-0}" = 1 ]; then
  command -v packer >/dev/null 2>&1 || apt_install packer
fi

# --- npm dependencies --------------------------------------------------------------------------------
if [ -f "$ROOT/package-lock.json" ]; then
  if [ ! -d "$ROOT/node_modules" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "npm ci"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi

say "ready: engine $(docker version -f '{{.Server.Version}}' 2>/dev/null), registry $REGISTRY"
