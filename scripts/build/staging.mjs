// Shared by the post-build steps: find what Trunk wrote in the staging directory.
import { readdir } from 'node:fs/promises';

/** The one top-level file matching `pattern`; fails loudly when there is none or several. */
export async function findOne(dir, pattern, what) {
  const hits = (await readdir(dir)).filter((name) => pattern.test(name));
  if (hits.length !== 1) {
    throw new Error(`expected one ${what} in ${dir}, found ${hits.length ? hits.join(', ') : 'none'}`);
  }
  return hits[0];
}

/** The wasm-bindgen module, its wasm and the stylesheet Trunk wrote (hashed names). */
export async function buildOutputs(dir) {
  return {
    bindgen: await findOne(dir, /^lectern-[0-9a-f]+\.js$/, 'wasm-bindgen module (lectern-<hash>.js)'),
    wasm: await findOne(dir, /^lectern-[0-9a-f]+_bg\.wasm$/, 'wasm file (lectern-<hash>_bg.wasm)'),
    css: await findOne(dir, /^main-[0-9a-f]+\.css$/, 'stylesheet (main-<hash>.css)'),
  };
}
