// The WordPress plugin's zip: wordpress-plugin/lectern/ with the built reader inside (reader/:
// the embed entry, the wasm-bindgen module and its snippets, the wasm), as a site owner uploads
// it with Plugins → Add New → Upload. Run after `trunk build --release` (scripts/plugin.sh does
// both):
//   node scripts/build/plugin.mjs [OUT.zip]     (default: target/wordpress-plugin/lectern.zip)
// A missing build or file stops it with what is missing; the zip is written whole or not at all.
import { deflateRawSync, crc32 } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const PLUGIN = join(ROOT, 'wordpress-plugin/lectern');
const DIST = join(ROOT, 'dist');
const out = resolve(process.argv[2] ?? join(ROOT, 'target/wordpress-plugin/lectern.zip'));

/** Every file under `dir`, as paths relative to it, sorted (the zip is the same for the same input). */
function filesUnder(dir) {
  const found = [];
  const walk = (at) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found;
}

/**
 * The reader's files the plugin serves: the embed entry, every file it names beside itself (its
 * stylesheet, the full reader's module and wasm, the first screen's), their snippets, and the
 * language files.
 */
function readerFiles() {
  const embed = join(DIST, 'lectern-embed.js');
  if (!existsSync(embed)) throw new Error(`no ${relative(ROOT, embed)}: run trunk build --release first`);
  // The entry names each file as a string "./<name>", minified or not.
  const text = readFileSync(embed, 'utf8');
  const named = [...new Set([...text.matchAll(/["'`]\.\/([\w.-]+\.(?:js|wasm|css))["'`]/g)].map((m) => m[1]))];
  for (const [pattern, what] of [
    [/^lectern-[0-9a-f]+\.js$/, 'the wasm-bindgen module'],
    [/^lectern-[0-9a-f]+_bg\.wasm$/, 'the wasm'],
  ]) {
    if (!named.some((name) => pattern.test(name))) throw new Error(`dist/lectern-embed.js names no ${what}: is it a release build?`);
  }
  const files = ['lectern-embed.js', ...named.filter((name) => name !== 'lectern-embed.js')];
  if (existsSync(join(DIST, 'snippets'))) {
    files.push(...filesUnder(join(DIST, 'snippets')).map((file) => join('snippets', file)));
  }
  // The reader's words in each language, fetched from beside the embed entry when a post needs one.
  files.push(...filesUnder(join(DIST, 'locales')).map((file) => join('locales', file)));
  for (const file of files) {
    if (!existsSync(join(DIST, file))) throw new Error(`the build has no dist/${file}`);
  }
  return files;
}

/**
 * The fields a zip's local header (from offset 4) and its central directory entry (from offset 6)
 * share: version needed, flags (UTF-8 names), deflate, a fixed time (1980-01-01 00:00, so the
 * same files give the same zip), CRC, sizes and the name's length.
 */
function sharedFields(entry) {
  const fields = Buffer.alloc(26);
  fields.writeUInt16LE(20, 0);
  fields.writeUInt16LE(0x0800, 2);
  fields.writeUInt16LE(8, 4);
  fields.writeUInt16LE(0, 6);
  fields.writeUInt16LE((1 << 5) | 1, 8);
  fields.writeUInt32LE(entry.crc, 10);
  fields.writeUInt32LE(entry.packed.length, 14);
  fields.writeUInt32LE(entry.size, 18);
  fields.writeUInt16LE(entry.name.length, 22);
  return fields;
}

/** A zip archive (deflated entries, no extras) of `entries`: [{ name, data }]. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const entry = { name: Buffer.from(name, 'utf8'), packed: deflateRawSync(data, { level: 9 }), crc: crc32(data), size: data.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    sharedFields(entry).copy(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    sharedFields(entry).copy(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, entry.name, entry.packed);
    centrals.push(central, entry.name);
    offset += local.length + entry.name.length + entry.packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

try {
  const entries = [
    ...filesUnder(PLUGIN).map((file) => ({ name: `lectern/${file}`, data: readFileSync(join(PLUGIN, file)) })),
    ...readerFiles().map((file) => ({ name: `lectern/reader/${file}`, data: readFileSync(join(DIST, file)) })),
  ];
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.partial`, zip(entries));
  renameSync(`${out}.partial`, out);
  console.log(`${relative(process.cwd(), out)}: ${entries.length} files, ${(statSync(out).size / 1024).toFixed(0)} KB`);
} catch (error) {
  console.error(`plugin: ${error.message}`);
  process.exit(1);
}
