// The service worker's rule for keeping posts read once (static/sw-posts.js): a count cap and
// an age cap, the oldest going first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

const sandbox = { self: {} };
runInNewContext(readFileSync(new URL('../../static/sw-posts.js', import.meta.url), 'utf8'), sandbox);
const { toDrop, MAX_POSTS, MAX_AGE_MS } = sandbox.self.LECTERN_POSTS;
const DAY = 24 * 60 * 60 * 1000;

test('copies past the age limit go, whatever the count', () => {
  const now = 100 * DAY;
  const entries = [
    { key: 'a', saved: now - 31 * DAY },
    { key: 'b', saved: now - DAY },
    { key: 'c', saved: NaN },
  ];
  assert.deepEqual([...toDrop(entries, now, { max: 10, maxAgeMs: 30 * DAY })], ['a', 'c']);
});

test('beyond the count, the oldest go first', () => {
  const now = 10 * DAY;
  const entries = Array.from({ length: 6 }, (_, i) => ({ key: `p${i}`, saved: now - i * 1000 }));
  assert.deepEqual([...toDrop(entries, now, { max: 4, maxAgeMs: DAY })], ['p5', 'p4']);
  assert.deepEqual([...toDrop(entries.slice(0, 4), now, { max: 4, maxAgeMs: DAY })], []);
});

test('the worker keeps at most 50 posts for at most 30 days', () => {
  assert.equal(MAX_POSTS, 50);
  assert.equal(MAX_AGE_MS, 30 * DAY);
});
