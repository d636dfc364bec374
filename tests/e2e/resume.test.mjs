// End to end: coming back to a post — the place is remembered as a block (not a pixel offset),
// offered back ("Continue where you left off — <section>") without a jump nobody asked for, a
// deep link wins, and a post read to the end says so in the contents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForReader, DESKTOP, PHONE } from './support/browser.mjs';
import { servedDist } from './support/served.mjs';
import { axeViolations } from './support/axe.mjs';

const live = servedDist();

const KEY = 'lectern:place:syria-russia-turkey-stalin-myth';
const BLOCK = '#russia-turkey > :nth-child(6)';
const storedPlace = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);

test('the place is offered back on the next visit at another width, and taken with one click', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await page.goto(live.server.url);
  await waitForReader(page);
  await page.locator(BLOCK).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').section === 'russia-turkey', KEY);
  const { visit, ...place } = await storedPlace(page);
  assert.deepEqual(place, { section: 'russia-turkey', block: 5, into: 0, finished: false });
  assert.match(visit, /^\d+$/, 'saved with the page load it was saved in');

  // Back later, on a phone-sized window: the page opens at the top and offers the place.
  await page.close({ runBeforeUnload: true });
  const later = await context.newPage();
  later.on('pageerror', (err) => problems.errors.push(String(err)));
  await later.setViewportSize(PHONE.viewport);
  await later.goto(live.server.url);
  await waitForReader(later);
  const page2 = later;
  const offer = page2.getByRole('region', { name: 'Continue reading' });
  const take = offer.getByRole('button', { name: 'Continue where you left off — Russia–Turkey' });
  await take.waitFor();
  assert.equal(await page2.evaluate(() => scrollY), 0, 'no jump the reader did not ask for');
  assert.deepEqual(await axeViolations(page2), [], 'axe with the offer shown');
  await take.click();
  await page2.waitForFunction(() => document.querySelector('.resume-offer').hidden);
  // The same block at the top at the new width (below the phone's bar).
  await page2.waitForFunction((selector) => {
    const bar = document.querySelector('.lectern-side').getBoundingClientRect();
    return Math.abs(document.querySelector(selector).getBoundingClientRect().top - bar.bottom) < 3;
  }, BLOCK);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('a deep link wins over the offer; dismissing it keeps the reader where they are', async () => {
  const { context, page } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await page.goto(live.server.url);
  await waitForReader(page);
  await page.evaluate(([key]) => localStorage.setItem(key, JSON.stringify({ section: 'stalin-myth', block: 5, into: 250, finished: false })), [KEY]);
  await page.goto('about:blank');
  await page.goto(`${live.server.url}#russia-turkey`);
  await waitForReader(page);
  await page.waitForFunction(() => Math.abs(document.getElementById('russia-turkey').getBoundingClientRect().top) < 40);
  // Give the offer every chance to appear: the reader has run its effects and saved nothing new.
  await page.waitForFunction(() => performance.getEntriesByName('lectern-interactive').length > 0);
  assert.equal(await page.locator('.resume-offer').isHidden(), true, 'no offer over a deep link');

  await page.goto('about:blank');
  await page.goto(live.server.url);
  await waitForReader(page);
  const offer = page.getByRole('region', { name: 'Continue reading' });
  await offer.getByRole('button', { name: /^Continue where you left off/ }).waitFor();
  await offer.getByRole('button', { name: 'Start from the top instead' }).click();
  await page.waitForFunction(() => document.querySelector('.resume-offer').hidden);
  assert.equal(await page.evaluate(() => scrollY), 0);
  await context.close();
});

test('a post read to the end is marked so in the contents, on this visit and the next', async () => {
  const { context, page } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await page.goto(live.server.url);
  await waitForReader(page);
  const progress = page.locator('.toc-progress-text');
  assert.equal(await progress.innerText(), '0% read');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() => document.querySelector('.toc-progress-text').textContent === 'Read to the end');
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').finished === true, KEY);
  await page.goto('about:blank');
  await page.goto(live.server.url);
  await waitForReader(page);
  await page.waitForFunction(() => /read to the end before/.test(document.querySelector('.toc-progress-text').textContent));
  assert.equal(await progress.innerText(), '0% read · read to the end before');
  await context.close();
});
