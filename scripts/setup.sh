#!/usr/bin/env bash
# Installs whatever Lectern's build and tests need and is missing; quick when nothing is.
# Tool versions live in one place, Trunk.toml (trunk, wasm-bindgen, wasm-opt), checked against
# Cargo.lock and package.json here. Usage: scripts/setup.sh [--no-browser | --rust-only]
#   --no-browser  everything but Chromium, WordPress and the test-only Debian packages
#   --rust-only   the Rust target and components alone (what `scripts/test.sh --fast` needs)
# Source it (`. scripts/setup.sh`) to also get the tools on PATH.
set -euo pipefail

lectern_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

lectern_setup() {
  local want_browser=1 want_tools=1
  [ "${1:-}" = "--no-browser" ] && want_browser=0
  [ "${1:-}" = "--rust-only" ] && want_browser=0 && want_tools=0
  cd "$lectern_root"
  export PATH="$lectern_root/node_modules/.bin:$HOME/.cargo/bin:$PATH"

  local trunk_version bindgen_version wasm_opt_version lock_bindgen binaryen_version
  trunk_version=$(sed -n 's/^trunk-version = "=\(.*\)"$/\1/p' Trunk.toml)
  bindgen_version=$(sed -n 's/^wasm_bindgen = "\(.*\)"$/\1/p' Trunk.toml)
  wasm_opt_version=$(sed -n 's/^wasm_opt = "version_\(.*\)"$/\1/p' Trunk.toml)
  lock_bindgen=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print }' Cargo.lock)
  binaryen_version=$(sed -n 's/.*"binaryen": "\([0-9]*\)\..*/\1/p' package.json)
  if [ "$bindgen_version" != "$lock_bindgen" ]; then
    echo "setup: Trunk.toml pins wasm-bindgen $bindgen_version but Cargo.lock has $lock_bindgen; make them equal" >&2
    return 1
  fi
  if [ "$wasm_opt_version" != "$binaryen_version" ]; then
    echo "setup: Trunk.toml pins wasm-opt $wasm_opt_version but package.json has binaryen $binaryen_version" >&2
    return 1
  fi

  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    echo "setup: adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      rustup component add "$component"
    fi
  done
  if [ "$want_tools" = 0 ]; then
    return 0
  fi
  if ! trunk --version 2>/dev/null | grep -qx "trunk $trunk_version"; then
    echo "setup: installing trunk $trunk_version (about 12 minutes on 2 cores, once)"
    cargo install trunk --version "$trunk_version" --locked
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q "^wasm-bindgen $bindgen_version"; then
    echo "setup: installing wasm-bindgen-cli $bindgen_version (about 3 minutes, once)"
    # Not --locked: its lockfile names a crate version the registry lacks.
    cargo install wasm-bindgen-cli --version "$bindgen_version"
  fi
  if [ ! -x node_modules/.bin/wasm-opt ] || ! cmp -s package-lock.json node_modules/.package-lock.json.copy; then
    echo "setup: installing JavaScript tools (binaryen, terser, playwright-core, axe-core) from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.package-lock.json.copy
  fi
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  local updated=0
  if [ "$want_browser" = 1 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
    echo "setup: installing Debian's chromium and chromium-driver"
    $sudo apt-get update -qq
    updated=1
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  # GNU time (the benchmark's import line measures peak memory with it) and a C++ compiler
  # (libfuzzer-sys builds libFuzzer for scripts/fuzz.sh).
  if [ "$want_browser" = 1 ] && { [ ! -x /usr/bin/time ] || ! command -v g++ >/dev/null; }; then
    echo "setup: installing Debian's time and g++"
    [ "$updated" = 1 ] || $sudo apt-get update -qq
    updated=1
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq time g++ >/dev/null
  fi
  # A real WordPress for the end-to-end tests (tests/wordpress/start.sh runs it without Apache).
  if [ "$want_browser" = 1 ] && ! wordpress_ready; then
    echo "setup: installing Debian's wordpress (and its default theme), mariadb-server, php-cli, php-mysql, php-xml"
    [ "$updated" = 1 ] || $sudo apt-get update -qq
    # The package pulls in Apache, which must not start: no service starts during this install.
    local policy=/usr/sbin/policy-rc.d made_policy=0
    if [ ! -e "$policy" ]; then
      printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
      $sudo chmod +x "$policy"
      made_policy=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql php-xml >/dev/null
    [ "$made_policy" = 0 ] || $sudo rm -f "$policy"
  fi
}

# Whether everything tests/wordpress/start.sh needs is installed.
wordpress_ready() {
  [ -f /usr/share/wordpress/wp-settings.php ] && command -v mariadbd >/dev/null &&
    [ -f /usr/share/wordpress/wp-content/themes/twentytwentythree/style.css ] &&
    command -v mariadb-install-db >/dev/null && command -v php >/dev/null &&
    php -m 2>/dev/null | grep -qx mysqli && php -m 2>/dev/null | grep -qx SimpleXML
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  lectern_setup "$@"
fi
