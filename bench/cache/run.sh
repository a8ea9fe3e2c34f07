#!/usr/bin/env bash
# Caching benchmark, side by side in one run: repack (cold with caching on, warm, last step changed) against packer,
# the raw docker CLI script and `docker build` (classic builder) of the same work, all ending in 2 tags + push.
# Usage: bench/cache/run.sh [REPS]   (REPACK_CLI=path/to/cli/index.js; default build/src/cli/index.js, made by
#        `npx tsc -p tsconfig.json --outDir build`). Prints medians in ms and the ratios the issue asks for.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
REPS=${1:-5}
REPACK_CLI=${REPACK_CLI:-$ROOT/build/src/cli/index.js}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
sed '1d' "$HERE/shell3.pkr.hcl" >"$WORK/shell3.pkr.hcl" # packer 1.6.6 wants no leading comment line
cp "$HERE/Dockerfile.shell3" "$WORK/Dockerfile"
SALT=$(date +%s)

now() { date +%s%N; }
declare -A T M
time_it() { # time_it NAME COMMAND...
  local name=$1 t0 t1
  shift
  t0=$(now)
  "$@" >"$WORK/$name.log" 2>&1 || { echo "$name failed:"; tail -20 "$WORK/$name.log"; exit 1; }
  t1=$(now)
  T[$name]="${T[$name]:-} $(((t1 - t0) / 1000000))"
}
median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

repack() { (cd "$WORK" && node "$REPACK_CLI" build "$@" shell3.pkr.hcl); }
dbuild() { (cd "$WORK" && DOCKER_BUILDKIT=0 docker build -q "$@" -t 127.0.0.1:5000/bench-cache-db:a . && docker tag 127.0.0.1:5000/bench-cache-db:a 127.0.0.1:5000/bench-cache-db:b &&
  docker push -q 127.0.0.1:5000/bench-cache-db:a && docker push -q 127.0.0.1:5000/bench-cache-db:b); }

# Warm-ups: the warm cases need one build first.
repack -var "run=$SALT" >/dev/null 2>&1
dbuild --build-arg "RUN=$SALT" >/dev/null 2>&1
for i in $(seq 1 "$REPS"); do
  time_it packer packer build -force -var "run=$SALT-p$i" "$WORK/shell3.pkr.hcl"
  time_it raw sh "$HERE/raw-shell3.sh" "$SALT-r$i"
  time_it docker_build_cold dbuild --no-cache --build-arg "RUN=$SALT-d$i"
  time_it docker_build_warm dbuild --build-arg "RUN=$SALT"
  time_it repack_cold repack -var "run=$SALT-c$i"
  time_it repack_warm repack -var "run=$SALT"
  time_it repack_change_last repack -var "run=$SALT" -var "last=$SALT-l$i"
done

printf '| case | median ms | runs |\n|---|---|---|\n'
for k in packer raw docker_build_cold docker_build_warm repack_cold repack_warm repack_change_last; do
  M[$k]=$(median "${T[$k]}")
  printf '| %s | %s | %s |\n' "$k" "${M[$k]}" "${T[$k]# }"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }
echo
echo "warm / packer               = $(ratio "${M[repack_warm]}" "${M[packer]}")   (goal <= 0.08)"
echo "warm / docker build warm    = $(ratio "${M[repack_warm]}" "${M[docker_build_warm]}")   (goal <= 2)"
echo "cold / raw docker CLI       = $(ratio "${M[repack_cold]}" "${M[raw]}")   (goal <= 1.0)"
echo "change last / cold          = $(ratio "${M[repack_change_last]}" "${M[repack_cold]}")   (goal <= 0.3)"
