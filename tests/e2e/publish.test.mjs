// `lectern-cli publish`: a folder of posts (imported from WordPress's theme test export, and the
// shipped posts) published as a static site with the release build, served from a sub-path
// under the strict CSP, and read in the browser: every page reads with JavaScript off, hydrates
// without removing anything or shifting, the list links to every post, feed.json has what
// JSON Feed 1.1 requires, and each page says what it is to link previews.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, DESKTOP } from './support/browser.mjs';
import { serveDir } from './support/server.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const EXPORT = join(ROOT, 'tests/fixtures/wordpress/wxr/a11y-unit-test-data.xml');

let scratch;
let site;
let server;
let browser;
let posts;

function cli(...args) {
  return execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'lectern-cli', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 600_000,
  });
}

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'lectern-publish-'));
  const imported = join(scratch, 'imported');
  cli('import', EXPORT, imported);
  // A handful of imported posts beside the shipped ones: quotations, threads, lists, tables.
  const folder = join(scratch, 'posts');
  for (const file of ['block-quotes.json', 'template-comments.json', 'edge-case-nested-and-mixed-lists.json', 'markup-html-tags-and-formatting.json']) {
    cpSync(join(imported, file), join(folder, file));
  }
  cpSync(join(ROOT, 'static/posts'), folder, { recursive: true });
  site = join(scratch, 'site');
  const summary = cli('publish', folder, site, '--reader', DIST, '--site-name', 'Test blog', '--base-url', 'https://blog.example/reader');
  // The fragments are written with the site's address; the ones tested here are served locally.
  cpSync(join(site, 'embed'), join(scratch, 'embed-absolute'), { recursive: true });
  execFileSync('bash', ['-c', `sed -i 's#https://blog.example/reader/#./#g' "${site}"/embed/*.html`]);
  assert.match(summary, /^published 6 pages into .* \(list: index\.html, feed\.json, \d+ files for offline reading\)/);
  posts = readdirSync(join(site, 'posts')).map((file) => JSON.parse(readFileSync(join(site, 'posts', file), 'utf8')));
  // A host page with its own look, and a published post's fragment pasted in.
  const fragment = readFileSync(join(site, 'embed', 'block-quotes.html'), 'utf8');
  // The host sets its text-setting defaults on the pasted element.
  const themed = fragment.replace('<lectern-reader ', '<lectern-reader theme="sepia" text-size="125" ');
  const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><h1>A host page</h1>${themed}</body></html>`;
  server = await serveDir(site, { prefix: '/blog/', extra: { 'host.html': host } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('every page reads with JavaScript off: title, text, quotations with sources, comments', async () => {
  const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const post of posts) {
    await page.goto(`${server.url}${post.id}.html`);
    assert.equal(await page.locator('article.post h1').innerText(), post.title);
    assert.equal(await page.title(), post.title);
    assert.equal(await page.locator('li.comment').count(), Math.min((post.comments ?? []).length, 50), post.id);
  }
  await page.goto(`${server.url}block-quotes.html`);
  await page.getByText('The Gutenberg Team').first().waitFor();
  assert.ok((await page.locator('figure.quote').count()) >= 4);
  await context.close();
});

test('a published page hydrates in place: nothing removed, no shift, folding works', async () => {
  const { context, page, problems } = await openPage(browser, server.url, DESKTOP);
  await page.addInitScript(() => {
    window.removedNodes = [];
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) {
          if (node.nodeType === 1) window.removedNodes.push(node.tagName);
        }
      }
    }).observe(document, { childList: true, subtree: true });
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${server.url}template-comments.html`);
  const article = await page.locator('article.post').elementHandle();
  await page.waitForFunction(() => performance.getEntriesByName('lectern-article-interactive').length > 0, null, { timeout: 20000 });
  // The reader reaches the comments: the full reader loads and hydrates the page in place.
  await page.locator('#comments').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => performance.getEntriesByName('lectern-interactive').length > 0, null, { timeout: 20000 });
  assert.equal(await article.evaluate((el) => el.isConnected), true, 'the prerendered article is the live one');
  const result = await page.evaluate(() => ({ removed: window.removedNodes, shift: window.layoutShift }));
  assert.deepEqual(result.removed.filter((n) => /ARTICLE|SECTION|NAV|FIGURE/.test(n)), []);
  assert.equal(result.shift, 0);
  // The thread is the imported one, threaded.
  assert.equal(await page.locator('li.comment').count(), 19);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.foreign, []);
  await context.close();
});

test('the list links to every post, newest first, with date, reading time and excerpt', async () => {
  const { context, page } = await openPage(browser, server.url, DESKTOP);
  await page.goto(server.url);
  assert.equal(await page.locator('h1').innerText(), 'Test blog');
  const links = await page.locator('.post-index-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual([...links].sort(), posts.map((p) => `./${p.id}.html`).sort());
  const times = await page.locator('.post-index-item time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.deepEqual(times, [...times].sort().reverse(), 'newest first');
  assert.ok((await page.locator('.post-index-item .reading-time').first().innerText()).match(/min read|No text/));
  // Every link leads to its page, from the sub-path.
  await page.locator('.post-index-title a', { hasText: 'Template: Comments' }).click();
  await page.locator('article.post h1', { hasText: 'Template: Comments' }).waitFor();
  await context.close();
});

test('feed.json has what JSON Feed 1.1 requires, and pages carry their meta', async () => {
  const feed = JSON.parse(readFileSync(join(site, 'feed.json'), 'utf8'));
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(typeof feed.title, 'string');
  assert.equal(feed.feed_url, 'https://blog.example/reader/feed.json');
  assert.equal(feed.items.length, posts.length);
  for (const item of feed.items) {
    assert.equal(typeof item.id, 'string');
    assert.ok(typeof item.content_text === 'string' || typeof item.content_html === 'string');
    if (item.date_published) assert.match(item.date_published, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);
  }
  const { context, page } = await openPage(browser, server.url, DESKTOP);
  await page.goto(`${server.url}template-comments.html`);
  const meta = (selector) => page.locator(selector).getAttribute('content');
  assert.equal(await meta('meta[property="og:title"]'), 'Template: Comments');
  assert.equal(await meta('meta[property="og:type"]'), 'article');
  assert.equal(await meta('meta[property="og:url"]'), 'https://blog.example/reader/template-comments.html');
  assert.match(await meta('meta[property="article:published_time"]'), /^2012-01-03/);
  // An imported post's canonical address is the original on WordPress.
  assert.match(await page.locator('link[rel="canonical"]').getAttribute('href'), /^https?:\/\/wpthemetestdata\.wordpress\.com\//);
  assert.ok((await meta('meta[name="description"]')).length > 20);
  await context.close();
});

test('every published post has its offline edition, which reads from disk under its own policy', async () => {
  const { pathToFileURL } = await import('node:url');
  const { waitForReader } = await import('./support/browser.mjs');
  const editions = readdirSync(join(site, 'offline')).sort();
  assert.deepEqual(editions, posts.map((p) => `${p.id}.html`).sort());
  const { context, page, problems } = await openPage(browser, 'file://', DESKTOP);
  await page.goto(pathToFileURL(join(site, 'offline', 'template-comments.html')).href);
  await waitForReader(page);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Template: Comments');
  assert.equal(await page.locator('li.comment').count(), 19);
  assert.match(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), /^default-src 'none'; script-src 'sha256-/);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('the embed fragment reads before and without the wasm, then hydrates in place', async () => {
  const absolute = readFileSync(join(scratch, 'embed-absolute', 'block-quotes.html'), 'utf8');
  assert.match(absolute, /<lectern-reader src="https:\/\/blog\.example\/reader\/posts\/block-quotes\.json"><template shadowrootmode="open">/);
  assert.match(absolute, /<script type="module" src="https:\/\/blog\.example\/reader\/lectern-embed\.js"><\/script>/);
  // Without JavaScript: the declarative shadow root holds the whole post, styled.
  const off = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
  const still = await off.newPage();
  await still.goto(`${server.url}host.html`);
  assert.equal(await still.locator('lectern-reader article.post h1').innerText(), 'Block: Quote');
  await still.locator('lectern-reader').getByText('The Gutenberg Team').first().waitFor();
  assert.notEqual(await still.locator('lectern-reader article.post').evaluate((el) => getComputedStyle(el).fontFamily), '');
  // The host's text-setting attributes apply before any script.
  const look = (page) =>
    page.locator('lectern-reader').evaluate((host) => {
      const box = getComputedStyle(host.shadowRoot.querySelector('.lectern-embed'));
      return [box.backgroundColor, box.getPropertyValue('--lectern-text-scale').trim()];
    });
  assert.deepEqual(await look(still), ['rgb(244, 236, 216)', '1.25']);
  await off.close();
  // With JavaScript, the wasm held back until the prerendered article is taken: the same node
  // is the live reader afterwards.
  const { context, page, problems } = await openPage(browser, server.url, DESKTOP);
  const messages = [];
  page.on('console', (msg) => messages.push(`${msg.type()}: ${msg.text()}`));
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${server.url}host.html`);
  const article = await page.locator('lectern-reader article.post').elementHandle();
  release();
  await page.waitForFunction(() => document.querySelector('lectern-reader')?.hasAttribute('data-lectern-theme'), null, { timeout: 20000 });
  assert.deepEqual(await look(page), ['rgb(244, 236, 216)', '1.25'], 'the same look once live');
  const fold = page.locator('lectern-reader figure.quote--foldable').first();
  if (await fold.count()) {
    await fold.getByRole('button', { name: /Show full quotation/ }).click();
    await fold.getByRole('button', { name: 'Show less' }).waitFor();
  }
  await page.locator('lectern-reader').getByRole('button', { name: /Copy link/ }).first().waitFor();
  assert.equal(await article.evaluate((el) => el.isConnected), true, 'the prerendered article is the live one');
  assert.equal(await page.locator('lectern-reader article.post').count(), 1);
  assert.deepEqual(messages.filter((m) => /hydrat|mismatch|panicked/i.test(m)), []);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  await context.close();
});
