// Makes the single-file offline edition of any post from a release build:
//   node scripts/offline-edition.mjs <post.json> [<out.html>]
// (default out: dist/offline/<post id>.html). Build first with `trunk build --release`.
import { writeEdition } from './build/edition.mjs';

const [postPath, out] = process.argv.slice(2);
if (!postPath) {
  console.error('usage: node scripts/offline-edition.mjs <post.json> [<out.html>]');
  process.exit(2);
}
const dist = process.env.LECTERN_DIST ?? new URL('../dist/', import.meta.url).pathname;
try {
  const written = await writeEdition({ dist, postPath, out });
  console.log(`offline edition written: ${written}`);
} catch (error) {
  console.error(`offline-edition: ${error.message}`);
  process.exit(1);
}
