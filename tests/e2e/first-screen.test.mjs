// End to end: the published page's first screen (issue 22). Loaded and left alone, the page
// fetches its small first-screen module and nothing of the full reader, and is live for
// reading: contents, progress, folds. The full reader comes when a reader needs it — the
// comments come near, a shortcut, a control only it has — and what they did meanwhile is done.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForSavedDraft, DESKTOP } from './support/browser.mjs';
import { servedDist } from './support/served.mjs';
import { articleLive, assertFirstScreenOnly, fullReaderStarted, readerLive } from './support/first-screen.mjs';

// Served with brotli, as a real host would: the budget is what crosses the network.
const live = servedDist({ compress: true });
test('loaded and left alone, the page fetches at most 100 KB of JS and wasm, none of it the full reader', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, DESKTOP);
  await assertFirstScreenOnly(page, live.server.url);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('reading on the first screen: the contents follow, the share read shows, quotations fold both ways', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await page.goto(live.server.url);
  await articleLive(page);
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  await page.locator('#russia-turkey').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await toc.locator('a[aria-current="true"]', { hasText: 'Russia–Turkey' }).waitFor();
  assert.equal(await toc.locator('a[aria-current="true"]').count(), 1, 'one entry marked');
  await page.waitForFunction(() => /^\d+% read$/.test(document.querySelector('.toc-progress-text').textContent) && document.querySelector('.toc-progress-text').textContent !== '0% read');
  const quote = page.locator('#russia-turkey-q1');
  await quote.getByRole('button', { name: /Show full quotation/ }).click();
  await quote.getByRole('button', { name: 'Show less' }).waitFor();
  assert.equal(await quote.locator('.quote-rest').getAttribute('hidden'), null);
  await quote.getByRole('button', { name: 'Show less' }).click();
  await quote.getByRole('button', { name: /Show full quotation/ }).waitFor();
  assert.equal(await quote.locator('.quote-rest').getAttribute('hidden'), 'until-found');
  await page.getByRole('button', { name: 'Expand all quotations' }).click();
  assert.equal(await page.locator('.quote--folded').count(), 0);
  assert.equal(await fullReaderStarted(page), false, 'all of it without the full reader');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('text settings on the first screen: the text changes at once, the place is kept, the choice is saved and the full reader takes it over', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await page.goto(live.server.url);
  await articleLive(page);
  const quote = page.locator('#russia-turkey-q1');
  await quote.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const before = await quote.evaluate((el) => el.getBoundingClientRect().top);
  const toggle = page.getByRole('button', { name: 'Text settings' });
  await toggle.click();
  const panel = page.getByRole('group', { name: 'Text settings' });
  await panel.waitFor();
  const text = page.locator('#russia-turkey-q1 p').first();
  const size = await text.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  await panel.getByRole('button', { name: 'Larger text' }).click();
  await page.waitForFunction(() => document.documentElement.getAttribute('data-lectern-size') === '110');
  assert.equal(await panel.locator('output').innerText(), '110%');
  assert.ok((await text.evaluate((p) => parseFloat(getComputedStyle(p).fontSize))) > size, 'larger text');
  const after = await quote.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(Math.abs(after - before) < 4, `the quotation stays at the top (${before} -> ${after})`);
  await panel.getByRole('radio', { name: 'Dark' }).check();
  await page.waitForFunction(() => document.documentElement.getAttribute('data-lectern-theme') === 'dark');
  assert.deepEqual(JSON.parse(await page.evaluate(() => localStorage.getItem('lectern:settings'))), { size: '110', theme: 'dark' });
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('text-settings-toggle')), true, 'focus back on the button');
  assert.equal(await fullReaderStarted(page), false, 'all of it on the first screen');
  // The full reader takes over with the same look and the same choices in its panel.
  await page.locator('#article-end').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await readerLive(page);
  await toggle.click();
  await panel.waitFor();
  assert.equal(await panel.locator('output').innerText(), '110%');
  assert.equal(await panel.getByRole('radio', { name: 'Dark' }).isChecked(), true);
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-lectern-size')), '110');
  await panel.getByRole('button', { name: 'Reset' }).click();
  await page.waitForFunction(() => localStorage.getItem('lectern:settings') === null);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a control only the full reader has works once it has loaded: Copy link copies, a shortcut moves on', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(live.server.url).origin });
  await page.goto(live.server.url);
  await articleLive(page);
  await page.locator('#syria-q2').getByRole('button', { name: 'Copy link to this quotation' }).click();
  await page.locator('#syria-q2').getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  assert.equal(await fullReaderStarted(page), true);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${live.server.url}#syria-q2`);
  assert.deepEqual(problems.errors, []);
  await context.close();

  const second = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await second.page.goto(live.server.url);
  await articleLive(second.page);
  await second.page.keyboard.press('n');
  // "n" goes to the next section (the first, from the top) once the reader has loaded.
  await second.page.waitForFunction(() => document.activeElement?.id === 'syria-heading');
  assert.deepEqual(second.problems.errors, []);
  await second.context.close();
});

test('while the page is still loading, the first screen keeps answering after the full reader has arrived, and hands over at hydration', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(live.server.url).origin });
  // The page's load event waits for this stylesheet; the full reader hydrates only after it.
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route('**/print.css', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(live.server.url, { waitUntil: 'domcontentloaded' });
  await articleLive(page);
  await page.locator('#syria-q2').getByRole('button', { name: 'Copy link to this quotation' }).click();
  // The full reader's module has started; it waits for the page to finish loading.
  await page.waitForFunction(() => performance.getEntriesByName('lectern-start').length > 0, null, { timeout: 20000 });
  assert.equal(await fullReaderStarted(page), false);
  const quote = page.locator('#russia-turkey-q1');
  await quote.getByRole('button', { name: /Show full quotation/ }).click();
  await quote.getByRole('button', { name: 'Show less' }).waitFor();
  release();
  await readerLive(page);
  await page.locator('#syria-q2').getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  assert.equal(await quote.locator('.quote-rest').getAttribute('hidden'), null, 'still open under the full reader');
  await quote.getByRole('button', { name: 'Show less' }).click();
  await quote.getByRole('button', { name: /Show full quotation/ }).waitFor();
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a click on Reply between the article\'s hydration and the conversation\'s is done once the conversation is live', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  // The click lands right after the article is hydrated, a task before the conversation is.
  await page.addInitScript(() => {
    document.addEventListener(
      'lectern-hydrating',
      () =>
        setTimeout(() => {
          const reply = [...document.querySelectorAll('#lectern-comments button')].find((b) => /^Reply/.test(b.textContent.trim()));
          reply?.click();
        }),
      true,
    );
  });
  await page.goto(live.server.url);
  await articleLive(page);
  await page.locator('#article-end').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await readerLive(page);
  await page.getByRole('heading', { name: /^Reply to / }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'lectern-comment');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a reader who clicks Reply, types, then moves on to their name while the full reader loads goes on typing there', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  // The full reader's wasm is held back until the reader has done all of this.
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(/\/lectern-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(live.server.url);
  await articleLive(page);
  await page.getByRole('button', { name: 'Reply to Anonymous' }).nth(1).click();
  await page.keyboard.type('Half-written thought');
  await page.click('#lectern-author');
  await page.keyboard.type('Bo');
  release();
  await readerLive(page);
  await page.getByRole('heading', { name: 'Reply to Anonymous' }).waitFor();
  await page.waitForFunction(() => document.querySelector('#lectern-comment')?.value === 'Half-written thought');
  // Opening the reply moved the focus into its text; the reader is given back the name field.
  await page.waitForFunction(() => document.activeElement?.id === 'lectern-author', null, { timeout: 10000 });
  await page.keyboard.type(' Ray');
  assert.equal(await page.locator('#lectern-author').inputValue(), 'Bo Ray');
  assert.equal(await page.locator('#lectern-comment').inputValue(), 'Half-written thought');
  await waitForSavedDraft(page, 'Half-written thought', 'Bo Ray');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('nearing the comments loads the full reader, which takes over in place', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await page.goto(live.server.url);
  await articleLive(page);
  const comments = await page.locator('#lectern-comments').elementHandle();
  // Every entry the contents mark from here on, in order.
  await page.evaluate(() => {
    window.marked = [];
    const nav = document.querySelector('nav.toc');
    new MutationObserver(() => window.marked.push(nav.querySelector('a[aria-current="true"]')?.textContent ?? '')).observe(nav, {
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-current'],
    });
  });
  await page.locator('#stalin-myth').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.locator('#article-end').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await page.getByRole('navigation', { name: 'Table of contents' }).locator('a[aria-current="true"]', { hasText: 'Stalin myth' }).waitFor();
  await readerLive(page);
  assert.equal(await comments.evaluate((el) => el.isConnected), true, 'the same conversation, now live');
  const marked = await page.evaluate(() => window.marked);
  const since = marked.slice(marked.indexOf('Stalin myth'));
  assert.deepEqual([...new Set(since)], ['Stalin myth'], `the mark stays through the hand-over: ${marked.join(' > ')}`);
  await page.getByRole('button', { name: 'Show newest first' }).click();
  await page.getByRole('button', { name: 'Show oldest first' }).waitFor();
  // The contents are the full reader's now: one entry marked, and it follows the reader.
  await page.locator('#syria').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.getByRole('navigation', { name: 'Table of contents' }).locator('a[aria-current="true"]', { hasText: 'Syria' }).waitFor();
  assert.equal(await page.locator('nav.toc a[aria-current="true"]').count(), 1);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a place saved while reading on the first screen is not offered back on the same visit', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await page.goto(live.server.url);
  await articleLive(page);
  await page.locator('#russia-turkey').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('lectern:place:syria-russia-turkey-stalin-myth') ?? '{}').section === 'russia-turkey');
  assert.equal(await fullReaderStarted(page), false, 'saved by the first screen');
  await page.locator('#article-end').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await readerLive(page);
  // The full reader has read the saved place and made its offer, or not, in its first effects.
  await page.locator('#lectern-comments .comments').waitFor();
  assert.equal(await page.getByRole('region', { name: 'Continue reading' }).count(), 0, 'no offer to go where the reader just was');
  // The next visit offers it.
  const later = await context.newPage();
  await later.goto(live.server.url);
  await later.getByRole('region', { name: 'Continue reading' }).waitFor();
  assert.deepEqual(problems.errors, []);
  await context.close();
});
