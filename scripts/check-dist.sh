#!/usr/bin/env bash
# Fails when dist/ is not what a fresh `node scripts/bundle.mjs` makes from the current sources: the action runs
# dist/ as committed, so a stale bundle ships old code. Fix with `npm run bundle` and commit dist/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fresh=$(mktemp -d /tmp/repack-dist.XXXXXX)
trap 'rm -rf "$fresh"' EXIT

node scripts/bundle.mjs --out "$fresh/dist"

if [ ! -d dist ]; then
  echo "check-dist: dist/ is missing; run npm run bundle and commit dist/" >&2
  exit 1
fi

if diff -r -q dist "$fresh/dist" >"$fresh/summary.txt"; then
  echo "check-dist: dist/ is up to date"
  exit 0
fi

echo "check-dist: dist/ differs from a fresh build (run npm run bundle and commit dist/):" >&2
sed -e "s#$fresh/dist#a fresh build#g" "$fresh/summary.txt" >&2
changed=$(grep '^Files ' "$fresh/summary.txt" | head -3 | awk '{print $2}' || true)
for f in $changed; do
  echo "--- first differences in $f:" >&2
  diff -u "$f" "$fresh/$f" | head -20 | cut -c1-200 >&2 || true
done
exit 1
