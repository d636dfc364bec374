// End to end: the release build in dist/, served on 127.0.0.1, read in Debian's Chromium the way
// a person reads it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, waitForReader, DESKTOP, PHONE } from './support/browser.mjs';
import { serveDir } from './support/server.mjs';
import { axeViolations } from './support/axe.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;

const post = (blocks) =>
  JSON.stringify({
    format: 'lectern/post@1',
    id: 'fixture',
    title: 'Fixture',
    sections: [{ id: 's', title: 'S', blocks }],
  });

const FOOTNOTES_REST = readFileSync(new URL('../fixtures/wordpress/footnotes/footnotes-rest.json', import.meta.url));

const FIXTURES = {
  // WordPress's Footnotes block as the REST API answers it (a saved answer: the test WordPress,
  // 6.1, predates the block).
  'fixtures/footnotes-rest.json': FOOTNOTES_REST,
  // A post that cites its sources in notes: one far down the page, one inside a long (folded)
  // quotation.
  'fixtures/notes.json': JSON.stringify({
    format: 'lectern/post@1',
    id: 'notes',
    title: 'Cited',
    sections: [{
      id: 'one',
      title: 'One',
      blocks: [
        { type: 'paragraph', text: ['A claim that needs a source', { text: '1', note: 'src' }, '.'] },
        ...Array.from({ length: 30 }, (_, i) => ({ type: 'paragraph', text: `Filler paragraph ${i + 1}. ${'word '.repeat(60)}` })),
        { type: 'quote', source: { name: 'Somebody' }, blocks: [{ type: 'paragraph', text: [`${'quoted '.repeat(150)}and the end`, { text: '2', note: 'deep' }, '.'] }] },
      ],
    }],
    notes: [
      { id: 'src', blocks: [{ type: 'paragraph', text: 'The first source, page 12.' }] },
      { id: 'deep', blocks: [{ type: 'paragraph', text: 'Cited inside the quotation.' }] },
    ],
  }),
  // A byte order mark is dropped, as browsers drop it; a byte that is not UTF-8 is refused.
  'fixtures/bom.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(post([{ type: 'paragraph', text: 'After a byte order mark.' }]))]),
  'fixtures/latin1.json': Buffer.concat([Buffer.from('{\n  "format": "lectern/post@1",\n  "title": "Caf'), Buffer.from([0xe9]), Buffer.from('"\n}')]),
  'fixtures/syntax.json': '{\n  "format": "lectern/post@1",\n    oops\n}',
  'fixtures/missing-text.json': post([{ type: 'paragraph', text: 'ok' }, { type: 'paragraph' }]),
  'fixtures/hostile.json': JSON.stringify({
    format: 'lectern/post@1',
    id: 'hostile',
    title: '<img src=x onerror=alert(1)>',
    sections: [
      {
        id: 's',
        title: '<svg onload=alert(2)>',
        blocks: [
          { type: 'paragraph', text: [{ text: 'a link', href: 'javascript:alert(3)' }, ' <script>alert(4)</script>'] },
          { type: 'quote', source: { name: '<b>x</b>', url: ' javascript:alert(5)' }, blocks: [{ type: 'paragraph', text: '<iframe src=javascript:alert(6)>' }] },
        ],
      },
    ],
  }),
  // What real posts and comments contain: unbroken addresses and words, deep threads, Arabic.
  'fixtures/unbroken.json': (() => {
    const address = `https://example.org/${'averyverylongpathsegment'.repeat(20)}`;
    const word = 'Supercalifragilisticexpialidocious'.repeat(4);
    return JSON.stringify({
      format: 'lectern/post@1',
      id: 'unbroken',
      title: word,
      sections: [
        { id: 'w', title: word, blocks: [
          { type: 'paragraph', text: [{ text: address, href: address }] },
          { type: 'list', ordered: false, items: [address, word] },
          { type: 'quote', source: { name: word, url: address }, blocks: [{ type: 'paragraph', text: `${word} `.repeat(150) }] },
        ] },
      ],
      comments: Array.from({ length: 12 }, (_, i) => ({
        id: `c${i}`, parent: i ? `c${i - 1}` : null, author: { name: `${word}${i}` },
        blocks: [{ type: 'paragraph', text: address }],
      })),
      reader: { max_depth: 10 },
    });
  })(),
  'fixtures/arabic.json': JSON.stringify({
    format: 'lectern/post@1',
    id: 'arabic',
    lang: 'ar',
    title: 'سوريا وروسيا وتركيا',
    sections: [{ id: 'a', title: 'سوريا', blocks: [{ type: 'paragraph', text: 'الجيش السوري يقترب من تحرير البلاد.' }] }],
    comments: [{ id: '1', author: { name: 'Reader' }, blocks: [{ type: 'paragraph', text: 'An English reply.' }, { type: 'paragraph', text: 'ورد بالعربية.' }] }],
  }),
  // Long enough to be laid out in parts: 3 sections of 80 quotations of 150 words (about 45,000 words).
  'fixtures/long.json': JSON.stringify({
    format: 'lectern/post@1',
    id: 'long',
    title: 'A long round-up',
    sections: [0, 1, 2].map((s) => ({
      id: `s${s}`,
      title: `Part ${s + 1}`,
      blocks: Array.from({ length: 80 }, (_, q) => [
        { type: 'paragraph', text: `Lead ${s}-${q + 1}: what the outlet said.` },
        { type: 'quote', source: { name: `Outlet ${s}-${q + 1}` }, blocks: [{ type: 'paragraph', text: `Quoted ${s}-${q + 1}. ${'word '.repeat(148)}end.` }] },
      ]).flat(),
    })),
  }),
};

let server;
let browser;

before(async () => {
  server = await serveDir(DIST, { extra: FIXTURES });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `?post=<path>` in a page that records problems, once the reader has rendered it. */
async function openPost(path, options = DESKTOP) {
  const opened = await openPage(browser, server.url, options);
  await opened.page.goto(`${server.url}?post=${path}`);
  await waitForReader(opened.page);
  return opened;
}

function assertClean(problems) {
  assert.deepEqual(problems.errors, [], 'no uncaught errors');
  assert.deepEqual(problems.console, [], 'no console errors');
  assert.deepEqual(problems.dialogs, [], 'no dialogs');
  assert.deepEqual(problems.foreign, [], 'no request leaves the origin');
}

test('the seed post loads with its title, three sections and two comments', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  await page.goto(server.url);
  await waitForReader(page);
  assert.match(await page.title(), /^Syrian Army Close to Liberating Entire Country/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  const links = toc.getByRole('link');
  assert.deepEqual(await links.allInnerTexts(), ['Syria', 'Russia–Turkey', 'Stalin myth']);
  assert.equal(await page.locator('blockquote').count(), 8);
  await page.getByRole('heading', { name: /^2 thoughts on/ }).waitFor();
  assert.equal(await page.locator('#comments li.comment').count(), 2);
  assertClean(problems);
  await context.close();
});

test('each table-of-contents link reaches its section', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(server.url);
  await waitForReader(page);
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  for (const [name, id] of [['Stalin myth', 'stalin-myth'], ['Syria', 'syria'], ['Russia–Turkey', 'russia-turkey']]) {
    await toc.getByRole('link', { name }).click();
    await page.waitForFunction((id) => location.hash === `#${id}`, id);
    const top = await page.locator(`section#${id}`).evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 40, `#${id} scrolled to the top (top=${top})`);
  }
  assertClean(problems);
  await context.close();
});

test('on a phone, a contents entry and a deep link land below the sticky "On this page" bar', async () => {
  const { context, page, problems } = await openPage(browser, server.url, { ...PHONE, reducedMotion: 'reduce' });
  const landing = (selector) =>
    page.evaluate((selector) => {
      const bar = document.querySelector('.lectern-side').getBoundingClientRect();
      return { top: document.querySelector(selector).getBoundingClientRect().top, bar: bar.bottom };
    }, selector);
  await page.goto(`${server.url}#syria-q2`);
  await waitForReader(page);
  await page.waitForFunction(() => Math.abs(document.querySelector('#syria-q2').getBoundingClientRect().top) < 200);
  let { top, bar } = await landing('#syria-q2');
  assert.ok(top >= bar && top < bar + 40, `the quotation starts below the bar (top=${top}, bar ends at ${bar})`);
  await page.locator('.toc-toggle').click();
  await page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link', { name: 'Russia–Turkey' }).click();
  await page.waitForFunction(() => location.hash === '#russia-turkey');
  await page.waitForFunction(() => Math.abs(document.querySelector('#russia-turkey').getBoundingClientRect().top) < 200);
  ({ top, bar } = await landing('#russia-turkey'));
  assert.ok(top >= bar && top < bar + 40, `the section starts below the bar (top=${top}, bar ends at ${bar})`);
  assertClean(problems);
  await context.close();
});

test('a long post is readable at once and laid out in parts: every quotation arrives, in order', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  // How many quotations were on the page when the reader said it was usable.
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name, ...rest) => {
      if (name === 'lectern-interactive') window.quotesWhenUsable = document.querySelectorAll('figure.quote').length;
      return mark(name, ...rest);
    };
  });
  await page.goto(`${server.url}?post=fixtures/long.json`);
  await waitForReader(page);
  await page.waitForFunction(() => performance.getEntriesByName('lectern-laid-out').length > 0);
  const early = await page.evaluate(() => window.quotesWhenUsable);
  assert.ok(early >= 10 && early < 240, `usable with the first part laid out (${early} of 240 quotations)`);
  const expected = [0, 1, 2].flatMap((s) => Array.from({ length: 80 }, (_, q) => `s${s}-q${q + 1}`));
  assert.deepEqual(await page.locator('article figure.quote').evaluateAll((quotes) => quotes.map((q) => q.id)), expected);
  const leads = await page.locator('article section > p').evaluateAll((ps) => ps.map((p) => p.textContent).filter((t) => t.startsWith('Lead ')));
  assert.equal(leads.length, 240);
  assert.equal(leads.at(-1), 'Lead 2-80: what the outlet said.');
  assertClean(problems);
  await context.close();
});

test('on a long post, a deep link and the contents reach parts not laid out yet', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${server.url}?post=fixtures/long.json#s2-q70`);
  await waitForReader(page);
  const quote = page.locator('#s2-q70');
  await quote.waitFor();
  await page.waitForFunction(() => {
    const top = document.getElementById('s2-q70')?.getBoundingClientRect().top;
    return top !== undefined && top >= -2 && top < innerHeight / 2;
  });
  // A fresh load: the contents' last entry, clicked as soon as the reader is usable.
  await page.goto(`${server.url}?post=fixtures/long.json`);
  await waitForReader(page);
  await page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link', { name: 'Part 3' }).click();
  await page.waitForFunction(() => location.hash === '#s2');
  await page.waitForFunction(() => Math.abs(document.getElementById('s2').getBoundingClientRect().top) < 40);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 's2-heading');
  assertClean(problems);
  await context.close();
});

test('dist/ works from a sub-path of any static server', async () => {
  const nested = await serveDir(DIST, { prefix: '/some/blog/reader/' });
  const { context, page, problems } = await openPage(browser, nested.url);
  await page.goto(nested.url);
  await waitForReader(page);
  assert.equal(await page.locator('section.post-section').count(), 3);
  assertClean(problems);
  await context.close();
  await nested.close();
});

const ERROR_CASES = [
  ['fixtures/syntax.json', 'The post file is not valid JSON', 'JSON syntax error at line 3, column 5'],
  ['fixtures/missing-text.json', 'does not match the Lectern post format', 'sections[0].blocks[1].text: missing field'],
  ['fixtures/absent.json', 'The post was not found', 'answered HTTP 404'],
  ['fixtures/latin1.json', 'The post file is not valid JSON', 'JSON syntax error at line 3, column 16: bytes that are not UTF-8 text'],
  ['https://elsewhere.example/post.json', 'This post address can’t be used', 'only posts on this site can be opened'],
];

test('a post served with a UTF-8 byte order mark reads', async () => {
  const { context, page, problems } = await openPage(browser, server.url);
  await page.goto(`${server.url}?post=fixtures/bom.json`);
  await page.getByText('After a byte order mark.').waitFor();
  assertClean(problems);
  await context.close();
});

for (const [query, heading, detail] of ERROR_CASES) {
  test(`?post=${query} shows a specific error`, async () => {
    const { context, page, problems } = await openPage(browser, server.url);
    await page.goto(`${server.url}?post=${encodeURIComponent(query)}`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.ok((await alert.getByRole('heading').innerText()).endsWith(heading));
    assert.ok((await alert.innerText()).includes(detail), `error names the problem: ${await alert.innerText()}`);
    await alert.getByRole('button', { name: 'Try again' }).waitFor();
    // A 404 logs a resource error in the console by design; nothing else may.
    problems.console = problems.console.filter((m) => !m.includes('404'));
    assertClean(problems);
    await context.close();
  });
}

test('hostile post text is shown as text and runs nothing', async () => {
  const { context, page, problems } = await openPost('fixtures/hostile.json');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), '<img src=x onerror=alert(1)>');
  assert.equal(await page.locator('article img, article svg, article iframe, article script').count(), 0);
  assert.equal(await page.locator('a[href*="javascript"]').count(), 0);
  assert.ok((await page.locator('article').innerText()).includes('<script>alert(4)</script>'));
  assertClean(problems);
  await context.close();
});

for (const [label, options] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`long unbroken words and addresses wrap instead of widening the page (${label})`, async () => {
    const { context, page, problems } = await openPost('fixtures/unbroken.json', options);
    await page.getByRole('button', { name: 'Expand all quotations' }).click();
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.equal(widths[0], widths[1], 'no horizontal scrolling');
    assertClean(problems);
    await context.close();
  });
}

test('an Arabic post reads right to left; comments and the chrome keep their own direction', async () => {
  const { context, page, problems } = await openPost('fixtures/arabic.json');
  const direction = (selector) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).direction);
  assert.equal(await direction('article.post p'), 'rtl');
  assert.equal(await direction('.comment-content p'), 'ltr');
  assert.equal(await direction('.comment-content p:nth-child(2)'), 'rtl', 'each paragraph of a comment finds its own direction');
  assert.equal(await direction('.comment-form'), 'ltr');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  assertClean(problems);
  await context.close();
});

for (const [label, options] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  for (const scheme of ['light', 'dark']) {
    test(`axe-core finds no violations on the seed post (${label}, ${scheme})`, async () => {
      const { context, page } = await openPage(browser, server.url, { ...options, colorScheme: scheme });
      await page.goto(server.url);
      await waitForReader(page);
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }
}

test('axe-core finds no violations on the error panel', async () => {
  const { context, page } = await openPage(browser, server.url);
  await page.goto(`${server.url}?post=fixtures/missing-text.json`);
  await page.getByRole('alert').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('on a wide screen each note sits beside the paragraph citing it; its mark highlights it, and the endnotes link both ways', async () => {
  const { context, page, problems } = await openPost('fixtures/notes.json', { ...DESKTOP, reducedMotion: 'reduce' });
  const inView = (selector) =>
    page.waitForFunction((css) => {
      const box = document.querySelector(css)?.getBoundingClientRect();
      return box && box.top >= 0 && box.bottom <= window.innerHeight;
    }, selector);
  const side = page.locator('#note-src-side');
  assert.match(await side.innerText(), /The first source, page 12\./);
  const paragraph = await page.locator('p', { hasText: 'A claim that needs a source' }).boundingBox();
  const note = await side.boundingBox();
  assert.ok(note.x >= paragraph.x + paragraph.width, `the note is beside the text (${note.x} vs ${paragraph.x + paragraph.width})`);
  assert.ok(note.x + note.width <= 1440, 'and on the screen');
  assert.ok(Math.abs(note.y - paragraph.y) < 24, `level with the paragraph (${note.y} vs ${paragraph.y})`);
  // The mark highlights its note and gives it focus, without leaving the text.
  const before = page.url();
  await page.locator('sup.note-ref a', { hasText: '1' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'note-src-side');
  assert.equal(await side.getAttribute('class'), 'sidenote open');
  assert.equal(page.url(), before);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.id === 'note-src-ref');
  // The endnotes are still there, linked both ways.
  await page.goto(`${before.split('#')[0]}#note-src`);
  await inView('#note-src');
  assert.match(await page.locator('#note-src').innerText(), /The first source, page 12\./);
  await page.locator('#note-src a.note-back').click();
  await page.waitForURL(/#note-src-ref$/);
  await inView('#note-src-ref');
  // The second mark is inside a quotation folded to its preview: the way back opens it.
  assert.equal(await page.locator('#note-deep-ref').isVisible(), false);
  await page.goto(`${page.url().split('#')[0]}#note-deep`);
  await inView('#note-deep');
  await page.locator('#note-deep a.note-back').click();
  await inView('#note-deep-ref');
  assert.equal(await page.locator('#note-deep-ref').isVisible(), true);
  assertClean(problems);
  await context.close();
});

test('WordPress’s Footnotes block (a REST answer) shows every note beside its text, on a tap on a phone, and as endnotes linked both ways', async () => {
  for (const [viewport, wide] of [[DESKTOP, true], [PHONE, false]]) {
    const { context, page, problems } = await openPost('fixtures/footnotes-rest.json', viewport);
    const marks = page.locator('article sup.note-ref a');
    assert.deepEqual(await marks.allInnerTexts(), ['1', '2']);
    const ids = await marks.evaluateAll((links) => links.map((a) => a.getAttribute('href').slice(1)));
    for (const [index, id] of ids.entries()) {
      // The endnote, and its way back to the mark.
      const back = page.locator(`#${id} a.note-back`);
      assert.equal(await back.getAttribute('href'), `#${await marks.nth(index).getAttribute('id')}`);
      const side = page.locator(`#${id}-side`);
      if (wide) {
        assert.equal(await side.isVisible(), true, 'beside the text on a wide screen');
      } else {
        assert.equal(await side.isVisible(), false);
        await marks.nth(index).tap();
        await side.waitFor({ state: 'visible' });
        await page.keyboard.press('Escape');
        await side.waitFor({ state: 'hidden' });
      }
    }
    assert.match(await page.locator(`#${ids[0]}-side`).innerText(), /Treaty of Kars, article 1; see the Soviet Treaty Series\./);
    assert.match(await page.locator(`#${ids[1]}`).innerText(), /As the 1936 correspondence shows\./);
    assertClean(problems);
    await context.close();
  }
});

test('on a phone a tap on a note mark opens the note over the foot of the screen, and it closes back to the mark', async () => {
  const { context, page, problems } = await openPost('fixtures/notes.json', PHONE);
  const side = page.locator('#note-src-side');
  assert.equal(await side.isVisible(), false, 'no note beside the text on a phone');
  const before = page.url();
  await page.locator('sup.note-ref a', { hasText: '1' }).tap();
  await side.waitFor({ state: 'visible' });
  assert.match(await side.innerText(), /The first source, page 12\./);
  const box = await side.boundingBox();
  assert.ok(Math.abs(box.y + box.height - 740) < 2, `the note sits on the foot of the screen (${box.y + box.height})`);
  await page.waitForFunction(() => document.activeElement?.id === 'note-src-side');
  assert.equal(page.url(), before, 'the text stays where it was');
  assert.deepEqual(await axeViolations(page), []);
  await page.keyboard.press('Escape');
  await side.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.activeElement?.id === 'note-src-ref');
  // Open again: "Close note" closes it; a tap on the text elsewhere does too.
  await page.locator('sup.note-ref a', { hasText: '1' }).tap();
  await side.getByRole('button', { name: 'Close note' }).tap();
  await side.waitFor({ state: 'hidden' });
  await page.locator('sup.note-ref a', { hasText: '1' }).tap();
  await side.waitFor({ state: 'visible' });
  await page.locator('p', { hasText: 'Filler paragraph 1.' }).tap();
  await side.waitFor({ state: 'hidden' });
  assertClean(problems);
  await context.close();
});
