// End to end: reading offline. The release build's service worker, served from a sub-path:
// after one visit the reader and the seed post open with the network off, a post read once via
// ?post= is readable offline later, and a new deployment is offered as "Reload to update".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openPage, waitForReader, DESKTOP } from './support/browser.mjs';
import { serveDir } from './support/server.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const SECOND = JSON.stringify({
  format: 'lectern/post@1',
  id: 'second',
  title: 'A second, short post',
  sections: [{ id: 'only', title: 'Only', blocks: [{ type: 'paragraph', text: 'Read once, kept for later.' }] }],
});

let server;
let browser;
const GERMAN = JSON.stringify({
  format: 'lectern/post@1',
  id: 'german',
  lang: 'de',
  title: 'Ein kurzer Beitrag',
  sections: [{ id: 'nur', title: 'Nur', blocks: [{ type: 'paragraph', text: 'Einmal gelesen, für später behalten.' }] }],
});
const extra = { 'fixtures/second.json': SECOND, 'fixtures/german.json': GERMAN };

before(async () => {
  server = await serveDir(DIST, { prefix: '/blog/reader/', extra });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
}

test('after one visit the seed post and a post read once open offline', async () => {
  const { context, page, problems } = await openPage(browser, server.url, DESKTOP);
  await page.goto(server.url);
  await waitForReader(page);
  await controlled(page);
  await page.goto(`${server.url}?post=fixtures/second.json`);
  await waitForReader(page);
  await page.getByRole('status').filter({ hasText: 'Available offline' }).waitFor();

  await context.setOffline(true);
  await page.goto(server.url);
  await waitForReader(page);
  assert.equal(await page.locator('section.post-section').count(), 3, 'seed post renders offline');
  await page.getByRole('status').filter({ hasText: 'You are offline — showing the saved copy' }).waitFor();
  await page.goto(`${server.url}?post=fixtures/second.json#only`);
  await waitForReader(page);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'A second, short post');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a German post read once reads offline in German; no other language was downloaded', async () => {
  const { context, page, problems } = await openPage(browser, server.url, DESKTOP);
  const asked = [];
  page.on('request', (request) => {
    const match = request.url().match(/locales\/([^/?]+)\.txt/);
    if (match) asked.push(match[1]);
  });
  await page.goto(server.url);
  await waitForReader(page);
  await controlled(page);
  await page.goto(`${server.url}?post=fixtures/german.json`);
  await waitForReader(page);
  await page.getByRole('status').filter({ hasText: 'Offline verfügbar' }).waitFor();
  assert.deepEqual([...new Set(asked)], ['de'], 'the worker precaches no language');
  await context.setOffline(true);
  await page.reload();
  await waitForReader(page);
  await page.locator('#lectern-reply-title', { hasText: 'Schreibe einen Kommentar' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Du bist offline' }).waitFor();
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('with storage full, a post still reads at once; it is just not kept for offline', async () => {
  const { context, page, problems } = await openPage(browser, server.url, DESKTOP);
  await page.goto(server.url);
  await waitForReader(page);
  await controlled(page);
  // Fill the origin's quota: what is stored now is all it may hold.
  const cdp = await context.newCDPSession(page);
  const origin = new URL(server.url).origin;
  const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: Math.ceil(usage) });
  await page.goto(`${server.url}?post=fixtures/second.json`);
  await waitForReader(page);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'A second, short post');
  // The worker tried and failed to keep a copy; the reader says nothing it cannot stand behind.
  const kept = await page.evaluate(async () => {
    const cache = await caches.open('lectern-posts');
    return Boolean(await cache.match(new URL('fixtures/second.json', location.href).href));
  });
  assert.equal(kept, false, 'nothing was saved past the quota');
  assert.equal(await page.getByRole('status').filter({ hasText: 'Available offline' }).count(), 0);
  assert.deepEqual(problems.errors, []);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await context.close();
});

test('the embed demo, visited once, reads offline with both readers', async () => {
  const { context, page, problems } = await openPage(browser, server.url, DESKTOP);
  await page.goto(`${server.url}embed-demo.html`);
  await page.locator('#second-reader article.post').waitFor({ timeout: 20000 });
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await page.locator('#first-reader article.post').waitFor({ timeout: 20000 });
  await page.locator('#second-reader article.post').waitFor({ timeout: 20000 });
  await page.locator('#second-reader').getByRole('status').filter({ hasText: 'You are offline — showing the saved copy' }).waitFor();
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a new deployment is offered as "Reload to update", not swapped in', async () => {
  const { context, page } = await openPage(browser, server.url, DESKTOP);
  await page.goto(server.url);
  await waitForReader(page);
  await controlled(page);
  const before = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
  const manifest = await readFile(new URL('sw-manifest.js', `file://${DIST}`), 'utf8');
  extra['sw-manifest.js'] = manifest.replace(/"version": "([0-9a-f]+)"/, '"version": "$1-next"');
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const offer = page.getByRole('button', { name: 'Reload to update' });
  await offer.waitFor({ timeout: 15000 });
  assert.equal(await page.locator('section.post-section').count(), 3, 'the page keeps reading meanwhile');
  const reloaded = page.waitForEvent('load', { timeout: 20000 });
  await offer.click();
  await reloaded;
  await waitForReader(page);
  const keys = await page.evaluate(() => caches.keys());
  assert.ok(keys.some((k) => k.endsWith('-next')), `new version active: ${keys}`);
  assert.ok(before.endsWith('sw.js'));
  delete extra['sw-manifest.js'];
  await context.close();
});
