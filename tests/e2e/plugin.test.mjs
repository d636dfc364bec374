// The WordPress plugin, as a site owner takes it: its zip (built by scripts/build/plugin.mjs from
// this build) installed into a real, stock WordPress with WordPress's own installer and
// activated as the Plugins screen does; then the site's posts read in Lectern at their own
// addresses (with JavaScript and without), replies as the site's Discussion settings allow,
// the shortcode, the site-wide choice on Settings → Reading, and deactivating and uninstalling
// leaving nothing behind.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { launch, openPage, DESKTOP } from './support/browser.mjs';
import { startWordPress } from './support/wordpress.mjs';

const ZIP = new URL('../../target/wordpress-plugin/lectern.zip', import.meta.url).pathname;
const PLUGIN = 'lectern/lectern.php';

let site;
let browser;
const ids = {};

before(async () => {
  assert.ok(existsSync(ZIP), `no ${ZIP}: run node scripts/build/plugin.mjs after trunk build --release`);
  site = await startWordPress();
  browser = await launch();
  ids.comments = await site.postId('template-comments');
  ids.replies = Number(site.wp('add-post', JSON.stringify({ title: 'Write to us', content: '<h2>Say something</h2><p>Every comment is read.</p>' })));
  assert.deepEqual(JSON.parse(site.wp('plugin-traces')), { options: [], meta: 0, files: false, active: false });
  assert.equal(site.wp('plugin-install', ZIP), PLUGIN);
  site.wp('plugin-activate', PLUGIN);
});

after(async () => {
  await browser?.close();
  site?.close();
});

/** Opens the post at `path` on the site, with or without JavaScript. */
async function open(path, { javaScriptEnabled = true } = {}) {
  const opened = await openPage(browser, site.url, { ...DESKTOP, reducedMotion: 'reduce', javaScriptEnabled });
  await opened.page.goto(`${site.url}${path}`);
  return opened;
}

test('without JavaScript, a post in the Lectern view is readable at its own address, with its thread, its comment form and the way to the theme', async () => {
  const { context, page, problems } = await open('template-comments/', { javaScriptEnabled: false });
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Template: Comments' }).count(), 1);
  assert.match(await page.locator('body').innerText(), /This post tests comments in the following ways/);
  assert.ok((await page.locator('#comments li.comment').count()) >= 10, 'the thread is there');
  assert.equal(await page.locator('form#commentform textarea[name="comment"]').count(), 1, 'the site’s own form');
  assert.deepEqual(problems.foreign, []);
  await page.getByRole('link', { name: 'View in the site’s theme' }).click();
  await page.waitForURL(/\?lectern=off$/);
  assert.equal(await page.locator('lectern-reader').count(), 0);
  assert.match(await page.locator('body').innerText(), /This post tests comments in the following ways/);
  await context.close();
});

test('with JavaScript, the post and its thread show in Lectern, served by the site alone', async () => {
  const { context, page, problems } = await open('template-comments/');
  await page.locator('lectern-reader article.post h1', { hasText: 'Template: Comments' }).waitFor();
  await page.waitForFunction(() => document.querySelector('lectern-reader')?.shadowRoot?.querySelectorAll('#comments li.comment').length === 19);
  // The copy for readers without JavaScript is never shown beside it.
  assert.equal(await page.locator('.lectern-copy').count(), 0);
  assert.deepEqual(problems.foreign, [], 'no other host');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('under a strict Content-Security-Policy the site sends, the Lectern view works with no violation', async () => {
  site.wp('csp', 'on');
  try {
    const { context, page, problems } = await open('template-comments/');
    await page.locator('lectern-reader article.post h1', { hasText: 'Template: Comments' }).waitFor();
    await page.waitForFunction(() => document.querySelector('lectern-reader')?.shadowRoot?.querySelectorAll('#comments li.comment').length === 19);
    assert.deepEqual(problems.errors, []);
    // Closing fails on any violation the page recorded.
    await context.close();
  } finally {
    site.wp('csp', 'off');
  }
});

/** Fills the reader's composer at the end of the thread and sends it. */
async function reply(page, text, name = 'Ada Reader', email = 'ada@example.org') {
  const form = page.locator('lectern-reader #respond form.comment-form');
  await form.waitFor();
  await form.locator('#lectern-comment').fill(text);
  await form.locator('#lectern-author').fill(name);
  await form.locator('#lectern-email').fill(email);
  await form.getByRole('button', { name: 'Post Comment' }).click();
  return form;
}

test('an anonymous reply goes through the REST API, as the site’s Discussion settings allow, into moderation', async () => {
  site.wp('flood', 'off');
  const { context, page, problems } = await open('write-to-us/');
  await reply(page, 'Through the plugin, *politely*.');
  const mine = page.locator('lectern-reader li.comment--pending');
  await mine.waitFor();
  // The REST answer was read: the site holds it (not "sent to the site's comment form").
  assert.match(await mine.innerText(), /Your comment is awaiting moderation/);
  const held = JSON.parse(site.wp('held', String(ids.replies)));
  assert.equal(held.length, 1);
  assert.match(held[0].content, /<em>politely<\/em>/);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('a site that requires registration refuses an anonymous reply on both paths, in plain words', async () => {
  site.wp('flood', 'off');
  site.wp('registration', 'on');
  try {
    const before = JSON.parse(site.wp('comments', String(ids.replies))).length;
    const { context, page } = await open('write-to-us/');
    const form = await reply(page, 'Not a member yet.');
    await form.locator('.send-error').waitFor();
    assert.match(await form.locator('.send-error').innerText(), /only from registered users who are logged in/);
    assert.equal(await form.locator('#lectern-comment').inputValue(), 'Not a member yet.', 'the draft is kept');
    assert.equal(JSON.parse(site.wp('comments', String(ids.replies))).length, before, 'nothing reached the site');
    await context.close();
  } finally {
    site.wp('registration', 'off');
  }
});

test('comments closed by age take no anonymous reply, in plain words', async () => {
  site.wp('flood', 'off');
  site.wp('option', 'close_comments_for_old_posts', '1');
  site.wp('option', 'close_comments_days_old', '14');
  try {
    const before = JSON.parse(site.wp('comments', String(ids.comments))).length;
    // The theme-test post is from 2012: closed by age, although its own status is "open".
    const { context, page } = await open('template-comments/');
    const form = await reply(page, 'Too late to the party.');
    await form.locator('.send-error').waitFor();
    assert.match(await form.locator('.send-error').innerText(), /Comments are closed on this post/);
    assert.equal(JSON.parse(site.wp('comments', String(ids.comments))).length, before);
    await context.close();
  } finally {
    site.wp('option', 'close_comments_for_old_posts', '0');
  }
});

/** Logs in as the site's administrator in `page` (WordPress's own login form). */
async function logIn(page) {
  await page.goto(`${site.url}wp-login.php`);
  await page.locator('#user_login').fill('admin');
  await page.locator('#user_pass').fill('lectern-admin-password');
  await page.locator('#wp-submit').click();
  // Logged in once WordPress sends the reader on to wp-admin (its cookies came with that
  // redirect); the dashboard itself, a heavy page, need not finish loading.
  await page.waitForURL(/wp-admin/, { waitUntil: 'commit' });
}

test('a reader logged in on the site replies as themselves, with no name or email to give', async () => {
  site.wp('flood', 'off');
  const { context, page, problems } = await open('wp-login.php');
  await logIn(page);
  await page.goto(`${site.url}write-to-us/`);
  const form = page.locator('lectern-reader #respond form.comment-form');
  await form.waitFor();
  assert.match(await form.locator('.form-notes').innerText(), /^Logged in as admin\./);
  assert.equal(await form.locator('#lectern-author, #lectern-email').count(), 0);
  await form.locator('#lectern-comment').fill('Thank you all, from the *editor*.');
  await form.getByRole('button', { name: 'Post Comment' }).click();
  // An administrator's comment is published at once, under their name.
  const published = page.locator('lectern-reader #comments li.comment:not(.comment--pending)', { hasText: 'Thank you all, from the editor.' });
  await published.waitFor();
  assert.match(await published.locator('.comment-author').innerText(), /admin/);
  const saved = JSON.parse(site.wp('comments', String(ids.replies))).find((c) => /from the <em>editor<\/em>/.test(c.content));
  assert.ok(saved, 'the comment is in WordPress');
  assert.equal(saved.user_id, 1);
  assert.equal(saved.approved, '1');
  assert.equal(saved.author_name, 'admin');
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('the shortcode embeds a post in a page of the site', async () => {
  const page_id = Number(site.wp('add-post', JSON.stringify({ title: 'Reading room', type: 'page', content: `<p>Today’s post:</p>\n[lectern post="${ids.comments}"]` })));
  assert.ok(page_id > 0);
  const { context, page, problems } = await open('reading-room/');
  await page.locator('lectern-reader article.post h1', { hasText: 'Template: Comments' }).waitFor();
  assert.match(await page.locator('body').innerText(), /Today’s post:/);
  assert.deepEqual(problems.foreign, []);
  assert.deepEqual(problems.errors, []);
  await context.close();
  // Without JavaScript: a link to the post.
  const plain = await open('reading-room/', { javaScriptEnabled: false });
  assert.equal(await plain.page.getByRole('link', { name: 'Template: Comments' }).count(), 1);
  await plain.context.close();
});

test('a post can choose the theme; the site can choose it on Settings → Reading, with WordPress’s own form', async () => {
  site.wp('post-meta', JSON.stringify({ post: ids.replies, key: '_lectern_view', value: 'off' }));
  const one = await open('write-to-us/', { javaScriptEnabled: false });
  assert.equal(await one.page.locator('lectern-reader').count(), 0, 'the post chose the theme');
  await one.context.close();

  const { context, page } = await open('wp-login.php');
  await logIn(page);
  await page.goto(`${site.url}wp-admin/options-reading.php`);
  const box = page.getByLabel('Show posts in Lectern');
  assert.equal(await box.isChecked(), true, 'on by default');
  await box.uncheck();
  await page.locator('#submit').click();
  await page.waitForURL(/settings-updated=true/);
  assert.equal(await page.getByLabel('Show posts in Lectern').isChecked(), false);
  await context.close();
  const theme = await open('template-comments/', { javaScriptEnabled: false });
  assert.equal(await theme.page.locator('lectern-reader').count(), 0, 'the site chose the theme');
  await theme.context.close();
});

test('deactivating restores the theme’s pages; uninstalling leaves nothing behind', async () => {
  site.wp('plugin-deactivate', PLUGIN);
  const { context, page } = await open('template-comments/', { javaScriptEnabled: false });
  assert.equal(await page.locator('lectern-reader').count(), 0);
  await context.close();
  const traces = JSON.parse(site.wp('plugin-traces'));
  assert.ok(traces.options.includes('lectern_view') && traces.meta > 0, 'the choices are kept while deactivated');
  site.wp('plugin-uninstall', PLUGIN);
  assert.deepEqual(JSON.parse(site.wp('plugin-traces')), { options: [], meta: 0, files: false, active: false });
});
