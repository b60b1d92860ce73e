#!/usr/bin/env bash
# Runs every test: formatting and lints, the Rust tests, the JavaScript tests
# of the built Wasm module, and the end-to-end tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
cargo fmt --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy --lib --quiet --target wasm32-unknown-unknown -- -D warnings
# The fuzz targets build on stable too; checking them here keeps them in step
# with the library (running them is `cargo fuzz`, see the README).
cargo fmt --check --manifest-path fuzz/Cargo.toml
cargo clippy --quiet --manifest-path fuzz/Cargo.toml -- -D warnings
cargo test --release --workspace
node --test tests/js/ tests/browser/
