// End to end: "Listen" with a stand-in for the browser's speech synthesis (headless Chromium
// has no voices): what is said and in what order, quotations announced and read in full, the
// highlight kept in view, pause/resume, skipping, speed, stop, starting from a section or one
// quotation, the "l" shortcut, and the messages when there is no voice or no speech at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForReader, DESKTOP } from './support/browser.mjs';
import { servedDist } from './support/served.mjs';
import { axeViolations } from './support/axe.mjs';

const live = servedDist();

/** A speech synthesis that records what it is asked to say and finishes when told to. */
function fakeSpeech(voices) {
  window.__spoken = [];
  if (voices === null) {
    delete window.speechSynthesis;
    return;
  }
  window.SpeechSynthesisUtterance = class {
    constructor(text) {
      this.text = text;
      this.lang = '';
      this.rate = 1;
    }
  };
  const synth = {
    current: null,
    paused: false,
    getVoices: () => voices.map((lang) => ({ name: `Voice ${lang}`, lang })),
    speak(u) {
      this.current = u;
      window.__spoken.push({ text: u.text, lang: u.lang, rate: u.rate });
    },
    pause() { this.paused = true; },
    resume() { this.paused = false; },
    cancel() {
      const u = this.current;
      this.current = null;
      this.paused = false;
      u?.onerror?.({ error: 'canceled' });
    },
    finish() {
      const u = this.current;
      this.current = null;
      u?.onend?.({});
    },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
}

async function open(voices = ['en-US']) {
  const opened = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await opened.page.addInitScript(fakeSpeech, voices);
  await opened.page.goto(live.server.url);
  await waitForReader(opened.page);
  return opened;
}

const spoken = (page) => page.evaluate(() => window.__spoken);
const saying = (page) => page.evaluate(() => window.speechSynthesis.current?.text ?? null);
const highlighted = (page) => page.evaluate(() => [...document.querySelectorAll('[data-speaking]')].map((e) => e.id || e.className));
const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** Lets the voice finish what it is saying, and waits for the next utterance (or silence). */
async function finish(page) {
  const before = (await spoken(page)).length;
  await page.evaluate(() => window.speechSynthesis.finish());
  await page.waitForFunction((n) => window.__spoken.length > n || !window.speechSynthesis.current && document.querySelector('.listen-bar').hidden, before);
}

test('the post is read in order, quotations announced and read in full, the highlight in view', async () => {
  const { context, page, problems } = await open();
  await page.getByRole('button', { name: 'Listen', exact: true }).click();
  await page.waitForFunction(() => window.__spoken.length === 1);
  const title = squash(await page.locator('.post-title').innerText());
  assert.deepEqual(await spoken(page), [{ text: title, lang: 'en', rate: 1 }]);
  assert.deepEqual(await highlighted(page), ['lectern-post-title']);
  const bar = page.getByRole('region', { name: 'Listening' });
  assert.match(await bar.innerText(), /Reading aloud:/);
  assert.deepEqual(await axeViolations(page), [], 'axe while listening');

  await finish(page);
  assert.equal(await saying(page), squash(await page.locator('#syria-heading').innerText()));
  assert.deepEqual(await highlighted(page), ['syria-heading']);

  // On to the first folded quotation: announced with its source, read in full, then closed.
  const source = squash(await page.locator('#syria-q2 .quote-source').innerText());
  while (!(await saying(page))?.startsWith('Quotation from') || !(await highlighted(page)).includes('syria-q2')) await finish(page);
  assert.ok(source.includes((await saying(page)).replace(/^Quotation from /, '').replace(/\.$/, '').split(', ').pop()), `announced with its source (${await saying(page)} / ${source})`);
  const words = [];
  for (;;) {
    await finish(page);
    const now = await saying(page);
    if (now === 'End of quotation.') break;
    words.push(now);
    assert.deepEqual(await highlighted(page), ['syria-q2']);
    const inView = await page.locator('#syria-q2').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    });
    assert.ok(inView, 'the quotation being read is in view');
  }
  const full = await page.locator('#syria-q2 blockquote').evaluate((b) => b.textContent);
  assert.equal(words.join('').replace(/\s+/g, ''), full.replace(/\s+/g, ''), 'the folded quotation read in full');
  assert.match(await page.locator('#syria-q2').getAttribute('class'), /quote--folded/, 'without unfolding it');
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('pause, resume, skip, speed and stop; from a section, from one quotation, and with "l"', async () => {
  const { context, page } = await open();
  await page.getByRole('navigation', { name: 'Table of contents' }).getByRole('button', { name: 'Listen from Stalin myth' }).click();
  await page.waitForFunction(() => window.__spoken.length === 1);
  assert.equal(await saying(page), squash(await page.locator('#stalin-myth-heading').innerText()));
  const bar = page.getByRole('region', { name: 'Listening' });
  await bar.getByRole('button', { name: 'Pause' }).click();
  await page.waitForFunction(() => window.speechSynthesis.paused);
  assert.match(await bar.innerText(), /Paused:/);
  await bar.getByRole('button', { name: 'Resume' }).click();
  await page.waitForFunction(() => !window.speechSynthesis.paused);
  await bar.getByRole('button', { name: 'Next paragraph' }).click();
  await page.waitForFunction(() => window.__spoken.length === 2);
  const second = await saying(page);
  await bar.getByRole('button', { name: 'Previous paragraph' }).click();
  await page.waitForFunction(() => window.__spoken.length === 3);
  assert.equal(await saying(page), squash(await page.locator('#stalin-myth-heading').innerText()));
  await bar.getByRole('combobox', { name: 'Speed' }).selectOption('1.5×');
  await page.waitForFunction(() => window.__spoken.at(-1).rate === 1.5);
  assert.notEqual(second, null);
  // "l" pauses and goes on.
  await page.keyboard.press('l');
  await page.waitForFunction(() => window.speechSynthesis.paused);
  await page.keyboard.press('l');
  await page.waitForFunction(() => !window.speechSynthesis.paused);
  await bar.getByRole('button', { name: 'Stop' }).click();
  await bar.waitFor({ state: 'hidden' });
  assert.deepEqual(await highlighted(page), []);
  assert.equal(await saying(page), null);

  // One quotation alone: it ends with "End of quotation." and reading stops there.
  await page.locator('#russia-turkey-q1').getByRole('button', { name: 'Listen to this quotation' }).click();
  await page.waitForFunction(() => window.__spoken.at(-1).text.startsWith('Quotation'));
  let last;
  while ((last = await saying(page)) !== null) {
    await finish(page);
    if (last === 'End of quotation.') break;
  }
  assert.equal(last, 'End of quotation.');
  await bar.waitFor({ state: 'hidden' });
  await context.close();
});

test('without voices, or without speech synthesis, Listen says so instead of doing nothing', async () => {
  for (const [voices, message] of [[[], /no voices to read aloud with/], [null, /cannot read aloud: it has no speech synthesis/]]) {
    const { context, page } = await open(voices);
    await page.getByRole('button', { name: 'Listen', exact: true }).click();
    const note = page.locator('.listen-note');
    await note.waitFor();
    assert.match(await note.innerText(), message);
    assert.equal(await page.getByRole('region', { name: 'Listening' }).isHidden(), true);
    await context.close();
  }
});
