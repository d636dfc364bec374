// Launches Debian's Chromium through playwright-core (never a downloaded browser) and records
// what a test must check on every page: console errors, page errors, dialogs and any request
// that leaves the origin; Content-Security-Policy violations fail the test when its context closes.
import { chromium } from 'playwright-core';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: FLAGS,
  });
}

export const DESKTOP = { viewport: { width: 1440, height: 900 } };
export const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

/** Opens a page that records problems; `origin` is the only origin requests may go to. */
export async function openPage(browser, origin, options = DESKTOP) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = { console: [], errors: [], dialogs: [], foreign: [], csp: [] };
  // Every Content-Security-Policy violation (the page's, an embed's shadow root's, a
  // blocked inline script's) is recorded, and closing the context fails the test if any was.
  await context.exposeBinding('__lecternCspViolation', (_source, report) => problems.csp.push(report));
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
        window.__lecternCspViolation(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'}${where}: ${event.sample}`);
      },
      true,
    );
  });
  const close = context.close.bind(context);
  context.close = async (...args) => {
    await close(...args);
    if (problems.csp.length) throw new Error(`Content-Security-Policy violations:\n${problems.csp.join('\n')}`);
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.console.push(msg.text());
  });
  page.on('pageerror', (err) => problems.errors.push(String(err)));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(origin).origin) {
      problems.foreign.push(req.url());
    }
  });
  return { context, page, problems };
}

/** Waits until the reader has rendered a post (or an error panel). */
export async function waitForReader(page) {
  await page.waitForSelector('article.post, .load-error', { timeout: 20000 });
  // A prerendered post shows before any script runs; wait until it is live: made so by the
  // first screen (the full reader loads when the reader needs it) or by the full reader.
  await page.waitForFunction(
    () =>
      !document.querySelector('#lectern[data-prerendered]') ||
      performance.getEntriesByName('lectern-article-interactive').length > 0 ||
      performance.getEntriesByName('lectern-interactive').length > 0,
    null,
    { timeout: 20000 },
  );
}

/** Waits until a draft holding every string of `texts` is in the page origin's storage. */
export async function waitForSavedDraft(page, ...texts) {
  await page.waitForFunction(
    (wanted) =>
      Object.keys(localStorage).some((key) => {
        const value = key.startsWith('lectern:draft:') ? localStorage.getItem(key) ?? '' : '';
        return wanted.every((text) => value.includes(JSON.stringify(text)));
      }),
    texts,
    { timeout: 20000 },
  );
}
