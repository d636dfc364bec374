// Size report: raw, gzip and brotli bytes of what the reader page downloads from the release
// build in dist/, against the budget (JS + wasm ≤ 64 KB brotli). Prints numbers; never fails on
// them (run `trunk build --release` first).
import { pageSizes } from './sizes.mjs';

const DIST = new URL('../dist/', import.meta.url).pathname;
const BUDGET_JS_WASM_BROTLI = 64 * 1024;
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
const verdict = script <= BUDGET_JS_WASM_BROTLI ? 'within' : 'OVER';
console.log(`JS + wasm, brotli: ${kb(script)} (${verdict} the ${kb(BUDGET_JS_WASM_BROTLI)} budget)`);
