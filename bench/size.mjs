// Size report: raw, gzip and brotli bytes of what the reader page downloads from the release
// build in dist/, and how far JS + wasm are from the aim of 64 KB brotli (an aim, not the
// budget). Two figures: the first screen (the JS and wasm the reader page runs before it is
// interactive) and everything (every script and wasm file the build holds). With --check it
// holds the committed budget (bench/size-budget.json): it fails when either grows more than 2 KB
// past its committed figure. A commit that makes the build bigger updates the figure and says
// why. (Run `trunk build --release` first.)
import { readFile } from 'node:fs/promises';
import { everythingSize, pageSizes } from './sizes.mjs';

const DIST = new URL('../dist/', import.meta.url).pathname;
const AIM_JS_WASM_BROTLI = 64 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

let sizes;
let everything;
try {
  sizes = await pageSizes(DIST);
  everything = await everythingSize(DIST);
} catch (error) {
  console.error(`size: ${error.message}`);
  process.exit(1);
}
console.table(
  Object.entries(sizes).map(([kind, s]) => ({ kind, files: s.files.join(' '), raw: kb(s.raw), gzip: kb(s.gzip), brotli: kb(s.brotli) })),
);
const script = sizes.js.brotli + sizes.wasm.brotli;
const toAim = script <= AIM_JS_WASM_BROTLI ? 'the 64 KB aim is met' : `${kb(script - AIM_JS_WASM_BROTLI)} above the ${kb(AIM_JS_WASM_BROTLI)} aim`;
console.log(`first screen, JS + wasm, brotli: ${kb(script)} (${toAim}; the budget --check holds is bench/size-budget.json)`);
console.log(`everything, every script and wasm file, brotli: ${kb(everything.brotli)} (${everything.files.length} files)`);
const embedded = sizes['embed first screen'];
if (embedded) console.log(`a published embed's first screen (lectern-embed.js and the first screen), brotli: ${kb(embedded.brotli)}`);
const drawn = sizes['drawn embed first screen'];
if (drawn) console.log(`an embed's first screen for a post with no published markup (the drawing module too), brotli: ${kb(drawn.brotli)}`);

if (process.argv.includes('--check')) {
  const budgetFile = new URL('./size-budget.json', import.meta.url);
  const { jsWasmBrotliBytes, everythingBrotliBytes, why } = JSON.parse(await readFile(budgetFile, 'utf8'));
  let over = false;
  for (const [name, measured, committed] of [
    ['the first screen (JS + wasm)', script, jsWasmBrotliBytes],
    ['everything (every script and wasm file)', everything.brotli, everythingBrotliBytes],
  ]) {
    if (!Number.isInteger(committed)) {
      console.error(`size: bench/size-budget.json has no figure for ${name}`);
      over = true;
    } else if (measured > committed + 2048) {
      console.error(
        `size: ${name} is ${measured} bytes brotli, over the committed ${committed} + 2048 (bench/size-budget.json). ` +
          'Make it smaller, or raise the figure in the commit that explains why.',
      );
      over = true;
    } else {
      console.log(`size budget: ${name} ${measured} bytes ≤ ${committed} + 2048`);
    }
  }
  if (over) process.exit(1);
  console.log(`(committed: ${why})`);
}
