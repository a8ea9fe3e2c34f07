#!/usr/bin/env bash
# Caching benchmark, side by side in one run, the cases alternating: repack (cold with caching on, warm, last step
# changed) against packer 1.6.6, the raw docker CLI script and `docker build` (classic builder) of the same work, all
# ending in 2 tags + push. Workloads: shell3 (w1's work as three shell steps), w1 itself (shell, a 20 MB upload by the
# file provisioner, shell) and app (the README's apt-get install, then a small last step; repack and packer only).
# repack runs on the machine's node and, when scripts/dev-env.sh installed it, on node 24 (the action's runtime):
# cases ending in _n24.
# Usage: bench/cache/run.sh [REPS]   (REPACK_CLI=path/to/cli/index.js; by default the CLI is bundled from the current
#        source into a temp dir, as users run it). Prints medians in ms and the ratios the issue asks for.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
REPS=${1:-5}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ -z "${REPACK_CLI:-}" ]; then
  node "$ROOT/scripts/bundle.mjs" --out "$WORK/dist" >/dev/null 2>&1
  REPACK_CLI=$WORK/dist/cli/index.js
fi
# packer 1.6.6 wants no leading comment line.
sed '1d' "$HERE/shell3.pkr.hcl" >"$WORK/shell3.pkr.hcl"
sed '1,2d' "$HERE/w1.pkr.hcl" >"$WORK/w1.pkr.hcl"
sed '1,2d' "$HERE/app.pkr.hcl" >"$WORK/app.pkr.hcl"
mkdir -p "$WORK/db3" "$WORK/dbw1"
cp "$HERE/Dockerfile.shell3" "$WORK/db3/Dockerfile"
cp "$HERE/Dockerfile.w1" "$WORK/dbw1/Dockerfile"
head -c 20000000 /dev/urandom >"$WORK/payload.bin"
cp "$WORK/payload.bin" "$WORK/dbw1/payload.bin"
# The classic builder takes the newest matching child image as the cache: a --no-cache build of the same
# Dockerfile would shadow the warm chain from its first step on. Cold builds therefore use a copy whose first
# instruction differs (a no-op ARG): the same work, a chain of its own.
for d in db3 dbw1; do sed '1a ARG COLD=1' "$WORK/$d/Dockerfile" >"$WORK/$d/Dockerfile.cold"; done
SALT=$(date +%s)

now() { date +%s%N; }
declare -A T M
KEYS=()
time_it() { # time_it NAME COMMAND...
  local name=$1 t0 t1
  shift
  [ -n "${T[$name]+x}" ] || KEYS+=("$name")
  t0=$(now)
  "$@" >>"$WORK/$name.log" 2>&1 || { echo "$name failed:"; tail -20 "$WORK/$name.log"; exit 1; }
  t1=$(now)
  T[$name]="${T[$name]:-} $(((t1 - t0) / 1000000))"
}
median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

NODES=(node)
SUFFIXES=("")
NODE24=${REPACK_NODE24:-/var/lib/repack-dev-env/node24/bin/node}
if [ -x "$NODE24" ]; then
  NODES+=("$NODE24")
  SUFFIXES+=(_n24)
fi
RUN_NODE=node
repack() { (cd "$WORK" && "$RUN_NODE" "$REPACK_CLI" build "$@"); }
dbuild() { # dbuild DIR REPO DOCKER-BUILD-ARGS...
  local dir=$1 repo=$2
  shift 2
  (cd "$WORK/$dir" && DOCKER_BUILDKIT=0 docker build -q "$@" -t "$repo:a" . && docker tag "$repo:a" "$repo:b" &&
    docker push -q "$repo:a" && docker push -q "$repo:b")
}
DB3=127.0.0.1:5000/bench-cache-db
DBW1=127.0.0.1:5000/bench-cache-w1-db

# repack_cases PREFIX TEMPLATE FIRST-VAR [NAME=VALUE...]: on each node, cold (FIRST-VAR new: the first step misses),
# warm, the last step changed twice, and cold with mode=min; the NAME=VALUE variables (the warm state's) go to every
# build but a cold one's FIRST-VAR replaces its own. Uses the repetition number $i.
repack_cases() {
  local p=$1 t=$2 first=$3 n x v
  shift 3
  local warm=() cold=()
  for v in "$@"; do
    warm+=(-var "$v")
    [ "${v%%=*}" = "$first" ] || cold+=(-var "$v")
  done
  for n in "${!NODES[@]}"; do
    RUN_NODE=${NODES[$n]} x=${SUFFIXES[$n]}
    time_it "${p}repack_cold$x" repack "${cold[@]}" -var "$first=$SALT-c$i$x" "$t"
    time_it "${p}repack_warm$x" repack "${warm[@]}" "$t"
    time_it "${p}repack_change_last$x" repack "${warm[@]}" -var "last=$SALT-l$i$x" "$t"
    time_it "${p}repack_change_last_again$x" repack "${warm[@]}" -var "last=$SALT-l$i$x-again" "$t"
    time_it "${p}repack_cold_min$x" repack -cache-to type=local,mode=min "${cold[@]}" -var "$first=$SALT-m$i$x" "$t"
  done
}

# Warm-ups: the warm cases need one build first.
repack -var "run=$SALT" shell3.pkr.hcl >/dev/null 2>&1
repack -var "payload=$WORK/payload.bin" w1.pkr.hcl >/dev/null 2>&1
dbuild db3 $DB3 --build-arg "RUN=$SALT" >/dev/null 2>&1
dbuild dbw1 $DBW1 >/dev/null 2>&1
for i in $(seq 1 "$REPS"); do
  time_it packer packer build -force -var "run=$SALT-p$i" "$WORK/shell3.pkr.hcl"
  time_it raw sh "$HERE/raw-shell3.sh" "$SALT-r$i"
  time_it docker_build_cold dbuild db3 $DB3 -f Dockerfile.cold --no-cache --build-arg "RUN=$SALT-d$i"
  time_it docker_build_warm dbuild db3 $DB3 --build-arg "RUN=$SALT"
  repack_cases "" shell3.pkr.hcl run "run=$SALT"
  time_it w1_packer packer build -force -var "payload=$WORK/payload.bin" -var "greeting=p$i" -var "repository=127.0.0.1:5000/bench-cache-w1-packer" "$WORK/w1.pkr.hcl"
  time_it w1_raw sh "$HERE/raw-w1.sh" "$WORK/payload.bin" "r$i"
  time_it w1_docker_build_cold dbuild dbw1 $DBW1 -f Dockerfile.cold --no-cache --build-arg "GREETING=d$i"
  time_it w1_docker_build_warm dbuild dbw1 $DBW1
  repack_cases w1_ w1.pkr.hcl greeting "payload=$WORK/payload.bin"
  time_it app_packer packer build -force -var "run=$SALT-p$i" "$WORK/app.pkr.hcl"
  for n in "${!NODES[@]}"; do
    RUN_NODE=${NODES[$n]} x=${SUFFIXES[$n]}
    time_it app_repack_cold$x repack -var "run=$SALT-a$i$x" app.pkr.hcl
    time_it app_repack_warm$x repack -var "run=$SALT-a$i$x" app.pkr.hcl
    time_it app_repack_change_last$x repack -var "run=$SALT-a$i$x" -var "last=$SALT-l$i$x" app.pkr.hcl
    time_it app_repack_change_last_again$x repack -var "run=$SALT-a$i$x" -var "last=$SALT-l$i$x-again" app.pkr.hcl
  done
done

# A warm peer that missed its own cache would flatter repack: every warm build must give the warm-up's image.
for k in docker_build_warm w1_docker_build_warm; do
  ids=$(grep -o '^sha256:[0-9a-f]*' "$WORK/$k.log" | sort -u | wc -l)
  [ "$ids" = 1 ] || echo "WARNING: $k made $ids different images: it missed its cache"
done
for k in "${KEYS[@]}"; do
  case $k in *repack_warm*) ;; *) continue ;; esac
  if grep -q 'RUN provisioner' "$WORK/$k.log"; then echo "WARNING: $k ran a provisioner: it missed its cache"; fi
done
printf '| case | median ms | runs |\n|---|---|---|\n'
for k in "${KEYS[@]}"; do
  M[$k]=$(median "${T[$k]}")
  printf '| %s | %s | %s |\n' "$k" "${M[$k]}" "${T[$k]# }"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }
line() { # line LABEL NUMERATOR-KEY DENOMINATOR-KEY [GOAL]: one ratio, when both cases ran
  [ -n "${M[$2]:-}" ] && [ -n "${M[$3]:-}" ] || return 0
  printf '  %-34s = %s%s\n' "$1" "$(ratio "${M[$2]}" "${M[$3]}")" "${4:+   (goal $4)}"
}
echo
for x in "${SUFFIXES[@]}"; do
  echo "repack on ${x:-the system node}:"
  # Workload name and its key prefix: shell3's cases have none.
  for wp in shell3: w1:w1_ app:app_; do
    w=${wp%%:*} p=${wp#*:}
    line "$w warm / packer" "${p}repack_warm$x" "${p}packer" '<= 0.08'
    line "$w warm / docker build warm" "${p}repack_warm$x" "${p}docker_build_warm" '<= 2'
    line "$w cold / raw docker CLI" "${p}repack_cold$x" "${p}raw" '<= 1.0'
    line "$w cold / packer" "${p}repack_cold$x" "${p}packer"
    line "$w change last / cold" "${p}repack_change_last$x" "${p}repack_cold$x" '<= 0.3'
    line "$w change last again / cold" "${p}repack_change_last_again$x" "${p}repack_cold$x"
    line "$w cold mode=min / raw" "${p}repack_cold_min$x" "${p}raw"
  done
done
echo "(app: each repetition starts with a cold build, so its first change is the first after a cold build)"
