#!/usr/bin/env bash
# Runs CI the way it runs for real: on a fresh clone of the committed main branch, with CI=true,
# so that nothing uncommitted or cached in this checkout can make it pass. Prints the duration.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="$(mktemp -d /tmp/signoff-ci-XXXXXX)"
trap 'rm -rf "$dir"' EXIT
git clone -q --branch main "$repo" "$dir"
cd "$dir"
start=$(date +%s)
CI=true bash .ci/run
echo "fresh-clone CI passed in $(( $(date +%s) - start )) s"
