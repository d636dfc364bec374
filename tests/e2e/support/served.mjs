// The setting most end-to-end files share: the release build in dist/ served on 127.0.0.1 (with
// the strict Content-Security-Policy) and one headless Chromium, for the whole file.
import { before, after } from 'node:test';
import { launch } from './browser.mjs';
import { serveDir } from './server.mjs';

/** The release build's folder. */
export const DIST = new URL('../../../dist/', import.meta.url).pathname;

/**
 * Serves dist/ and launches the browser before this file's tests, and closes both after them.
 * Returns an object whose `server` and `browser` are set once they are up.
 */
export function servedDist(options = {}) {
  const live = { server: null, browser: null };
  before(async () => {
    live.server = await serveDir(DIST, options);
    live.browser = await launch();
  });
  after(async () => {
    await live.browser?.close();
    await live.server?.close();
  });
  return live;
}
