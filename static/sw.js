// Lectern's service worker (plain JavaScript, no wasm). The app shell and the seed post are
// precached from the list the release build wrote (sw-manifest.js, generated from the files Trunk
// actually produced); other posts are cached when read. A new build has a new version: it
// installs beside the old one and waits until the reader chooses "Reload to update".
importScripts('sw-manifest.js');

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

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

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
  if (url.pathname.endsWith('.json')) {
    // Posts: the network first (fresh), the saved copy when offline.
    event.respondWith(
      fetch(request)
        .then(async (response) => {
          // Saved before the page sees it, so "Available offline" is true when shown.
          if (response.ok) await caches.open(POSTS).then((c) => c.put(key, response.clone()));
          return response;
        })
        .catch(() => caches.open(POSTS).then((c) => c.match(key)).then((hit) => hit ?? Response.error())),
    );
  }
});
