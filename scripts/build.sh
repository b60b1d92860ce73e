#!/usr/bin/env bash
# Builds everything: the native command line (target/release/lamha), the Wasm
# module and its JavaScript bindings (pkg/), and the single-file demo. Prints
# the Wasm size raw and gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet
cargo build --lib --quiet --target wasm32-unknown-unknown --profile wasm
# wasm-opt runs before wasm-bindgen: Debian's binaryen (108) mangles the
# externref table that wasm-bindgen sets up, but optimises rustc's output fine.
mkdir -p target/wasm-opt
wasm-opt -Oz --enable-reference-types --enable-bulk-memory --enable-sign-ext \
  --enable-mutable-globals --enable-multivalue --enable-nontrapping-float-to-int \
  target/wasm32-unknown-unknown/wasm/lamha.wasm -o target/wasm-opt/lamha.wasm
rm -rf pkg
wasm-bindgen --target web --out-dir pkg target/wasm-opt/lamha.wasm
if [ -f scripts/bundle.mjs ]; then
  node scripts/bundle.mjs
fi

size() { printf '%s: %s bytes raw, %s bytes gzipped\n' "$1" "$(wc -c <"$1")" "$(gzip -9c "$1" | wc -c)"; }
size pkg/lamha_bg.wasm
size pkg/lamha.js
