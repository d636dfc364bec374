// End to end: the reader's own typography ("Text settings") on the seed post — applied at once
// without losing the place, remembered, applied before the app runs on the next visit, and
// usable with the keyboard and on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForReader, DESKTOP, PHONE } from './support/browser.mjs';
import { servedDist } from './support/served.mjs';
import { axeViolations } from './support/axe.mjs';

const live = servedDist();

async function open(options = DESKTOP) {
  const opened = await openPage(live.browser, live.server.url, { ...options, reducedMotion: 'reduce' });
  await opened.page.goto(live.server.url);
  await waitForReader(opened.page);
  return opened;
}

function assertClean(problems) {
  assert.deepEqual(problems.errors, [], 'no uncaught errors');
  assert.deepEqual(problems.console, [], 'no console errors');
}

const paragraphSize = (page) =>
  page.locator('#syria > p:not([class])').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const topOf = (page, selector) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top);

test('text settings apply at once and keep the paragraph at the top where it was', async () => {
  const { context, page, problems } = await open();
  const before = await paragraphSize(page);
  // The reader is part-way through: the second section's third block at the top of the window.
  const anchor = '#russia-turkey > :nth-child(5)';
  await page.locator(anchor).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const toggle = page.getByRole('button', { name: 'Text settings' });
  await toggle.click();
  const panel = page.getByRole('group', { name: 'Text settings' });
  await panel.waitFor();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(Math.abs(await topOf(page, anchor)) < 3, 'opening the panel moves nothing');

  await panel.getByRole('button', { name: 'Larger text' }).click();
  await panel.getByRole('button', { name: 'Larger text' }).click();
  await page.waitForFunction(() => document.querySelector('.size-value')?.textContent === '125%');
  const larger = await paragraphSize(page);
  assert.ok(Math.abs(larger / before - 1.25) < 0.02, `text 25% larger (${before} → ${larger} px)`);
  assert.ok(Math.abs(await topOf(page, anchor)) < 3, `the same paragraph at the top after resizing (${await topOf(page, anchor)})`);

  for (const [name, check] of [
    ['Narrow', () => page.locator('#syria > p:not([class])').first().evaluate((p) => p.getBoundingClientRect().width)],
    ['Loose', () => page.locator('#syria > p:not([class])').first().evaluate((p) => parseFloat(getComputedStyle(p).lineHeight))],
  ]) {
    const was = await check();
    await panel.getByRole('radio', { name }).check();
    await page.waitForFunction(
      ([selector, name]) => document.querySelector(`input[value="${name.toLowerCase()}"]`)?.checked,
      [anchor, name],
    );
    const now = await check();
    assert.notEqual(now, was, `${name} changes the text`);
    assert.ok(Math.abs(await topOf(page, anchor)) < 3, `the same paragraph at the top after ${name}`);
  }
  assert.equal(
    await page.locator('#syria > p:not([class])').first().evaluate((p) => getComputedStyle(p).lineHeight),
    `${(larger * 1.95).toFixed(2).replace(/\.?0+$/, '')}px`,
  );

  await panel.getByRole('radio', { name: 'Sans' }).check();
  await page.waitForFunction(() => !/Palatino|Iowan/.test(getComputedStyle(document.querySelector('#syria > p:not([class])')).fontFamily));
  await panel.getByRole('radio', { name: 'Sepia' }).check();
  await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgb(244, 236, 216)');
  await panel.getByRole('radio', { name: 'Dark' }).check();
  await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgb(25, 24, 22)');
  assertClean(problems);
  await context.close();
});

test('settings are remembered and applied before the app runs on the next visit', async () => {
  // Service workers off, so the refused wasm below is refused (a worker would serve it).
  const { context, page, problems } = await open({ ...DESKTOP, serviceWorkers: 'block' });
  await page.getByRole('button', { name: 'Text settings' }).click();
  const panel = page.getByRole('group', { name: 'Text settings' });
  await panel.getByRole('button', { name: 'Larger text' }).click();
  await panel.getByRole('radio', { name: 'Wide' }).check();
  await panel.getByRole('radio', { name: 'Sepia' }).check();
  await page.waitForFunction(() => (localStorage.getItem('lectern:settings') ?? '').includes('sepia'));
  const size = await paragraphSize(page);

  // The next visit without the app at all (its wasm refused): the page alone is already in them.
  await page.route('**/*.wasm', (route) => route.abort());
  await page.reload();
  await page.locator('#syria > p:not([class])').first().waitFor();
  // Every refused fetch done (the first screen's, then the loader's fall-back to the full reader).
  await page.waitForLoadState('networkidle');
  assert.equal(await background(page), 'rgb(244, 236, 216)');
  assert.equal(await paragraphSize(page), size);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.lecternWidth), 'wide');
  assert.equal(await page.evaluate(() => performance.getEntriesByName('lectern-interactive').length), 0, 'the app did not run');
  assert.ok(problems.errors.every((e) => e === 'TypeError: Failed to fetch'), 'only the refused wasm failed');
  assert.ok(problems.console.every((e) => e.includes('net::ERR_FAILED')), 'only the refused wasm failed');
  problems.errors.length = 0;
  problems.console.length = 0;

  // With the app, the panel shows what is in force; Reset brings back the post's own look.
  await page.unroute('**/*.wasm');
  await page.reload();
  await waitForReader(page);
  await page.getByRole('button', { name: 'Text settings' }).click();
  assert.equal(await panel.getByRole('radio', { name: 'Wide' }).isChecked(), true);
  assert.equal(await panel.getByRole('radio', { name: 'Sepia' }).isChecked(), true);
  assert.equal(await panel.locator('output').innerText(), '110%');
  await panel.getByRole('button', { name: 'Reset' }).click();
  // Reset forgets the choices (the post's own look follows any later change to it).
  await page.waitForFunction(() => localStorage.getItem('lectern:settings') === null);
  assert.notEqual(await background(page), 'rgb(244, 236, 216)');
  assertClean(problems);
  await context.close();
});

test('Escape closes the panel and gives focus back; a refused save is said once and still applies', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'lectern:settings') throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.goto(live.server.url);
  await waitForReader(page);
  const toggle = page.getByRole('button', { name: 'Text settings' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('group', { name: 'Text settings' });
  await panel.waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'A+Larger text');
  await page.keyboard.press('Enter');
  const note = panel.getByText(/would not save/);
  await note.waitFor();
  assert.match(await note.innerText(), /would not save these settings: they apply until you leave this page/);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.lecternSize), '110');
  await page.keyboard.press('Enter');
  assert.equal(await note.count(), 1, 'said once');
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('text-settings-toggle')), true);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assertClean(problems);
  await context.close();
});

test('on a phone the control is in the "On this page" bar and the panel fits a 320 px screen', async () => {
  const { context, page, problems } = await open({ ...PHONE, viewport: { width: 320, height: 640 } });
  const toggle = page.getByRole('button', { name: 'Text settings' });
  const bar = await page.locator('.lectern-side').boundingBox();
  const box = await toggle.boundingBox();
  assert.ok(box.y >= bar.y && box.y + box.height <= bar.y + bar.height, 'the button is in the bar');
  await toggle.click();
  const panel = page.getByRole('group', { name: 'Text settings' });
  await panel.waitFor();
  const fits = await panel.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.left >= 0 && r.right <= innerWidth && document.documentElement.scrollWidth <= innerWidth;
  });
  assert.ok(fits, 'the panel fits and nothing scrolls sideways');
  await panel.getByRole('button', { name: 'Larger text' }).click();
  await panel.getByRole('button', { name: 'Larger text' }).click();
  await panel.getByRole('button', { name: 'Larger text' }).click();
  await page.waitForFunction(() => document.querySelector('.size-value')?.textContent === '140%');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'larger text still fits');
  assertClean(problems);
  await context.close();
});

test('axe-core finds no violations with the panel open, in every theme', async () => {
  const { context, page, problems } = await open();
  await page.getByRole('button', { name: 'Text settings' }).click();
  const panel = page.getByRole('group', { name: 'Text settings' });
  for (const theme of ['Light', 'Sepia', 'Dark']) {
    await panel.getByRole('radio', { name: theme }).check();
    await page.waitForFunction((t) => document.documentElement.dataset.lecternTheme === t, theme.toLowerCase());
    assert.deepEqual(await axeViolations(page), [], `axe, ${theme}`);
  }
  assertClean(problems);
  await context.close();
});
