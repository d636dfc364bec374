// How the service worker keeps posts read once (plain JavaScript, loaded by sw.js with
// importScripts, and by tests/js/sw-posts.test.mjs): at most MAX_POSTS, none older than
// MAX_AGE_MS; the copies to drop are chosen here, apart from any cache, so the rule is tested alone.
self.LECTERN_POSTS = {
  MAX_POSTS: 50,
  MAX_AGE_MS: 30 * 24 * 60 * 60 * 1000,
  /** The header that records when a copy was saved (milliseconds since 1970). */
  SAVED_HEADER: 'x-lectern-saved',
  /**
   * Which saved copies to drop: those older than the age limit, then the oldest beyond the count.
   * `entries` is [{ key, saved }] (saved: ms, NaN when unknown: dropped first); `now` in ms.
   */
  toDrop(entries, now, { max = 50, maxAgeMs = 30 * 24 * 60 * 60 * 1000 } = {}) {
    const fresh = [];
    const drop = [];
    for (const entry of entries) {
      if (!(entry.saved >= now - maxAgeMs)) drop.push(entry.key);
      else fresh.push(entry);
    }
    fresh.sort((a, b) => a.saved - b.saved);
    while (fresh.length > max) drop.push(fresh.shift().key);
    return drop;
  },
};
