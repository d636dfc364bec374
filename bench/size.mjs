// Size report: raw, gzip and brotli bytes of what the reader page downloads from the release
// build in dist/, and how far JS + wasm are from the aim of 64 KB brotli (an aim, not the
// budget). With --check it holds the committed budget (bench/size-budget.json): it fails when JS + wasm grow more than
// 2 KB past the committed figure. A commit that makes the build bigger updates the figure and says
// why. (Run `trunk build --release` first.)
import { readFile } from 'node:fs/promises';
import { pageSizes } from './sizes.mjs';

const DIST = new URL('../dist/', import.meta.url).pathname;
const AIM_JS_WASM_BROTLI = 64 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

let sizes;
try {
  sizes = await pageSizes(DIST);
} catch (error) {
  console.error(`size: ${error.message}`);
  process.exit(1);
}
console.table(
  Object.entries(sizes).map(([kind, s]) => ({ kind, files: s.files.join(' '), raw: kb(s.raw), gzip: kb(s.gzip), brotli: kb(s.brotli) })),
);
const script = sizes.js.brotli + sizes.wasm.brotli;
const toAim = script <= AIM_JS_WASM_BROTLI ? 'the 64 KB aim is met' : `${kb(script - AIM_JS_WASM_BROTLI)} above the ${kb(AIM_JS_WASM_BROTLI)} aim`;
console.log(`JS + wasm, brotli: ${kb(script)} (${toAim}; the budget --check holds is bench/size-budget.json)`);

if (process.argv.includes('--check')) {
  const budgetFile = new URL('./size-budget.json', import.meta.url);
  const { jsWasmBrotliBytes, why } = JSON.parse(await readFile(budgetFile, 'utf8'));
  const allowed = jsWasmBrotliBytes + 2048;
  if (script > allowed) {
    console.error(
      `size: JS + wasm is ${script} bytes brotli, over the committed ${jsWasmBrotliBytes} + 2048 (bench/size-budget.json). ` +
        'Make it smaller, or raise the figure in the commit that explains why.',
    );
    process.exit(1);
  }
  console.log(`size budget: ${script} bytes ≤ ${jsWasmBrotliBytes} + 2048 (committed: ${why})`);
}
