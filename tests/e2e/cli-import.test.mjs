// The command line's import from a live WordPress (URL mode, through its REST API) against the
// import of the exports that filled that WordPress: the same posts, the same text, the same
// threads. The site is a real WordPress (tests/wordpress/), filled by our installer from
// tests/fixtures/wordpress/wxr/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWordPress } from './support/wordpress.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const WXR = join(ROOT, 'tests/fixtures/wordpress/wxr');
// The exports the test site is filled from (install.php takes the well-formed ones; PHP's XML
// parser refuses crazy-cdata.xml and malformed.xml).
const EXPORTS = ['a11y-unit-test-data.xml', 'cdata-edge.xml', 'crazy-cdata-escaped.xml', 'wxr-utf-8-challenges.xml'];
// What only the site can render: dynamic blocks (archives, calendar, latest posts and comments,
// tag cloud) are drawn from its database when shown; an export holds only their markers.
const RENDERED_BY_THE_SITE = new Set(['Block category: Widgets']);

let site;
let scratch;

before(async () => {
  site = await startWordPress();
  scratch = mkdtempSync(join(tmpdir(), 'lectern-cli-import-'));
});

after(() => {
  site?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Runs `lectern-cli import <source> <folder>`; returns its summary (stdout). */
function cli(source, folder) {
  return execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'lectern-cli', '--', 'import', source, folder], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 600_000,
  });
}

function posts(folder) {
  return readdirSync(folder).map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')));
}

const textOf = (text) => (typeof text === 'string' ? text : (text ?? []).map((s) => (typeof s === 'string' ? s : s.text)).join(''));
function blockText(block) {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return textOf(block.text);
    case 'quote':
      return `${block.blocks.map(blockText).join(' ')} ${block.source?.name ?? ''}`;
    case 'list':
      return block.items.map((item) => (typeof item === 'object' && !Array.isArray(item) && 'text' in item ? `${textOf(item.text)} ${item.list ? blockText({ type: 'list', ...item.list }) : ''}` : textOf(item))).join(' ');
    case 'code':
      return block.text;
    case 'table':
      return [block.head ?? [], ...block.rows].flat().map(textOf).join(' ');
    case 'figure':
      return textOf(block.caption);
    case 'embed':
      return block.title ?? block.url;
    default:
      return '';
  }
}
const squash = (s) => s.replace(/\s+/g, ' ').trim();
const body = (post) => squash(post.sections.map((s) => `${s.title} ${s.blocks.map(blockText).join(' ')}`).join(' '));
/** The thread as (author, text, index of the parent) — comment ids differ between the two. */
function thread(post) {
  const comments = post.comments ?? [];
  const index = new Map(comments.map((c, i) => [c.id, i]));
  return comments.map((c) => [c.author?.name ?? '', squash(c.blocks.map(blockText).join(' ')), c.parent ? index.get(c.parent) : null]);
}

test('importing the live site gives the posts, text and threads of importing its exports', () => {
  const fromSite = join(scratch, 'site');
  const summary = cli(site.url, fromSite);
  assert.match(summary, /^imported \d+ \(\d+ pages, \d+ posts\)/);
  const live = posts(fromSite);
  const exported = EXPORTS.flatMap((name) => {
    const folder = join(scratch, name);
    cli(join(WXR, name), folder);
    return posts(folder);
  });
  assert.ok(exported.length >= 60, `the exports hold the posts (${exported.length})`);
  let compared = 0;
  for (const post of exported) {
    // The same post: the same title and day (an export may leave the date out: then the title).
    const day = post.published?.slice(0, 10);
    const candidates = live.filter((p) => p.title === post.title && (!day || p.published?.slice(0, 10) === day));
    assert.ok(candidates.length > 0, `"${post.title}" (${day}) is on the site`);
    if (RENDERED_BY_THE_SITE.has(post.title)) continue;
    const same = candidates.find((p) => body(p) === body(post) && JSON.stringify(thread(p)) === JSON.stringify(thread(post)));
    assert.ok(same, `"${post.title}": same text and thread\n export: ${body(post).slice(0, 400)}\n site:   ${body(candidates[0]).slice(0, 400)}`);
    compared += 1;
  }
  assert.ok(compared >= 60, `posts compared: ${compared}`);
  // The site has nothing else but WordPress's own first page.
  const titles = new Set(exported.map((p) => p.title));
  assert.deepEqual(live.filter((p) => !titles.has(p.title)).map((p) => p.title), ['Sample Page']);
  // Threads came through: the theme test data's threaded comments, nested.
  const comments = live.find((p) => p.id === 'template-comments');
  assert.equal(comments.comments.length, 19);
  assert.ok(comments.comments.some((c) => c.parent), 'replies keep their parents');
});

test('a post address imports that post alone, with its comments and its conversation', async () => {
  const folder = join(scratch, 'one');
  const summary = cli(`${site.url}?p=${await site.postId('template-comments')}`, folder);
  assert.match(summary, /^imported 1 \(1 post\)/);
  const [post] = posts(folder);
  assert.equal(post.id, 'template-comments');
  assert.equal(post.comments.length, 19);
  assert.match(post.conversation.wordpress.comments, /wp\/v2\/comments$|rest_route=\/wp\/v2\/comments$/);
});
