// Makes the single-file offline edition of any post from a release build, with the command
// line (`lectern-cli edition`, crates/lectern-cli/src/publish/edition.rs):
//   node scripts/offline-edition.mjs <post.json> [<out.html>]
// (default out: dist/offline/<post id>.html). Build first with `trunk build --release`.
import { spawnSync } from 'node:child_process';

const [postPath, out] = process.argv.slice(2);
if (!postPath) {
  console.error('usage: node scripts/offline-edition.mjs <post.json> [<out.html>]');
  process.exit(2);
}
const dist = process.env.LECTERN_DIST ?? new URL('../dist/', import.meta.url).pathname;
const run = spawnSync(
  'cargo',
  ['run', '--quiet', '--locked', '-p', 'lectern-cli', '--', 'edition', postPath, ...(out ? [out] : []), '--reader', dist],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
);
process.stdout.write(run.stdout ?? '');
if (run.status !== 0) {
  console.error(`offline-edition: ${(run.stderr ?? '').replace(/^lectern-cli edition: /, '').trim()}`);
  process.exit(1);
}
