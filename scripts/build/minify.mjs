// Minifies the JavaScript every reader downloads before the app starts: the wasm-bindgen module
// (lectern-<hash>.js). Trunk's own `minify` cannot be used: it minifies the page's HTML too,
// which the prerenderer reads (docs/size.md). Names are shortened and comments dropped, but each
// statement keeps a line of its own and `__wbg_init` its name: the offline edition inlines this
// module by reading its import lines and calling `__wbg_init` (crates/lectern-cli/src/publish/
// edition.rs); one statement a line costs about 0.2 KB brotli over the most compact form.
// Trunk wrote a `modulepreload` with an integrity hash for the module; the hash of the new text
// replaces it, so the browser still checks what it runs. Every later step (the embed entry, the
// published pages, the offline edition, the precache list) reads the minified module.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { buildOutputs } from './staging.mjs';

const OPTIONS = {
  module: true,
  ecma: 2020,
  compress: { passes: 2 },
  mangle: { reserved: ['__wbg_init'] },
  format: { comments: false, beautify: true, indent_level: 0 },
};

/**
 * Minifies the wasm-bindgen module in `staging` and updates its integrity hash in `index.html`;
 * returns the bytes saved. Fails (and so fails the build) when the page has no preload with an
 * integrity hash for it, or when the result lost what the offline edition needs.
 */
export async function minifyBindgen(staging) {
  const { bindgen } = await buildOutputs(staging);
  const file = join(staging, bindgen);
  const before = await readFile(file, 'utf8');
  const { code } = await minify(before, OPTIONS);
  if (typeof code !== 'string' || !code.includes('async function __wbg_init(')) {
    throw new Error(`minify: ${bindgen} lost its __wbg_init`);
  }
  const pagePath = join(staging, 'index.html');
  const page = await readFile(pagePath, 'utf8');
  const href = `./${bindgen}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const link = new RegExp(`(<link[^>]*href="${href}"[^>]*integrity=")[^"]*(")`);
  if (!link.test(page)) throw new Error(`minify: index.html has no preload with an integrity hash for ${bindgen}`);
  const hash = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  await writeFile(file, code);
  await writeFile(pagePath, page.replace(link, (_, open, close) => `${open}${hash}${close}`));
  return Buffer.byteLength(before) - Buffer.byteLength(code);
}
