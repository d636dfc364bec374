// The import's cost as a blog grows: a WordPress export of `posts` posts and `comments`
// comments, made from the theme test data's published posts (each copy a new id and slug, with
// comments spread evenly and every third one a reply), imported by `lectern-cli` built with the
// `cli` profile. Measures wall time and peak memory (GNU time's maximum resident set size).
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../', import.meta.url).pathname;
const SOURCE = join(ROOT, 'tests/fixtures/wordpress/wxr/a11y-unit-test-data.xml');

/** Writes the generated export to `path`, streaming (it is hundreds of MB at full size). */
async function writeExport(path, posts, comments) {
  const xml = readFileSync(SOURCE, 'utf8');
  const head = xml.slice(0, xml.indexOf('<item>'));
  const items = [...xml.matchAll(/<item>[\s\S]*?<\/item>/g)]
    .map((m) => m[0])
    .filter((item) => /<wp:post_type><!\[CDATA\[post\]\]><\/wp:post_type>|<wp:post_type>post<\/wp:post_type>/.test(item))
    .filter((item) => /<wp:status>(<!\[CDATA\[)?publish/.test(item) && !/<wp:post_password>(<!\[CDATA\[)?[^<\]]/.test(item))
    .map((item) => item.replace(/<wp:comment>[\s\S]*?<\/wp:comment>\s*/g, ''));
  const out = createWriteStream(path);
  const write = (text) => new Promise((ok) => (out.write(text) ? ok() : out.once('drain', ok)));
  await write(head);
  const perPost = Math.floor(comments / posts);
  let commentId = 1;
  for (let i = 0; i < posts; i += 1) {
    const template = items[i % items.length];
    let item = template
      .replace(/<wp:post_id>[^<]*<\/wp:post_id>/, `<wp:post_id>${100000 + i}</wp:post_id>`)
      .replace(/<wp:post_name>(<!\[CDATA\[)?([^<\]]*)(\]\]>)?<\/wp:post_name>/, (_, a, slug) => `<wp:post_name>${slug || 'post'}-${i}</wp:post_name>`);
    const thread = [];
    for (let c = 0; c < perPost + (i < comments % posts ? 1 : 0); c += 1) {
      const parent = c % 3 === 2 ? commentId - 1 : 0;
      thread.push(`<wp:comment><wp:comment_id>${commentId}</wp:comment_id><wp:comment_author><![CDATA[Reader ${commentId % 97}]]></wp:comment_author><wp:comment_date_gmt>2020-01-01 00:${String(c % 60).padStart(2, '0')}:00</wp:comment_date_gmt><wp:comment_content><![CDATA[Comment ${commentId} on post ${i}: "quoted" -- and an answer...\n\nA second paragraph with a <a href="https://example.org/">link</a>.]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>${parent}</wp:comment_parent></wp:comment>\n`);
      commentId += 1;
    }
    item = item.replace('</item>', `${thread.join('')}</item>`);
    await write(`${item}\n`);
  }
  await write('</channel>\n</rss>\n');
  await new Promise((ok) => out.end(ok));
}

/**
 * Imports a generated export of `posts` posts and `comments` comments; the measurements. The
 * `cli` profile is the one measured; `debug` (the build the tests already made) keeps the smoke
 * run quick.
 */
export async function importBench({ posts, comments, profile = 'cli' }) {
  execFileSync('cargo', ['build', '--quiet', '--locked', '--profile', profile === 'debug' ? 'dev' : profile, '-p', 'lectern-cli'], { cwd: ROOT, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'lectern-import-bench-'));
  try {
    const file = join(dir, 'export.xml');
    await writeExport(file, posts, comments);
    const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', join(ROOT, 'target', profile, 'lectern-cli'), 'import', file, join(dir, 'posts')], { encoding: 'utf8' });
    const measured = /TIME ([\d.]+) (\d+)/.exec(run.stderr ?? '');
    if (run.status !== 0 || !measured) throw new Error(`import failed: ${run.stderr}`);
    return {
      posts,
      comments,
      bytes: statSync(file).size,
      seconds: Number(measured[1]),
      peakBytes: Number(measured[2]) * 1024,
      summary: run.stdout.split('\n').slice(0, 2).join('; '),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
