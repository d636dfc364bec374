// Trunk post_build hook (Trunk.toml): finishes the build in $TRUNK_STAGING_DIR, in order:
//   1. lectern-embed.js, the stable entry point for embedding (every build, so `trunk serve`
//      serves the embed demo too);
//   2. release builds: the seed post's single-file offline edition in offline/<post-id>.html;
//   3. release builds: the service worker's precache list (last, so it lists 1 and the rest).
// Debug builds (`trunk serve`) get no service worker: live reload is never served a stale copy.
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

try {
  await writeEmbed(staging);
  if (release) {
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
