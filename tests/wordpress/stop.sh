#!/usr/bin/env bash
# Stops what tests/wordpress/start.sh DIR started (PHP's server and MariaDB), nothing else.
dir="$(realpath -m "$1")"
for pidfile in "$dir/php.pid" "$dir/db/mysqld.pid"; do
  if [ -f "$pidfile" ]; then
    pid="$(cat "$pidfile")"
    kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 -- "-$pid" 2>/dev/null || kill -9 "$pid" 2>/dev/null || true
    rm -f "$pidfile"
  fi
done
