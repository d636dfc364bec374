// End to end: the seed post under the conditions readers set for themselves — browser zoom to
// 200 % and 400 % (WCAG reflow, 320 CSS px), Windows high contrast (forced colors), reduced
// motion and the WCAG 1.4.12 text spacing overrides. Nothing may be cut off, overlap, scroll
// sideways or disappear.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForReader } from './support/browser.mjs';
import { servedDist } from './support/served.mjs';

const live = servedDist();

async function open(options) {
  const opened = await openPage(live.browser, live.server.url, options);
  await opened.page.goto(live.server.url);
  await waitForReader(opened.page);
  return opened;
}

/**
 * Everything a reader sees that is cut off: text wider or taller than a box that hides its
 * overflow, anything reaching past the window's right edge, and a page that scrolls sideways.
 * Visually hidden text and the bar's one-line section name (ellipsised on purpose; the full
 * name is in the contents list it opens) are not content lost.
 */
const cutOff = (page) =>
  page.evaluate(() => {
    const problems = [];
    if (document.documentElement.scrollWidth > innerWidth + 1) {
      problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${innerWidth})`);
    }
    const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`;
    for (const el of document.querySelectorAll('#lectern *, #lectern-comments *')) {
      if (el.closest('.visually-hidden, .toc-toggle-current, .toc-progress-text, .text-settings-label, [hidden], .quote-rest, details:not([open]) > :not(summary)')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > innerWidth + 1) problems.push(`${name(el)} reaches past the right edge (${Math.round(r.right)} > ${innerWidth})`);
      const clips = /(hidden|clip)/.test(style.overflowX + style.overflowY);
      if (clips && el.textContent.trim() && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
        problems.push(`${name(el)} clips its text (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
      }
    }
    return [...new Set(problems)].slice(0, 10);
  });

for (const [zoom, viewport] of [
  ['200 %', { width: 640, height: 400 }],
  ['400 % (320 CSS px)', { width: 320, height: 256 }],
]) {
  test(`zoomed to ${zoom}, nothing is cut off or scrolls sideways, with the contents and settings open`, async () => {
    // A 1280×800 window zoomed: the page sees the window divided by the zoom.
    const { context, page } = await open({ viewport, reducedMotion: 'reduce' });
    assert.deepEqual(await cutOff(page), []);
    // The sticky bar leaves most of the screen to the text.
    const bar = await page.locator('.lectern-side').boundingBox();
    assert.ok(bar.height <= viewport.height / 3, `the bar takes ${bar.height} of ${viewport.height} px`);
    await page.getByRole('button', { name: 'Expand all quotations' }).click();
    assert.deepEqual(await cutOff(page), [], 'with every quotation open');
    await page.locator('.toc-toggle').click();
    assert.deepEqual(await cutOff(page), [], 'with the contents open');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Text settings' }).click();
    const panel = page.getByRole('group', { name: 'Text settings' });
    await panel.waitFor();
    assert.deepEqual(await cutOff(page), [], 'with the settings open');
    // The panel scrolls within the window: its last control can be reached.
    await panel.getByRole('button', { name: 'Reset' }).scrollIntoViewIfNeeded();
    assert.ok(await panel.getByRole('button', { name: 'Reset' }).isVisible());
    for (let i = 0; i < 4; i += 1) await panel.getByRole('button', { name: 'Larger text' }).click();
    await page.waitForFunction(() => document.querySelector('.size-value')?.textContent === '160%');
    assert.deepEqual(await cutOff(page), [], 'at the largest text size');
    await context.close();
  });
}

test('forced colors (Windows high contrast): controls, folds, progress and focus stay visible', async () => {
  const { context, page } = await open({ viewport: { width: 1280, height: 800 }, forcedColors: 'active', reducedMotion: 'reduce' });
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
  const visible = (selector) =>
    page.locator(selector).first().evaluate((el) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const edge = parseFloat(s.borderTopWidth) > 0 && s.borderTopStyle !== 'none';
      return r.width > 0 && r.height > 0 && (s.color !== s.backgroundColor || edge);
    });
  for (const selector of ['.quote-toggle', '.text-settings-toggle', '.reader-tools .tool-button', '.toc-list a', '.copy-link']) {
    assert.ok(await visible(selector), `${selector} visible`);
  }
  // The reading progress keeps a visible fill (backgrounds are replaced in forced colors).
  const fill = await page.locator('.toc-progress-fill').evaluate((el) => {
    const s = getComputedStyle(el);
    return { adjust: s.forcedColorAdjust, background: s.backgroundColor, track: getComputedStyle(el.parentElement).backgroundColor };
  });
  assert.notEqual(fill.background, fill.track, `progress fill ${fill.background} on track ${fill.track}`);
  // The folded preview's fade (a gradient) does not cover text in forced colors.
  assert.equal(await page.locator('.quote--folded .quote-preview').first().evaluate((el) => getComputedStyle(el, '::after').display), 'none');
  // A keyboard focus ring: at least 2 px, in a colour that differs from the page.
  await page.locator('.quote-toggle').first().focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, page: getComputedStyle(document.body).backgroundColor };
  });
  assert.notEqual(ring.style, 'none');
  assert.ok(ring.width >= 2, `focus ring ${ring.width}px`);
  assert.notEqual(ring.color, ring.page);
  await context.close();
});

test('the first Tab shows "Skip to the post", which passes the contents and reading tools', async () => {
  for (const options of [{ viewport: { width: 1280, height: 800 } }, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }]) {
    const { context, page } = await open({ ...options, reducedMotion: 'reduce' });
    const skip = page.getByRole('link', { name: 'Skip to the post' });
    const inView = () => skip.evaluate((a) => { const r = a.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight && r.width > 1; });
    assert.equal(await inView(), false, 'out of sight until focused');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the post');
    assert.equal(await inView(), true, 'in sight once focused');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#main');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => ({ inMain: !!document.activeElement.closest('main'), text: document.activeElement.textContent }));
    assert.ok(next.inMain, `the next stop is in the post, not the contents (${next.text})`);
    await context.close();
  }
});

test('reduced motion: no smooth scrolling and nothing animates', async () => {
  const { context, page } = await open({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'auto');
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => {
        const s = getComputedStyle(el);
        return s.animationName !== 'none' || s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
      })
      .map((el) => el.className || el.tagName),
  );
  assert.deepEqual(moving, []);
  // A contents link lands at once: the very next frame is already there.
  await page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link', { name: 'Stalin myth' }).click();
  await page.waitForFunction(() => location.hash === '#stalin-myth');
  const top = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(document.getElementById('stalin-myth').getBoundingClientRect().top))));
  assert.ok(Math.abs(top) < 40, `landed at once (top=${top})`);
  // With motion allowed, the page scrolls smoothly.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'smooth');
  await context.close();
});

test('text spacing overrides (WCAG 1.4.12) lose no content, on a desktop and a phone', async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 740 }]) {
    const { context, page } = await open({ viewport, reducedMotion: 'reduce' });
    // A reader's own style sheet (as a bookmarklet or extension adds it; constructed, so the
    // page's Content-Security-Policy has nothing to refuse).
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
        p { margin-bottom: 2em !important; }`);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    const spaced = await page.locator('#syria > p:not([class])').first().evaluate((p) => {
      const s = getComputedStyle(p);
      return Math.abs(parseFloat(s.letterSpacing) - 0.12 * parseFloat(s.fontSize)) < 0.1;
    });
    assert.ok(spaced, 'the overrides are in force');
    await page.getByRole('button', { name: 'Expand all quotations' }).click();
    assert.deepEqual(await cutOff(page), [], `at ${viewport.width} px`);
    await context.close();
  }
});
