// Transfer sizes of what a reader downloads from a release build: raw, gzip (level 9) and brotli
// (quality 11) bytes per kind of file. Shared by the size report and the benchmark.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

/** Raw, gzip and brotli sizes of `data`. */
export function compressed(data) {
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * The files under `dist/dir` (recursively, as paths relative to `dist`) whose names match
 * `pattern`; none when the folder is missing. Hidden entries (Trunk's staging folder while it
 * builds) are left out.
 */
async function filesUnder(dist, dir, pattern) {
  const found = [];
  const entries = await readdir(join(dist, dir), { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await filesUnder(dist, path, pattern)));
    else if (pattern.test(entry.name)) found.push(path);
  }
  return found;
}

/**
 * The reader page's files in `dist`, by kind: `wasm` and `js`, what the published page runs
 * before it is interactive (its early script and loader, and the first screen's module and
 * wasm; in a build without a first screen, the reader's wasm-bindgen module, snippets and wasm);
 * `css`; `html` (index.html, prerendered post included); `embed` (lectern-embed.js, which carries
 * the CSS for shadow roots); `reader`, the full reader the page loads when a reader needs it
 * (the conversation, Listen, settings…); and `embed first screen`, what a host page with a
 * published `<lectern-reader>` fragment runs before it is interactive (the embed entry and the
 * first screen); `drawn embed first screen`, the same for a `<lectern-reader>` whose post has no
 * published markup (the module that draws it too). Throws if there is no build.
 */
export async function pageSizes(dist) {
  const top = await readdir(dist);
  const pick = (re) => top.filter((f) => re.test(f));
  const snippets = await filesUnder(dist, 'snippets', /\.js$/);
  const page = [...pick(/^early-[0-9a-f]+\.js$/), ...pick(/^lectern-loader-[0-9a-f]+\.js$/)];
  const reader = [...pick(/^lectern-[0-9a-f]+\.js$/), ...snippets, ...pick(/^lectern-[0-9a-f]+_bg\.wasm$/)];
  const firstWasm = pick(/^lectern-first-[0-9a-f]+_bg\.wasm$/);
  const first = firstWasm.length > 0;
  const kinds = {
    wasm: first ? firstWasm : pick(/^lectern-[0-9a-f]+_bg\.wasm$/),
    js: [...page, ...(first ? pick(/^lectern-first-[0-9a-f]+\.js$/) : reader.filter((f) => f.endsWith('.js')))],
    css: pick(/^main-[0-9a-f]+\.css$/),
    html: pick(/^index\.html$/),
    embed: pick(/^lectern-embed\.js$/),
    ...(first ? { reader, 'embed first screen': [...pick(/^lectern-embed\.js$/), ...pick(/^lectern-first-[0-9a-f]+\.js$/), ...firstWasm] } : {}),
  };
  const drawing = pick(/^lectern-draw-wasm-[0-9a-f]+(_bg\.wasm|\.js)$/);
  if (first && drawing.length > 0) kinds['drawn embed first screen'] = [...kinds['embed first screen'], ...drawing];
  if (kinds.wasm.length === 0) throw new Error(`${dist} has no build output; run \`trunk build --release\` first`);
  const out = {};
  for (const [kind, files] of Object.entries(kinds)) {
    const total = { raw: 0, gzip: 0, brotli: 0, files };
    for (const file of files) {
      const size = compressed(await readFile(join(dist, file)));
      total.raw += size.raw;
      total.gzip += size.gzip;
      total.brotli += size.brotli;
    }
    out[kind] = total;
  }
  return out;
}

/**
 * Every script and wasm file in `dist` (the embed entry, the service worker and its lists, the
 * early script and the loader included; the offline editions are HTML and left out): what a
 * site serving the build can send at all, as one brotli total with its files.
 */
export async function everythingSize(dist) {
  const files = await filesUnder(dist, '', /\.(js|wasm)$/);
  let brotli = 0;
  for (const file of files) brotli += compressed(await readFile(join(dist, file))).brotli;
  return { brotli, files: files.sort() };
}
