// End to end against a real WordPress (Debian's package, MariaDB, PHP's server) filled with the
// WordPress exports nobody here wrote: reading posts and their threads through the REST API,
// the errors a reader can meet, and replies that reach the site's moderation queue.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { launch, openPage, waitForReader, DESKTOP } from './support/browser.mjs';
import { serveDir, STRICT_CSP } from './support/server.mjs';
import { startWordPress } from './support/wordpress.mjs';
import { axeViolations } from './support/axe.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
// The Lectern plugin is how a site owner lets visitors reply over the REST API (a stock site
// refuses them there); the tests that need such a site activate it (tests/e2e/plugin.test.mjs
// tests the plugin itself).
const PLUGIN_ZIP = new URL('../../target/wordpress-plugin/lectern.zip', import.meta.url).pathname;
const PLUGIN = 'lectern/lectern.php';
const EMBED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body><h1>Host</h1></body></html>`;

let site;
let reader;
let browser;
const ids = {};

before(async () => {
  site = await startWordPress();
  // The reader served with the site under /wp/: the same origin, as `?post=` requires.
  // The REST API's links name the site's own address, another origin here: the strict policy
  // names it, as docs/security.md tells a host to.
  reader = await serveDir(DIST, {
    proxy: { '/wp/': site.url },
    extra: { 'fixtures/host.html': EMBED_PAGE },
    csp: STRICT_CSP.replace("connect-src 'self'", `connect-src 'self' ${new URL(site.url).origin}`),
  });
  browser = await launch();
  assert.ok(existsSync(PLUGIN_ZIP), `no ${PLUGIN_ZIP}: run node scripts/build/plugin.mjs after trunk build --release`);
  site.wp('plugin-install', PLUGIN_ZIP);
  for (const slug of ['template-comments', 'block-quotes', 'edge-case-nested-and-mixed-lists', 'template-comments-disabled', 'template-password-protected']) {
    ids[slug] = await site.postId(slug);
  }
  ids.hostile = Number(
    site.wp('add-post', JSON.stringify({
      title: 'Hostile content',
      content: '<p>Before.</p><script>window.__ran = "script"</script><p onclick="window.__ran = \'handler\'" style="color:red">Click <img src="x" onerror="window.__ran = \'onerror\'" alt="broken picture">here.</p><iframe src="https://www.youtube.com/embed/abc" onload="window.__ran = \'frame\'"></iframe><form action="/steal"><input name="q"></form><p>After.</p>',
    })),
  );
  const [hostileUnicode] = await (await fetch(`${site.url}wp-json/wp/v2/posts?search=Frost&_fields=id`)).json();
  ids.unicode = hostileUnicode.id;
  ids.private = Number(site.wp('add-post', JSON.stringify({ title: 'Only for members', content: '<p>Secret.</p>', status: 'private' })));
  ids.replies = Number(site.wp('add-post', JSON.stringify({ title: 'Talk to us', content: '<h2>Say something</h2><p>We read every comment.</p>' })));
  ids.thousand = Number(site.wp('add-post', JSON.stringify({ title: 'A thousand voices', content: '<p>Many comments follow.</p>', comments: 1000 })));
});

after(async () => {
  await browser?.close();
  await reader?.close();
  site?.close();
});

/** Opens `?post=` for the WordPress REST address `rest` (relative to the site). */
async function openPost(rest, { waitFor = 'reader' } = {}) {
  const opened = await openPage(browser, reader.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await opened.page.goto(`${reader.url}?post=${encodeURIComponent(`/wp/${rest}`)}`);
  if (waitFor === 'reader') await waitForReader(opened.page);
  return opened;
}

/** Opens the host page on the reader's origin with a `<lectern-reader>` reading `src`. */
async function embedOnHost(page, src) {
  await page.goto(`${reader.url}fixtures/host.html`);
  await page.evaluate(async (address) => {
    await import('../lectern-embed.js');
    const element = document.createElement('lectern-reader');
    element.setAttribute('src', address);
    document.body.append(element);
  }, src);
}

/** Requests that went to neither the reader's origin nor the WordPress site. */
function strangers(problems) {
  return problems.foreign.filter((url) => new URL(url).origin !== new URL(site.url).origin);
}

test('a post with quotations reads with its contents, quotations and their sources', async () => {
  const { context, page, problems } = await openPost(`wp-json/wp/v2/posts/${ids['block-quotes']}?_embed`);
  assert.equal(await page.locator('article h1').innerText(), 'Block: Quote');
  const quotes = page.locator('article figure.quote');
  assert.ok((await quotes.count()) >= 2, 'the post’s quotations are quotations');
  const sources = await page.locator('article figure.quote .quote-source cite').allInnerTexts();
  assert.ok(sources.length >= 1 && sources.every((s) => s.trim().length > 0), `sources: ${sources}`);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(strangers(problems), []);
  await context.close();
});

test('nested and mixed lists keep their nesting; the contents come from the headings', async () => {
  const { context, page } = await openPost(`wp-json/wp/v2/posts/${ids['edge-case-nested-and-mixed-lists']}`);
  assert.ok((await page.locator('article ol ul, article ul ol, article ul ul, article ol ol').count()) > 0, 'lists nest');
  const toc = await page.locator('nav[aria-label="Table of contents"] .toc-list a').allInnerTexts();
  const headings = await page.locator('article h2.section-heading').allInnerTexts();
  assert.ok(toc.length >= 2, `contents: ${toc}`);
  assert.deepEqual(toc, headings);
  await context.close();
});

test('a ?slug= answer and the ?rest_route= form read the same post', async () => {
  const { context, page } = await openPost('?rest_route=/wp/v2/posts&slug=block-quotes');
  assert.equal(await page.locator('article h1').innerText(), 'Block: Quote');
  await context.close();
});

test('the thread comes oldest first, nested by parent, deeper replies say whom they answer', async () => {
  const { context, page } = await openPost(`wp-json/wp/v2/posts/${ids['template-comments']}?_embed`);
  const heading = page.locator('#comments-heading');
  await page.waitForFunction(() => document.querySelectorAll('#comments li.comment').length === 19);
  assert.match(await heading.innerText(), /^19 thoughts on “Template: Comments”/);
  const rows = await page.locator('#comments li.comment').evaluateAll((items) =>
    items.map((li) => ({ depth: Number(getComputedStyle(li).getPropertyValue('--depth') || 0), note: li.querySelector('.comment-note')?.innerText ?? '' })),
  );
  assert.equal(rows[0].depth, 0);
  assert.ok(rows.some((r) => r.depth === 4), 'replies nest to the reader’s depth');
  assert.ok(rows.every((r) => r.depth <= 4));
  assert.ok(rows.some((r) => /^in reply to /.test(r.note)), 'replies deeper than the limit name their parent');
  // Each reply follows the comment it answers.
  const order = await page.locator('#comments li.comment').evaluateAll((items) => items.map((li) => li.id));
  const api = await (await fetch(`${site.url}wp-json/wp/v2/comments?post=${ids['template-comments']}&per_page=100&order=asc`)).json();
  for (const comment of api.filter((c) => c.parent)) {
    assert.ok(order.indexOf(`comment-${comment.parent}`) < order.indexOf(`comment-${comment.id}`));
  }
  await context.close();
});

test('hostile Unicode (overrides, zero-width and combining marks, emoji, entities) survives as text', async () => {
  const { context, page, problems } = await openPost(`wp-json/wp/v2/posts/${ids.unicode}`);
  assert.equal(
    await page.locator('article h1').textContent(),
    '\u201cThe Road \u202eNot\u202c Taken\u201d by Rob\u202dert \u202eFrost \u202a\u{1F332}\u202c',
  );
  const body = await page.locator('#article').textContent();
  assert.ok(body.includes('I c\u{1D560}uldn\u2019t'), 'mathematical letters and a curly apostrophe from an entity');
  assert.ok(body.includes('T\u0337\u0322\u032f\u032d\u0308w'), 'combining marks kept');
  assert.equal(await page.locator('article [dir="rtl"], article bdo').count(), 0, 'no direction was forced from the content');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('nothing from the content runs or loads, and only the post’s own image is asked for', async () => {
  const { context, page, problems } = await openPost(`wp-json/wp/v2/posts/${ids.hostile}`);
  await page.locator('article').getByText('After.').waitFor();
  assert.equal(await page.evaluate(() => window.__ran ?? null), null);
  await page.locator('article p', { hasText: 'Click' }).click();
  assert.equal(await page.evaluate(() => window.__ran ?? null), null);
  assert.equal(await page.locator('article iframe, article form, article script').count(), 0);
  assert.equal(await page.locator('article a.embed-link').innerText(), 'Video on youtube.com');
  assert.equal(await page.locator('article [onclick], article [onerror], article [style]').count(), 0);
  assert.ok(strangers(problems).every((url) => !/youtube/.test(url)), `requests: ${strangers(problems)}`);
  await context.close();
});

test('every published post and page of the exports reads whole through the embed on another origin: each piece of text WordPress renders is in the reader', async () => {
  // What WordPress itself renders for each post and page (the REST API's content.rendered).
  const listed = [];
  for (const type of ['posts', 'pages']) {
    for (let page = 1; ; page += 1) {
      const answer = await fetch(`${site.url}wp-json/wp/v2/${type}?per_page=100&page=${page}&_fields=id,slug,content`);
      if (!answer.ok) break;
      const items = await answer.json();
      listed.push(...items.filter((item) => !item.content.protected).map((item) => ({ type, ...item })));
      if (items.length < 100) break;
    }
  }
  assert.ok(listed.length > 40, `the site holds the exports' posts and pages (${listed.length})`);
  const opened = await openPage(browser, reader.url, { ...DESKTOP, reducedMotion: 'reduce' });
  const { context, page, problems } = opened;
  const refusedBy = [];
  // WordPress's markup is taken apart on a blank page of its own, outside the reader's policy.
  const blank = await browser.newPage();
  const lost = [];
  for (const item of listed) {
    // Each block's own text, as a reader of the site's page sees it. Not text: scripts and
    // styles; a form's controls (an archive widget's drop-down), which the reader leaves out
    // by design, as it leaves out every form; a file block's "Download" button, which repeats
    // the link to the file just before it.
    const pieces = await blank.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      doc.querySelectorAll('script, style, noscript, template, form, select, label, button, input, textarea, a.wp-block-file__button').forEach((node) => node.remove());
      // A <q> shows its quotation marks (the browser's stylesheet draws them; the reader writes them).
      doc.querySelectorAll('q').forEach((q) => q.replaceWith('“', ...q.childNodes, '”'));
      const blocks = 'p, li, h1, h2, h3, h4, h5, h6, figcaption, td, th, pre, dt, dd, caption, blockquote, div, figure, cite, footer, address';
      const found = new Map();
      const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const block = node.parentElement?.closest(blocks) ?? doc.body;
        found.set(block, (found.get(block) ?? '') + node.textContent);
      }
      return [...found.values()].map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => /\p{L}|\p{N}/u.test(text));
    }, item.content.rendered);
    const violations = problems.csp.length;
    // Read as a host page on another origin reads it: the embed, from the site's REST API.
    await embedOnHost(page, `${site.url}wp-json/wp/v2/${item.type}/${item.id}`);
    // Every part laid out (a long post arrives a part at a time).
    await page.waitForFunction(() => performance.getEntriesByName('lectern-laid-out').length > 0, null, { timeout: 20000 });
    // The post's own pictures live on hosts this test page's policy does not name (the
    // exports' wpthemetestdata.files.wordpress.com): refusing those is the policy doing its
    // job. Anything else the reader did would be its own fault.
    const own = problems.csp.splice(violations).filter((report) => !report.startsWith('img-src refused http'));
    if (own.length) refusedBy.push(`${item.type}/${item.slug}: ${own.join('; ').slice(0, 300)}`);
    // Compared without white space: a line break (<br>) or two links side by side are spaced by
    // layout, not by text, on either side.
    const bare = (text) => text.replace(/\s+/g, '');
    const read = bare(await page.locator('lectern-reader #article').textContent());
    // An embed's address is the link to the original ("Video on youtube.com").
    const originals = await page.locator('lectern-reader #article a.embed-link').evaluateAll((links) => links.map((a) => a.href));
    for (const piece of pieces) {
      if (read.includes(bare(piece)) || originals.some((href) => bare(href) === bare(piece))) continue;
      lost.push(`${item.type}/${item.slug}: “${piece.slice(0, 80)}”`);
    }
  }
  assert.deepEqual(lost, [], `${lost.length} pieces lost`);
  assert.deepEqual(refusedBy, [], 'no post makes the page break its policy');
  // Late reports of the pictures refused (they can arrive after the next page opened).
  const others = problems.csp.filter((report) => !report.startsWith('img-src refused http'));
  problems.csp.splice(0, problems.csp.length, ...others);
  await blank.close();
  await context.close();
});

test('a missing, private or password-protected post, a REST API switched off and a site that refuses CORS say so', async () => {
  const cases = [
    [`wp-json/wp/v2/posts/99999999`, /not found/i],
    [`wp-json/wp/v2/posts/${ids.private}`, /private or password-protected/],
    [`wp-json/wp/v2/posts/${ids['template-password-protected']}`, /password-protected/],
    [`wp-json/wp/v2/posts/${ids['block-quotes']}?lectern_rest_off=1`, /switched off its REST API/],
  ];
  for (const [rest, says] of cases) {
    const { context, page } = await openPost(rest, { waitFor: 'none' });
    const panel = page.locator('.load-error');
    await panel.waitFor({ timeout: 20000 });
    assert.match(await panel.innerText(), says, rest);
    await context.close();
  }
  const { context, page } = await openPage(browser, reader.url, DESKTOP);
  await page.goto(`${reader.url}fixtures/host.html`);
  await page.evaluate(async ([refused, allowed]) => {
    const { mount } = await import('../lectern-embed.js');
    const a = document.createElement('div');
    a.id = 'refused';
    const b = document.createElement('div');
    b.id = 'allowed';
    document.body.append(a, b);
    await mount(a, { src: refused });
    await mount(b, { src: allowed });
  }, [
    `${site.url}wp-json/wp/v2/posts/${ids['block-quotes']}?lectern_refuse_cors=1`,
    `${site.url}wp-json/wp/v2/posts/${ids['block-quotes']}`,
  ]);
  const refused = page.locator('#refused .load-error');
  await refused.waitFor({ timeout: 20000 });
  assert.match(await refused.innerText(), /cross-origin requests \(CORS\)/);
  await page.locator('#allowed').getByRole('heading', { level: 1, name: 'Block: Quote' }).waitFor();
  await context.close();
});

test('a closed post says "Comments are closed." and offers no composer', async () => {
  const { context, page } = await openPost(`wp-json/wp/v2/posts/${ids['template-comments-disabled']}`);
  await page.locator('#comments').getByText('Comments are closed.').waitFor();
  assert.equal(await page.locator('#comments form.comment-form').count(), 0);
  await context.close();
});

test('1,000 comments arrive in ten requests, with progress, without moving the post', async () => {
  const { context, page } = await openPage(browser, reader.url, { ...DESKTOP, reducedMotion: 'reduce' });
  const pages = [];
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route(/wp\/v2\/comments/, async (route) => {
    const number = Number(new URL(route.request().url()).searchParams.get('page'));
    pages.push(number);
    if (number === 2) await held;
    await route.continue();
  });
  await page.goto(`${reader.url}?post=${encodeURIComponent(`/wp/wp-json/wp/v2/posts/${ids.thousand}`)}`);
  await waitForReader(page);
  const status = page.locator('#comments .thread-status');
  await status.getByText('Loading comments… 100 of 1,000').waitFor();
  const before = await page.locator('#article').boundingBox();
  release();
  await page.waitForFunction(() => !document.querySelector('#comments .thread-status'), null, { timeout: 60000 });
  assert.match(await page.locator('#comments-heading').innerText(), /^1,000 thoughts on/);
  assert.deepEqual(pages, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.deepEqual(await page.locator('#article').boundingBox(), before);
  await context.close();
});

test('a failed comments page says what is missing and "Try again" reads it', async () => {
  const { context, page } = await openPage(browser, reader.url, { ...DESKTOP, reducedMotion: 'reduce' });
  let fail = true;
  await page.route(/wp\/v2\/comments/, (route) => (fail ? route.abort() : route.continue()));
  await page.goto(`${reader.url}?post=${encodeURIComponent(`/wp/wp-json/wp/v2/posts/${ids['template-comments']}`)}`);
  await waitForReader(page);
  const failed = page.locator('#comments .thread-status--failed');
  await failed.waitFor();
  assert.match(await failed.innerText(), /^The comments could not be loaded: /);
  // Not "No comments yet": the thread is unknown, not empty.
  assert.equal(await page.locator('#comments-heading').innerText(), 'Comments');
  assert.equal(await page.locator('article h1').innerText(), 'Template: Comments');
  fail = false;
  await failed.getByRole('button', { name: 'Try again' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#comments li.comment').length === 19);
  await context.close();
});

test('a post read with ?_embed shows the comments it carries when its site’s thread cannot be read', async () => {
  const { context, page } = await openPage(browser, reader.url, { ...DESKTOP, reducedMotion: 'reduce' });
  let fail = true;
  await page.route(/wp\/v2\/comments/, (route) => (fail ? route.abort() : route.continue()));
  await page.goto(`${reader.url}?post=${encodeURIComponent(`/wp/wp-json/wp/v2/posts/${ids['template-comments']}?_embed`)}`);
  await waitForReader(page);
  const failed = page.locator('#comments .thread-status--failed');
  await failed.waitFor();
  // WordPress embeds the first page of the thread (ten comments): they stay, and say so.
  const shown = await page.locator('#comments li.comment').count();
  assert.equal(shown, 10);
  assert.match(await failed.innerText(), /^Some comments could not be loaded \(10 shown\): /);
  assert.match(await page.locator('#comments-heading').innerText(), /^10 thoughts on/);
  fail = false;
  await failed.getByRole('button', { name: 'Try again' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#comments li.comment').length === 19);
  assert.match(await page.locator('#comments-heading').innerText(), /^19 thoughts on/);
  await context.close();
});

/** Fills the composer at the end of the thread. */
async function write(page, text, name = 'Ada Reader', email = 'ada@example.org') {
  const form = page.locator('#respond form.comment-form');
  await form.locator('#lectern-comment').fill(text);
  await form.locator('#lectern-author').fill(name);
  await form.locator('#lectern-email').fill(email);
  return form;
}

test('a site that takes anonymous REST comments (with the Lectern plugin): a reply reaches the moderation queue once; refusals keep the draft', async () => {
  site.wp('plugin-activate', PLUGIN);
  site.wp('flood', 'on');
  try {
    const { context, page, problems } = await openPost(`wp-json/wp/v2/posts/${ids.replies}`);
    const form = await write(page, 'First reply from *Lectern*.');
    // A double click sends one comment.
    await form.getByRole('button', { name: 'Post Comment' }).dblclick();
    const mine = page.locator('#comments li.comment--pending');
    await mine.waitFor();
    assert.match(await mine.innerText(), /Your comment is awaiting moderation/);
    assert.match(await mine.innerText(), /First reply from Lectern/);
    const held = JSON.parse(site.wp('held', String(ids.replies)));
    assert.equal(held.length, 1);
    assert.equal(held[0].author_name, 'Ada Reader');
    assert.match(held[0].content, /<em>Lectern<\/em>/);

    // A second comment at once: WordPress's flood check refuses it; the draft stays as typed.
    await write(page, 'Second reply, straight after.');
    await form.getByRole('button', { name: 'Post Comment' }).click();
    const refusal = form.locator('.send-error');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /too quickly/);
    assert.equal(await form.locator('#lectern-comment').inputValue(), 'Second reply, straight after.');

    // Allowed again: "Try again" sends it.
    site.wp('flood', 'off');
    await form.getByRole('button', { name: 'Try again' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#comments li.comment--pending').length === 2);
    assert.equal(JSON.parse(site.wp('held', String(ids.replies))).length, 2);

    // The same comment again: a duplicate, said plainly.
    await write(page, 'Second reply, straight after.');
    await form.getByRole('button', { name: 'Post Comment' }).click();
    await page.waitForFunction(() => /same comment twice/.test(document.querySelector('.send-error')?.innerText ?? ''));
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(strangers(problems), []);
    await context.close();
  } finally {
    site.wp('plugin-deactivate', PLUGIN);
  }
});

test('a stock site: a reply from another origin goes through the site’s comment form into moderation, with its parent, and is forgotten here once published', async () => {
  site.wp('flood', 'off');
  const { context, page, problems } = await openPost(`wp-json/wp/v2/posts/${ids['template-comments']}`);
  await page.waitForFunction(() => document.querySelectorAll('#comments li.comment').length === 19);
  const first = page.locator('#comments li.comment').first();
  const parentId = Number((await first.getAttribute('id')).replace('comment-', ''));
  await first.getByRole('button', { name: /^Reply to / }).click();
  const form = page.locator('form.comment-form');
  await form.locator('#lectern-comment').fill("Answering the first comment -- it's *good*.");
  await form.locator('#lectern-author').fill('Bo Reader');
  await form.locator('#lectern-email').fill('bo@example.org');
  await form.getByRole('button', { name: 'Post Comment' }).click();
  const mine = page.locator('#comments li.comment--pending');
  await mine.waitFor();
  // What the page knows, and no more: it went to the form; WordPress holds new comments.
  assert.match(await mine.innerText(), /Sent to the site’s comment form/);
  assert.match(await mine.innerText(), /only from logged-in readers, it did not take this one/);
  const link = await mine.getByRole('link', { name: 'Reply on the site' }).getAttribute('href');
  assert.match(link, /\/#respond$/);
  assert.ok(link.startsWith(site.url), link);
  // In WordPress's moderation queue, as the form would have put it.
  const held = JSON.parse(site.wp('held', String(ids['template-comments'])));
  assert.equal(held.length, 1);
  assert.equal(held[0].parent, parentId);
  assert.equal(held[0].author_name, 'Bo Reader');
  assert.equal(held[0].author_email, 'bo@example.org');
  assert.match(held[0].content, /<em>good<\/em>/);
  // The reply's composer closed; the one at the end of the thread is empty (the words are in
  // the pending copy, kept until the site shows them published or the reader removes them).
  assert.equal(await page.locator('#lectern-comment').count(), 1);
  assert.equal(await page.locator('#respond #lectern-comment').inputValue(), '');
  // Kept across a reload while the site has not published it.
  await page.reload();
  await waitForReader(page);
  await page.waitForFunction(() => document.querySelectorAll('#comments li.comment').length === 20);
  assert.equal(await page.locator('#comments li.comment--pending').count(), 1);
  // Once the site publishes it (texturized: ’ and –), it is part of the thread, and this
  // browser forgets its copy.
  site.wp('approve', String(held[0].id));
  await page.reload();
  await waitForReader(page);
  await page.waitForFunction(() => document.querySelectorAll('#comments li.comment').length === 20);
  assert.equal(await page.locator('#comments li.comment--pending').count(), 0);
  assert.equal(await page.locator(`#comment-${held[0].id}`).getByText(/Answering the first comment/).count(), 1);
  await page.waitForFunction(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('lectern:pending:')).every((k) => localStorage.getItem(k) === '[]'),
  );
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('an embed on another site: a registration-only site takes nothing and the reader is told it may not have; a stock site holds the reply for moderation', async () => {
  site.wp('flood', 'off');
  site.wp('registration', 'on');
  try {
    const before = JSON.parse(site.wp('held', String(ids.replies))).length;
    const { context, page, problems } = await openPage(browser, reader.url, { ...DESKTOP, reducedMotion: 'reduce' });
    await embedOnHost(page, `${site.url}wp-json/wp/v2/posts/${ids.replies}`);
    const form = page.locator('lectern-reader #respond form.comment-form');
    await form.waitFor();
    await form.locator('#lectern-comment').fill('Only members may say this.');
    await form.locator('#lectern-author').fill('Di Reader');
    await form.locator('#lectern-email').fill('di@example.org');
    await form.getByRole('button', { name: 'Post Comment' }).click();
    const mine = page.locator('lectern-reader li.comment--pending', { hasText: 'Only members may say this.' });
    await mine.waitFor();
    assert.match(await mine.innerText(), /Sent to the site’s comment form/);
    assert.match(await mine.innerText(), /if the site takes comments only from logged-in readers, it did not take this one/);
    assert.equal(JSON.parse(site.wp('held', String(ids.replies))).length, before, 'nothing reached the site');
    // The words stay with the reader until they remove them.
    await mine.getByRole('button', { name: 'Remove my comment' }).click();
    await mine.waitFor({ state: 'detached' });

    // The site as it comes again: the same embed's reply lands in its moderation queue.
    site.wp('registration', 'off');
    await form.locator('#lectern-comment').fill('From an embed on another site.');
    await form.locator('#lectern-author').fill('Di Reader');
    await form.locator('#lectern-email').fill('di@example.org');
    await form.getByRole('button', { name: 'Post Comment' }).click();
    await page.locator('lectern-reader li.comment--pending', { hasText: 'From an embed on another site.' }).waitFor();
    const held = JSON.parse(site.wp('held', String(ids.replies)));
    assert.equal(held.length, before + 1);
    const fromEmbed = held.find((c) => /From an embed on another site\./.test(c.content));
    assert.equal(fromEmbed?.author_name, 'Di Reader');
    assert.deepEqual(problems.errors, []);
    await context.close();
  } finally {
    site.wp('registration', 'off');
  }
});

test('a reply the site publishes at once joins the thread', async () => {
  site.wp('moderation', 'off');
  site.wp('flood', 'off');
  site.wp('plugin-activate', PLUGIN);
  try {
    const { context, page, problems } = await openPost(`wp-json/wp/v2/posts/${ids['block-quotes']}`);
    await page.locator('#comments-heading').getByText('No comments yet').waitFor();
    await write(page, 'Published straight away.', 'Cy Reader', 'cy@example.org');
    await page.locator('#respond form.comment-form').getByRole('button', { name: 'Post Comment' }).click();
    const published = page.locator('#comments li.comment', { hasText: 'Published straight away.' });
    await published.waitFor();
    assert.equal(await page.locator('#comments li.comment--pending').count(), 0, 'not shown as awaiting moderation');
    assert.match(await page.locator('#comments-heading').innerText(), /^1 thought on “Block: Quote”/);
    assert.match(await published.locator('.comment-author').innerText(), /Cy Reader/);
    assert.equal(await page.locator('#lectern-comment').inputValue(), '', 'the draft is gone once published');
    assert.deepEqual(problems.errors, []);
    await context.close();
  } finally {
    site.wp('moderation', 'on');
    site.wp('plugin-deactivate', PLUGIN);
  }
});

test('WordPress posts with embeds, tables, galleries and a long thread pass axe, light and dark', async () => {
  const slugs = ['blocks-embeds', 'markup-html-tags-and-formatting', 'block-gallery', 'template-comments'];
  for (const slug of slugs) {
    const id = await site.postId(slug);
    for (const colorScheme of ['light', 'dark']) {
      const { context, page } = await openPage(browser, reader.url, { ...DESKTOP, colorScheme, reducedMotion: 'reduce' });
      await page.goto(`${reader.url}?post=${encodeURIComponent(`/wp/wp-json/wp/v2/posts/${id}?_embed`)}`);
      await waitForReader(page);
      await page.waitForFunction(() => !document.querySelector('#comments .thread-status'));
      assert.deepEqual(await axeViolations(page), [], `${slug}, ${colorScheme}`);
      await context.close();
    }
  }
});
