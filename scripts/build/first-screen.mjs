// The first screen (crates/lectern-first), built by Trunk beside the reader as a module it does
// not inject (index.html): minified like the reader's wasm-bindgen module, named by its content
// (`lectern-first-<hash>.js` and `..._bg.wasm`, so a new build is never served an old copy), and
// declared in index.html as preload links with integrity hashes. `lectern-cli publish` takes
// those links out of the head and writes a page loader that starts the first screen and loads
// the full reader when a reader needs it (crates/lectern-cli/src/prerender/loader.rs).
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const JS = 'lectern-first.js';
const WASM = 'lectern-first_bg.wasm';
const TRUNK_SHIM = 'lectern-first_loader.js';

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Renames, minifies and declares the first screen in `staging`; returns its two file names. */
export async function finishFirstScreen(staging) {
  const source = await readFile(join(staging, JS), 'utf8');
  const wasm = await readFile(join(staging, WASM));
  const hash = createHash('sha256').update(source).update(wasm).digest('hex').slice(0, 16);
  const names = { js: `lectern-first-${hash}.js`, wasm: `lectern-first-${hash}_bg.wasm` };
  if (!source.includes(`'${WASM}'`)) throw new Error(`first screen: ${JS} does not name ${WASM}`);
  const { code } = await minify(source.replace(`'${WASM}'`, `'${names.wasm}'`), {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    format: { comments: false },
  });
  if (typeof code !== 'string' || !code.includes('start')) throw new Error(`first screen: ${JS} lost its start`);
  await writeFile(join(staging, names.js), code);
  await writeFile(join(staging, names.wasm), wasm);
  await Promise.all([JS, WASM, TRUNK_SHIM].map((name) => rm(join(staging, name), { force: true })));
  const page = join(staging, 'index.html');
  const html = await readFile(page, 'utf8');
  if (!html.includes('</head>')) throw new Error('first screen: index.html has no </head>');
  const links =
    `<link rel="modulepreload" href="./${names.js}" integrity="${integrity(code)}" data-first-screen>\n` +
    `<link rel="preload" href="./${names.wasm}" as="fetch" type="application/wasm" crossorigin integrity="${integrity(wasm)}" data-first-screen>\n`;
  await writeFile(page, html.replace('</head>', `${links}</head>`));
  return names;
}
