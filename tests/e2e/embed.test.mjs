// End to end: Lectern embedded in other people's pages. The demo page (hostile CSS, two readers
// side by side), the <lectern-reader> element's live attributes, the mount() JS API with its
// option errors, mount/destroy cycles that must leave nothing behind, and posts on other origins.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { launch, openPage, DESKTOP, PHONE } from './support/browser.mjs';
import { serveDir, STRICT_CSP } from './support/server.mjs';
import { axeViolations } from './support/axe.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const SECOND = JSON.stringify({
  format: 'lectern/post@1',
  id: 'elsewhere',
  title: 'A post from another origin',
  sections: [{ id: 'only', title: 'Only', blocks: [{ type: 'paragraph', text: 'Fetched across origins.' }] }],
});
// Three readers of one post: host defaults given as attributes, host custom properties, and a host
// that keeps its own look (no reader settings).
const SETTINGS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Settings host</title>
<link rel="stylesheet" href="settings.css"><script type="module" src="../lectern-embed.js"></script></head>
<body><h1>Host</h1>
<lectern-reader id="given" src="../posts/gettysburg-address.json" text-size="125" line-width="wide" theme="sepia"></lectern-reader>
<lectern-reader id="styled" src="../posts/gettysburg-address.json"></lectern-reader>
<lectern-reader id="fixed" src="../posts/gettysburg-address.json" reader-settings="off" text-size="110"></lectern-reader>
</body></html>`;
const SETTINGS_CSS = '#styled { --lectern-measure: 40ch; --lectern-font: monospace; }';
const API_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>API host</title></head>
<body><h1>Host</h1><div id="slot"></div></body></html>`;

let server;
let elsewhere;
let elsewhereCors;
let browser;

before(async () => {
  elsewhere = await serveDir(DIST, { extra: { 'fixtures/post.json': SECOND } });
  elsewhereCors = await serveDir(DIST, {
    extra: { 'fixtures/post.json': SECOND },
    headers: { 'access-control-allow-origin': '*' },
  });
  // The host's strict policy names the origins whose posts it embeds (docs/security.md).
  const others = [elsewhere, elsewhereCors].map((s) => new URL(s.url).origin).join(' ');
  server = await serveDir(DIST, {
    extra: { 'fixtures/api.html': API_PAGE, 'fixtures/settings.html': SETTINGS_PAGE, 'fixtures/settings.css': SETTINGS_CSS },
    csp: STRICT_CSP.replace("connect-src 'self'", `connect-src 'self' ${others}`),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await Promise.all([server, elsewhere, elsewhereCors].map((s) => s?.close()));
});

const HOST_PARTS = ['body', '.site-header h1', '.host-note', '.host-quote', '.host-button', '.site-main'];
const PROPS = ['display', 'font-size', 'font-family', 'color', 'background-color', 'margin-top', 'padding-top',
  'letter-spacing', 'line-height', 'border-top-width', 'width'];

async function hostStyles(page) {
  return page.evaluate(
    ([parts, props]) =>
      Object.fromEntries(
        parts.map((sel) => {
          const style = getComputedStyle(document.querySelector(sel));
          return [sel, Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]))];
        }),
      ),
    [HOST_PARTS, PROPS],
  );
}

async function openDemo(hash = '') {
  const opened = await openPage(browser, server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await opened.page.goto(`${server.url}embed-demo.html${hash}`);
  const first = opened.page.locator('#first-reader');
  const second = opened.page.locator('#second-reader');
  await first.locator('article.post').waitFor({ timeout: 20000 });
  await second.locator('article.post').waitFor({ timeout: 20000 });
  return { ...opened, first, second };
}

test('the demo page: two readers render side by side and the host page keeps its own styles', async () => {
  // The host page as it is without Lectern …
  const bare = await openPage(browser, server.url, DESKTOP);
  await bare.context.route('**/lectern-embed.js', (route) => route.abort());
  await bare.page.goto(`${server.url}embed-demo.html`);
  const before = await hostStyles(bare.page);
  await bare.context.close();
  // … and with two readers in it.
  const { context, page, problems, first, second } = await openDemo();
  assert.deepEqual(await hostStyles(page), before, 'the host page looks the same with readers in it');
  assert.match(await first.getByRole('heading', { level: 1 }).innerText(), /^Syrian Army Close to Liberating/);
  assert.equal(await second.getByRole('heading', { level: 1 }).innerText(), 'Two Minutes at Gettysburg');
  // Guests in the host's page: no second main landmark, and each reader's landmarks are named
  // for its post (axe's landmark rules), with a reader's text settings open too.
  assert.deepEqual(await axeViolations(page), [], 'axe on the demo page');
  assert.equal(await page.getByRole('main').count(), 1, "only the host's main");
  await first.getByRole('navigation', { name: 'Table of contents: Syrian Army Close to Liberating' }).waitFor();
  await second.getByRole('button', { name: 'Text settings' }).click();
  assert.deepEqual(await axeViolations(page), [], 'axe with the text settings open');
  await second.getByRole('button', { name: 'Text settings' }).click();
  // The host's hostile rules do not reach inside.
  const inside = await first.locator('figure.quote:has(a.quote-toggle)').first().evaluate((figure) => {
    const quote = figure.querySelector('blockquote');
    const para = figure.querySelector('p');
    const button = figure.querySelector('a.quote-toggle');
    return {
      quote: getComputedStyle(quote).display,
      paraSize: parseFloat(getComputedStyle(para).fontSize),
      paraFont: getComputedStyle(para).fontFamily,
      buttonBorder: getComputedStyle(button).borderTopStyle,
      buttonCursor: getComputedStyle(button).cursor,
      letterSpacing: getComputedStyle(para).letterSpacing,
    };
  });
  assert.equal(inside.quote, 'block', 'blockquote { display: none } stays outside');
  assert.ok(inside.paraSize < 30, `p { font-size: 40px } stays outside (got ${inside.paraSize}px)`);
  assert.doesNotMatch(inside.paraFont, /Courier/, '* { font-family } stays outside');
  assert.equal(inside.letterSpacing, 'normal');
  assert.equal(inside.buttonCursor, 'pointer', 'button { all: unset } stays outside');
  // Theming from outside: reader 2 is dark with the host's accent; reader 1 is light (system).
  const colours = await page.evaluate(() => {
    const bg = (id) => getComputedStyle(document.getElementById(id).shadowRoot.querySelector('.lectern-embed')).backgroundColor;
    const link = document.getElementById('second-reader').shadowRoot.querySelector('nav a');
    return { first: bg('first-reader'), second: bg('second-reader'), accent: getComputedStyle(link).color };
  });
  assert.equal(colours.first, 'rgb(253, 252, 249)');
  assert.equal(colours.second, 'rgb(25, 24, 22)');
  assert.equal(colours.accent, 'rgb(95, 211, 168)', '--lectern-accent set on the element by the host (dark half)');
  // Sized to content: no fixed height and no inner scrollbar.
  const box = await second.evaluate((el) => ({
    host: el.getBoundingClientRect().height,
    content: el.shadowRoot.querySelector('.lectern-embed').getBoundingClientRect().height,
    scrolls: el.scrollHeight > el.clientHeight + 1,
  }));
  assert.ok(Math.abs(box.host - box.content) < 1 && box.content > 400, JSON.stringify(box));
  assert.equal(box.scrolls, false);
  // The host page keeps its title.
  assert.equal(await page.title(), 'Lectern embed demo: two readers on a hostile page');
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.foreign, []);
  await context.close();
});

test('theme="auto" follows the system colour scheme; light and dark stay as set', async () => {
  const { context, page } = await openPage(browser, server.url, { ...DESKTOP, colorScheme: 'dark' });
  await page.goto(`${server.url}embed-demo.html`);
  await page.locator('#second-reader article.post').waitFor({ timeout: 20000 });
  await page.evaluate(() => document.getElementById('second-reader').setAttribute('theme', 'light'));
  await page.waitForFunction(() => document.getElementById('second-reader').dataset.lecternTheme === 'light');
  const bg = (id) =>
    page.evaluate((el) => getComputedStyle(document.getElementById(el).shadowRoot.querySelector('.lectern-embed')).backgroundColor, id);
  await page.locator('#first-reader article.post').waitFor({ timeout: 20000 });
  assert.equal(await bg('first-reader'), 'rgb(25, 24, 22)', 'auto follows the dark system setting');
  assert.equal(await bg('second-reader'), 'rgb(253, 252, 249)', 'light stays light');
  await context.close();
});

test("a host's text settings are the defaults; the reader's own choice wins where the host allows it", async () => {
  const { context, page, problems } = await openPage(browser, server.url, DESKTOP);
  const ids = ['given', 'styled', 'fixed'];
  const open = async () => {
    await page.goto(`${server.url}fixtures/settings.html`);
    for (const id of ids) await page.locator(`#${id} article.post`).waitFor({ timeout: 20000 });
  };
  // What a reader sees in each: text size, colours, line length and font of the post's text.
  const looks = () =>
    page.evaluate((ids) => {
      const look = (id) => {
        const root = document.getElementById(id).shadowRoot;
        const box = getComputedStyle(root.querySelector('.lectern-embed'));
        const text = getComputedStyle(root.querySelector('article.post .post-section p:not([class])'));
        return {
          size: parseFloat(text.fontSize),
          background: box.backgroundColor,
          measure: box.getPropertyValue('--lectern-measure').trim(),
          font: text.fontFamily,
        };
      };
      return Object.fromEntries(ids.map((id) => [id, look(id)]));
    }, ids);
  const near = (actual, expected, what) => assert.ok(Math.abs(actual - expected) < 0.2, `${what}: ${actual} ≈ ${expected}`);
  await open();
  let seen = await looks();
  near(seen.given.size / seen.styled.size, 1.25, 'text-size="125"');
  near(seen.fixed.size / seen.styled.size, 1.1, 'text-size="110"');
  assert.equal(seen.given.background, 'rgb(244, 236, 216)', 'theme="sepia"');
  assert.equal(seen.given.measure, '80ch', 'line-width="wide"');
  assert.equal(seen.styled.measure, '40ch', "the host's --lectern-measure");
  assert.equal(seen.styled.font, 'monospace', "the host's --lectern-font");
  assert.equal(seen.styled.background, 'rgb(253, 252, 249)');
  // reader-settings="off": no button, the host's look only.
  assert.equal(await page.locator('#fixed').getByRole('button', { name: 'Text settings' }).count(), 0);

  // The reader picks a width, a font and a theme in one reader: each wins over the host's
  // properties there, and only those settings are remembered.
  const styled = page.locator('#styled');
  await styled.getByRole('button', { name: 'Text settings' }).click();
  const panel = styled.getByRole('group', { name: 'Text settings' });
  await panel.getByRole('radio', { name: 'Wide' }).check();
  await panel.getByRole('radio', { name: 'High legibility' }).check();
  await panel.getByRole('radio', { name: 'Dark' }).check();
  await page.waitForFunction(() => localStorage.getItem('lectern:settings') === '{"width":"wide","font":"legible","theme":"dark"}');
  seen = await looks();
  assert.equal(seen.styled.measure, '80ch', "the reader's width beats the host's property");
  assert.match(seen.styled.font, /Atkinson Hyperlegible/);
  assert.equal(seen.styled.background, 'rgb(25, 24, 22)');

  // Next visit: every reader that allows it takes the reader's choices over its host's
  // defaults, keeping the host's size; the one whose host keeps its look does not.
  await open();
  seen = await looks();
  assert.equal(seen.given.background, 'rgb(25, 24, 22)', "the reader's dark over the host's sepia");
  near(seen.given.size / seen.fixed.size, 1.25 / 1.1, "the host's text size still applies");
  assert.equal(seen.styled.measure, '80ch');
  assert.equal(seen.fixed.background, 'rgb(253, 252, 249)', 'reader-settings="off" ignores the choice');
  assert.equal(seen.fixed.measure, '65ch');
  const given = page.locator('#given');
  await given.getByRole('button', { name: 'Text settings' }).click();
  const givenPanel = given.getByRole('group', { name: 'Text settings' });
  assert.equal(await givenPanel.locator('output').innerText(), '125%', "the panel starts from the host's size");
  assert.equal(await givenPanel.getByRole('radio', { name: 'Dark' }).isChecked(), true);
  // Reset forgets the reader's choices: the host's look is back.
  await givenPanel.getByRole('button', { name: 'Reset' }).click();
  await page.waitForFunction(() => localStorage.getItem('lectern:settings') === null);
  seen = await looks();
  assert.equal(seen.given.background, 'rgb(244, 236, 216)');
  assert.equal(seen.given.measure, '80ch');

  // Host defaults are live and checked like every attribute.
  await page.evaluate(() => document.getElementById('fixed').setAttribute('line-spacing', 'loose'));
  await page.waitForFunction(() => document.getElementById('fixed').dataset.lecternSpacing === 'loose');
  await page.evaluate(() => document.getElementById('fixed').setAttribute('text-size', '105'));
  const alert = page.locator('#fixed').getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /option `textSize`: expected a text size in percent, one of 85, 92, 100, 110, 125, 140, 160, found 105/);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("on a phone, an embedded reader's text settings open inside its own box", async () => {
  const { context, page, problems } = await openPage(browser, server.url, PHONE);
  await page.goto(`${server.url}embed-demo.html`);
  const reader = page.locator('#second-reader');
  await reader.locator('article.post').waitFor({ timeout: 20000 });
  await reader.getByRole('button', { name: 'Text settings' }).click();
  const panel = reader.getByRole('group', { name: 'Text settings' });
  await panel.waitFor();
  const [box, inside] = await Promise.all([reader.boundingBox(), panel.boundingBox()]);
  assert.ok(inside.x >= box.x && inside.x + inside.width <= box.x + box.width, `panel ${JSON.stringify(inside)} within reader ${JSON.stringify(box)}`);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375, 'no sideways scrolling');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('each reader on the demo page folds, navigates and takes a reply on its own', async () => {
  const { context, page, problems, first, second } = await openDemo();
  // Folding in reader 2 (collapse-words="80" folds the address).
  const quote = second.locator('#address-q1');
  const toggle = quote.getByRole('button', { name: /^Show full quotation \(\d+ words\)$/ });
  await toggle.click();
  await quote.getByRole('button', { name: 'Show less' }).waitFor();
  assert.match(await quote.innerText(), /shall not perish from the earth/);
  assert.equal(await first.getByRole('button', { name: 'Show less' }).count(), 0, 'reader 1 untouched');
  // Table of contents in reader 1 (a half-width column: the "On this page" disclosure, as on a
  // phone, because the layout follows the reader's width): the link leads to its own section.
  await first.getByRole('button', { name: /^On this page:/ }).click();
  const toc = first.getByRole('navigation', { name: 'Table of contents' });
  await toc.getByRole('link', { name: 'Stalin myth' }).click();
  // It lands just below the reader's sticky "On this page" bar.
  await page.waitForFunction(() => {
    const root = document.getElementById('first-reader').shadowRoot;
    const top = root.getElementById('stalin-myth')?.getBoundingClientRect().top ?? 9999;
    const bar = root.querySelector('.lectern-side').getBoundingClientRect().bottom;
    return top >= bar && top < bar + 40;
  });
  await first.getByRole('button', { name: /^On this page: Stalin myth/ }).waitFor();
  // Composer in reader 2: reply to the first comment, preview in place.
  await second.getByRole('button', { name: 'Reply to A reader' }).click();
  await page.keyboard.type('Quoted *once*, read twice.');
  const preview = second.locator('.comment--preview');
  await preview.waitFor();
  assert.equal(await preview.locator('em').innerText(), 'once');
  assert.equal(await first.locator('.comment--preview').count(), 0);
  // Posting it validates in its own shadow root and focuses the first missing field.
  await second.getByRole('button', { name: 'Post Comment' }).click();
  await page.waitForFunction(() => document.getElementById('second-reader').shadowRoot.activeElement?.id === 'lectern-author');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a deep link opens the embedded quotation it names', async () => {
  const { context, page, second } = await openDemo('#address-q1');
  await second.locator('#address-q1').getByRole('button', { name: 'Show less' }).waitFor();
  await page.waitForFunction(() => {
    const top = document.getElementById('second-reader').shadowRoot.getElementById('address-q1').getBoundingClientRect().top;
    return top >= -2 && top < 200;
  });
  await context.close();
});

test('attributes are live: a new src loads, removal unmounts, a bad attribute is explained', async () => {
  const { context, page, problems } = await openPage(browser, server.url, DESKTOP);
  await page.goto(`${server.url}fixtures/api.html`);
  await page.addScriptTag({ type: 'module', url: `${server.url}lectern-embed.js` });
  await page.evaluate(() => {
    const el = document.createElement('lectern-reader');
    el.id = 'live';
    el.setAttribute('src', '../posts/gettysburg-address.json');
    document.getElementById('slot').append(el);
  });
  const live = page.locator('#live');
  await live.getByRole('heading', { level: 1, name: 'Two Minutes at Gettysburg' }).waitFor({ timeout: 20000 });
  await page.evaluate(() => document.getElementById('live').setAttribute('src', '../posts/syria-russia-turkey-stalin-myth.json'));
  await live.getByRole('heading', { level: 1, name: /^Syrian Army/ }).waitFor();
  await page.evaluate(() => document.getElementById('live').setAttribute('collapse-words', 'many'));
  const alert = live.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /option `collapseWords`/);
  await page.evaluate(() => document.getElementById('live').setAttribute('collapse-words', '0'));
  await live.locator('article.post').waitFor();
  assert.equal(await live.getByRole('button', { name: /Show full quotation/ }).count(), 0, 'collapse-words="0" never folds');
  await page.evaluate(() => document.getElementById('live').remove());
  await page.waitForFunction(() => {
    const el = document.getElementById('live');
    return el === null;
  });
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('mount() rejects bad options with the option named, and accepts a post object', async () => {
  const { context, page, problems } = await openPage(browser, server.url, DESKTOP);
  await page.goto(`${server.url}fixtures/api.html`);
  const results = await page.evaluate(async () => {
    const { mount } = await import('../lectern-embed.js');
    const slot = document.getElementById('slot');
    const attempt = (options) => mount(slot, options).then(() => 'mounted', (e) => `${e.constructor.name}: ${e.message}`);
    const out = {
      none: await attempt(undefined),
      empty: await attempt({}),
      both: await attempt({ src: 'a.json', post: {} }),
      theme: await attempt({ src: 'a.json', theme: 'blue' }),
      words: await attempt({ src: 'a.json', collapseWords: -1 }),
      typo: await attempt({ src: 'a.json', colapseWords: 3 }),
      left: slot.shadowRoot?.childElementCount ?? 0,
    };
    const post = {
      format: 'lectern/post@1',
      id: 'inline',
      title: 'Given inline',
      sections: [{ id: 'a', title: 'A', blocks: [{ type: 'paragraph', text: '<b>not bold</b>' }] }],
    };
    const first = await mount(slot, { post: { ...post, title: 'First' } });
    const handle = await mount(slot, { post, theme: 'light' });
    out.handle = typeof handle.destroy;
    out.firstReplaced = first.mounted === false && handle.mounted === true;
    // The replacing reader renders its post: wait for that state, not for a time.
    const deadline = Date.now() + 10000;
    while (!slot.shadowRoot.querySelector('article.post') && Date.now() < deadline) {
      await new Promise((ok) => requestAnimationFrame(ok));
    }
    out.remounted = slot.shadowRoot.querySelectorAll('article.post').length;
    return out;
  });
  assert.match(results.none, /^Error: Lectern: options must be an object/);
  assert.match(results.empty, /^Error: Lectern: no post to show/);
  assert.match(results.both, /^Error: Lectern: give either `src`/);
  assert.match(results.theme, /^Error: Lectern: option `theme`: unknown variant `blue`, expected one of `auto`, `light`, `sepia`, `dark`/);
  assert.match(results.words, /^Error: Lectern: option `collapseWords`/);
  assert.match(results.typo, /^Error: Lectern: option `colapseWords`: unknown field/);
  assert.equal(results.left, 0, 'a refused mount leaves nothing in the element');
  assert.equal(results.firstReplaced, true, 'mounting again into the same element destroys the reader there');
  assert.equal(results.remounted, 1);
  assert.equal(results.handle, 'function');
  const slot = page.locator('#slot');
  await slot.getByRole('heading', { level: 1, name: 'Given inline' }).waitFor();
  assert.equal(await slot.locator('article section p').filter({ hasText: 'not bold' }).innerText(), '<b>not bold</b>');
  assert.equal(await slot.locator('article b').count(), 0);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('50 mount/destroy cycles leave no readers, listeners or growing memory behind', async () => {
  const { context, page, problems } = await openPage(browser, server.url, DESKTOP);
  await page.goto(`${server.url}fixtures/api.html`);
  const cdp = await context.newCDPSession(page);
  // The full reader's module, the first screen's and the drawing module, each with its wasm.
  const built = await readdir(DIST);
  const modules = [/^lectern-[0-9a-f]+\.js$/, /^lectern-first-[0-9a-f]+\.js$/, /^lectern-draw-wasm-[0-9a-f]+\.js$/].map((name) => {
    const js = built.find((f) => name.test(f));
    return { js, wasm: js.replace(/\.js$/, '_bg.wasm') };
  });
  await page.evaluate(async () => {
    window.lectern = await import('../lectern-embed.js');
  });
  const cycle = (count) =>
    page.evaluate(async (n) => {
      const slot = document.getElementById('slot');
      const src = '../posts/syria-russia-turkey-stalin-myth.json';
      const post = await (await fetch(src)).json();
      for (let i = 0; i < n; i += 1) {
        // The reader starts on its first screen from the post's published markup, the same in
        // the host's look, drawn from the post itself, or (given an option only it applies) as
        // the full reader.
        const options = [{ src }, { src, theme: 'light' }, { post }, { src, collapseWords: 100 }][i % 4];
        const handle = await window.lectern.mount(slot, options);
        // Wait until the post is on screen, so every observer and listener was really set up.
        const deadline = Date.now() + 10000;
        while (!slot.shadowRoot.querySelector('article.post') && Date.now() < deadline) {
          await new Promise((ok) => requestAnimationFrame(ok));
        }
        if (!slot.shadowRoot.querySelector('article.post')) throw new Error(`cycle ${i}: the post did not render`);
        handle.destroy();
      }
      // The host-default attributes a reader puts on its element go with it.
      const left = slot.getAttributeNames().filter((name) => name.startsWith('data-lectern-'));
      if (left.length) throw new Error(`left on the element: ${left.join(', ')}`);
      return slot.shadowRoot.childElementCount;
    }, count);
  const listeners = async () => {
    let total = 0;
    for (const expression of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      total += found.length;
    }
    return total;
  };
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(async (all) => {
      let bytes = 0;
      for (const { js, wasm } of all) {
        const started = await (await import(`../${js}`)).default({ module_or_path: `../${wasm}` });
        bytes += started.memory.buffer.byteLength;
      }
      return bytes;
    }, modules);
    return { js: usedSize, wasm };
  };
  assert.equal(await cycle(5), 0);
  const listenersBefore = await listeners();
  const before = await heap();
  assert.equal(await cycle(50), 0, 'nothing is left in the element after destroy()');
  const after = await heap();
  assert.equal(await listeners(), listenersBefore, 'no window or document listener is left behind');
  assert.ok(after.js < before.js + 2_000_000, `JS heap grew from ${before.js} to ${after.js}`);
  assert.ok(after.wasm <= before.wasm + 1_048_576, `wasm memory grew from ${before.wasm} to ${after.wasm}`);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a post on another origin: refused without CORS (and the error says so), read with it', async () => {
  const { context, page } = await openPage(browser, server.url, DESKTOP);
  // Requests to the two other test origins are expected here.
  await page.goto(`${server.url}fixtures/api.html`);
  await page.evaluate(
    async ([blocked, allowed]) => {
      const { mount } = await import('../lectern-embed.js');
      const a = document.createElement('div');
      a.id = 'blocked';
      const b = document.createElement('div');
      b.id = 'allowed';
      document.body.append(a, b);
      await mount(a, { src: blocked });
      await mount(b, { src: allowed });
    },
    [`${elsewhere.url}fixtures/post.json`, `${elsewhereCors.url}fixtures/post.json`],
  );
  const blocked = page.locator('#blocked .load-error');
  await blocked.waitFor({ timeout: 20000 });
  const text = await blocked.innerText();
  assert.match(text, /could not be downloaded/);
  assert.match(text, /cross-origin requests \(CORS\)/);
  await page.locator('#allowed').getByRole('heading', { level: 1, name: 'A post from another origin' }).waitFor();
  await context.close();
});
