// The first screen (crates/lectern-first), built by Trunk beside the reader as a module it does
// not inject (index.html): minified like the reader's wasm-bindgen module, named by its content
// (`lectern-first-<hash>.js` and `..._bg.wasm`, so a new build is never served an old copy), and
// declared in index.html as preload links with integrity hashes. `lectern-cli publish` takes
// those links out of the head and writes a page loader that starts the first screen and loads
// the full reader when a reader needs it (crates/lectern-cli/src/prerender/loader.rs). The
// module that draws a post with no published markup (crates/lectern-draw-wasm) is finished the
// same way, for lectern-embed.js alone.
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Renames and minifies the module Trunk built as `<name>.js` and `<name>_bg.wasm` in `staging`
 * (`<name>-<hash>.js`, `..._bg.wasm`); `exported` is a name its JS must still export. Returns
 * the two file names (`names`), the minified JS (`code`) and the wasm's bytes (`bytes`).
 */
async function finishModule(staging, name, exported) {
  const JS = `${name}.js`;
  const WASM = `${name}_bg.wasm`;
  const source = await readFile(join(staging, JS), 'utf8');
  const wasm = await readFile(join(staging, WASM));
  const hash = createHash('sha256').update(source).update(wasm).digest('hex').slice(0, 16);
  const names = { js: `${name}-${hash}.js`, wasm: `${name}-${hash}_bg.wasm` };
  if (!source.includes(`'${WASM}'`)) throw new Error(`${name}: ${JS} does not name ${WASM}`);
  const { code } = await minify(source.replace(`'${WASM}'`, `'${names.wasm}'`), {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    format: { comments: false },
  });
  if (typeof code !== 'string' || !code.includes(exported)) throw new Error(`${name}: ${JS} lost ${exported}`);
  await writeFile(join(staging, names.js), code);
  await writeFile(join(staging, names.wasm), wasm);
  await Promise.all([JS, WASM, `${name}_loader.js`].map((file) => rm(join(staging, file), { force: true })));
  return { names, code, bytes: wasm };
}

/**
 * The module that draws a post with no published markup (crates/lectern-draw-wasm), for
 * lectern-embed.js: renamed and minified like the first screen; returns its two file names.
 */
export async function finishDrawModule(staging) {
  const { names } = await finishModule(staging, 'lectern-draw-wasm', 'DrawnPost');
  return names;
}

/** Renames, minifies and declares the first screen in `staging`; returns its two file names. */
export async function finishFirstScreen(staging) {
  const { names, code, bytes } = await finishModule(staging, 'lectern-first', 'start');
  const page = join(staging, 'index.html');
  const html = await readFile(page, 'utf8');
  if (!html.includes('</head>')) throw new Error('first screen: index.html has no </head>');
  const links =
    `<link rel="modulepreload" href="./${names.js}" integrity="${integrity(code)}" data-first-screen>\n` +
    `<link rel="preload" href="./${names.wasm}" as="fetch" type="application/wasm" crossorigin integrity="${integrity(bytes)}" data-first-screen>\n`;
  await writeFile(page, html.replace('</head>', `${links}</head>`));
  return names;
}
