// End to end: the single-file offline edition, opened from a file:// URL with no server at all.
// It renders the seed post, folds and unfolds quotations, and keeps a comment draft across a
// reload; a second edition made by the documented command for another post reads too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { launch, openPage, waitForReader, waitForSavedDraft, DESKTOP } from './support/browser.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const EDITION = join(ROOT, 'dist/offline/syria-russia-turkey-stalin-myth.html');

let browser;
let scratch;

before(async () => {
  browser = await launch();
  scratch = await mkdtemp(join(tmpdir(), 'lectern-edition-'));
});

after(async () => {
  await browser?.close();
  await rm(scratch, { recursive: true, force: true });
});

test('the release build writes one self-contained file for the seed post', async () => {
  const html = await readFile(EDITION, 'utf8');
  assert.ok((await stat(EDITION)).size > 100_000, 'the wasm is inside');
  assert.doesNotMatch(html, /<script[^>]+src=/, 'no external script');
  assert.doesNotMatch(html, /<link[^>]+rel="stylesheet"/, 'no external stylesheet');
  assert.doesNotMatch(html, /from\s*['"]\.\//, 'no relative module import');
});

test('opened from disk with no server, it reads, folds and keeps a draft', async () => {
  const url = pathToFileURL(EDITION).href;
  // file:// pages have an opaque origin; any request at all would be a bug, so "origin" is moot.
  const { context, page, problems } = await openPage(browser, 'file://', { ...DESKTOP, reducedMotion: 'reduce' });
  await page.goto(url);
  await waitForReader(page);
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /^Syrian Army Close to Liberating/);
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  assert.ok((await toc.getByRole('link').count()) >= 3, 'the table of contents lists the sections');
  // Folding.
  const quote = page.locator('#syria-q4');
  await quote.getByRole('button', { name: /Show full quotation/ }).click();
  await quote.getByRole('button', { name: 'Show less' }).waitFor();
  // A draft survives a reload (it lives in this file's origin storage).
  await page.locator('#lectern-comment').fill('Written offline, from a file.');
  await waitForSavedDraft(page, 'Written offline, from a file.');
  await page.reload();
  await waitForReader(page);
  assert.equal(await page.locator('#lectern-comment').inputValue(), 'Written offline, from a file.');
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.foreign.filter((u) => !u.startsWith('file:')), []);
  await context.close();
});

test('the documented command makes an edition of any post', async () => {
  const out = join(scratch, 'gettysburg.html');
  await promisify(execFile)('node', ['scripts/offline-edition.mjs', 'static/posts/gettysburg-address.json', out], { cwd: ROOT });
  const { context, page, problems } = await openPage(browser, 'file://', DESKTOP);
  await page.goto(pathToFileURL(out).href);
  await waitForReader(page);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Two Minutes at Gettysburg');
  assert.equal(await page.title(), 'Two Minutes at Gettysburg');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('the command explains a post file that is not JSON', async () => {
  const run = promisify(execFile)('node', ['scripts/offline-edition.mjs', 'README.md', join(scratch, 'x.html')], { cwd: ROOT });
  await assert.rejects(run, (error) => /offline-edition: README\.md: JSON syntax error at line 1, column 1: expected value/.test(error.stderr));
});
