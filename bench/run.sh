#!/usr/bin/env bash
# Benchmarks, one command: brings the environment up (engine, registry, base images, packer 1.6.6), bundles the CLI
# from the current source, then runs every workload with repack, packer, the raw docker CLI script and a Dockerfile
# build, alternating, cold and warm, and writes docs/benchmarks.md. Not part of the test suite.
# Usage: bench/run.sh [REPS] [--only w1,shell20]   (REPACK_CLI=path/to/cli/index.js skips the bundling;
#        REPACK_NODE=path/to/node runs repack on another node, e.g. dev-env's node 24)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
REPS=${1:-5}
shift || true

REPACK_ENV_PACKER=1 bash scripts/dev-env.sh
command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 1; }

if [ -z "${REPACK_CLI:-}" ]; then
  out=$(mktemp -d /tmp/repack-bench-cli.XXXXXX)
  trap 'rm -rf "$out"' EXIT
  echo "bench: bundling the CLI from the current source into $out" >&2
  node scripts/bundle.mjs --out "$out" >&2
  REPACK_CLI=$out/cli/index.js
fi

node --import ./__fixtures__/reliability/ts-register.mjs bench/run.ts --cli "$REPACK_CLI" --reps "$REPS" "$@"
