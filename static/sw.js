// Lectern's service worker (plain JavaScript, no wasm). The app shell and the seed post are
// precached from the list the release build wrote (sw-manifest.js, generated from the files Trunk
// actually produced); other posts are cached when read, after the page has its answer (a full
// disk never turns a good answer into an error), at most 50 and none older than 30 days
// (sw-posts.js). A new build has a new version: it
// installs beside the old one and waits until the reader chooses "Reload to update".
importScripts('sw-manifest.js', 'sw-posts.js');

const { version, files } = self.LECTERN_PRECACHE;
const SHELL = `lectern-shell-${version}`;
const POSTS = 'lectern-posts';
const scope = new URL(self.registration.scope);
const shellUrls = files.map((file) => new URL(file, scope).href);
const indexUrl = new URL('index.html', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(SHELL).then((cache) => cache.addAll(shellUrls.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('lectern-shell-') && k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Posts being saved, by address: "is it saved?" waits for them.
const saving = new Map();

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  if (event.data?.type === 'is-saved' && event.ports[0]) {
    const key = event.data.url;
    // Any of this worker's caches: the seed post is in the app shell's.
    Promise.resolve(saving.get(key))
      .then(() => caches.match(key))
      .then((hit) => event.ports[0].postMessage(Boolean(hit)))
      .catch(() => event.ports[0].postMessage(false));
  }
});

/** Saves a copy of a post's answer with the time, then trims the cache; never throws. */
async function savePost(key, response) {
  try {
    const headers = new Headers(response.headers);
    headers.set(LECTERN_POSTS.SAVED_HEADER, String(Date.now()));
    const body = await response.blob();
    const cache = await caches.open(POSTS);
    await cache.put(key, new Response(body, { status: response.status, statusText: response.statusText, headers }));
    const entries = await Promise.all(
      (await cache.keys()).map(async (request) => {
        const hit = await cache.match(request);
        return { key: request.url, saved: Number(hit?.headers.get(LECTERN_POSTS.SAVED_HEADER)) };
      }),
    );
    const drop = LECTERN_POSTS.toDrop(entries, Date.now(), { max: LECTERN_POSTS.MAX_POSTS, maxAgeMs: LECTERN_POSTS.MAX_AGE_MS });
    await Promise.all(drop.map((old) => cache.delete(old)));
  } catch {
    // Storage is full or blocked: the reader has the post anyway; it is just not kept.
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.href.startsWith(scope.href)) return;
  url.hash = '';
  const key = url.href;
  if (request.mode === 'navigate') {
    // The reader page (the scope itself or index.html, whatever the ?post=): this version's app
    // shell. Other precached pages (the embed demo) are served as themselves.
    const path = url.pathname;
    const isReader = path === scope.pathname || `${url.origin}${path}` === indexUrl;
    url.search = '';
    const page = isReader ? indexUrl : url.href;
    if (isReader || shellUrls.includes(page)) {
      event.respondWith(caches.open(SHELL).then((c) => c.match(page)).then((hit) => hit ?? fetch(request)));
    }
    return;
  }
  if (shellUrls.includes(key)) {
    event.respondWith(caches.open(SHELL).then((c) => c.match(key)).then((hit) => hit ?? fetch(request)));
    return;
  }
  // A language file: downloaded the first time a post needs it, then kept with this version's
  // app shell (a new build brings its own), so that post reads offline in its language.
  if (/\/locales\/[A-Za-z-]+\.txt$/.test(url.pathname)) {
    event.respondWith(
      caches.open(SHELL).then(async (cache) => {
        const hit = await cache.match(key);
        if (hit) return hit;
        const response = await fetch(request);
        if (response.ok) event.waitUntil(cache.put(key, response.clone()).catch(() => {}));
        return response;
      }),
    );
    return;
  }
  // Posts: Lectern's files, and a WordPress site's REST answers when the reader runs on that
  // site (posts, pages and comment pages), so a WordPress post read once reads offline too.
  const restApi = url.pathname.includes('/wp-json/') || url.searchParams.has('rest_route');
  if (url.pathname.endsWith('.json') || restApi) {
    // Posts: the network first (fresh), the saved copy when offline. The page gets its answer
    // at once; the copy is written after, in the background.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const write = savePost(key, response.clone()).finally(() => saving.delete(key));
            saving.set(key, write);
            event.waitUntil(write);
          }
          return response;
        })
        .catch(() => caches.open(POSTS).then((c) => c.match(key)).then((hit) => hit ?? Response.error())),
    );
  }
});
