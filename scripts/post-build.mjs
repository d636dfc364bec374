// Trunk post_build hook (Trunk.toml): finishes the build in $TRUNK_STAGING_DIR, in order:
//   1. lectern-embed.js, the stable entry point for embedding (every build, so `trunk serve`
//      serves the embed demo too);
//   2. release builds: the seed post prerendered into index.html (Yew's server renderer, run
//      natively by `cargo run --bin prerender`), which the wasm then hydrates;
//   3. release builds: the seed post's single-file offline edition in offline/<post-id>.html;
//   4. release builds: the service worker's precache list (last, so it lists all the rest).
// Debug builds (`trunk serve`) get no service worker: live reload is never served a stale copy.
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeEmbed } from './build/embed.mjs';
import { writeEdition } from './build/edition.mjs';
import { writeManifest } from './build/sw-manifest.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run it through trunk)');
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === 'release';
const SEED = 'static/posts/syria-russia-turkey-stalin-myth.json';
// Where the seed is published in the build, relative to the page (for its offline status).
const SEED_URL = 'posts/syria-russia-turkey-stalin-myth.json';

try {
  await writeEmbed(staging);
  if (release) {
    // The native debug build: its dependencies are the ones `cargo test` already compiled.
    const prerender = execFileSync(
      'cargo',
      ['run', '--quiet', '--locked', '--bin', 'prerender', '--', SEED, join(staging, 'index.html'), SEED_URL],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    console.log(prerender.trim());
    const edition = await writeEdition({ dist: staging, postPath: SEED });
    console.log(`post-build: offline edition ${edition}`);
    const { version, count } = await writeManifest(staging);
    console.log(`post-build: service worker precache of ${count} files, version ${version}`);
  } else {
    await rm(join(staging, 'sw-manifest.js'), { force: true });
  }
} catch (error) {
  console.error(`post-build: ${error.message}`);
  process.exit(1);
}
