#!/usr/bin/env bash
# Serves the reader with the seed post on http://127.0.0.1:8080/ with live reload: edit Rust,
# CSS or a post JSON under static/posts/ and the page rebuilds and reloads.
# Installs what is missing first (no browser needed for this).
set -euo pipefail
. "$(dirname "$0")/setup.sh"
lectern_setup --no-browser
echo "Lectern: open http://127.0.0.1:8080/ (another post: http://127.0.0.1:8080/?post=posts/<file>.json)"
exec trunk serve --address 127.0.0.1 --port "${PORT:-8080}" "$@"
