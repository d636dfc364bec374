#!/usr/bin/env bash
# Starts a real WordPress for the end-to-end tests, in a folder of its own, and leaves it running:
#   tests/wordpress/start.sh DIR PORT
# DIR gets MariaDB's data and socket (run as our own process, no networking), a copy of Debian's
# WordPress with our wp-config.php, and the logs. WordPress is installed, filled with the
# WordPress exports in tests/fixtures/wordpress/wxr/, and served by `php -S` on 127.0.0.1:PORT.
# Prints "ready" when it answers. Stop it with tests/wordpress/stop.sh DIR (only what this
# started is stopped). Debian's packages are installed by scripts/setup.sh; Apache is never run.
set -euo pipefail
dir="$(realpath -m "$1")"
port="$2"
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$(cd "$here/../fixtures/wordpress/wxr" && pwd)"

mkdir -p "$dir"
db="$dir/db"
site="$dir/site"
log="$dir/log"
mkdir -p "$log"

# MariaDB as our own process: data and socket in DIR, no TCP port.
if [ ! -d "$db/mysql" ]; then
  mkdir -p "$db"
  mariadb-install-db --no-defaults --datadir="$db" --user="$(id -un)" \
    --auth-root-authentication-method=normal --skip-test-db >"$log/install-db.log" 2>&1
fi
mariadbd --no-defaults --datadir="$db" --socket="$db/mysqld.sock" --pid-file="$db/mysqld.pid" \
  --skip-networking --user="$(id -un)" --innodb-buffer-pool-size=64M \
  >"$log/mariadb.log" 2>&1 &
for _ in $(seq 1 300); do
  [ -S "$db/mysqld.sock" ] && mariadb --no-defaults --socket="$db/mysqld.sock" -uroot -e 'select 1' >/dev/null 2>&1 && break
  sleep 0.1
done
mariadb --no-defaults --socket="$db/mysqld.sock" -uroot -e \
  "CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4; CREATE USER IF NOT EXISTS 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';"

# A copy of Debian's WordPress with a config of our own (Debian's picks one by HTTP host).
if [ ! -f "$site/wp-settings.php" ]; then
  mkdir -p "$site"
  cp -rL /usr/share/wordpress/. "$site/" 2>/dev/null || cp -r /usr/share/wordpress/. "$site/"
  rm -f "$site/wp-config.php" "$site/.htaccess"
fi
mkdir -p "$site/wp-content/mu-plugins" "$site/wp-content/uploads"
cp "$here/lectern-test.php" "$site/wp-content/mu-plugins/"
cp "$here/router.php" "$dir/router.php"
cat >"$site/wp-config.php" <<PHP
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:$db/mysqld.sock');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', 'http://127.0.0.1:$port');
define('WP_SITEURL', 'http://127.0.0.1:$port');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', false);
define('AUTH_KEY', 'lectern-test'); define('SECURE_AUTH_KEY', 'lectern-test');
define('LOGGED_IN_KEY', 'lectern-test'); define('NONCE_KEY', 'lectern-test');
define('AUTH_SALT', 'lectern-test'); define('SECURE_AUTH_SALT', 'lectern-test');
define('LOGGED_IN_SALT', 'lectern-test'); define('NONCE_SALT', 'lectern-test');
\$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
PHP

# Install, set comments as the tests need them, and import the real exports.
(cd "$site" && php "$here/install.php" "$corpus") >"$log/install.log" 2>&1 || {
  cat "$log/install.log" >&2
  exit 1
}

# Its own process group, so stopping it stops its workers too.
PHP_CLI_SERVER_WORKERS=4 setsid nohup php -S "127.0.0.1:$port" -t "$site" "$dir/router.php" \
  >"$log/php.log" 2>&1 </dev/null &
echo $! >"$dir/php.pid"
for _ in $(seq 1 300); do
  php -r 'exit(@file_get_contents($argv[1]) === false ? 1 : 0);' "http://127.0.0.1:$port/wp-json/" && {
    echo ready
    exit 0
  }
  sleep 0.1
done
echo "WordPress did not answer on 127.0.0.1:$port; see $log" >&2
exit 1
