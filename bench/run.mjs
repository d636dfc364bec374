// The benchmark: Lectern's release build against the same post as plain static HTML (same CSS,
// no script), side by side in one run, in headless Chromium. Prints numbers and writes them, with
// the machine they ran on, to docs/benchmarks.md. Never a pass/fail test: targets are printed
// beside each figure.
//
//   node bench/run.mjs            full run (15 loads per page and condition; a few minutes)
//   node bench/run.mjs --smoke    one load each, tiny scaling posts: keeps the benchmark working
//                                 (scripts/test.sh runs it); writes nothing to docs/
//   node bench/run.mjs --interactions   only the interaction latencies; prints, writes nothing
//   node bench/run.mjs --loads [--runs=N]   only the page loads (paint, hydration, blocking);
//                                 prints, writes nothing
//   node bench/run.mjs --scaling  only the scaling posts; prints, writes nothing
//   node bench/run.mjs --embeds   only the embedded readers' loads; prints, writes nothing
//
// Run `trunk build --release` first. What is measured, and how:
// - transfer sizes of what the page downloads (bench/sizes.mjs);
// - FCP and LCP (paint timing and largest-contentful-paint entries), at 1× CPU, at 4× CPU
//   slowdown (CDP Emulation.setCPUThrottlingRate) and on a slow network (CDP
//   Network.emulateNetworkConditions: 150 ms latency, 1.6 Mbit/s down), each load in a fresh
//   context (cold cache);
// - for Lectern: time until the article is interactive (the `lectern-article-interactive`
//   performance mark: on a published page, set by its first screen), long tasks and total
//   blocking time of the page loaded and left alone (long-task entries over 50 ms, until 0.7 s
//   after the article is interactive), CLS (layout-shift entries); then the reader scrolls to
//   the comments, and the time until they are live (`lectern-interactive`: the full reader
//   fetched and the whole page hydrated);
// - an embedded reader of the seed on a host page (published markup; no published markup, so
//   drawn from the post; an option only the full reader applies): time until its article is
//   interactive, JS and wasm fetched until then, long tasks, total blocking time and CLS;
// - scaling: synthetic posts with 10…10,000 comments and 10…1,000 quotations, loaded with
//   `?post=` (client-rendered): first contentful paint, time until the post is interactive,
//   JS heap after a forced GC;
// - interaction latency on a 10,000-comment post: folding a quotation, expanding a thread,
//   typing a character in the composer, from a performance trace (EventTiming: input to the
//   next presented frame), p50/p95, beside a no-script page doing the same natively;
// - a WordPress post with 1,000 comments (its REST answers as WordPress writes them, 100 comments
//   a page with X-WP-TotalPages, from a server of their own through the reader's origin): first
//   paint of the post, and the time until the whole thread is in;
// - the command line's import of a generated WordPress export of 10,000 posts and 100,000
//   comments (bench/import.mjs): time and peak memory.
import { cpus, totalmem, platform, release as osRelease } from 'node:os';
import { launch } from '../tests/e2e/support/browser.mjs';
import { serveDir, STRICT_CSP } from '../tests/e2e/support/server.mjs';
import { pageSizes } from './sizes.mjs';
import { PLAIN_CSS, embedHostPage, firstScreenPage, floorPage, plainPage, staticPage, syntheticPost } from './pages.mjs';
import { importBench } from './import.mjs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';

const SMOKE = process.argv.includes('--smoke');
// Only the interaction-latency part (for working on it); prints, writes nothing.
const ONLY_INTERACTIONS = process.argv.includes('--interactions');
// Only the page loads of the three conditions (for working on paint and hydration).
const ONLY_LOADS = process.argv.includes('--loads');
const ONLY_SCALING = process.argv.includes('--scaling');
// Only the embedded readers' loads (published, drawn, the full reader at once).
const ONLY_EMBEDS = process.argv.includes('--embeds');
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const RUNS = SMOKE ? 1 : runsArg ? Number(runsArg.slice('--runs='.length)) : 15;
const SCALE_RUNS = SMOKE ? 1 : 5;
const INTERACTIONS = SMOKE ? 3 : 25;
// LECTERN_DIST=<dir> measures another build (an experiment) instead of dist/.
const DIST = process.env.LECTERN_DIST ?? new URL('../dist/', import.meta.url).pathname;
const REPORT = new URL('../docs/benchmarks.md', import.meta.url).pathname;
const VIEWPORT = { width: 1280, height: 800 };

// ---- statistics -------------------------------------------------------------------------
const pick = (runs, key) => runs.map((r) => r[key]);
const sorted = (xs) => [...xs].sort((a, b) => a - b);
function quantile(xs, q) {
  const s = sorted(xs);
  if (s.length === 0) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo] + (s[hi] - s[lo]) * (at - lo);
}
const median = (xs) => quantile(xs, 0.5);
const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'n/a');
const spread = (xs) => (xs.length > 1 ? `${Math.round(quantile(xs, 0.25))}–${Math.round(quantile(xs, 0.75))}` : '—');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// ---- pages ------------------------------------------------------------------------------
/**
 * A stand-in for a WordPress site's REST API with one post and `count` comments, answering as
 * WordPress does (`wp/v2/posts/1`, `wp/v2/comments?post=1&page=N`, 100 a page, X-WP-Total and
 * X-WP-TotalPages). The reader reaches it through its own origin under /wp/.
 */
async function serveWordPress(count) {
  const paragraphs = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1} of a post read from WordPress, with <a href="https://example.org/">a link</a> and <em>emphasis</em>.</p>`);
  const post = {
    id: 1,
    slug: 'a-thousand-voices',
    date_gmt: '2020-01-01T00:00:00',
    link: 'https://blog.example/a-thousand-voices/',
    comment_status: 'open',
    title: { rendered: 'A thousand voices' },
    content: { rendered: `<h2>First</h2>${paragraphs.slice(0, 6).join('')}<blockquote><p>A quotation.</p><cite>Someone</cite></blockquote><h2>Second</h2>${paragraphs.slice(6).join('')}`, protected: false },
    excerpt: { rendered: '<p>Paragraph 1.</p>' },
    _links: { replies: [{ embeddable: true, href: '/wp/wp-json/wp/v2/comments?post=1' }] },
  };
  const comment = (n) => ({
    id: n + 1,
    post: 1,
    parent: n > 0 && n % 5 === 0 ? n : 0,
    author_name: `Reader ${n + 1}`,
    author_url: '',
    date_gmt: new Date(Date.UTC(2020, 0, 1) + n * 60000).toISOString().slice(0, 19),
    content: { rendered: `<p>Comment number ${n + 1}, with some words to read.</p>\n` },
    status: 'approved',
    type: 'comment',
  });
  const all = Array.from({ length: count }, (_, n) => comment(n));
  const pages = Math.max(1, Math.ceil(count / 100));
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const json = (body, headers = {}) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', ...headers });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/wp-json/wp/v2/posts/1') return json(post);
    if (url.pathname === '/wp-json/wp/v2/comments') {
      const page = Number(url.searchParams.get('page') ?? 1);
      return json(all.slice((page - 1) * 100, page * 100), { 'X-WP-Total': String(count), 'X-WP-TotalPages': String(pages) });
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"code":"rest_no_route","message":"No route was found matching the URL and request method."}');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Loads the WordPress post: its first paint, and when the whole thread has arrived. */
async function loadWordPress(browser, base, count) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(`${base}?post=${encodeURIComponent('/wp/wp-json/wp/v2/posts/1')}`, { waitUntil: 'load', timeout: 120000 });
  await page.waitForFunction(
    (n) => document.querySelectorAll('#comments li.comment').length >= Math.min(n, 50) && !document.querySelector('#comments .thread-status'),
    count,
    { timeout: 120000, polling: 'raf' },
  );
  const threadIn = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => Number.isFinite(window.__bench.fcp), null, { timeout: 120000 });
  const fcp = await page.evaluate(() => window.__bench.fcp);
  const heading = await page.locator('#comments-heading').innerText();
  await context.close();
  // The count is written as the post's language writes numbers ("1,000 thoughts" in English).
  const written = count.toLocaleString('en');
  if (!heading.startsWith(`${written} thoughts`)) throw new Error(`the WordPress thread did not come in whole: ${heading}`);
  return { fcp, threadIn };
}

// ---- measuring one load -----------------------------------------------------------------
const OBSERVE = () => {
  window.__bench = { fcp: NaN, lcp: NaN, cls: 0, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__bench.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};

async function load(browser, url, { cpu = 1, slowNetwork = false, app = true, heap = false, conversation = app } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (slowNetwork) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
  }
  await page.addInitScript(OBSERVE);
  // JS and wasm fetched (bytes on the wire), until the page is left alone.
  let scriptBytes = 0;
  page.on('requestfinished', async (request) => {
    if (!/\.(js|wasm)$/.test(new URL(request.url()).pathname)) return;
    const sizes = await request.sizes().catch(() => null);
    scriptBytes += sizes ? sizes.responseBodySize : 0;
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  let interactive = NaN;
  let articleInteractive = NaN;
  let conversationWait = NaN;
  let laidOut = NaN;
  if (app) {
    // A published page is made live by its first screen; a client-rendered one (`?post=`) by
    // the full reader, which marks the article live too.
    await page.waitForFunction(() => performance.getEntriesByName('lectern-article-interactive').length > 0, null, { timeout: 120000 });
    articleInteractive = await page.evaluate(() => performance.getEntriesByName('lectern-article-interactive')[0].startTime);
  }
  // The first paint can be presented after the load event (a throttled CPU, a slow network).
  await page.waitForFunction(() => Number.isFinite(window.__bench.fcp), null, { timeout: 120000 });
  // Let LCP and late long tasks settle: the page loaded and left alone.
  await page.waitForTimeout(SMOKE ? 200 : 700);
  const result = await page.evaluate(() => window.__bench);
  const tbt = result.longTasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
  const fetchedScripts = scriptBytes;
  if (conversation) {
    // Then the reader goes to the comments: on a published page their code loads as they come
    // near. "Conversation interactive" is the time from that moment until they are live.
    const asked = await page.evaluate(() => {
      document.getElementById('lectern-comments')?.scrollIntoView();
      return performance.now();
    });
    await page.waitForFunction(() => performance.getEntriesByName('lectern-interactive').length > 0, null, { timeout: 120000 });
    interactive = await page.evaluate(() => performance.getEntriesByName('lectern-interactive')[0].startTime);
    conversationWait = Math.max(0, interactive - asked);
    await page.waitForFunction(() => performance.getEntriesByName('lectern-laid-out').length > 0, null, { timeout: 120000 });
    laidOut = await page.evaluate(() => performance.getEntriesByName('lectern-laid-out')[0].startTime);
  }
  let heapBytes = NaN;
  if (heap) {
    await cdp.send('HeapProfiler.collectGarbage');
    heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  }
  await context.close();
  const longest = Math.max(0, ...result.longTasks.map(([, d]) => d));
  return { fcp: result.fcp, lcp: result.lcp, cls: result.cls, tbt, longTasks: result.longTasks.length, longest, interactive, articleInteractive, conversationWait, laidOut, heap: heapBytes, fetchedScripts };
}

async function repeat(n, job) {
  const out = [];
  for (let i = 0; i < n; i += 1) out.push(await job(i));
  return out;
}

// ---- interactions ------------------------------------------------------------------------
/**
 * Interaction latency from a Chromium performance trace: the browser's own EventTiming records
 * (category devtools.timeline, one per input event, grouped by interactionId), which run from
 * the input's hardware timestamp to the presentation of the next frame — what a reader feels.
 * Per interaction the longest of its events counts, as for INP. Also kept, for diagnosis: how
 * much of it was the event handlers' own work (processing) and when the frame was committed.
 */
async function traceInteractions(page, context, action, count) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline'] } });
  for (let i = 0; i < count; i += 1) {
    await action(i);
    await page.waitForTimeout(80);
  }
  await page.waitForTimeout(150);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const byInteraction = new Map();
  for (const e of events) {
    const d = e.name === 'EventTiming' && e.ph === 'b' ? e.args?.data : null;
    if (!d?.interactionId) continue;
    const seen = byInteraction.get(d.interactionId) ?? { duration: 0, processing: 0, commit: 0 };
    seen.duration = Math.max(seen.duration, d.duration);
    seen.processing = Math.max(seen.processing, d.processingEnd - d.processingStart);
    if (d.commitFinishTime) seen.commit = Math.max(seen.commit, d.commitFinishTime - d.timeStamp);
    byInteraction.set(d.interactionId, seen);
  }
  return [...byInteraction.values()];
}

async function interactions(browser, base) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${base}?post=bench/interact.json`, { timeout: 120000 });
  await page.waitForFunction(() => performance.getEntriesByName('lectern-interactive').length > 0, null, { timeout: 120000 });
  const fold = page.locator('figure.quote--foldable .quote-toggle').first();
  const folding = await traceInteractions(page, context, () => fold.click(), INTERACTIONS);
  const thread = page.locator('li.comment .comment-actions button[aria-expanded]').first();
  const threads = await traceInteractions(page, context, () => thread.click(), INTERACTIONS);
  await page.locator('#lectern-comment').click();
  const typing = await traceInteractions(page, context, () => page.keyboard.press('a'), INTERACTIONS);
  await page.goto(`${base}floor.html`);
  const summary = page.locator('summary');
  const floorFold = await traceInteractions(page, context, () => summary.click(), INTERACTIONS);
  await page.locator('#floor-text').click();
  const floorTyping = await traceInteractions(page, context, () => page.keyboard.press('a'), INTERACTIONS);
  await context.close();
  return { folding, threads, typing, floorFold, floorTyping };
}

// ---- the run ------------------------------------------------------------------------------
const sizes = await pageSizes(DIST);
const scalePosts = SMOKE
  ? [{ comments: 10, quotes: 0 }, { comments: 0, quotes: 10 }]
  : [
      { comments: 10, quotes: 0 },
      { comments: 100, quotes: 0 },
      { comments: 1000, quotes: 0 },
      { comments: 10000, quotes: 0 },
      { comments: 0, quotes: 10 },
      { comments: 0, quotes: 100 },
      { comments: 0, quotes: 1000 },
    ];
const extra = { 'static.html': await staticPage(), 'first-screen.html': await firstScreenPage(), 'plain.html': await plainPage(), 'plain-file.html': await plainPage({ stylesheet: true }), 'plain.css': PLAIN_CSS, 'floor.html': await floorPage(), 'bench/interact.json': syntheticPost({ comments: SMOKE ? 200 : 10000, quotes: 3 }) };
for (const p of scalePosts) extra[`bench/${p.comments}-${p.quotes}.json`] = syntheticPost(p);
const EMBEDS = [
  ['published markup', 'published'],
  ['no published markup: drawn from the post', 'drawn'],
  ['the full reader at once (an option only it applies)', 'full'],
];
for (const [, kind] of EMBEDS) extra[`embed-host-${kind}.html`] = embedHostPage(kind);
extra['bench/unpublished/posts/seed.json'] = await readFile(`${DIST}/posts/syria-russia-turkey-stalin-myth.json`, 'utf8');
const WP_COMMENTS = SMOKE ? 150 : 1000;
const wordpress = await serveWordPress(WP_COMMENTS);
// With the strict Content-Security-Policy the tests use (the plain page keeps its inline style).
const server = await serveDir(DIST, { extra, compress: true, proxy: { '/wp/': wordpress.url }, csp: STRICT_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'") });
const browser = await launch();
const started = Date.now();
const conditions = [
  ['1× CPU', {}],
  ['4× CPU slowdown', { cpu: 4 }],
  ['slow network', { slowNetwork: true }],
];
const loads = {};
const chromium = browser.version();
let scaling = [];
let latency;
let wordpressRuns = [];
let imported;
const embeds = {};
const EMBED_CONDITIONS = conditions.slice(0, 2);
try {
  for (const [name, options] of ONLY_INTERACTIONS || ONLY_SCALING || ONLY_LOADS ? [] : EMBED_CONDITIONS) {
    embeds[name] = Object.fromEntries(EMBEDS.map(([, kind]) => [kind, []]));
    for (let i = 0; i < RUNS; i += 1) {
      for (const [, kind] of EMBEDS) {
        embeds[name][kind].push(await load(browser, `${server.url}embed-host-${kind}.html`, { ...options, app: true, conversation: false }));
      }
    }
    console.log(`embeds, ${name}: ${RUNS} loads each done`);
  }
  for (const [name, options] of ONLY_INTERACTIONS || ONLY_SCALING || ONLY_EMBEDS ? [] : conditions) {
    // Interleaved, so drift over the run (caches warming, other load) touches both alike.
    loads[name] = { lectern: [], static: [], firstScreen: [], plainFile: [], plain: [] };
    for (let i = 0; i < RUNS; i += 1) {
      loads[name].lectern.push(await load(browser, server.url, { ...options, app: true }));
      loads[name].static.push(await load(browser, `${server.url}static.html`, { ...options, app: false }));
      loads[name].firstScreen.push(await load(browser, `${server.url}first-screen.html`, { ...options, app: false }));
      loads[name].plainFile.push(await load(browser, `${server.url}plain-file.html`, { ...options, app: false }));
      loads[name].plain.push(await load(browser, `${server.url}plain.html`, { ...options, app: false }));
    }
    console.log(`${name}: ${RUNS} loads each done`);
  }
  for (const p of ONLY_INTERACTIONS || ONLY_LOADS || ONLY_EMBEDS ? [] : scalePosts) {
    const runs = await repeat(SCALE_RUNS, () => load(browser, `${server.url}?post=bench/${p.comments}-${p.quotes}.json`, { heap: true }));
    scaling.push({ ...p, runs });
    console.log(`scaling ${p.comments} comments / ${p.quotes} quotations done`);
  }
  if (!ONLY_LOADS && !ONLY_SCALING && !ONLY_EMBEDS) latency = await interactions(browser, server.url);
  if (!ONLY_LOADS && !ONLY_INTERACTIONS && !ONLY_SCALING && !ONLY_EMBEDS) {
    imported = await importBench(SMOKE ? { posts: 100, comments: 1000, profile: 'debug' } : { posts: 10000, comments: 100000 });
    console.log(`import of ${imported.posts} posts done`);
  }
  if (!ONLY_LOADS && !ONLY_INTERACTIONS && !ONLY_SCALING && !ONLY_EMBEDS) {
    wordpressRuns = await repeat(SCALE_RUNS, () => loadWordPress(browser, server.url, WP_COMMENTS));
    console.log(`WordPress post with ${WP_COMMENTS} comments done`);
  }
} finally {
  await browser.close();
  await server.close();
  await wordpress.close();
}

const INTERACTION_ROWS = [
  ['fold / unfold a quotation', 'folding'],
  ['expand / collapse a thread', 'threads'],
  ['type a character in the composer', 'typing'],
  ['browser floor: toggle a `<details>` (no script)', 'floorFold'],
  ['browser floor: type in a `<textarea>` (no script)', 'floorTyping'],
];
const latencyOf = (key, field) => (latency[key] ?? []).map((x) => x[field]);
/** One row per embedded reader and condition: until interactive, JS and wasm fetched, blocking. */
const embedRows = () =>
  Object.entries(embeds).flatMap(([name, kinds]) =>
    EMBEDS.map(([label, kind]) => {
      const runs = kinds[kind];
      return `| ${label} | ${name} | ${ms(median(pick(runs, 'articleInteractive')))} (${spread(pick(runs, 'articleInteractive'))}) | ${kb(median(pick(runs, 'fetchedScripts')))} | ${median(pick(runs, 'longTasks'))} | ${ms(median(pick(runs, 'tbt')))} | ${Math.max(...pick(runs, 'cls')).toFixed(3)} (max) |`;
    }),
  );
const EMBED_HEADER = ['| host page with | condition | article interactive | JS + wasm fetched (brotli) | long tasks | total blocking time | CLS |', '|---|---|---:|---:|---:|---:|---:|'];
if (ONLY_EMBEDS) {
  console.log([...EMBED_HEADER, ...embedRows()].join('\n'));
  process.exit(0);
}
if (ONLY_SCALING) {
  for (const x of scaling) {
    console.log(`${x.comments} comments, ${x.quotes} quotations: FCP ${ms(median(pick(x.runs, 'fcp')))}, interactive ${ms(median(pick(x.runs, 'interactive')))}, laid out ${ms(median(pick(x.runs, 'laidOut')))}, longest task ${ms(median(pick(x.runs, 'longest')))}, heap ${(median(pick(x.runs, 'heap')) / 2 ** 20).toFixed(1)} MB`);
  }
  process.exit(0);
}
if (ONLY_INTERACTIONS) {
  for (const [name, key] of INTERACTION_ROWS) {
    const xs = latencyOf(key, 'duration');
    console.log(`${name}: p50 ${ms(quantile(xs, 0.5))}, p95 ${ms(quantile(xs, 0.95))} (n=${xs.length}); handlers p50 ${ms(quantile(latencyOf(key, 'processing'), 0.5))}, frame committed p50 ${ms(quantile(latencyOf(key, 'commit'), 0.5))}`);
  }
  process.exit(0);
}
if (ONLY_LOADS) {
  for (const [name] of conditions) {
    const { lectern, static: stat, firstScreen, plainFile, plain } = loads[name];
    const ratio = (metric) => (median(pick(lectern, metric)) / median(pick(plain, metric))).toFixed(2);
    console.log(
      `${name}: FCP ${ms(median(pick(lectern, 'fcp')))} vs static ${ms(median(pick(stat, 'fcp')))}, first screen ${ms(median(pick(firstScreen, 'fcp')))}, ` +
        `plain with a stylesheet file ${ms(median(pick(plainFile, 'fcp')))}, plain ${ms(median(pick(plain, 'fcp')))} (${ratio('fcp')}), ` +
        `LCP ${ms(median(pick(lectern, 'lcp')))} vs static ${ms(median(pick(stat, 'lcp')))}, plain ${ms(median(pick(plain, 'lcp')))} (${ratio('lcp')}), ` +
        `article interactive ${ms(median(pick(lectern, 'articleInteractive')))}, conversation interactive ${ms(median(pick(lectern, 'conversationWait')))} after the reader reaches it, TBT ${ms(median(pick(lectern, 'tbt')))} (static ${ms(median(pick(stat, 'tbt')))}), ` +
        `long tasks ${median(pick(lectern, 'longTasks'))} (static ${median(pick(stat, 'longTasks'))})`,
    );
  }
  process.exit(0);
}

// ---- report -------------------------------------------------------------------------------
const lines = [];
lines.push('# Benchmarks', '');
lines.push(
  `Written by \`node bench/run.mjs\` on ${new Date().toISOString().slice(0, 10)} (${Math.round((Date.now() - started) / 1000)} s). ` +
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${osRelease()}; ` +
    `headless Debian Chromium ${chromium}, viewport ${VIEWPORT.width}×${VIEWPORT.height}; served from 127.0.0.1 with brotli (quality 11), as a real host would. ` +
    `Medians of ${RUNS} cold loads per page and condition, the pages interleaved; spread = interquartile range.`,
  '',
);
lines.push('## Transfer size', '', '| file | raw | gzip | brotli |', '|---|---:|---:|---:|');
for (const [kind, s] of Object.entries(sizes)) lines.push(`| ${kind} (${s.files.join(', ')}) | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
const script = sizes.js.brotli + sizes.wasm.brotli;
lines.push('', `JS + wasm, brotli: **${kb(script)}** (target ≤ 64 KB: ${script <= 65536 ? 'met' : 'not met'}).`, '');
lines.push('## Paint: Lectern vs the plain-HTML limit', '');
lines.push(
  'Five pages of the same post, loaded in turn: Lectern\'s release page; "static", that page with every script removed (our markup and CSS); "first screen", the static page cut after its first quotation (the contents, header, tools and opening paragraphs, nothing below); "plain", the post as the plainest HTML a blog serves (one inline `<style>` of two rules, no script, no contents, no composer, every quotation in full); "plain, file", plain with its two rules in a stylesheet file, as the strict Content-Security-Policy (`style-src \'self\'`, issue 11) requires of any page. The target is Lectern within 1.05× of plain.',
  '',
);
lines.push('| condition | metric | Lectern (median, IQR) | static | first screen | plain, file | plain (median, IQR) | Lectern / plain | plain, file / plain | target |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---|');
for (const [name] of conditions) {
  const { lectern, static: stat, firstScreen, plainFile, plain } = loads[name];
  for (const metric of ['fcp', 'lcp']) {
    const a = median(pick(lectern, metric));
    const c = median(pick(plain, metric));
    const f = median(pick(plainFile, metric));
    lines.push(`| ${name} | ${metric.toUpperCase()} | ${ms(a)} (${spread(pick(lectern, metric))}) | ${ms(median(pick(stat, metric)))} | ${ms(median(pick(firstScreen, metric)))} | ${ms(f)} | ${ms(c)} (${spread(pick(plain, metric))}) | ${(a / c).toFixed(2)} | ${(f / c).toFixed(2)} | ≤ 1.05 |`);
  }
}
lines.push('', '## Hydration, blocking, stability (Lectern)', '');
lines.push(
  'Long tasks and total blocking time are counted from navigation until 0.7 s after the article is interactive (for the static page, 0.7 s after its load event), before the reader goes to the comments. The static page\'s own long tasks (parsing, styling and laying out a long post, the same for both) are the floor.',
  '',
);
lines.push('"Article interactive" is when the article is live: on a published page, when its first screen (a small module without Yew) has made the contents, folding and progress work; the page is then left alone, and long tasks and total blocking time are counted over that. "Conversation interactive" is how long after the reader scrolls to the comments they are live: the full reader is fetched as they come near, and hydrates the page.', '');
lines.push('| condition | article interactive | conversation interactive, after reaching it | long tasks (static) | total blocking time (static) | CLS | targets |', '|---|---:|---:|---:|---:|---:|---|');
for (const [name] of conditions) {
  const l = loads[name].lectern;
  const s = loads[name].static;
  lines.push(`| ${name} | ${ms(median(pick(l, 'articleInteractive')))} (${spread(pick(l, 'articleInteractive'))}) | ${ms(median(pick(l, 'conversationWait')))} (${spread(pick(l, 'conversationWait'))}) | ${median(pick(l, 'longTasks'))} (${median(pick(s, 'longTasks'))}) | ${ms(median(pick(l, 'tbt')))} (${ms(median(pick(s, 'tbt')))}) | ${Math.max(...pick(l, 'cls')).toFixed(3)} (max) | TBT 0 at 1× CPU; CLS 0 |`);
}
lines.push('', '## An embedded reader on a host page (issue 22)', '');
lines.push(
  'A host page with one `<lectern-reader>` of the seed, loaded and left alone: its post published beside it (the markup fetched and made live by the first screen), the same post where nothing was published (drawn from its JSON by the drawing module, then made live), and an option only the full reader applies (it loads at once: what every embed cost before issue 22). "JS + wasm fetched" is what crossed the network until the page was left alone.',
  '',
);
lines.push(...EMBED_HEADER, ...embedRows());
lines.push('', `## Scaling (posts loaded with \`?post=\`, rendered on the client; medians of ${SCALE_RUNS})`, '');
lines.push('"Until interactive" is the reader usable with the first part of the post laid out; a long post is laid out in parts, each its own task, and "whole post laid out" is when the last part is in. "Longest task" is the longest main-thread task of the load.', '');
lines.push('| comments | quotations | first contentful paint | until interactive | whole post laid out | longest task | JS heap |', '|---:|---:|---:|---:|---:|---:|---:|');
for (const s of scaling) {
  lines.push(`| ${s.comments} | ${s.quotes} | ${ms(median(pick(s.runs, 'fcp')))} | ${ms(median(pick(s.runs, 'interactive')))} | ${ms(median(pick(s.runs, 'laidOut')))} | ${ms(median(pick(s.runs, 'longest')))} | ${(median(pick(s.runs, 'heap')) / 2 ** 20).toFixed(1)} MB |`);
}
lines.push('', `## A WordPress post with ${WP_COMMENTS} comments (medians of ${SCALE_RUNS}, \`?post=\` through the REST API, 100 comments a request)`, '');
lines.push('| first contentful paint (the post) | whole thread in |', '|---:|---:|');
lines.push(`| ${ms(median(pick(wordpressRuns, 'fcp')))} | ${ms(median(pick(wordpressRuns, 'threadIn')))} |`);
lines.push('', '## Importing a blog (`lectern-cli import`, a generated WordPress export)', '');
lines.push(
  'An export made from the theme test data\'s published posts, copied with new ids and slugs, comments spread evenly (every third a reply); imported into a new folder by `lectern-cli` built with the `cli` profile. Peak memory is the process\'s maximum resident set (GNU time): the export is read as a stream, so it stays flat as the blog grows.',
  '',
);
lines.push('| posts | comments | export size | import time | peak memory |', '|---:|---:|---:|---:|---:|');
lines.push(`| ${imported.posts} | ${imported.comments} | ${(imported.bytes / 2 ** 20).toFixed(1)} MB | ${imported.seconds.toFixed(2)} s | ${(imported.peakBytes / 2 ** 20).toFixed(1)} MB |`);
lines.push('', `## Interaction latency (${SMOKE ? 200 : '10,000'} comments, ${INTERACTIONS} of each)`, '');
lines.push(
  'From a Chromium performance trace (CDP Tracing, `devtools.timeline`): each `EventTiming` record runs from the input to the presentation of the next frame; an interaction counts its longest event. "Handlers" is the event handlers\' own work (Yew included); "committed" is when the frame was handed to the compositor. The floor rows are a page with no script doing the nearest native thing, so what is the headless browser\'s own frame cost is visible.',
  '',
);
lines.push('| interaction | input to next paint p50 | p95 | handlers p50 | committed p50 | target |', '|---|---:|---:|---:|---:|---|');
for (const [name, key] of INTERACTION_ROWS) {
  const xs = latencyOf(key, 'duration');
  lines.push(`| ${name} | ${ms(quantile(xs, 0.5))} | ${ms(quantile(xs, 0.95))} | ${ms(quantile(latencyOf(key, 'processing'), 0.5))} | ${ms(quantile(latencyOf(key, 'commit'), 0.5))} | ${key.startsWith('floor') ? '—' : '≤ 16 ms p95'} |`);
}
const report = `${lines.join('\n')}\n`;
console.log(`\n${report}`);
if (!SMOKE) {
  await writeFile(REPORT, report);
  console.log(`written to ${REPORT}`);
}
