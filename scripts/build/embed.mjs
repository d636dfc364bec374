// Writes lectern-embed.js at the root of the build from static/embed/lectern-embed.js, with the
// names of the wasm-bindgen module Trunk wrote (hashed), of the first screen and of the module that
// draws a post filled in, and
// lectern-embed.css beside it: the reader's CSS adapted for a shadow root, which the script
// loads and published readers link. Neither name ever changes, so host pages can link to them.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minifySource } from './minify.mjs';
import { buildOutputs } from './staging.mjs';

const TEMPLATE = new URL('../../static/embed/lectern-embed.js', import.meta.url);

/**
 * The page stylesheet as an embedded reader needs it: sizes in rem would follow the host page's
 * root font size, so they become multiples of --lectern-rem (16px unless the host sets it); the
 * layout breakpoints ask the reader's own width (container `lectern`), not the window's.
 */
export function embedCss(css) {
  return css
    .replace(/(-?\d*\.?\d+)rem\b/g, 'calc($1 * var(--lectern-rem, 16px))')
    .replace(/@media\s*\(((?:min|max)-width:[^)]*)\)/g, '@container lectern ($1)');
}

/**
 * Writes `<staging>/lectern-embed.js` (`minified` for a release build) and
 * `<staging>/lectern-embed.css`; `first` names the first screen's module and wasm
 * (`{ js, wasm }`), and `draw` the module that draws a post with no published markup; each is
 * null when the build has none.
 */
export async function writeEmbed(staging, first, draw, { minified = false } = {}) {
  const { bindgen, wasm, css } = await buildOutputs(staging);
  const template = await readFile(TEMPLATE, 'utf8');
  const style = embedCss(await readFile(join(staging, css), 'utf8'));
  const out = template
    .replace("'__LECTERN_BINDGEN__'", JSON.stringify(`./${bindgen}`))
    .replace("'__LECTERN_WASM__'", JSON.stringify(`./${wasm}`))
    .replace("'__LECTERN_CSS_FILE__'", JSON.stringify('./lectern-embed.css'))
    .replace("'__LECTERN_FIRST__'", JSON.stringify(first ? `./${first.js}` : ''))
    .replace("'__LECTERN_FIRST_WASM__'", JSON.stringify(first ? `./${first.wasm}` : ''))
    .replace("'__LECTERN_DRAW__'", JSON.stringify(first && draw ? `./${draw.js}` : ''))
    .replace("'__LECTERN_DRAW_WASM__'", JSON.stringify(first && draw ? `./${draw.wasm}` : ''));
  if (out.includes('__LECTERN_')) throw new Error('embed: a placeholder was not filled in');
  await writeFile(join(staging, 'lectern-embed.js'), minified ? await minifySource(out) : out);
  // The styles, for the script and for published readers' declarative shadow roots (they show
  // before any script runs; see `lectern-cli publish`).
  await writeFile(join(staging, 'lectern-embed.css'), style);
  return 'lectern-embed.js';
}
