// End to end: reading the seed post — the table of contents that follows the reader, deep
// links, folded quotations that stay findable, keyboard use, phone layout and print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForReader, DESKTOP, PHONE } from './support/browser.mjs';
import { serveDir } from './support/server.mjs';
import { axeViolations } from './support/axe.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
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

async function open(path = '', options = DESKTOP) {
  const opened = await openPage(browser, server.url, { ...options, reducedMotion: 'reduce' });
  await opened.page.goto(server.url + path);
  await waitForReader(opened.page);
  return opened;
}

const squash = (text) => text.replace(/\s+/g, ' ').trim();

const current = (page) => page.locator('nav[aria-label="Table of contents"] a[aria-current="true"]').innerText();

/** Waits until the marked section is `name` (observers report asynchronously). */
async function expectCurrent(page, name) {
  await page
    .waitForFunction(
      (name) => document.querySelector('nav a[aria-current="true"]')?.textContent === name,
      name,
      { timeout: 3000 },
    )
    .catch(() => {});
  assert.equal(await current(page), name);
}

async function scrollSectionToTop(page, id) {
  await page.locator(`section#${id}`).evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
}

test('the section being read is marked at the top, middle and bottom', async () => {
  const { context, page } = await open();
  await expectCurrent(page, 'Syria');
  await scrollSectionToTop(page, 'russia-turkey');
  await expectCurrent(page, 'Russia–Turkey');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expectCurrent(page, 'Stalin myth');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectCurrent(page, 'Syria');
  const marked = page.locator('a[aria-current="true"]');
  const style = await marked.evaluate((a) => getComputedStyle(a).color);
  const plain = await page.locator('nav a:not([aria-current])').first().evaluate((a) => getComputedStyle(a).color);
  assert.notEqual(style, plain, 'the current entry looks different');
  await context.close();
});

test('the mark stays right after quotations expand and collapse', async () => {
  const { context, page } = await open();
  await scrollSectionToTop(page, 'russia-turkey');
  await expectCurrent(page, 'Russia–Turkey');
  await page.getByRole('button', { name: 'Expand all quotations' }).click();
  await scrollSectionToTop(page, 'stalin-myth');
  await expectCurrent(page, 'Stalin myth');
  // Expanding a quotation in the section in view pushes the next section down: still marked.
  await scrollSectionToTop(page, 'syria');
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expectCurrent(page, 'Syria');
  await page.locator('#syria-q4').getByRole('button', { name: /Show full quotation/ }).click();
  await page.locator('#syria-q4-rest').evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await expectCurrent(page, 'Syria');
  await context.close();
});

test('each entry shows reading time and quotations, and progress is shown as text', async () => {
  const { context, page } = await open();
  const metas = await page.locator('.toc-meta').allInnerTexts();
  assert.deepEqual(metas.map((m) => m.replace(/^\d+ min/, 'N min')), [
    'N min · 4 quotations',
    'N min · 2 quotations',
    'N min · 2 quotations',
  ]);
  assert.equal(await page.locator('.toc-progress-text').innerText(), '0% read');
  assert.equal(await page.locator('.toc-progress-bar').getAttribute('aria-hidden'), 'true');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() => document.querySelector('.toc-progress-text').textContent === 'Read to the end');
  // The bar is drawn through the CSSOM (no style attribute, which a strict CSP refuses): full.
  const fill = page.locator('.toc-progress-fill');
  assert.equal(await fill.getAttribute('style'), '--progress: 1.00;');
  assert.equal(await fill.evaluate((el) => getComputedStyle(el).transform), 'matrix(1, 0, 0, 1, 0, 0)');
  await context.close();
});

test('loading with #russia-turkey scrolls there, marks it and focuses its heading', async () => {
  const { context, page, problems } = await open('#russia-turkey');
  await expectCurrent(page, 'Russia–Turkey');
  const top = await page.locator('section#russia-turkey').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(Math.abs(top) < 40, `section at the top (top=${top})`);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'russia-turkey-heading');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

for (const target of ['russia-turkey', 'stalin-myth-q2', 'comment-2', 'respond']) {
  test(`a link to #${target} lands on it with smooth scrolling on, after the app has started`, async () => {
    const { context, page, problems } = await openPage(browser, server.url, { ...DESKTOP, reducedMotion: 'no-preference' });
    await page.goto(`${server.url}#${target}`);
    await waitForReader(page);
    // Wait for the (smooth) scrolling to end: the position holds still for half a second.
    await page.waitForFunction(() => {
      const now = [Math.round(scrollY), performance.now()];
      const last = window.__still;
      if (!last || last[0] !== now[0]) window.__still = now;
      return last && last[0] === now[0] && now[1] - last[1] > 500;
    }, null, { timeout: 10000, polling: 100 });
    const top = await page.locator(`#${target}`).evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= -1 && top < 60, `#${target} at the top of the window (top=${top})`);
    assert.deepEqual(problems.errors, []);
    await context.close();
  });
}

test('clicking a contents link focuses the heading; back and forward move between sections', async () => {
  const { context, page } = await open();
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  await toc.getByRole('link', { name: 'Stalin myth' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'stalin-myth-heading');
  await toc.getByRole('link', { name: 'Russia–Turkey' }).click();
  await page.waitForFunction(() => location.hash === '#russia-turkey');
  await page.goBack();
  await page.waitForFunction(() => location.hash === '#stalin-myth');
  await expectCurrent(page, 'Stalin myth');
  await page.goForward();
  await page.waitForFunction(() => location.hash === '#russia-turkey');
  await expectCurrent(page, 'Russia–Turkey');
  await context.close();
});

test('long quotations start folded behind a real disclosure button; short ones never fold', async () => {
  const { context, page } = await open();
  const toggles = page.getByRole('button', { name: /^Show full quotation \(\d+ words\)$/ });
  assert.equal(await toggles.count(), 7);
  // The Press TV quotation (syria-q1) is under 100 words: no toggle, nothing hidden.
  assert.equal(await page.locator('#syria-q1 .quote-toggle').count(), 0);
  assert.equal(await page.locator('#syria-q1 [hidden]').count(), 0);
  const first = page.locator('#syria-q2');
  const button = first.getByRole('button', { name: /Show full quotation/ });
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await button.getAttribute('aria-controls'), 'syria-q2-rest');
  assert.equal(await page.locator('#syria-q2-rest').getAttribute('hidden'), 'until-found');
  assert.ok(await first.locator('cite').isVisible(), 'attribution visible while folded');
  await button.click();
  assert.equal(await first.getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded'), 'true');
  assert.ok(await page.locator('#syria-q2-rest').isVisible());
  await context.close();
});

test('a text-fragment link into a folded quotation reveals it', async () => {
  const sentence = 'Turkey rightly apprehends that a Kurdistan as next-door neighbour';
  // In a text directive "-" is syntax, so it is percent-encoded too.
  const directive = encodeURIComponent(sentence).replaceAll('-', '%2D');
  const { context, page } = await open(`#:~:text=${directive}`);
  const rest = page.locator('#russia-turkey-q1-rest');
  await page.waitForFunction(() => !document.querySelector('#russia-turkey-q1-rest').hidden, null, { timeout: 5000 });
  assert.ok(await rest.isVisible());
  assert.equal(await page.locator('#russia-turkey-q1 .quote-toggle').getAttribute('aria-expanded'), 'true');
  const inView = await page.getByText(sentence).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  });
  assert.ok(inView, 'the matched sentence is on screen');
  await context.close();
});

test('a link to a quotation unfolds it and scrolls to it; copy link copies that address', async () => {
  const { context, page } = await open('#stalin-myth-q1');
  await page.waitForFunction(() => !document.querySelector('#stalin-myth-q1-rest').hidden);
  const top = await page.locator('#stalin-myth-q1').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(Math.abs(top) < 40, `quotation at the top (top=${top})`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  await page.locator('#syria-q2').getByRole('button', { name: 'Copy link to this quotation' }).click();
  await page.locator('#syria-q2').getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${server.url}#syria-q2`);
  await context.close();
});

test('expand all and collapse all', async () => {
  const { context, page } = await open();
  const hidden = page.locator('.quote-rest[hidden]');
  assert.equal(await hidden.count(), 7);
  await page.getByRole('button', { name: 'Expand all quotations' }).click();
  assert.equal(await hidden.count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Show less' }).count(), 7);
  await page.getByRole('button', { name: 'Collapse all' }).click();
  assert.equal(await hidden.count(), 7);
  await context.close();
});

test('folding a quotation whose start is above the viewport keeps the reader in place', async () => {
  const { context, page } = await open();
  const quote = page.locator('#syria-q4');
  await quote.getByRole('button', { name: /Show full quotation/ }).click();
  await quote.getByRole('button', { name: 'Show less' }).scrollIntoViewIfNeeded();
  const before = await quote.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(before < 0, 'start of the quotation is above the viewport');
  await quote.getByRole('button', { name: 'Show less' }).click();
  await page.waitForFunction(() => {
    const top = document.querySelector('#syria-q4').getBoundingClientRect().top;
    return top > -5 && top < 80;
  });
  await context.close();
});

test('keyboard only: Tab to a fold toggle, Enter and Space work, focus is visible', async () => {
  const { context, page } = await open();
  let label = '';
  for (let i = 0; i < 40 && !label.startsWith('Show full quotation'); i += 1) {
    await page.keyboard.press('Tab');
    label = await page.evaluate(() => document.activeElement?.textContent ?? '');
  }
  assert.ok(label.startsWith('Show full quotation'), 'reached a toggle with Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-expanded')), 'true');
  await page.keyboard.press('Space');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-expanded')), 'false');
  await context.close();
});

test('phone: the "On this page" bar opens the list and closes on Escape, outside click and link', async () => {
  const { context, page } = await open('', PHONE);
  const toggle = page.getByRole('button', { name: /^On this page:/ });
  assert.equal(squash(await toggle.innerText()), 'On this page: Syria');
  const list = page.locator('#toc-list');
  assert.equal(await list.isVisible(), false);
  const toggleTop = await toggle.evaluate((el) => el.getBoundingClientRect().top);
  await scrollSectionToTop(page, 'russia-turkey');
  assert.equal(await toggle.evaluate((el) => el.getBoundingClientRect().top), toggleTop, 'the bar is sticky');
  await expectCurrent(page, 'Russia–Turkey');
  assert.equal(squash(await toggle.innerText()), 'On this page: Russia–Turkey');

  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await list.isVisible());
  assert.deepEqual(await axeViolations(page), [], 'axe with the list open');
  await page.keyboard.press('Escape');
  assert.equal(await list.isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'toc-toggle');

  await toggle.click();
  await page.mouse.click(200, 600);
  assert.equal(await list.isVisible(), false);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');

  await toggle.click();
  await list.getByRole('link', { name: 'Stalin myth' }).click();
  assert.equal(await list.isVisible(), false);
  await page.waitForFunction(() => location.hash === '#stalin-myth');
  await expectCurrent(page, 'Stalin myth');
  await context.close();
});

test('print shows every word: quotations expanded, navigation and controls hidden', async () => {
  const { context, page } = await open();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.quote-rest[hidden]').count(), 7, 'still folded on screen state');
  const deep = page.getByText('Turkey rightly apprehends that a Kurdistan as next-door neighbour');
  assert.ok(await deep.isVisible(), 'folded text prints');
  assert.equal(await page.locator('nav.toc').isVisible(), false);
  assert.equal(await page.locator('.quote-toggle').first().isVisible(), false);
  await context.close();
});

for (const [label, options] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`axe-core: no violations with quotations folded and unfolded (${label})`, async () => {
    const { context, page } = await open('', options);
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('button', { name: 'Expand all quotations' }).click();
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
}
