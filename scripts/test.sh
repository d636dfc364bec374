#!/usr/bin/env bash
# Runs every check and test, in the order CI gates them. Installs what is missing first.
#   scripts/test.sh          everything (what CI's .ci/run calls)
#   scripts/test.sh --fast   the edit-test loop: format, lints, native tests of every crate
# Stages:
#   1. cargo fmt --check; clippy -D warnings on the host (every crate) and on wasm32 (the reader
#      and the two crates it builds on)
#   2. native tests of every crate: format, WordPress mapping, SSR rendering, import, publish,
#      hostile input
#   3. (full only) a short coverage-guided fuzz run (scripts/fuzz.sh), the service worker's rules
#      in node, php -l on every PHP file, wasm-bindgen-test in headless Chromium, trunk build
#      --release (prerendered page, embed entry, offline edition), the WordPress plugin's zip,
#      the size budget, end-to-end tests with Playwright (a real WordPress included, with the
#      plugin installed from its zip) and the benchmark in smoke mode
set -euo pipefail
fast=0
[ "${1:-}" = "--fast" ] && fast=1
. "$(dirname "$0")/setup.sh"
if [ "$fast" = 1 ]; then lectern_setup --rust-only; else lectern_setup; fi

started=$SECONDS
stage_started=$SECONDS
step() {
  [ "$stage_started" = "$SECONDS" ] || printf '    (%ss)\n' "$((SECONDS - stage_started))"
  stage_started=$SECONDS
  printf '\n=== %s\n' "$*"
}

step "format"
cargo fmt --all --check
cargo fmt --manifest-path fuzz/Cargo.toml --check
step "clippy (host, every crate)"
cargo clippy --workspace --all-targets --locked -- -D warnings
step "clippy (wasm32: the reader, its first screens, and the crates they build on)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p lectern-format -p lectern-words -p lectern-draw -p lectern-wordpress --lib --locked --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p lectern-first -p lectern-draw-wasm --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
step "native tests (every crate)"
cargo test --workspace --locked
if [ "$fast" = 1 ]; then
  step "done (fast: $((SECONDS - started))s; the full run adds fuzzing, browser and end-to-end tests)"
  exit 0
fi
step "coverage-guided fuzzing, 50,000 inputs a target from a fixed seed (the long run: scripts/fuzz.sh 3600; docs/fuzzing.md)"
scripts/fuzz.sh --runs 50000
step "PHP syntax (php -l: the WordPress plugin and the test site's PHP)"
find wordpress-plugin tests/wordpress -name '*.php' -print0 | sort -z | xargs -0 -n1 php -l >/dev/null
step "JavaScript unit tests (the service worker's rules)"
node --test tests/js/
step "browser tests (headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked --target wasm32-unknown-unknown
step "release build"
trunk build --release
step "the WordPress plugin's zip, with this build inside (scripts/build/plugin.mjs)"
node scripts/build/plugin.mjs
step "size report and budget"
node bench/size.mjs --check
step "end-to-end tests (Playwright + Debian Chromium)"
node --test --test-concurrency=1 tests/e2e/
step "benchmark, smoke mode (keeps bench/run.mjs working; the full run is 'node bench/run.mjs')"
node bench/run.mjs --smoke
step "done ($((SECONDS - started))s in all)"
