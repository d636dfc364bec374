// A real WordPress for the end-to-end tests: Debian's package with MariaDB and PHP's own server,
// started in a temporary folder by tests/wordpress/start.sh and filled with the WordPress
// exports in tests/fixtures/wordpress/wxr/. Only what it started is stopped.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HERE = new URL('../../wordpress/', import.meta.url).pathname;

/** A free TCP port on 127.0.0.1. */
async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/**
 * Starts WordPress. Resolves to { url, wp(job, arg), postId(slug), close }: `url` ends with '/',
 * `wp` runs tests/wordpress/wp.php in the site (flood on|off, held POST_ID, add-post JSON).
 */
export async function startWordPress() {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-wp-'));
  const port = await freePort();
  const stop = () => {
    try {
      execFileSync('bash', [join(HERE, 'stop.sh'), dir], { stdio: 'ignore' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    execFileSync('bash', [join(HERE, 'start.sh'), dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'], timeout: 300_000 });
  } catch (error) {
    stop();
    throw error;
  }
  const url = `http://127.0.0.1:${port}/`;
  const wp = (job, ...args) =>
    execFileSync('php', [join(HERE, 'wp.php'), job, ...(args.length ? args : [''])], { cwd: join(dir, 'site'), encoding: 'utf8' }).trim();
  const postId = async (slug) => {
    const answer = await fetch(`${url}wp-json/wp/v2/posts?slug=${encodeURIComponent(slug)}&_fields=id`);
    const [post] = await answer.json();
    if (!post) throw new Error(`no post ${slug} on the test site`);
    return post.id;
  };
  return { url, wp, postId, close: stop };
}
