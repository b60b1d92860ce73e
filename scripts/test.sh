#!/usr/bin/env bash
# Runs every test: formatting and lints, the Rust tests, the JavaScript tests
# of the built Wasm module, and the end-to-end tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --lib --quiet --target wasm32-unknown-unknown -- -D warnings
cargo test --release
node --test tests/js/ tests/browser/
