// Size report: raw, gzip and brotli bytes of the wasm, JS and CSS that `trunk build --release`
// wrote to dist/, against the budget (JS + wasm ≤ 64 KB brotli). Prints numbers; never fails on
// them (run `trunk build --release` first).
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { extname, join } from 'node:path';

const DIST = new URL('../dist/', import.meta.url).pathname;
const BUDGET_JS_WASM_BROTLI = 64 * 1024;

const files = (await readdir(DIST)).filter((f) => ['.wasm', '.js', '.css'].includes(extname(f))).sort();
if (files.length === 0) {
  console.error('size: dist/ has no build output; run `trunk build --release` first');
  process.exit(1);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
const totals = { raw: 0, gzip: 0, brotli: 0, scriptBrotli: 0 };
for (const file of files) {
  const data = await readFile(join(DIST, file));
  const gzip = gzipSync(data, { level: 9 }).length;
  const brotli = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  rows.push({ file, raw: kb(data.length), gzip: kb(gzip), brotli: kb(brotli) });
  totals.raw += data.length;
  totals.gzip += gzip;
  totals.brotli += brotli;
  if (extname(file) !== '.css') totals.scriptBrotli += brotli;
}
rows.push({ file: 'total', raw: kb(totals.raw), gzip: kb(totals.gzip), brotli: kb(totals.brotli) });
console.table(rows);
const verdict = totals.scriptBrotli <= BUDGET_JS_WASM_BROTLI ? 'within' : 'OVER';
console.log(`JS + wasm, brotli: ${kb(totals.scriptBrotli)} (${verdict} the ${kb(BUDGET_JS_WASM_BROTLI)} budget)`);
