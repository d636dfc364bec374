// The offline edition: one self-contained HTML file (markup, CSS, JavaScript, wasm and the post,
// all inlined) that opens from disk with a double-click and reads fully, composer included.
// Built from a finished build directory, so it runs exactly the code that was deployed.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readdir } from 'node:fs/promises';
import { buildOutputs } from './staging.mjs';

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** JSON text that is safe inside `<script type="application/json">` (no `</script>` possible). */
function scriptSafeJson(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The wasm-bindgen module as one inline script: its snippet imports become data: URLs (an inline
 * module can import those, even from file://) and it starts the wasm from inlined bytes.
 */
async function inlineModule(dist, bindgen, wasm) {
  let code = await readFile(join(dist, bindgen), 'utf8');
  const snippets = [...code.matchAll(/from\s*(['"])(\.\/snippets\/[^'"]+)\1/g)];
  for (const [whole, , path] of snippets) {
    const source = await readFile(join(dist, path));
    code = code.replace(whole, `from 'data:text/javascript;base64,${source.toString('base64')}'`);
  }
  if (/from\s*['"]\.\//.test(code)) throw new Error(`edition: ${bindgen} imports a file that was not inlined`);
  if (!code.includes('async function __wbg_init(')) throw new Error(`edition: ${bindgen} has no __wbg_init`);
  const bytes = (await readFile(join(dist, wasm))).toString('base64');
  // Trunk's own bootstrap is replaced by this: decode the wasm, start it, and the app mounts.
  return `${code}
const lecternWasm = Uint8Array.from(atob('${bytes}'), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: lecternWasm });
`;
}

/**
 * Writes `<dist>/<out>` (default `offline/<post id>.html`) for the post JSON at `postPath`.
 * Returns the path written, relative to `dist` when the default is used.
 */
export async function writeEdition({ dist, postPath, out }) {
  const text = await readFile(postPath, 'utf8');
  let post;
  try {
    post = JSON.parse(text);
  } catch (error) {
    throw new Error(`${postPath} is not JSON: ${error.message}`);
  }
  const id = typeof post?.id === 'string' && /^[\w.-]+$/.test(post.id) ? post.id : 'post';
  const title = typeof post?.title === 'string' ? post.title : 'Lectern';
  const lang = typeof post?.lang === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(post.lang) ? post.lang : 'en';
  const { bindgen, wasm, css } = await buildOutputs(dist);
  const style = await readFile(join(dist, css), 'utf8');
  const print = await readFile(join(dist, 'print.css'), 'utf8').catch(() => '');
  const iconName = (await readdir(dist)).find((name) => /^favicon(-[0-9a-f]+)?\.svg$/.test(name));
  const icon = iconName ? await readFile(join(dist, iconName)) : null;
  const html = `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="color-scheme" content="light dark" />
<meta name="generator" content="Lectern offline edition" />
<title>${escapeHtml(title)}</title>
<script>document.documentElement.classList.add('lectern-js')</script>
${icon ? `<link rel="icon" href="data:image/svg+xml;base64,${icon.toString('base64')}" />` : ''}
<style>${style}</style>
<style media="print">${print}</style>
</head>
<body>
<div id="lectern"><noscript><p class="load-status">This offline edition needs JavaScript to show the post.</p></noscript></div>
<script type="application/json" id="lectern-post">${scriptSafeJson(post)}</script>
<script type="module">${await inlineModule(dist, bindgen, wasm)}</script>
</body>
</html>
`;
  const target = out ?? join(dist, 'offline', `${id}.html`);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, html);
  return out ? target : `offline/${id}.html`;
}
