#!/usr/bin/env bash
# Runs every check and test, in the order CI gates them. Installs what is missing first.
#   1. cargo fmt --check; clippy -D warnings on the host and on wasm32
#   2. native tests: model, validation, schema, SSR rendering, hostile input; a short
#      coverage-guided fuzz run (scripts/fuzz.sh)
#   3. browser tests: wasm-bindgen-test in headless Chromium
#   4. trunk build --release (prerendered page, embed entry, offline edition), the size report,
#      end-to-end tests with Playwright, and the benchmark in smoke mode
set -euo pipefail
. "$(dirname "$0")/setup.sh"
lectern_setup

step() { printf '\n=== %s\n' "$*"; }

step "format"
cargo fmt --check
step "clippy (host)"
cargo clippy --all-targets --locked -- -D warnings
step "clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
step "native tests"
cargo test --locked
step "coverage-guided fuzzing, 50,000 inputs a target from a fixed seed (the long run: scripts/fuzz.sh 3600; docs/fuzzing.md)"
scripts/fuzz.sh --runs 50000
step "JavaScript unit tests (the service worker's rules)"
node --test tests/js/
step "browser tests (headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown
step "release build"
trunk build --release
step "size report and budget"
node bench/size.mjs --check
step "end-to-end tests (Playwright + Debian Chromium)"
node --test --test-concurrency=1 tests/e2e/
step "benchmark, smoke mode (keeps bench/run.mjs working; the full run is 'node bench/run.mjs')"
node bench/run.mjs --smoke
