// A minimal static file server for dist/, on 127.0.0.1 and a free port. It serves files with the
// right content types (application/wasm included) and can mount dist/ under a sub-path, to prove
// the build works from any path.
import { createServer, request } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The strict Content-Security-Policy every page of the reader is served with in these tests (the
 * one docs/security.md tells a host it can send): scripts and styles only from files of the
 * page's own origin, wasm compiled, pictures over https, requests to the own origin only.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'";

/**
 * Serves `root` under `prefix` (e.g. '/' or '/blog/reader/'), plus `extra` files given as
 * { 'relative/path': 'content' } under the same prefix; `headers` are added to every answer
 * (e.g. CORS); `compress` answers with brotli when the browser accepts it, as a real deployment
 * would (the benchmark uses it); `proxy` forwards every path under its key to another server on
 * this machine ({ '/wp/': 'http://127.0.0.1:8123/' }), so that server's answers come from this
 * origin (a WordPress site that also serves the reader); `csp` is the Content-Security-Policy
 * sent with every answer of its own (default STRICT_CSP; a host page that embeds a reader from
 * another origin names that origin). Resolves to { url, close }.
 */
export async function serveDir(root, { prefix = '/', extra = {}, headers = {}, compress = false, proxy = {}, csp = STRICT_CSP } = {}) {
  const base = resolve(root);
  if (csp) headers = { 'content-security-policy': csp, ...headers };
  const brotli = new Map();
  const send200 = (req, res, type, body, more = {}) => {
    if (compress && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
      const key = `${req.url} ${body.length}`;
      if (!brotli.has(key)) {
        brotli.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
      res.writeHead(200, { ...headers, ...more, 'content-type': type, 'content-encoding': 'br', vary: 'accept-encoding' });
      return res.end(brotli.get(key));
    }
    res.writeHead(200, { ...headers, ...more, 'content-type': type });
    return res.end(body);
  };
  const server = createServer(async (req, res) => {
    const forward = Object.keys(proxy).find((from) => req.url.startsWith(from));
    if (forward) return pass(req, res, new URL(req.url.slice(forward.length), proxy[forward]));
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(prefix)) return send(res, 404, 'not found');
      const relative = path.slice(prefix.length);
      if (Object.hasOwn(extra, relative)) {
        return send200(req, res, TYPES[extname(relative)] ?? 'text/plain', Buffer.from(extra[relative]));
      }
      let file = normalize(join(base, relative));
      if (!file.startsWith(base)) return send(res, 403, 'forbidden');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      send200(req, res, TYPES[extname(file)] ?? 'application/octet-stream', body, { 'cache-control': 'no-cache' });
    } catch {
      send(res, 404, 'not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections();
      }),
  };
}

/** Forwards `req` to `target` and its answer back, status and headers as they are. */
function pass(req, res, target) {
  const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => send(res, 502, 'the proxied server did not answer'));
  req.pipe(upstream);
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(text);
}
