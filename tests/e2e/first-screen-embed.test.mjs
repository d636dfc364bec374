// End to end: a published reader pasted into someone else's page (`lectern-cli publish`'s
// `<lectern-reader src="…">` fragment, issue 22) starts on the first screen, as the published
// page does: loaded and left alone, the host page fetches the small first-screen module and
// nothing of the full reader, and the reader folds and follows; the full reader comes when the
// reader needs it and takes over the same markup, with what was opened still open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, DESKTOP } from './support/browser.mjs';
import { DIST, servedDist } from './support/served.mjs';
import { serveDir, STRICT_CSP } from './support/server.mjs';
import { articleLive, assertFirstScreenOnly, fullReaderStarted, readerLive } from './support/first-screen.mjs';

const SEED = 'syria-russia-turkey-stalin-myth';

/** A host page around the published fragment, as a site owner would paste it. */
function hostPage() {
  const fragment = readFileSync(join(DIST, 'embed', `${SEED}.html`), 'utf8');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title></head>
<body><h1>The host's own heading</h1><p>The host's own words, before the reader.</p>
${fragment}
<p>The host's own words, after the reader.</p></body></html>`;
}

/** A host page that names only the post's address, with no markup inside. */
function barePage(src) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title></head>
<body><h1>The host's own heading</h1><lectern-reader src="${src}"></lectern-reader>
<script type="module" src="./lectern-embed.js"></script></body></html>`;
}

/**
 * A host page with three published readers in the host's own look: text settings given as
 * attributes, a host that keeps its look (`reader-settings="off"`), and `mount()` with options.
 */
function lookPage() {
  const src = `./posts/${SEED}.json`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title></head>
<body><h1>The host's own heading</h1>
<lectern-reader id="given" src="${src}" text-size="125" line-width="wide" theme="sepia"></lectern-reader>
<lectern-reader id="fixed" src="${src}" reader-settings="off" text-size="110"></lectern-reader>
<div id="mounted"></div>
<script type="module" src="./look-host.js"></script></body></html>`;
}
const LOOK_SCRIPT = `import { mount } from './lectern-embed.js';
window.mountedReader = await mount(document.getElementById('mounted'),
  { src: './posts/${SEED}.json', theme: 'dark', font: 'sans', readerSettings: true });`;

/**
 * A host page with two readers of posts that have no published markup: `mount()` given a post
 * object, and a `<lectern-reader>` in a German part of the page.
 */
function drawnPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title></head>
<body><h1>The host's own heading</h1><div id="given"></div>
<section lang="de"><lectern-reader id="german" src="./elsewhere/posts/unsaid.json"></lectern-reader></section>
<script type="module" src="./drawn-host.js"></script></body></html>`;
}
const DRAWN_SCRIPT = `import { mount } from './lectern-embed.js';
const post = await (await fetch('./posts/${SEED}.json')).json();
window.drawnPost = post;
window.mountedReader = await mount(document.getElementById('given'), { post: { ...post, title: 'Given whole' } });`;

const SEED_JSON = readFileSync(join(DIST, 'posts', `${SEED}.json`), 'utf8');
const SEED_MARKUP = readFileSync(join(DIST, 'embed', `${SEED}.html`), 'utf8');

/**
 * The seed's published markup with one thing the reader never writes put in (`kind`): each
 * would run script or load something on the host page if the markup were used.
 */
const TAMPERED = {
  handler: (markup) => markup.replace('<h1 ', '<h1 onmouseover="window.ran = true" '),
  image: (markup) => markup.replace('<h1 ', '<img src="x" onerror="window.ran = true"><h1 '),
  script: (markup) => markup.replace('<h1 ', '<script>window.ran = true</script><h1 '),
  'javascript link': (markup) => markup.replace('<h1 ', '<a href=" javascript:window.ran = true">x</a><h1 '),
  frame: (markup) => markup.replace('<h1 ', '<iframe src="https://example.org/"></iframe><h1 '),
  style: (markup) => markup.replace('<h1 ', '<h1 style="background: url(https://example.org/track)" '),
};

// Served with brotli, as a real host would: the budget is what crosses the network. The same
// post is also served in another folder without its markup, and with markup tampered with.
const live = servedDist({
  compress: true,
  extra: {
    'embed-host.html': hostPage(),
    'bare-host.html': barePage(`./posts/${SEED}.json`),
    'unpublished-host.html': barePage('./elsewhere/posts/copy.json'),
    'look-host.html': lookPage(),
    'look-host.js': LOOK_SCRIPT,
    'blue-host.html': barePage(`./posts/${SEED}.json" theme="blue`),
    'drawn-host.html': drawnPage(),
    'short-host.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title></head>
<body><h1>The host's own heading</h1><lectern-reader src="./elsewhere/posts/short.json"></lectern-reader>
<p>The host's own words, after the reader.</p><script type="module" src="./lectern-embed.js"></script></body></html>`,
    'elsewhere/posts/short.json': readFileSync(join(DIST, 'posts', 'gettysburg-address.json'), 'utf8'),
    'drawn-host.js': DRAWN_SCRIPT,
    // The seed without its language: the page's decides.
    'elsewhere/posts/unsaid.json': SEED_JSON.replace(/"lang":\s*"en",/, ''),
    'elsewhere/posts/copy.json': SEED_JSON,
    ...Object.fromEntries(
      Object.entries(TAMPERED).flatMap(([kind, tamper], i) => [
        [`tampered-${i}.html`, barePage(`./tampered/posts/copy-${i}.json`)],
        [`tampered/posts/copy-${i}.json`, SEED_JSON],
        [`tampered/embed/copy-${i}.html`, tamper(SEED_MARKUP)],
      ]),
    ),
  },
});
const HOST = () => `${live.server.url}embed-host.html`;

test('a host page with a published reader, loaded and left alone, fetches at most 100 KB of JS and wasm, none of it the full reader', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, DESKTOP);
  await assertFirstScreenOnly(page, HOST());
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('the embedded reader folds and follows on its first screen; near the comments the full reader takes over, and a reply previews', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  const messages = [];
  page.on('console', (msg) => messages.push(`${msg.type()}: ${msg.text()}`));
  await page.goto(HOST());
  await articleLive(page);
  const reader = page.locator('lectern-reader');
  const toc = reader.getByRole('navigation', { name: /Table of contents/ });
  await reader.locator('#russia-turkey').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await toc.locator('a[aria-current="true"]', { hasText: 'Russia–Turkey' }).waitFor();
  const quote = reader.locator('#russia-turkey-q1');
  await quote.getByRole('button', { name: /Show full quotation/ }).click();
  await quote.getByRole('button', { name: 'Show less' }).waitFor();
  assert.equal(await fullReaderStarted(page), false, 'all of it on the first screen');
  // Keys pressed on the host page are the host's: they wake nothing.
  await page.locator('body > h1').click();
  await page.keyboard.press('n');
  assert.equal(await fullReaderStarted(page), false, 'a key on the host page is not a shortcut');
  const article = await reader.locator('article.post').elementHandle();
  await reader.locator('#article-end').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await readerLive(page);
  assert.equal(await article.evaluate((el) => el.isConnected), true, 'the published article is the live one');
  assert.equal(await reader.locator('article.post').count(), 1);
  await quote.getByRole('button', { name: 'Show less' }).waitFor();
  assert.equal(await quote.locator('.quote-rest').getAttribute('hidden'), null, 'the quotation opened on the first screen stays open');
  await reader.getByRole('button', { name: /^Reply to / }).first().click();
  await page.waitForFunction(() => document.querySelector('lectern-reader').shadowRoot.activeElement?.id === 'lectern-comment');
  await page.keyboard.type('An *embedded* reply.');
  const preview = reader.locator('.comment--preview');
  await preview.waitFor();
  assert.equal(await preview.locator('em').innerText(), 'embedded');
  assert.deepEqual(messages.filter((m) => /hydrat|mismatch|panicked/i.test(m)), []);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("the embedded reader's text settings work on its first screen, inside its own box, and the full reader keeps them", async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await page.goto(HOST());
  await articleLive(page);
  const reader = page.locator('lectern-reader');
  const sizeHere = () => page.evaluate(() => document.querySelector('lectern-reader').shadowRoot.querySelector('.lectern-embed').getAttribute('data-lectern-size'));
  await reader.getByRole('button', { name: 'Text settings' }).click();
  const panel = reader.getByRole('group', { name: 'Text settings' });
  await panel.waitFor();
  await panel.getByRole('button', { name: 'Larger text' }).click();
  await page.waitForFunction(() => document.querySelector('lectern-reader').shadowRoot.querySelector('.lectern-embed').getAttribute('data-lectern-size') === '110');
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-lectern-size')), false, "the host page's own look is untouched");
  // A click elsewhere on the host page closes the panel.
  await page.locator('body > h1').click();
  await panel.waitFor({ state: 'hidden' });
  assert.equal(await fullReaderStarted(page), false, 'on the first screen');
  await reader.locator('#article-end').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await readerLive(page);
  assert.equal(await sizeHere(), '110', 'the full reader keeps the look');
  await reader.getByRole('button', { name: 'Text settings' }).click();
  assert.equal(await panel.locator('output').innerText(), '110%');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a control only the full reader has, clicked on the embedded first screen, is done once it has loaded', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await page.goto(HOST());
  await articleLive(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(live.server.url).origin });
  const reader = page.locator('lectern-reader');
  await reader.locator('#syria-q2').getByRole('button', { name: 'Copy link to this quotation' }).click();
  await reader.locator('#syria-q2').getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  assert.equal(await fullReaderStarted(page), true);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('removing a reader on its first screen removes it whole; one put back starts again', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, DESKTOP);
  await page.goto(HOST());
  await articleLive(page);
  await page.evaluate(() => document.querySelector('lectern-reader').remove());
  await page.waitForFunction(() => !document.querySelector('lectern-reader'));
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  assert.equal(await fullReaderStarted(page), false, 'nothing loads for a reader that is gone');
  // Mounted afresh from its address, it is the full reader's (no published markup to start from).
  await page.evaluate(() => {
    const reader = document.createElement('lectern-reader');
    reader.setAttribute('src', './posts/syria-russia-turkey-stalin-myth.json');
    document.body.append(reader);
  });
  await page.locator('lectern-reader article.post h1').waitFor();
  assert.deepEqual(problems.errors, []);
  await context.close();
});

/**
 * On the page's one reader, still on its first screen: opens a quotation, scrolls to the
 * comments (the full reader takes over the same markup, the quotation still open), and replies:
 * `text` previews with `tag` around `word`.
 */
async function foldHandOverAndReply(page, text, tag, word) {
  const reader = page.locator('lectern-reader');
  const quote = reader.locator('#russia-turkey-q1');
  await quote.getByRole('button', { name: /Show full quotation/ }).click();
  await quote.getByRole('button', { name: 'Show less' }).waitFor();
  const article = await reader.locator('article.post').elementHandle();
  await reader.locator('#article-end').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await readerLive(page);
  assert.equal(await article.evaluate((el) => el.isConnected), true, 'the published markup is the live one');
  await quote.getByRole('button', { name: 'Show less' }).waitFor();
  await reader.getByRole('button', { name: /^Reply to / }).first().click();
  await page.waitForFunction(() => document.querySelector('lectern-reader').shadowRoot.activeElement?.id === 'lectern-comment');
  await page.keyboard.type(text);
  await reader.locator(`.comment--preview ${tag}`).filter({ hasText: word }).waitFor();
}

test('<lectern-reader src> alone, for a post this site published, starts on the first screen from its published markup', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await assertFirstScreenOnly(page, `${live.server.url}bare-host.html`);
  const reader = page.locator('lectern-reader');
  await reader.locator('article.post h1').waitFor();
  assert.notEqual(await reader.locator('article.post').evaluate((el) => getComputedStyle(el).fontFamily), '', 'styled');
  await foldHandOverAndReply(page, 'A **bare** reply.', 'strong', 'bare');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('<lectern-reader src> for a post published on another site starts on the first screen from that site\'s markup', async () => {
  // The other site: the post and its markup, readable from any page (CORS), as a published
  // site served with `Access-Control-Allow-Origin` is.
  const other = await serveDir(join(DIST, 'posts'), {
    prefix: '/blog/',
    extra: { [`posts/${SEED}.json`]: SEED_JSON, [`embed/${SEED}.html`]: SEED_MARKUP },
    headers: { 'Access-Control-Allow-Origin': '*' },
  });
  const otherOrigin = new URL(other.url).origin;
  const host = await serveDir(DIST, {
    compress: true,
    extra: { 'cross-host.html': barePage(`${other.url}posts/${SEED}.json`) },
    csp: STRICT_CSP.replace("connect-src 'self'", `connect-src 'self' ${otherOrigin}`),
  });
  try {
    const { context, page, problems } = await openPage(live.browser, host.url, { ...DESKTOP, reducedMotion: 'reduce' });
    await assertFirstScreenOnly(page, `${host.url}cross-host.html`);
    await foldHandOverAndReply(page, 'A *far* reply.', 'em', 'far');
    assert.deepEqual(problems.errors, []);
    await context.close();
  } finally {
    await host.close();
    await other.close();
  }
});

test('published markup holding anything the reader never writes is not used: the post is drawn from its JSON instead, and nothing of it runs', async () => {
  for (const [i, kind] of Object.keys(TAMPERED).entries()) {
    const { context, page, problems } = await openPage(live.browser, live.server.url, DESKTOP);
    const asked = [];
    page.on('request', (request) => asked.push(new URL(request.url()).href));
    await page.goto(`${live.server.url}tampered-${i}.html`);
    await articleLive(page);
    const reader = page.locator('lectern-reader');
    await reader.locator('article.post h1').hover();
    assert.equal(await page.evaluate(() => window.ran), undefined, `${kind}: nothing ran`);
    assert.equal(await reader.locator('[onmouseover], [onerror], iframe, h1[style], a[href*=javascript]').count(), 0, `${kind}: none of it is on the page`);
    assert.deepEqual(asked.filter((url) => url.startsWith('https://example.org')), [], `${kind}: nothing of it loaded`);
    assert.deepEqual(problems.errors, [], kind);
    // Parsing the markup (inert, never shown) is enough for the browser to report a handler or
    // a style attribute against the page's policy; that report is all there is of it.
    assert.ok(problems.csp.every((report) => /^(script|style)-src-attr /.test(report)), `${kind}: ${problems.csp}`);
    problems.csp.length = 0;
    await context.close();
  }
});

test('<lectern-reader src> for a post with no markup published beside it is drawn on the first screen, within 100 KB, and the full reader takes the drawn markup over', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await assertFirstScreenOnly(page, `${live.server.url}unpublished-host.html`);
  const reader = page.locator('lectern-reader');
  assert.ok(
    await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /lectern-draw-wasm-[0-9a-f]+_bg\.wasm$/.test(r.name))),
    'the post was drawn by the drawing module',
  );
  await reader.getByRole('heading', { level: 1, name: /Syria/ }).waitFor();
  assert.notEqual(await reader.locator('article.post').evaluate((el) => getComputedStyle(el).fontFamily), '', 'styled');
  // The contents follow, and the text settings answer, on the first screen.
  const toc = reader.getByRole('navigation', { name: /Table of contents/ });
  await reader.locator('#russia-turkey').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await toc.locator('a[aria-current="true"]', { hasText: 'Russia–Turkey' }).waitFor();
  await reader.getByRole('button', { name: 'Text settings' }).click();
  await reader.getByRole('button', { name: 'Larger text' }).click();
  await reader.locator('output.size-value', { hasText: '110%' }).waitFor();
  await reader.getByRole('button', { name: 'Text settings' }).click();
  assert.equal(await fullReaderStarted(page), false, 'all of it on the first screen');
  // The conversation is drawn too, readable before its code loads.
  await reader.getByRole('heading', { level: 2, name: /thoughts on/ }).waitFor();
  assert.equal(await reader.locator('section.comments li.comment').count(), 2);
  const drawnConversation = await reader.locator('section.comments').elementHandle();
  await foldHandOverAndReply(page, 'A *drawn* reply.', 'em', 'drawn');
  assert.equal(await reader.locator('section.comments').count(), 1, 'one conversation');
  assert.equal(await drawnConversation.evaluate((el) => el.isConnected), true, 'the drawn conversation is the live one');
  assert.equal(await reader.locator('article.post').count(), 1, 'one article');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('mount() given the post itself, and a reader in the host page\'s language, start on the first screen drawn from the post', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  const seen = [];
  page.on('requestfinished', (request) => seen.push(new URL(request.url()).pathname));
  await page.goto(`${live.server.url}drawn-host.html`);
  await page.waitForFunction(() => window.mountedReader);
  const given = page.locator('#given');
  await given.getByRole('heading', { level: 1, name: 'Given whole' }).waitFor();
  const quote = given.locator('#russia-turkey-q1');
  await quote.getByRole('button', { name: /Show full quotation/ }).click();
  await quote.getByRole('button', { name: 'Show less' }).waitFor();
  // The German part of the page gets a German reader, in the words the full reader uses too.
  const german = page.locator('#german');
  await german.getByRole('navigation', { name: /^Inhaltsverzeichnis/ }).waitFor();
  await german.getByRole('heading', { level: 2, name: 'Inhalt' }).waitFor();
  assert.equal(await fullReaderStarted(page), false, 'both on the first screen');
  assert.ok(seen.every((path) => !/\/lectern-[0-9a-f]+(_bg\.wasm|\.js)$/.test(path)), `the full reader was not fetched: ${seen}`);
  assert.ok(seen.some((path) => path.endsWith('/locales/de.txt')), 'the German words were fetched');
  // Near its comments the full reader takes the German reader over, not a word changing, and
  // renders its conversation.
  const heading = await german.getByRole('heading', { level: 2, name: 'Inhalt' }).elementHandle();
  await german.locator('#article-end').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await readerLive(page);
  await german.locator('section.comments .comment-form').waitFor();
  assert.equal(await heading.evaluate((el) => el.isConnected && el.textContent), 'Inhalt', 'the drawn markup is the live one');
  assert.equal(await german.locator('article.post').count(), 1);
  // A new post for a drawn reader still on its first screen: the full reader starts again with it.
  await given.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.mountedReader.update({ post: { ...window.drawnPost, title: 'Given again' } }));
  await given.getByRole('heading', { level: 1, name: 'Given again' }).waitFor();
  await given.locator('section.comments .comment-form').waitFor();
  assert.equal(await given.locator('section.comments').count(), 1, 'one conversation');
  await page.evaluate(() => window.mountedReader.destroy());
  assert.equal(await given.evaluate((el) => el.shadowRoot.childElementCount), 0, 'destroyed whole');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a short post drawn on a host page has its conversation from the start: nothing on the page moves when the full reader takes it over', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  // The full reader waits until the drawn reader is on the page and painted.
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/\/lectern-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${live.server.url}short-host.html`);
  const reader = page.locator('lectern-reader');
  await reader.getByRole('heading', { level: 1, name: 'Two Minutes at Gettysburg' }).waitFor();
  await articleLive(page);
  await reader.locator('section.comments .comment-form').waitFor();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.evaluate(() => {
    window.shifts.length = 0;
  });
  // The whole post is on the screen, its comments too: the full reader was asked for at once.
  release();
  await readerLive(page);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.deepEqual(await page.evaluate(() => window.shifts), [], 'no layout shift');
  assert.equal(await reader.locator('section.comments').count(), 1);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("published readers in the host's own look (text-setting attributes, mount() options, reader-settings off) start on the first screen, and the reader's choice wins where the host allows it", async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  const messages = [];
  page.on('console', (msg) => messages.push(`${msg.type()}: ${msg.text()}`));
  await assertFirstScreenOnly(page, `${live.server.url}look-host.html`);
  for (const id of ['given', 'fixed', 'mounted']) await page.locator(`#${id} article.post h1`).waitFor();
  await page.waitForFunction(() => window.mountedReader?.mounted);
  // What a reader sees in each: the background, the line length, the text's size and font.
  const look = (id) =>
    page.evaluate((id) => {
      const root = document.getElementById(id).shadowRoot;
      const box = getComputedStyle(root.querySelector('.lectern-embed'));
      const text = getComputedStyle(root.querySelector('article.post .post-section p:not([class])'));
      return { background: box.backgroundColor, measure: box.getPropertyValue('--lectern-measure').trim(), size: parseFloat(text.fontSize), font: text.fontFamily };
    }, id);
  const given = await look('given');
  const fixed = await look('fixed');
  const mounted = await look('mounted');
  assert.equal(given.background, 'rgb(244, 236, 216)', 'theme="sepia"');
  assert.equal(given.measure, '80ch', 'line-width="wide"');
  assert.ok(Math.abs(given.size / fixed.size - 1.25 / 1.1) < 0.02, `text-size 125 and 110: ${given.size} / ${fixed.size}`);
  assert.equal(mounted.background, 'rgb(25, 24, 22)', "mount()'s theme: 'dark'");
  assert.match(mounted.font, /^system-ui/, "mount()'s font: 'sans'");
  assert.equal(await page.evaluate(() => document.getElementById('mounted').dataset.lecternTheme), 'dark', 'the host carries its defaults');
  assert.equal(await page.locator('#fixed').getByRole('button', { name: 'Text settings' }).count(), 0, 'reader-settings="off": no button');

  // The panel starts from the host's look; a choice wins over it, a choice equal to it is left
  // to the host, and Reset brings the host's look back, all on the first screen.
  const reader = page.locator('#given');
  const here = (name) => page.evaluate((name) => document.getElementById('given').shadowRoot.querySelector('.lectern-embed').getAttribute(`data-lectern-${name}`), name);
  await reader.getByRole('button', { name: 'Text settings' }).click();
  const panel = reader.getByRole('group', { name: 'Text settings' });
  assert.equal(await panel.locator('output').innerText(), '125%', "the host's size");
  assert.equal(await panel.getByRole('radio', { name: 'Sepia' }).isChecked(), true);
  assert.equal(await panel.getByRole('radio', { name: 'Wide' }).isChecked(), true);
  await panel.getByRole('radio', { name: 'Dark' }).check();
  await page.waitForFunction(() => localStorage.getItem('lectern:settings') === '{"theme":"dark"}');
  assert.equal((await look('given')).background, 'rgb(25, 24, 22)', "the reader's dark over the host's sepia");
  assert.equal((await look('fixed')).background, 'rgb(253, 252, 249)', 'a host that keeps its look keeps it');
  await panel.getByRole('radio', { name: 'Medium' }).check();
  assert.equal(await here('width'), 'medium', "the reader's medium over the host's wide");
  await panel.getByRole('button', { name: 'Larger text' }).click();
  await panel.getByRole('button', { name: 'Smaller text' }).click();
  assert.equal(await panel.locator('output').innerText(), '125%');
  assert.equal(await here('size'), null, "a size equal to the host's is the host's");
  await panel.getByRole('button', { name: 'Reset' }).click();
  await page.waitForFunction(() => localStorage.getItem('lectern:settings') === null);
  assert.equal((await look('given')).background, 'rgb(244, 236, 216)', "the host's sepia is back");
  assert.equal(await here('theme'), null);
  assert.equal(await fullReaderStarted(page), false, 'all of it on the first screen');

  // The host switches its look (a dark-mode toggle on the host page): the first screen follows.
  await page.evaluate(() => document.getElementById('given').setAttribute('theme', 'light'));
  await page.waitForFunction(() => document.getElementById('given').dataset.lecternTheme === 'light');
  assert.equal((await look('given')).background, 'rgb(253, 252, 249)', 'theme="light"');
  assert.equal(await panel.getByRole('radio', { name: 'Light' }).isChecked(), true);
  await page.evaluate(() => window.mountedReader.update({ src: './posts/syria-russia-turkey-stalin-myth.json', theme: 'sepia' }));
  await page.waitForFunction(() => document.getElementById('mounted').dataset.lecternTheme === 'sepia');
  assert.equal((await look('mounted')).background, 'rgb(244, 236, 216)', "update()'s theme: 'sepia'");
  assert.doesNotMatch((await look('mounted')).font, /^system-ui/, "the font update() left out is the reader's default again");
  assert.equal(await fullReaderStarted(page), false, 'a new look is the first screen\'s too');

  // Destroyed on its first screen, a mounted reader takes its host's defaults with it.
  await page.evaluate(() => window.mountedReader.destroy());
  assert.equal(await page.evaluate(() => document.getElementById('mounted').hasAttribute('data-lectern-theme')), false);

  // The full reader takes over in the same look.
  await panel.getByRole('radio', { name: 'Dark' }).check();
  await reader.locator('#article-end').evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await readerLive(page);
  assert.equal((await look('given')).background, 'rgb(25, 24, 22)');
  assert.equal(await here('theme'), 'dark');
  assert.equal(await page.locator('#fixed').getByRole('button', { name: 'Text settings' }).count(), 0);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(messages.filter((m) => /hydrat|mismatch|panicked/i.test(m)), []);
  await context.close();
});

test('a published reader given a look the reader does not offer is refused by the full reader, which names the attribute', async () => {
  const { context, page, problems } = await openPage(live.browser, live.server.url, DESKTOP);
  await page.goto(`${live.server.url}blue-host.html`);
  const error = page.locator('lectern-reader').getByRole('alert');
  await error.waitFor({ timeout: 20000 });
  assert.match(await error.innerText(), /option `theme`: unknown variant `blue`/);
  assert.equal(await page.locator('lectern-reader article.post').count(), 0, 'no half-live reader behind the error');
  assert.deepEqual(problems.errors, []);
  await context.close();
});
