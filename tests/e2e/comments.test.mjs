// End to end: the conversation under the post — reading the thread, replying with a live
// preview, errors, hostile text, drafts that survive reloads, pending comments, big threads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForReader, waitForSavedDraft, DESKTOP } from './support/browser.mjs';
import { serveDir } from './support/server.mjs';
import { axeViolations } from './support/axe.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;

function bigThread(kind) {
  const comments = [];
  for (let i = 0; i < 10000; i += 1) {
    const parent = kind === 'deep' && i > 0 ? String(i - 1) : null;
    comments.push({ id: String(i), parent, author: { name: `Reader ${i}` }, blocks: [{ type: 'paragraph', text: `Comment number ${i}.` }] });
  }
  return JSON.stringify({
    format: 'lectern/post@1',
    id: `big-${kind}`,
    title: `A ${kind} thread`,
    sections: [{ id: 's', title: 'S', blocks: [{ type: 'paragraph', text: 'Body.' }] }],
    comments,
  });
}

/** A conversation three levels deep: Ana; Ben answers her; Cleo answers Ben; Dan answers Ana; Eve. */
const TREE = JSON.stringify({
  format: 'lectern/post@1',
  id: 'tree',
  title: 'A small conversation',
  sections: [{ id: 's', title: 'S', blocks: [{ type: 'paragraph', text: 'Body.' }] }],
  comments: [
    ['a', null, 'Ana'],
    ['b', 'a', 'Ben'],
    ['c', 'b', 'Cleo'],
    ['d', 'a', 'Dan'],
    ['e', null, 'Eve'],
  ].map(([id, parent, name]) => ({ id, parent, author: { name }, blocks: [{ type: 'paragraph', text: `${name} writes.` }] })),
});

let server;
let browser;

before(async () => {
  server = await serveDir(DIST, {
    extra: { 'fixtures/deep.json': bigThread('deep'), 'fixtures/wide.json': bigThread('wide'), 'fixtures/tree.json': TREE },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path = '') {
  const opened = await openPage(browser, server.url, { ...DESKTOP, reducedMotion: 'reduce' });
  await opened.page.goto(server.url + path);
  await waitForReader(opened.page);
  return opened;
}

test('the seed comments are read under "2 thoughts on …"', async () => {
  const { context, page } = await open();
  const section = page.locator('#comments');
  assert.match(await section.getByRole('heading', { level: 2 }).innerText(), /^2 thoughts on “Syrian Army/);
  const articles = section.locator('li.comment article');
  assert.equal(await articles.count(), 2);
  // Off-screen comments are laid out once scrolled to (content-visibility): look as a reader does.
  await articles.nth(1).scrollIntoViewIfNeeded();
  await page.waitForFunction(() =>
    /the light seems to be visible at the end of the tunnel/.test(document.querySelectorAll('#comments li.comment article')[1].innerText),
  );
  assert.equal(await section.locator('.comment-author').first().innerText(), 'Anonymous');
  assert.equal(await section.locator('li.comment').first().getAttribute('id'), 'comment-1');
  await context.close();
});

test('replying shows a live preview nested under the comment, and cancel returns focus', async () => {
  const { context, page, problems } = await open();
  await page.getByRole('button', { name: 'Reply to Anonymous' }).first().click();
  // The conversation's code loads as the comments come near; the click is done once it runs.
  await page.waitForFunction(() => document.activeElement?.id === 'lectern-comment');
  assert.equal(await page.getByRole('heading', { name: 'Reply to Anonymous' }).count(), 1);
  await page.keyboard.type('I *agree* with **this**.');
  const preview = page.locator('.comment--preview');
  await preview.waitFor();
  assert.equal(await preview.locator('em').innerText(), 'agree');
  assert.equal(await preview.locator('strong').innerText(), 'this');
  // In place: right after comment 1 (its subtree), one level deeper.
  const order = await page.locator('#comments ol.comment-list > li').evaluateAll((lis) =>
    lis.map((li) => li.id || (li.querySelector('.comment--preview') ? 'preview' : li.className)),
  );
  assert.deepEqual(order, ['comment-1', 'preview', 'comment-2']);
  const depth = await page.locator('li.comment-slot').evaluate((li) => getComputedStyle(li).getPropertyValue('--depth').trim());
  assert.equal(depth, '1');
  await page.getByRole('button', { name: 'Cancel reply' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'reply-comment-1');
  assert.equal(await page.getByRole('heading', { name: 'Leave a Reply' }).count(), 1);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('submitting empty shows each error inline and in a summary, focus on the first', async () => {
  const { context, page } = await open();
  await page.getByRole('button', { name: 'Post Comment' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Please fix' });
  await summary.waitFor();
  assert.match(await summary.innerText(), /Comment: Please type your comment/);
  assert.match(await summary.innerText(), /Name: Please enter your name/);
  assert.match(await summary.innerText(), /Email: Please enter your email address/);
  await page.waitForFunction(() => document.activeElement?.id === 'lectern-comment');
  for (const id of ['lectern-comment', 'lectern-author', 'lectern-email']) {
    assert.equal(await page.locator(`#${id}`).getAttribute('aria-invalid'), 'true');
    assert.ok(await page.locator(`#${id}-error`).isVisible(), `inline error for ${id}`);
  }
  await page.fill('#lectern-comment', 'Text');
  await page.fill('#lectern-author', 'Ann');
  await page.fill('#lectern-email', 'not an address');
  await page.fill('#lectern-url', 'javascript:alert(1)');
  await page.getByRole('button', { name: 'Post Comment' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'lectern-email');
  assert.match(await page.locator('#lectern-url-error').innerText(), /http:\/\/ or https:\/\//);
  assert.deepEqual(await axeViolations(page), [], 'axe with errors showing');
  await context.close();
});

test('HTML typed into a comment shows literally and runs nothing', async () => {
  const { context, page, problems } = await open();
  const payload = '<img src=x onerror=alert(1)>';
  await page.fill('#lectern-comment', payload);
  const preview = page.locator('.comment--preview .comment-content');
  await preview.waitFor();
  assert.equal(await preview.innerText(), payload);
  assert.equal(await page.locator('#comments img').count(), 0);
  assert.deepEqual(problems.dialogs, []);
  await context.close();
});

test('a draft survives a reload, with a notice and "Discard draft"', async () => {
  const { context, page } = await open();
  await page.getByRole('button', { name: 'Reply to Anonymous' }).nth(1).click();
  // The reply's field has the focus once the conversation is live (typing while it loads is
  // held by the first-screen tests).
  await page.waitForFunction(() => document.activeElement?.id === 'lectern-comment');
  await page.keyboard.type('Half-written thought');
  await page.fill('#lectern-author', 'Bo');
  await waitForSavedDraft(page, 'Half-written thought', 'Bo');
  await page.reload();
  await waitForReader(page);
  await page.getByRole('heading', { name: 'Reply to Anonymous' }).waitFor();
  assert.equal(await page.locator('#lectern-comment').inputValue(), 'Half-written thought');
  assert.equal(await page.locator('#lectern-author').inputValue(), 'Bo');
  const notice = page.locator('.draft-notice');
  assert.match(await notice.innerText(), /draft was restored/);
  await notice.getByRole('button', { name: 'Discard draft' }).click();
  assert.equal(await page.locator('#lectern-comment').inputValue(), '');
  await page.reload();
  await waitForReader(page);
  assert.equal(await page.locator('.draft-notice').count(), 0);
  assert.equal(await page.locator('#lectern-comment').inputValue(), '');
  await context.close();
});

test('a posted comment waits for moderation, survives reload and can be removed', async () => {
  const { context, page } = await open();
  await page.fill('#lectern-comment', 'My own view.');
  await page.fill('#lectern-author', 'Cy');
  await page.fill('#lectern-email', 'cy@example.org');
  await page.getByRole('button', { name: 'Post Comment' }).click();
  const mine = page.locator('li.comment--pending');
  await mine.waitFor();
  assert.match(await mine.innerText(), /Your comment is awaiting moderation\. This is a preview; your comment will be visible after it has been approved\./);
  assert.doesNotMatch(await mine.innerText(), /cy@example\.org/, 'email never shown');
  assert.match(await page.locator('#comments-heading').innerText(), /^2 thoughts/, 'not counted as published');
  await page.reload();
  await waitForReader(page);
  await mine.waitFor();
  assert.equal(await page.locator('#lectern-comment').inputValue(), '', 'the accepted draft is gone');
  await mine.getByRole('button', { name: 'Remove my comment' }).click();
  await mine.waitFor({ state: 'detached' });
  assert.equal(await mine.count(), 0);
  await page.reload();
  await waitForReader(page);
  assert.equal(await page.locator('li.comment--pending').count(), 0);
  await context.close();
});

test('keyboard only: reach Reply, write, and post a reply', async () => {
  const { context, page } = await open();
  await page.locator('#reply-comment-2').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'lectern-comment');
  await page.keyboard.type('Keyboard reply');
  for (const [key, value] of [['lectern-author', 'Kay'], ['lectern-email', 'kay@example.org']]) {
    while ((await page.evaluate(() => document.activeElement.id)) !== key) await page.keyboard.press('Tab');
    await page.keyboard.type(value);
  }
  while ((await page.evaluate(() => document.activeElement.textContent)) !== 'Post Comment') await page.keyboard.press('Tab');
  assert.deepEqual(await axeViolations(page), [], 'axe with the composer open');
  await page.keyboard.press('Enter');
  const mine = page.locator('li.comment--pending');
  await mine.waitFor();
  assert.equal(await mine.evaluate((li) => getComputedStyle(li).getPropertyValue('--depth').trim()), '1');
  await context.close();
});

test('a 10,000-deep reply chain and 10,000 comments render', async () => {
  for (const [kind, expectRows] of [['deep', 10000], ['wide', 50]]) {
    const { context, page, problems } = await open(`?post=fixtures/${kind}.json`);
    await page.locator('#comments li.comment').first().waitFor();
    assert.equal(await page.locator('#comments li.comment').count(), expectRows, kind);
    if (kind === 'deep') {
      await page.locator('#comment-9999').scrollIntoViewIfNeeded();
      await page.waitForFunction(() => /in reply to Reader 9998/.test(document.getElementById('comment-9999').innerText));
    } else {
      await page.getByRole('button', { name: /Show more comments/ }).click();
      // The next 50 arrive with the next render: wait for them, not for a guess at its time.
      await page.waitForFunction(() => document.querySelectorAll('#comments li.comment').length >= 100);
      assert.equal(await page.locator('#comments li.comment').count(), 100);
    }
    assert.deepEqual(problems.errors, []);
    await context.close();
  }
});

test('a permalink into a folded thread unfolds it and scrolls there', async () => {
  const { context, page, problems } = await open('?post=fixtures/deep.json');
  await page.locator('#comment-0').getByRole('button', { name: 'Hide 9,999 replies' }).click();
  await page.locator('#comment-0').getByRole('button', { name: '9,999 replies hidden — show' }).waitFor();
  assert.equal(await page.locator('#comments li.comment').count(), 1);
  await page.evaluate(() => (location.hash = '#comment-12'));
  await page.locator('#comment-12').waitFor();
  await page.waitForFunction(() => {
    const top = document.getElementById('comment-12').getBoundingClientRect().top;
    return top >= -5 && top < 200;
  });
  assert.equal(await page.locator('#comment-0').getByRole('button', { name: 'Hide 9,999 replies' }).count(), 1);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a permalink to a comment on a later page reveals it', async () => {
  const { context, page } = await open('?post=fixtures/wide.json#comment-9000');
  await page.locator('#comment-9000').waitFor();
  await page.waitForFunction(() => {
    const top = document.getElementById('comment-9000').getBoundingClientRect().top;
    return top >= -5 && top < 200;
  });
  await context.close();
});

test('"Quote in reply" puts selected post text into the composer with its source', async () => {
  const { context, page } = await open();
  await page.locator('#syria-q2').getByRole('button', { name: /Show full quotation/ }).click();
  const paragraph = page.locator('#syria-q2 blockquote p').first();
  await paragraph.evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  });
  const button = page.getByRole('button', { name: 'Quote in reply' });
  await button.click();
  const value = await page.locator('#lectern-comment').inputValue();
  assert.match(value, /^> Last Tuesday, the Syrian military backed by the Russian air force/);
  assert.match(value, /\n— RT\n/);
  assert.equal(await page.locator('.comment--preview blockquote').count(), 1, 'preview shows the quotation');
  await context.close();
});

test('a 20,000-character comment previews as it is typed', async () => {
  const { context, page } = await open();
  const long = 'A fairly long sentence with *emphasis* and https://example.org links. '.repeat(290);
  await page.fill('#lectern-comment', long);
  await page.locator('#lectern-comment').press('End');
  await page.keyboard.type('xyz');
  await page.waitForFunction(() => document.querySelector('.comment--preview')?.textContent.includes('links. xyz'));
  assert.equal(await page.locator('.comment--preview .comment-content a').count(), 290);
  assert.equal(await page.locator('.comment--preview .comment-content em').count(), 290);
  await context.close();
});

test('when storage refuses, the form says so and the draft stays in memory', async () => {
  const opened = await openPage(browser, server.url, DESKTOP);
  const { context, page } = opened;
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.goto(server.url);
  await waitForReader(page);
  await page.getByRole('button', { name: 'Reply to Anonymous' }).first().click();
  await page.keyboard.type('Kept in memory');
  const notice = page.locator('.storage-notice');
  await notice.waitFor();
  assert.match(await notice.innerText(), /can’t be saved in this browser \(browser storage is full or blocked\)/);
  await page.getByRole('button', { name: 'Cancel reply' }).click();
  await page.getByRole('button', { name: 'Reply to Anonymous' }).first().click();
  assert.equal(await page.locator('#lectern-comment').inputValue(), 'Kept in memory', 'nothing lost when the composer moves');
  await context.close();
});

test('the thread is a tree to a screen reader: each reply\u2019s level, place, and whom it answers', async () => {
  const { context, page, problems } = await open('?post=fixtures/tree.json');
  // The browser's own accessibility tree (what a screen reader is given), not only the DOM.
  const cdp = await context.newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '#comments li.comment' });
  const comments = new Set();
  for (const nodeId of nodeIds) comments.add((await cdp.send('DOM.describeNode', { nodeId })).node.backendNodeId);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const items = nodes
    .filter((n) => n.role?.value === 'listitem' && !n.ignored && comments.has(n.backendDOMNodeId))
    .map((n) => {
      const level = n.properties?.find((p) => p.name === 'level')?.value?.value;
      return { level, name: n.name?.value ?? '' };
    })
    .filter((n) => n.level !== undefined);
  const levels = items.map((i) => i.level);
  assert.deepEqual(levels, [1, 2, 3, 2, 1], JSON.stringify(items));
  const rows = page.locator('#comments li.comment');
  const aria = await rows.evaluateAll((lis) => lis.map((li) => [li.getAttribute('aria-level'), li.getAttribute('aria-posinset'), li.getAttribute('aria-setsize')].join('/')));
  assert.deepEqual(aria, ['1/1/2', '2/1/2', '3/1/1', '2/2/2', '1/2/2']);
  // "Reply to <name>" is read before each reply, and only there.
  const said = await rows.evaluateAll((lis) => lis.map((li) => li.querySelector(':scope > .visually-hidden')?.textContent ?? ''));
  assert.deepEqual(said, ['', 'Reply to Ana. ', 'Reply to Ben. ', 'Reply to Ana. ', '']);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.errors, []);
  await context.close();
});
