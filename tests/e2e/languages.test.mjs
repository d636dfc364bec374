// Lectern's own words in the post's language: a post read with ?post=, an embedded reader that
// takes its host's language, and a page published in German, which says the same words before
// and after the wasm hydrates it. Only the language a post needs is downloaded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, waitForReader, DESKTOP } from './support/browser.mjs';
import { serveDir } from './support/server.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');

// A post with something of everything Lectern words: a long (folded) quotation, a thread of
// two comments with a reply, the reply form.
const post = (id, lang, title) =>
  JSON.stringify({
    format: 'lectern/post@1',
    id,
    title,
    ...(lang ? { lang } : {}),
    published: '2017-09-12',
    author: { name: 'Ada' },
    sections: [
      { id: 'a', title: 'Alpha', blocks: [
        { type: 'paragraph', text: 'Lorem ipsum dolor sit amet.' },
        { type: 'quote', source: { name: 'Varro' }, blocks: [{ type: 'paragraph', text: 'lorem ipsum dolor '.repeat(80) }] },
      ] },
      { id: 'b', title: 'Beta', blocks: [{ type: 'paragraph', text: 'Carthago delenda est.' }] },
    ],
    comments: [
      { id: '1', author: { name: 'Ann' }, published: '2017-09-13', blocks: [{ type: 'paragraph', text: 'Salve.' }] },
      { id: '2', parent: '1', author: { name: 'Bo' }, blocks: [{ type: 'paragraph', text: 'Vale.' }] },
    ],
  });

const FIXTURES = {
  'fixtures/de.json': post('de', 'de', 'Ein Beitrag'),
  'fixtures/ar.json': post('ar', 'ar', 'مقالة'),
  'fixtures/plain.json': post('plain', null, 'Tellus'),
  'fixtures/host-fr.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Hôte</title>
<script type="module" src="../lectern-embed.js"></script></head><body><h1>Une page</h1>
<lectern-reader id="page-lang" src="plain.json"></lectern-reader>
<lectern-reader id="own-lang" lang="es" src="plain.json"></lectern-reader>
</body></html>`,
};

// English wording that must not show on a page in another language.
const ENGLISH = ['Leave a Reply', 'min read', 'thoughts on', 'Show full quotation', 'Text settings', 'Contents', 'Post Comment', 'Reply to'];

let server;
let site;
let scratch;
let browser;

before(async () => {
  server = await serveDir(DIST, { extra: FIXTURES });
  // The German post published as a static site, as `lectern-cli publish` writes it.
  scratch = mkdtempSync(join(tmpdir(), 'lectern-languages-'));
  const folder = join(scratch, 'posts');
  mkdirSync(folder);
  writeFileSync(join(folder, 'de.json'), FIXTURES['fixtures/de.json']);
  const out = join(scratch, 'site');
  execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'lectern-cli', '--', 'publish', folder, out, '--reader', DIST, '--site-name', 'Blog'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 600_000,
  });
  site = await serveDir(out);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await Promise.all([server, site].map((s) => s?.close()));
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** The language files a page asked for. */
function languageFiles(page) {
  const asked = [];
  page.on('request', (request) => {
    const match = request.url().match(/locales\/([^/?]+)\.txt/);
    if (match) asked.push(match[1]);
  });
  return asked;
}

function assertNoEnglish(text, where) {
  for (const words of ENGLISH) assert.ok(!text.includes(words), `${where}: “${words}” is English`);
}

test('a German post reads in German, and only German is downloaded', async () => {
  const { context, page, problems } = await openPage(browser, server.url, DESKTOP);
  const asked = languageFiles(page);
  await page.goto(`${server.url}?post=fixtures/de.json`);
  await waitForReader(page);
  await page.locator('#lectern-reply-title', { hasText: 'Schreibe einen Kommentar' }).waitFor();
  assert.equal(await page.locator('#comments-heading').innerText(), '2 Gedanken zu „Ein Beitrag“');
  assert.match(await page.locator('.post-header .reading-time').innerText(), /^\d+ Min\. Lesezeit · \d+ Wörter$/);
  assert.equal(await page.locator('.post-header time').innerText(), '12. September 2017');
  assert.match(await page.locator('.quote-toggle').innerText(), /^Ganzes Zitat zeigen \(240 Wörter\)$/);
  assert.equal(await page.getByRole('button', { name: 'Kommentar abschicken' }).count(), 1);
  assertNoEnglish(await page.locator('body').innerText(), 'de');
  assert.deepEqual(asked, ['de']);
  // The composer's own errors are German too.
  await page.getByRole('button', { name: 'Kommentar abschicken' }).click();
  await page.locator('.form-errors', { hasText: 'Bitte korrigiere diese 3 Dinge vor dem Absenden:' }).waitFor();
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('an English post downloads no language file', async () => {
  const { context, page } = await openPage(browser, server.url, DESKTOP);
  const asked = languageFiles(page);
  await page.goto(`${server.url}?post=fixtures/plain.json`);
  await waitForReader(page);
  await page.locator('#lectern-reply-title', { hasText: 'Leave a Reply' }).waitFor();
  assert.deepEqual(asked, []);
  await context.close();
});

test('an Arabic post writes Arabic numbers, dates and plural forms', async () => {
  const { context, page, problems } = await openPage(browser, server.url, DESKTOP);
  await page.goto(`${server.url}?post=fixtures/ar.json`);
  await waitForReader(page);
  await page.locator('#lectern-reply-title', { hasText: 'اترك تعليقاً' }).waitFor();
  assert.equal(await page.locator('#comments-heading').innerText(), 'تعليقان على “مقالة”');
  assert.equal(await page.locator('.post-header time').innerText(), '١٢ سبتمبر ٢٠١٧');
  assert.match(await page.locator('.post-header .reading-time').innerText(), /[٠-٩]+ كلمة|كلمات/);
  assert.equal(await page.locator('article.post').getAttribute('dir'), 'rtl');
  assertNoEnglish(await page.locator('body').innerText(), 'ar');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('an embedded reader speaks its host page’s language when the post names none; its own lang attribute wins', async () => {
  const { context, page, problems } = await openPage(browser, server.url, DESKTOP);
  const asked = languageFiles(page);
  await page.goto(`${server.url}fixtures/host-fr.html`);
  const title = (id) => page.locator(`#${id}`).locator('#lectern-reply-title');
  await title('page-lang').filter({ hasText: 'Laisser un commentaire' }).waitFor({ timeout: 20000 });
  await title('own-lang').filter({ hasText: 'Deja una respuesta' }).waitFor({ timeout: 20000 });
  assert.match(await page.locator('#page-lang .post-header .reading-time').innerText(), /min de lecture/);
  assert.deepEqual([...new Set(asked)].sort(), ['es', 'fr']);
  // Changing the attribute changes the words.
  await page.locator('#own-lang').evaluate((el) => el.setAttribute('lang', 'it'));
  await title('own-lang').filter({ hasText: 'Lascia un commento' }).waitFor({ timeout: 20000 });
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a page published in German says the same words before and after it hydrates', async () => {
  const words = (page) => page.locator('#lectern').evaluate((root) => root.innerText);
  const off = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
  const still = await off.newPage();
  await still.goto(`${site.url}de.html`);
  const before = await words(still);
  assert.match(before, /2 Gedanken zu „Ein Beitrag“/);
  assertNoEnglish(before, 'published de, no JavaScript');
  // The note that stands in for the form says why, in German too.
  const note = await still.locator('.composer').evaluate((el) => getComputedStyle(el, '::after').content);
  assert.match(note, /^"Zum Antworten braucht es JavaScript/);
  await off.close();
  // With JavaScript: the page as it arrives (the wasm held back), then live.
  const { context, page, problems } = await openPage(browser, site.url, DESKTOP);
  const asked = languageFiles(page);
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${site.url}de.html`);
  await page.locator('#lectern-reply-title').waitFor();
  // The reading progress is live (it follows the scroll), and so is whether the page is saved
  // for offline reading (the service worker may finish saving it meanwhile): both are left out.
  const lines = async () =>
    (await words(page)).split('\n').map((l) => l.trim()).filter((l) => l && !/gelesen$|^Offline verfügbar$/.test(l));
  const arrived = await lines();
  assert.ok(arrived.includes('Schreibe einen Kommentar'));
  release();
  await page.waitForFunction(() => performance.getEntriesByName('lectern-interactive').length > 0, null, { timeout: 20000 });
  assert.deepEqual(await lines(), arrived, 'the same words before and after hydration');
  assert.deepEqual(asked, [], 'the page carries its words');
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  await context.close();
});
