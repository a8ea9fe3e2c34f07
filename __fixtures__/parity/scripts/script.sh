#!/bin/sh
set -e
echo "script ${FROM_SCRIPT:-unset}" >> /script-runs
