// Writes seed inputs for the `wordpress_html` fuzz target: the rendered content of every post,
// page and comment in the given REST answer folders, and each XSS vector (one per line of the
// `.txt` files) in the given vector folders. Usage: node fuzz/html-seeds.mjs DIR… OUT_DIR
import { readdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const out = args.pop();
let written = 0;
const seed = (text) => {
  if (text && text.length <= 65536) writeFileSync(join(out, `seed-${written++}.html`), text);
};
const rendered = (item) => seed(item?.content?.rendered ?? item?.excerpt?.rendered);

for (const dir of args.filter((d) => existsSync(d) && statSync(d).isDirectory())) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name.endsWith('.json')) {
      try {
        const data = JSON.parse(readFileSync(path, 'utf8'));
        (Array.isArray(data) ? data : [data]).forEach(rendered);
      } catch {
        // A file that is not JSON is not a seed.
      }
    } else if (name.endsWith('.txt')) {
      readFileSync(path, 'utf8').split('\n').forEach(seed);
    }
  }
}
console.log(`${written} HTML seeds`);
