// The pages the benchmark measures Lectern against, made from the release build in dist/.
import { readdir, readFile } from 'node:fs/promises';

const DIST = process.env.LECTERN_DIST ?? new URL('../dist/', import.meta.url).pathname;
const SEED = new URL('../static/posts/syria-russia-turkey-stalin-myth.json', import.meta.url);

/** The prerendered release page with every script removed: the static-HTML limit. */
export async function staticPage() {
  const html = await readFile(`${DIST}index.html`, 'utf8');
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]*rel="(modulepreload|preload)"[^>]*>/g, '')
    .replace('<html lang="en">', '<html lang="en" class="lectern-js">');
}

/** The plain page's two rules; served as `plain.css` for its stylesheet-file variant. */
export const PLAIN_CSS = `body{max-width:40em;margin:auto;padding:1rem;font:1.1rem/1.6 Georgia,serif}
blockquote{margin:1em 0;padding-left:1em;border-left:3px solid #ccc}`;

/**
 * The same post as the plainest HTML a blog could serve: one inline <style> of two rules, no
 * script, no contents, no composer; every quotation in full with its source, and the comments.
 * The limit the prerendered page's first paint is measured against (issue 11).
 */
export async function plainPage({ stylesheet = false } = {}) {
  const post = JSON.parse(await readFile(SEED, 'utf8'));
  const esc = (t) => String(t).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
  const text = (t) => esc(typeof t === 'string' ? t : (t ?? []).map((span) => span.text).join(''));
  const block = (b) => {
    if (b.type === 'quote') {
      const source = b.source?.name ? `<cite>${esc(b.source.name)}</cite>` : '';
      return `<blockquote>${b.blocks.map(block).join('')}${source}</blockquote>`;
    }
    if (b.type === 'heading') return `<h3>${text(b.text)}</h3>`;
    if (b.type === 'list') return `<ul>${(b.items ?? []).map((i) => `<li>${text(i.text ?? i)}</li>`).join('')}</ul>`;
    return `<p>${text(b.text)}</p>`;
  };
  const sections = post.sections.map((s) => `${s.heading === false ? '' : `<h2>${esc(s.title)}</h2>`}${s.blocks.map(block).join('')}`).join('');
  const comments = (post.comments ?? [])
    .map((c) => `<li><p><b>${esc(c.author?.name ?? c.author ?? '')}</b></p>${c.blocks.map(block).join('')}</li>`)
    .join('');
  return `<!doctype html><html lang="${esc(post.lang ?? 'en')}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(post.title)}</title>
${stylesheet ? '<link rel="stylesheet" href="plain.css">' : `<style>${PLAIN_CSS}</style>`}</head>
<body><article><h1>${esc(post.title)}</h1>${sections}</article><section><h2>Comments</h2><ol>${comments}</ol></section></body></html>`;
}

/**
 * The static page cut after its first quotation: the reader's first screen (contents, header,
 * tools, the opening paragraphs) and nothing below it. If this paints no sooner than the whole
 * page, the first paint waits for the first screen, not for the length of what follows.
 */
export async function firstScreenPage() {
  const html = await staticPage();
  const start = html.indexOf('<section');
  const firstQuote = html.indexOf('</figure>', start);
  if (start < 0 || firstQuote < 0) throw new Error('firstScreenPage: the release page has no section with a quotation to cut after');
  return `${html.slice(0, firstQuote + '</figure>'.length)}</section></article></main></div></div></body></html>`;
}

/** A page with no script, the same CSS and a `<details>` and a `<textarea>`: the browser's floor. */
export async function floorPage() {
  const css = (await readdir(DIST)).find((name) => /^main(-[0-9a-f]+)?\.css$/.test(name));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="${css}"><title>floor</title></head>
<body><main style="max-width:40rem;margin:auto"><details><summary>Show more</summary><p>${'Folded text. '.repeat(200)}</p></details>
<textarea id="floor-text" rows="8" style="width:100%"></textarea></main></body></html>`;
}


/** A post with `comments` comments (threads of five) and `quotes` long quotations. */
export function syntheticPost({ comments = 0, quotes = 0 }) {
  const words = (n, seed) => Array.from({ length: n }, (_, i) => `word${(i * 7 + seed) % 97}`).join(' ');
  const blocks = [];
  for (let q = 0; q < Math.max(quotes, 1); q += 1) {
    blocks.push({ type: 'paragraph', text: `Paragraph ${q}. ${words(40, q)}.` });
    if (quotes > 0) {
      blocks.push({
        type: 'quote',
        source: { name: `Outlet ${q}` },
        blocks: [{ type: 'paragraph', text: `${words(150, q)}.` }],
      });
    }
  }
  const list = [];
  for (let i = 0; i < comments; i += 1) {
    // Threads of up to five: every fifth comment starts a conversation.
    const parent = i % 5 === 0 ? null : String(i - 1);
    list.push({ id: String(i), parent, author: { name: `Reader ${i}` }, blocks: [{ type: 'paragraph', text: `Comment ${i}. ${words(20, i)}.` }] });
  }
  const third = Math.ceil(blocks.length / 3);
  return JSON.stringify({
    format: 'lectern/post@1',
    id: `synthetic-${comments}-${quotes}`,
    title: `Synthetic post: ${comments} comments, ${quotes} quotations`,
    sections: [0, 1, 2].map((s) => ({ id: `s${s}`, title: `Section ${s + 1}`, blocks: blocks.slice(s * third, (s + 1) * third).concat(s === 0 ? [] : []) })).filter((s) => s.blocks.length > 0),
    comments: list,
  });
}

/**
 * A host page with one `<lectern-reader>` of the seed, for the embed loads: `kind` is
 * `published` (a post published beside it: its markup is fetched and made live), `drawn` (the
 * same post copied where nothing was published: drawn from its JSON) or `full` (an option only
 * the full reader applies, so it loads at once: what every embed cost before issue 22).
 */
export function embedHostPage(kind) {
  const src = kind === 'published' ? './posts/syria-russia-turkey-stalin-myth.json' : './bench/unpublished/posts/seed.json';
  const extra = kind === 'full' ? ' collapse-words="100"' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A host page</title></head>
<body><h1>A host page</h1><p>The host's own words, before the reader.</p>
<lectern-reader src="${src}"${extra}></lectern-reader>
<script type="module" src="./lectern-embed.js"></script></body></html>`;
}
