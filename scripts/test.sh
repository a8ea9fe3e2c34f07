#!/usr/bin/env bash
# The whole test suite from a fresh clone: brings the environment up (Docker engine, registry, base images, npm
# deps), then lint and format checks, the dist/ freshness check, unit tests and integration tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# packer (the parity suite; ~10 s to install) and Podman (its API test; ~7 s) come up with the rest.
REPACK_ENV_PACKER=1 REPACK_ENV_PODMAN=1 bash scripts/dev-env.sh
echo "== lint"
npm run --silent lint
echo "== dist/ is fresh"
bash scripts/check-dist.sh
echo "== tests"
report=$(mktemp /tmp/repack-jest.XXXXXX.json)
trap 'rm -f "$report"' EXIT
status=0
NODE_OPTIONS=--experimental-vm-modules npx jest --ci --json --outputFile="$report" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
  if (r.numTotalTests === 0) { console.log("no tests ran"); process.exit(1); }
' "$report" || status=1
exit "$status"
