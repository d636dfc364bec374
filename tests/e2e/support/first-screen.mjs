// What the first screen's end-to-end tests share (issue 22): the moments the page marks, and
// the check that a page left alone fetched only the first screen, within its budget.
import assert from 'node:assert/strict';

/** JS and wasm a page may fetch, brotli on the wire, before it is interactive. */
export const FIRST_SCREEN_BUDGET = 100 * 1024;

/** Waits for the first screen (or the full reader) to have made the article live. */
export const articleLive = (page) =>
  page.waitForFunction(() => performance.getEntriesByName('lectern-article-interactive').length > 0, null, { timeout: 20000 });

/** Waits for the full reader to be live. */
export const readerLive = (page) =>
  page.waitForFunction(() => performance.getEntriesByName('lectern-interactive').length > 0, null, { timeout: 20000 });

/** Whether the full reader has started. */
export const fullReaderStarted = (page) => page.evaluate(() => performance.getEntriesByName('lectern-interactive').length > 0);

/**
 * Opens `url` in `page`, leaves it alone until it is interactive and the network is idle, and
 * checks what it fetched: the first screen's wasm, nothing of the full reader, at most the
 * budget of JS and wasm on the wire.
 */
export async function assertFirstScreenOnly(page, url) {
  const seen = [];
  page.on('requestfinished', async (request) => {
    const path = new URL(request.url()).pathname;
    if (!/\.(js|wasm)$/.test(path)) return;
    const sizes = await request.sizes().catch(() => null);
    seen.push({ path, bytes: sizes ? sizes.responseBodySize : NaN });
  });
  await page.goto(url);
  await articleLive(page);
  await page.waitForLoadState('networkidle');
  const total = seen.reduce((sum, s) => sum + s.bytes, 0);
  assert.ok(seen.some((s) => /lectern-first-[0-9a-f]+_bg\.wasm$/.test(s.path)), `the first screen was fetched: ${JSON.stringify(seen)}`);
  assert.ok(seen.every((s) => !/\/lectern-[0-9a-f]+(_bg\.wasm|\.js)$/.test(s.path)), `the full reader was not: ${JSON.stringify(seen)}`);
  assert.ok(Number.isFinite(total) && total <= FIRST_SCREEN_BUDGET, `${total} bytes of JS and wasm (budget ${FIRST_SCREEN_BUDGET})`);
  assert.equal(await fullReaderStarted(page), false);
}
