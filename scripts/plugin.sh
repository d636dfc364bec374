#!/usr/bin/env bash
# Builds the WordPress plugin: the reader (trunk build --release) and target/wordpress-plugin/
# lectern.zip with it inside, ready for Plugins → Add New → Upload. Installs what is missing
# first (no browser needed). Another place for the zip: scripts/plugin.sh OUT.zip
set -euo pipefail
. "$(dirname "$0")/setup.sh"
lectern_setup --no-browser
trunk build --release
node scripts/build/plugin.mjs "$@"
