// The offline edition: one self-contained HTML file (markup, CSS, JavaScript, wasm and the post,
// all inlined) that opens from disk with a double-click and reads fully, composer included.
// Built from a finished build directory, so it runs exactly the code that was deployed.
import { createHash } from 'node:crypto';
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
 * The wasm-bindgen module as one inline script: each snippet it imports is inlined in a scope of
 * its own (no data: URLs, which the edition's Content-Security-Policy does not allow) and it
 * starts the wasm from inlined bytes.
 */
async function inlineModule(dist, bindgen, wasm) {
  let code = await readFile(join(dist, bindgen), 'utf8');
  const modules = new Map();
  const snippet = async (path) => {
    if (!modules.has(path)) {
      const source = await readFile(join(dist, path), 'utf8');
      const names = [...source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([\w$]+)/gm)].map((m) => m[1]);
      const body = source.replace(/^export\s+(?=(async\s+)?function\b|const\b|let\b|class\b)/gm, '');
      if (/^\s*(export|import)\b/m.test(body)) throw new Error(`edition: ${path} has an import or export the edition cannot inline`);
      const name = `__lecternSnippet${modules.size}`;
      modules.set(path, { name, code: `const ${name} = (() => {\n${body}\nreturn { ${names.join(', ')} };\n})();\n` });
    }
    return modules.get(path).name;
  };
  const imports = [...code.matchAll(/import\s*(\{[^}]*\}|\*\s*as\s+[\w$]+)\s*from\s*(['"])(\.\/snippets\/[^'"]+)\2;?/g)];
  for (const [whole, clause, , path] of imports) {
    const module = await snippet(path);
    const binding = clause.startsWith('*')
      ? clause.replace(/^\*\s*as\s+/, '')
      : `{ ${clause.slice(1, -1).split(',').map((n) => n.trim()).filter(Boolean).map((n) => n.replace(/\s+as\s+/, ': ')).join(', ')} }`;
    code = code.replace(whole, () => `const ${binding} = ${module};`);
  }
  code = [...modules.values()].map((m) => m.code).join('') + code;
  if (/from\s*['"]\.\//.test(code)) throw new Error(`edition: ${bindgen} imports a file that was not inlined`);
  if (!code.includes('async function __wbg_init(')) throw new Error(`edition: ${bindgen} has no __wbg_init`);
  const bytes = (await readFile(join(dist, wasm))).toString('base64');
  // Trunk's own bootstrap is replaced by this: decode the wasm, start it, and the app mounts.
  return `${code}
const lecternWasm = Uint8Array.from(atob('${bytes}'), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: lecternWasm });
`;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The edition's own Content-Security-Policy (a <meta>, since a file from disk has no headers):
 * nothing runs or applies but its own inline scripts and styles, named by hash; the wasm may be
 * compiled; pictures load over https (or data:); the only requests are to https sites (a
 * WordPress conversation's comments and replies). Nothing else is fetched, framed or posted.
 */
function editionPolicy({ scripts, styles, post }) {
  let site = null;
  try {
    const comments = post?.conversation?.wordpress?.comments;
    if (typeof comments === 'string' && new URL(comments).protocol === 'http:') site = new URL(comments).origin;
  } catch {
    // A conversation without a valid address fetches nothing.
  }
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')} 'wasm-unsafe-eval'`,
    `style-src ${styles.filter(Boolean).map(sha256).join(' ')}`,
    'img-src https: data:',
    `connect-src https:${site ? ` ${site}` : ''}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
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
  const early = "document.documentElement.classList.add('lectern-js')";
  const module = await inlineModule(dist, bindgen, wasm);
  const policy = editionPolicy({ scripts: [early, module], styles: [style, print], post });
  const html = `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="color-scheme" content="light dark" />
<meta name="generator" content="Lectern offline edition" />
<title>${escapeHtml(title)}</title>
<script>${early}</script>
${icon ? `<link rel="icon" href="data:image/svg+xml;base64,${icon.toString('base64')}" />` : ''}
<style>${style}</style>
<style media="print">${print}</style>
</head>
<body>
<div id="lectern"><noscript><p class="load-status">This offline edition needs JavaScript to show the post.</p></noscript></div>
<script type="application/json" id="lectern-post">${scriptSafeJson(post)}</script>
<script type="module">${module}</script>
</body>
</html>
`;
  const target = out ?? join(dist, 'offline', `${id}.html`);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, html);
  return out ? target : `offline/${id}.html`;
}
