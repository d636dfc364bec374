// End to end: content before code. The release page arrives with the seed post already in its
// HTML; without JavaScript it reads, navigates and opens folded quotations; with JavaScript the
// app hydrates that markup in place (nothing removed, no layout shift, no warnings).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openPage, waitForSavedDraft, DESKTOP, PHONE } from './support/browser.mjs';
import { serveDir } from './support/server.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const SEED_TEXT = await readFile(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');

let server;
let browser;

before(async () => {
  server = await serveDir(DIST);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Holds every wasm download until the returned function is called (the app starts late). */
async function holdWasm(context) {
  let release;
  const held = new Promise((ok) => (release = ok));
  await context.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const normalize = (text) => text.replace(/\s+/g, ' ').trim();

/** Sentences of the seed's text, as tests/render.rs splits them (furniture left out). */
function seedSentences() {
  const furniture = ['2 thoughts on', 'Leave a Reply', 'Your email address will not be published'];
  const out = [];
  for (let paragraph of SEED_TEXT.split('\n\n').map((p) => p.trim()).filter(Boolean)) {
    if (furniture.some((f) => paragraph.startsWith(f))) continue;
    paragraph = normalize(paragraph.replace(/^[12]\. /, ''));
    let start = 0;
    for (let i = 0; i < paragraph.length - 1; i += 1) {
      if ('.?!'.includes(paragraph[i]) && paragraph[i + 1] === ' ') {
        out.push(paragraph.slice(start, i + 1).trim());
        start = i + 1;
      }
    }
    out.push(paragraph.slice(start).trim());
  }
  return out.filter(Boolean);
}

/** The visible text of HTML, without running anything: tags dropped, entities decoded. */
function textOf(html) {
  const body = html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ');
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return normalize(
    body.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code) => {
      if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
      return named[code] ?? whole;
    }),
  );
}

test('the page as served contains every sentence of the seed post and both comments', async () => {
  const html = await (await fetch(server.url)).text();
  const text = textOf(html);
  let cursor = 0;
  const sentences = seedSentences();
  assert.ok(sentences.length > 120, `only ${sentences.length} sentences`);
  for (const sentence of sentences) {
    const at = text.indexOf(sentence, cursor);
    assert.ok(at >= 0, `missing or out of order in the served HTML: ${sentence}`);
    cursor = at + sentence.length;
  }
  // (Tags are read as spaces here, so the title's <bdi> leaves one after the quotation mark.)
  assert.match(text, /2 thoughts on “ ?Syrian Army/);
  assert.match(text, /the light seems to be visible at the end of the tunnel/);
  assert.match(html, /<nav[^>]*aria-label="Table of contents"/);
});

test('without JavaScript the page reads, its contents work and folded quotations open', async () => {
  const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(server.url);
  assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /^Syrian Army Close to Liberating/);
  // Contents: a plain link to the section.
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  await toc.getByRole('link', { name: 'Stalin myth' }).click();
  await page.waitForURL(/#stalin-myth$/);
  const top = await page.locator('#stalin-myth').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(Math.abs(top) < 60, `section at the top (top=${top})`);
  // A folded quotation: its toggle (a link to the folded text) opens it.
  const rest = page.locator('#syria-q4-rest');
  assert.equal(await rest.isVisible(), false);
  await page.locator('#syria-q4').getByRole('button', { name: /Show full quotation/ }).click();
  await page.waitForURL(/#syria-q4-rest$/);
  assert.equal(await rest.isVisible(), true);
  assert.equal(await rest.getAttribute('hidden'), null);
  // Controls that need script are not offered; the comment form says why it is missing.
  assert.equal(await page.getByRole('button', { name: 'Expand all quotations' }).isVisible(), false);
  assert.equal(await page.locator('.comment-form').isVisible(), false);
  const note = await page.locator('.composer').evaluate((el) => getComputedStyle(el, '::after').content);
  assert.match(note, /needs JavaScript/);
  await context.close();
});

test('without JavaScript on a phone the contents list is open, and a text fragment reveals folded text', async () => {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  const sentence = 'Turkey rightly apprehends that a Kurdistan as next-door neighbour';
  await page.goto(`${server.url}#:~:text=${encodeURIComponent(sentence).replaceAll('-', '%2D')}`);
  await page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link', { name: 'Syria' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('#russia-turkey-q1-rest').hasAttribute('hidden'));
  await context.close();
});

test('with JavaScript the app hydrates the page: nothing removed, no shift, no warnings', async () => {
  const { context, page, problems } = await openPage(browser, server.url, DESKTOP);
  const messages = [];
  page.on('console', (msg) => messages.push(`${msg.type()}: ${msg.text()}`));
  await page.addInitScript(() => {
    window.removedNodes = [];
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) {
          if (node.nodeType === 1) window.removedNodes.push(`${node.tagName}.${node.className}`);
        }
      }
    }).observe(document, { childList: true, subtree: true });
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(server.url);
  const article = await page.locator('article.post').elementHandle();
  // The conversation is hydrated on its own root, in a task after the article's.
  const conversation = await page.locator('#lectern-comments > section.comments').elementHandle();
  // First the first screen makes the article live on the very nodes that arrived.
  await page.waitForFunction(() => performance.getEntriesByName('lectern-article-interactive').length > 0, null, { timeout: 20000 });
  await page.locator('#syria-q4').getByRole('button', { name: /Show full quotation/ }).click();
  await page.locator('#syria-q4').getByRole('button', { name: 'Show less' }).waitFor();
  assert.equal(await page.evaluate(() => performance.getEntriesByName('lectern-interactive').length), 0, 'the full reader is not loaded for reading');
  // Then the reader goes to the comments: the full reader hydrates the whole page in place,
  // keeping the quotation the first screen opened.
  await page.locator('#comments').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => performance.getEntriesByName('lectern-interactive').length > 0, null, { timeout: 20000 });
  await page.locator('#syria-q4').getByRole('button', { name: 'Show less' }).click();
  await page.locator('#syria-q4').getByRole('button', { name: /Show full quotation/ }).waitFor();
  assert.equal(await article.evaluate((el) => el.isConnected), true, 'the prerendered article is the live one');
  const result = await page.evaluate(() => ({ removed: window.removedNodes, shift: window.layoutShift }));
  assert.deepEqual(result.removed.filter((n) => /ARTICLE|SECTION|NAV|FIGURE/.test(n)), []);
  assert.equal(result.shift, 0, 'no layout shift');
  assert.deepEqual(messages.filter((m) => /hydrat|mismatch|panicked/i.test(m)), []);
  // The conversation answers too, on its prerendered nodes.
  await page.getByRole('button', { name: 'Show newest first' }).click();
  await page.getByRole('button', { name: 'Show oldest first' }).waitFor();
  assert.equal(await conversation.evaluate((el) => el.isConnected), true, 'the prerendered conversation is the live one');
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('hydration leaves the reader where they were: scroll position and focus are kept', async () => {
  const { context, page, problems } = await openPage(browser, server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  // Hold the wasm back, so the reader gets to scroll and tab before the app starts.
  const release = await holdWasm(context);
  await page.goto(server.url);
  await page.mouse.wheel(0, 2400);
  await page.waitForFunction(() => scrollY > 2000);
  await page.locator('#syria-q4 .quote-toggle').focus();
  const before = await page.evaluate(() => ({ y: scrollY, focus: document.activeElement?.closest('figure')?.id }));
  assert.equal(before.focus, 'syria-q4');
  release();
  await page.waitForFunction(() => performance.getEntriesByName('lectern-article-interactive').length > 0, null, { timeout: 20000 });
  const after = await page.evaluate(() => ({ y: scrollY, focus: document.activeElement?.closest('figure')?.id }));
  assert.deepEqual(after, before);
  // And the focused toggle now works as a button.
  await page.keyboard.press('Enter');
  await page.locator('#syria-q4').getByRole('button', { name: 'Show less' }).waitFor();
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('what the reader types before the app starts is kept, and an early Post never sends the form', async () => {
  const { context, page, problems } = await openPage(browser, server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  const release = await holdWasm(context);
  await page.goto(server.url);
  await page.fill('#lectern-comment', 'Typed while the app was loading.');
  await page.fill('#lectern-email', 'early@example.org');
  // A plain form submission would have started with the click (Playwright waits for it).
  await page.getByRole('button', { name: 'Post Comment' }).click();
  assert.equal(new URL(page.url()).search, '', 'no plain form submission (the email never goes into the address)');
  release();
  await page.waitForFunction(() => performance.getEntriesByName('lectern-interactive').length > 0, null, { timeout: 20000 });
  assert.equal(await page.locator('#lectern-comment').inputValue(), 'Typed while the app was loading.');
  assert.equal(await page.locator('#lectern-email').inputValue(), 'early@example.org');
  assert.match(await page.locator('.comment--preview').innerText(), /Typed while the app was loading\./);
  // The app owns the form now: the missing name is reported, and the text survives a reload.
  await page.getByRole('button', { name: 'Post Comment' }).click();
  await page.locator('#lectern-author[aria-invalid="true"]').waitFor();
  await waitForSavedDraft(page, 'Typed while the app was loading.');
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('lectern-interactive').length > 0, null, { timeout: 20000 });
  await page.waitForFunction(() => document.querySelector('#lectern-comment')?.value === 'Typed while the app was loading.');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a prerendered page asked for another post says it is loading until the app takes over', async () => {
  const { context, page, problems } = await openPage(browser, server.url, DESKTOP);
  const release = await holdWasm(context);
  await page.goto(`${server.url}?post=posts/gettysburg-address.json`);
  const note = () => page.evaluate(() => getComputedStyle(document.body, '::before').content);
  assert.equal(await note(), '"Loading the post…"');
  assert.equal(await page.title(), 'Lectern', 'not the seed post\'s title');
  release();
  await page.getByRole('heading', { level: 1, name: 'Two Minutes at Gettysburg' }).waitFor({ timeout: 20000 });
  assert.equal(await note(), 'none');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a prerendered page asked for another post shows that post, never the seed first', async () => {
  const { context, page, problems } = await openPage(browser, server.url, DESKTOP);
  await page.addInitScript(() => {
    // Whatever is on the page at each frame before the post appears is what could be painted.
    window.sawSeed = false;
    const look = () => {
      const h1 = document.querySelector('h1');
      if (h1?.textContent.startsWith('Syrian Army') && h1.checkVisibility()) window.sawSeed = true;
      if (!document.querySelector('h1')?.textContent.startsWith('Two Minutes')) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(`${server.url}?post=posts/gettysburg-address.json`);
  await page.getByRole('heading', { level: 1, name: 'Two Minutes at Gettysburg' }).waitFor({ timeout: 20000 });
  assert.equal(await page.evaluate(() => window.sawSeed), false);
  assert.deepEqual(problems.errors, []);
  await context.close();
});
