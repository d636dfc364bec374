// Size experiments for the release wasm: builds the `lectern` binary with each opt-level, runs
// wasm-bindgen, then wasm-opt with each flag set, and prints the brotli size of every
// combination (the numbers behind the choices in docs/size.md). Takes a few minutes per
// opt-level; needs the tools scripts/setup.sh installs.
//
//   node bench/size-variants.mjs [opt-level …]     default: z s 3
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compressed } from './sizes.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const levels = process.argv.slice(2).length ? process.argv.slice(2) : ['z', 's', '3'];
const FEATURES = [
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];
const OPT_FLAGS = {
  none: null,
  '-Os': ['-Os'],
  '-Oz': ['-Oz'],
  '-Oz --converge': ['-Oz', '--converge'],
  '-Oz -Oz (twice)': ['-Oz', '-Oz'],
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });

const rows = [];
const scratch = await mkdtemp(join(tmpdir(), 'lectern-size-'));
try {
  for (const level of levels) {
    console.log(`building with opt-level=${level} …`);
    run('cargo', ['build', '--release', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', 'lectern'], {
      CARGO_PROFILE_RELEASE_OPT_LEVEL: level,
    });
    const out = join(scratch, `o${level}`);
    run('wasm-bindgen', ['--target', 'web', '--out-dir', out, 'target/wasm32-unknown-unknown/release/lectern.wasm']);
    const wasm = join(out, (await readdir(out)).find((f) => f.endsWith('_bg.wasm')));
    for (const [name, flags] of Object.entries(OPT_FLAGS)) {
      let file = wasm;
      if (flags) {
        file = `${wasm}.${rows.length}.wasm`;
        run('wasm-opt', [...flags, ...FEATURES, wasm, '-o', file]);
      }
      const size = compressed(await readFile(file));
      rows.push({ 'opt-level': level, 'wasm-opt': name, raw: kb(size.raw), gzip: kb(size.gzip), brotli: kb(size.brotli), bytes: size.brotli });
      console.log(`  ${name}: ${kb(size.brotli)} brotli`);
    }
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
rows.sort((a, b) => a.bytes - b.bytes);
console.table(rows.map(({ bytes, ...row }) => row));
