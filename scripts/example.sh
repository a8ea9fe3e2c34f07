#!/usr/bin/env bash
# The main job: brings the environment up, then builds the example template (examples/docker-ubuntu) with the
# bundled CLI, pushes it to the local registry and prints the pushed digest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/dev-env.sh
metadata=$(mktemp /tmp/repack-example.XXXXXX.json)
trap 'rm -f "$metadata"' EXIT
node dist/cli/index.js build -json-file="$metadata" "$@" examples/docker-ubuntu
node -e '
  const builds = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  for (const b of builds) for (const p of b.pushed) console.log(`pushed ${p.repository}:${p.tag}@${p.digest}`);
' "$metadata"
