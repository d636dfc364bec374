// Minifies the JavaScript of the build that is written by hand or by wasm-bindgen: every byte of
// it is downloaded by readers, and Trunk's own `minify` cannot be used (it minifies the page's
// HTML too, which the prerenderer reads; docs/size.md).
// - The wasm-bindgen module (lectern-<hash>.js): names shortened and comments dropped, but each
//   statement keeps a line of its own and `__wbg_init` its name: the offline edition inlines this
//   module by reading its import lines and calling `__wbg_init` (crates/lectern-cli/src/publish/
//   edition.rs); one statement a line costs about 0.2 KB brotli over the most compact form.
// - The early script, the embed entry and the service worker's scripts: as compact as terser
//   makes them.
// Where index.html loads a script with an integrity hash (Trunk writes one for the wasm-bindgen
// module's preload and for the early script), the hash of the new text replaces it, so the
// browser still checks what it runs. Every later step (the embed entry, the published pages, the
// offline edition, the precache list) reads the minified files.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { buildOutputs } from './staging.mjs';

const COMPACT = { ecma: 2020, compress: { passes: 2 }, format: { comments: false } };
const BINDGEN = {
  ...COMPACT,
  module: true,
  mangle: { reserved: ['__wbg_init'] },
  format: { comments: false, beautify: true, indent_level: 0 },
};

/** `source` minified: `module` for an ES module, else a classic script (names at its top level kept). */
export async function minifySource(source, { module = true } = {}) {
  const { code } = await minify(source, { ...COMPACT, module });
  if (typeof code !== 'string' || !code) throw new Error('minify: terser returned nothing');
  return code;
}

/**
 * Minifies `<staging>/<name>` in place with `options`; where index.html loads it with an
 * integrity hash, the hash follows (and `hashed` says one must be there). Returns the new text.
 */
async function minifyFile(staging, name, options, { hashed = false } = {}) {
  const file = join(staging, name);
  const { code } = await minify(await readFile(file, 'utf8'), options);
  if (typeof code !== 'string' || !code) throw new Error(`minify: terser returned nothing for ${name}`);
  const pagePath = join(staging, 'index.html');
  const page = await readFile(pagePath, 'utf8');
  const href = `./${name}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tag = new RegExp(`(<(?:link|script)[^>]*(?:href|src)="${href}"[^>]*integrity=")[^"]*(")`);
  if (hashed && !tag.test(page)) throw new Error(`minify: index.html loads ${name} with no integrity hash`);
  if (tag.test(page)) {
    const hash = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    await writeFile(pagePath, page.replace(tag, (_, open, close) => `${open}${hash}${close}`));
  }
  await writeFile(file, code);
  return code;
}

/**
 * Minifies the wasm-bindgen module in `staging` and updates its integrity hash in `index.html`;
 * returns the bytes saved. Fails (and so fails the build) when the page has no preload with an
 * integrity hash for it, or when the result lost what the offline edition needs.
 */
export async function minifyBindgen(staging) {
  const { bindgen } = await buildOutputs(staging);
  const before = await readFile(join(staging, bindgen), 'utf8');
  const code = await minifyFile(staging, bindgen, BINDGEN, { hashed: true });
  if (!code.includes('async function __wbg_init(')) throw new Error(`minify: ${bindgen} lost its __wbg_init`);
  return Buffer.byteLength(before) - Buffer.byteLength(code);
}

/** Minifies the early script (`early-<hash>.js`, hashed in index.html) and the service worker's scripts. */
export async function minifyScripts(staging) {
  const page = await readFile(join(staging, 'index.html'), 'utf8');
  const early = page.match(/src="\.\/(early-[0-9a-f]+\.js)"/)?.[1];
  if (!early) throw new Error('minify: index.html loads no early-<hash>.js');
  await minifyFile(staging, early, { ...COMPACT, module: false }, { hashed: true });
  for (const worker of ['sw.js', 'sw-posts.js']) await minifyFile(staging, worker, { ...COMPACT, module: false });
}
