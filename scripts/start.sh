#!/usr/bin/env bash
# Builds everything and serves the demo on localhost with the sample article.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs "${PORT:-8080}"
