// End to end: reading from the keyboard — next/previous section and quotation, fold the
// quotation being read, the comments, reply, and "?" for the list; never inside a field, and
// never on an embedding page's own keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForReader, DESKTOP } from './support/browser.mjs';
import { servedDist } from './support/served.mjs';
import { axeViolations } from './support/axe.mjs';

const live = servedDist();

const hash = (page) => page.evaluate(() => location.hash);

async function press(page, key, expectedHash) {
  await page.keyboard.press(key);
  await page.waitForFunction((h) => location.hash === h, expectedHash);
  // Landed: the target is at the top of the window.
  await page.waitForFunction((id) => Math.abs(document.getElementById(id).getBoundingClientRect().top) < 60, expectedHash.slice(1));
}

test('every reading shortcut does what the "?" list says', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await page.goto(live.server.url);
  await waitForReader(page);
  await press(page, 'n', '#syria');
  await press(page, 'n', '#russia-turkey');
  await press(page, 'n', '#stalin-myth');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'stalin-myth-heading');
  await press(page, 'p', '#russia-turkey');
  await press(page, 'p', '#syria');

  await press(page, 'j', '#syria-q1');
  await press(page, 'j', '#syria-q2');
  await press(page, 'j', '#syria-q3');
  await press(page, 'k', '#syria-q2');
  // Reached by its link, the quotation opened; "o" folds and unfolds the one being read.
  await page.waitForFunction(() => !document.getElementById('syria-q2').classList.contains('quote--folded'));
  await page.keyboard.press('o');
  await page.waitForFunction(() => document.getElementById('syria-q2').classList.contains('quote--folded'));
  await page.keyboard.press('o');
  await page.waitForFunction(() => !document.getElementById('syria-q2').classList.contains('quote--folded'));

  await press(page, 'c', '#comments');
  await page.keyboard.press('r');
  await page.waitForFunction(() => document.activeElement?.id === 'lectern-comment');
  // Inside the composer every key is the reader's text.
  await page.keyboard.type('n p j k o c r l ?');
  assert.equal(await page.locator('#lectern-comment').inputValue(), 'n p j k o c r l ?');
  assert.equal(await hash(page), '#comments');
  assert.equal(await page.locator('#shortcut-help').isHidden(), true);

  // "?" from the page lists them all; Escape closes the list.
  await page.locator('#lectern-comment').evaluate((el) => el.blur());
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await help.waitFor();
  assert.deepEqual(await help.locator('kbd').allInnerTexts(), ['n', 'p', 'j', 'k', 'o', 'c', 'r', 'l', '?']);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'shortcut-help');
  assert.deepEqual(await axeViolations(page), [], 'axe with the list open');
  await page.keyboard.press('Escape');
  await help.waitFor({ state: 'hidden' });
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('an embedded reader hears its shortcuts only while focus is inside it', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await page.goto(`${live.server.url}embed-demo.html`);
  const reader = page.locator('lectern-reader').first();
  await reader.locator('article.post').waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('lectern-interactive').length > 0);
  // Focus on the host page: its keys stay its own.
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  await page.keyboard.press('n');
  await page.keyboard.press('?');
  assert.equal(await hash(page), '');
  assert.equal(await reader.locator('#shortcut-help').isHidden(), true);
  // Focus inside the reader: the same key moves through its sections.
  await reader.locator('.reader-tools button').first().focus();
  await page.keyboard.press('n');
  await page.waitForFunction(() => location.hash === '#syria');
  await page.keyboard.press('?');
  await reader.locator('#shortcut-help').waitFor();
  assert.deepEqual(problems.console, []);
  await context.close();
});
