// Trunk post_build hook (Trunk.toml): finishes the build in $TRUNK_STAGING_DIR, in order:
//   0. release builds: the wasm-bindgen module, the early script and the service worker's
//      scripts minified, and their integrity hashes in index.html updated (scripts/build/minify.mjs);
//   0b. release builds: the first screen (crates/lectern-first) minified, named by its content and
//      declared in index.html for the published pages' loader (scripts/build/first-screen.mjs),
//      and the module that draws an embedded post with no published markup, for lectern-embed.js;
//   1. lectern-embed.js, the stable entry point for embedding (every build, so `trunk serve`
//      serves the embed demo too; minified in release builds);
//   2. release builds: the posts of static/posts/ published into the build by the command line
//      (`lectern-cli publish`, the one way to prerender): each post's page, prerendered by Yew's
//      server renderer and hydrated by the wasm, the seed's page as index.html, posts.html,
//      feed.json, each post's single-file offline edition (offline/<post-id>.html), and the
//      service worker's precache list; Trunk's own page is kept as reader-template.html, the
//      page every post is published into.
// Debug builds (`trunk serve`) get no service worker: live reload is never served a stale copy.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeEmbed } from './build/embed.mjs';
import { finishDrawModule, finishFirstScreen } from './build/first-screen.mjs';
import { minifyBindgen, minifyScripts } from './build/minify.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run it through trunk)');
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === 'release';
const SEED_ID = 'syria-russia-turkey-stalin-myth';

try {
  // Debug builds keep the first screen under the names Trunk gave it.
  let first = { js: 'lectern-first.js', wasm: 'lectern-first_bg.wasm' };
  let draw = { js: 'lectern-draw-wasm.js', wasm: 'lectern-draw-wasm_bg.wasm' };
  if (release) {
    const saved = await minifyBindgen(staging);
    console.log(`post-build: the wasm-bindgen module minified (${saved} bytes less)`);
    await minifyScripts(staging);
    first = await finishFirstScreen(staging);
    console.log(`post-build: the first screen is ${first.js}`);
    draw = await finishDrawModule(staging);
    console.log(`post-build: the module that draws a post is ${draw.js}`);
  }
  const built = (module) => (existsSync(join(staging, module.js)) ? module : null);
  await writeEmbed(staging, built(first), built(draw), { minified: release });
  if (release) {
    await copyFile(join(staging, 'index.html'), join(staging, 'reader-template.html'));
    // The native debug build: its dependencies are the ones `cargo test` already compiled.
    const published = execFileSync(
      'cargo',
      ['run', '--quiet', '--locked', '-p', 'lectern-cli', '--', 'publish', 'static/posts', staging,
        '--reader', staging, '--home', SEED_ID, '--site-name', 'Lectern'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    console.log(`post-build: ${published.trim()}`);
  } else {
    await rm(join(staging, 'sw-manifest.js'), { force: true });
  }
} catch (error) {
  console.error(`post-build: ${error.message}`);
  process.exit(1);
}
