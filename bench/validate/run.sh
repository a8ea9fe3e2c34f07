#!/usr/bin/env bash
# `repack validate` vs `packer validate` (Debian packer 1.6.6: REPACK_ENV_PACKER=1 bash scripts/dev-env.sh), same
# machine, same run: the example and a generated 5,000-line template. Wall time = median of N cold processes; peak
# RSS from /usr/bin/time. Needs a bundled CLI: node scripts/bundle.mjs. Writes bench/validate/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${N:-15}"
CLI="node dist/cli/index.js"
[ -f dist/cli/index.js ] || { echo "bundle first: node scripts/bundle.mjs" >&2; exit 1; }
[ -f __fixtures__/hcl/bench/large-5000.pkr.hcl ] || node __fixtures__/hcl/bench/generate-large.mjs

median_ms() { # command...
  local times=()
  for _ in $(seq "$N"); do
    local s e
    s=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    e=$(date +%s%N)
    times+=($(( (e - s) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

peak_mb() { # command...
  { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null || true; } | tail -1 | awk '{printf "%.0f", $1/1024}'
}

row() { # label, template
  local label="$1" t="$2" r_ms p_ms r_mb p_mb r_ok p_ok
  r_ms=$(median_ms $CLI validate "$t")
  r_mb=$(peak_mb $CLI validate "$t")
  $CLI validate "$t" >/dev/null 2>&1 && r_ok=valid || r_ok=invalid
  if command -v packer >/dev/null; then
    p_ms=$(median_ms packer validate "$t")
    p_mb=$(peak_mb packer validate "$t")
    packer validate "$t" >/dev/null 2>&1 && p_ok=valid || p_ok=invalid
  else p_ms='-'; p_mb='-'; p_ok='not installed'; fi
  echo "| $label | $r_ms ms | $r_mb MB | $r_ok | $p_ms ms | $p_mb MB | $p_ok |"
}

{
  echo "# repack validate vs packer validate"
  echo
  echo "$(date -u +%Y-%m-%d), $(node --version), $(packer version 2>/dev/null | head -1 || echo 'no packer'), $(nproc) vCPU; median of $N cold runs."
  echo
  echo "| template | repack time | repack peak RSS | repack | packer time | packer peak RSS | packer |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  row "examples/docker-ubuntu (63 lines)" examples/docker-ubuntu
  row "large-5000.pkr.hcl (5,040 lines)" __fixtures__/hcl/bench/large-5000.pkr.hcl
  echo
  echo "Targets: ≤ 150 ms (example), ≤ 300 ms (5,000 lines), peak RSS ≤ 150 MB."
  echo 'packer 1.6.6 predates `required_plugins` (Packer 1.7) and other syntax these templates use, so it stops at its'
  echo 'first error: its times are time-to-first-error, not a full validation.'
  echo "Baseline in the same run: \`node -e 0\` $(median_ms node -e 0) ms."
} | tee bench/validate/results.md
