#!/usr/bin/env bash
# Multi-platform benchmark: one template built for linux/amd64 + linux/arm64 (arm64 under qemu-user-static) and
# pushed as one image index — the two legs in parallel (-platform, the default) against one after the other
# (-parallel-builds=1) against Packer (Debian's packer 1.6.6: two sources built in parallel, each pushed under its
# own tag, then `docker manifest create` + `push` by script) — rounds rotating the order, no cache. Prints the
# medians and their ratio as a Markdown table.
# Usage: bench/multiplatform/run.sh [ROUNDS]   (REPACK_CLI=path/to/cli/index.js skips the bundling)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ROUNDS=${1:-3}
bash "$ROOT/scripts/dev-env.sh" >&2
if [ -z "${REPACK_CLI:-}" ]; then
  out=$(mktemp -d /tmp/repack-bench-cli.XXXXXX)
  trap 'rm -rf "$out"' EXIT
  node "$ROOT/scripts/bundle.mjs" --out "$out" >&2
  REPACK_CLI=$out/cli/index.js
fi
work=$(mktemp -d /tmp/repack-bench-mp.XXXXXX)
cp "$ROOT/bench/multiplatform/app.pkr.hcl" "$ROOT/bench/multiplatform/packer.pkr.hcl" "$work/"
repo=127.0.0.1:5000/repack-bench-multiplatform
packer_repo=127.0.0.1:5000/repack-bench-multiplatform-packer
command -v packer >/dev/null || { echo "bench: packer is not installed (apt-get install packer)" >&2; exit 1; }
# The base index's manifest of each platform, for the packer sources (Packer 1.6.6 cannot choose a platform).
images=$(curl -fsS -H 'Accept: application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json' \
  http://127.0.0.1:5000/v2/busybox-multi/manifests/latest |
  node -e 'const i = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const ref = (a) => `127.0.0.1:5000/busybox-multi@${i.manifests.find((m) => m.platform.architecture === a).digest}`;
    console.log(`{ amd64 = "${ref("amd64")}", arm64 = "${ref("arm64")}" }`)')

run() { # run MODE → seconds
  local start end
  start=$(date +%s.%N)
  (cd "$work" && node "$REPACK_CLI" build -no-cache -var "repo=$repo" -platform linux/amd64,linux/arm64 "$@" app.pkr.hcl) \
    >>"$work/log" 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

packer_run() { # → seconds: packer build, then the index by docker manifest (its share in $work/manifest)
  local start built end
  start=$(date +%s.%N)
  (cd "$work" && packer build -color=false -var "repo=$packer_repo" -var "images=$images" packer.pkr.hcl) >>"$work/packer-log" 2>&1
  built=$(date +%s.%N)
  {
    docker manifest create --insecure --amend "$packer_repo:bench" "$packer_repo:bench-amd64" "$packer_repo:bench-arm64" &&
      docker manifest push --insecure --purge "$packer_repo:bench"
  } >>"$work/packer-log" 2>&1
  end=$(date +%s.%N)
  echo "$end - $built" | bc >>"$work/manifest"
  echo "$end - $start" | bc
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

: >"$work/parallel"
: >"$work/sequential"
: >"$work/packer"
: >"$work/manifest"
for i in $(seq 1 "$ROUNDS"); do
  case $((i % 3)) in
    1) run >>"$work/parallel"; run -parallel-builds=1 >>"$work/sequential"; packer_run >>"$work/packer" ;;
    2) run -parallel-builds=1 >>"$work/sequential"; packer_run >>"$work/packer"; run >>"$work/parallel" ;;
    0) packer_run >>"$work/packer"; run >>"$work/parallel"; run -parallel-builds=1 >>"$work/sequential" ;;
  esac
done
ratio() { echo "scale=4; $1 / $2" | bc | awk '{ printf "%.2f", $1 }'; }
secs() { awk -v s="$1" 'BEGIN { printf "%.1f", s }'; }
p=$(median <"$work/parallel")
s=$(median <"$work/sequential")
echo "| amd64 + arm64, pushed as one index ($ROUNDS rounds, median) | seconds | ratio |"
echo "|---|---|---|"
echo "| legs in parallel (-platform) | $(secs "$p") | 1.00 |"
echo "| legs one after the other (-parallel-builds=1) | $(secs "$s") | $(ratio "$s" "$p") |"
k=$(median <"$work/packer")
echo "| packer 1.6.6, two sources in parallel + docker manifest create/push | $(secs "$k") | $(ratio "$k" "$p") |"
m=$(median <"$work/manifest")
echo "| of which docker manifest create + push | $(secs "$m") | $(ratio "$m" "$p") |"
# Each leg's own duration, from "Build 'docker.app (linux/arm64)' finished after 8 seconds 367 milliseconds": how
# much slower the emulated leg is.
leg() {
  grep -o "Build 'docker.app ($1)' finished after [0-9a-z ]*" "$work/log" |
    sed 's/.*finished after //' |
    awk '{ s = 0; for (i = 1; i < NF; i += 2) { if ($(i+1) ~ /^minute/) s += $i * 60; else if ($(i+1) ~ /^second/) s += $i; else if ($(i+1) ~ /^milli/) s += $i / 1000 } print s }' |
    median
}
a=$(leg linux/amd64)
r=$(leg linux/arm64)
echo "| the linux/amd64 leg, as reported by its build (native) | $(secs "$a") | $(ratio "$a" "$p") |"
echo "| the linux/arm64 leg, as reported by its build (qemu) | $(secs "$r") | $(ratio "$r" "$p") |"
echo "bench: logs in $work/log and $work/packer-log" >&2
