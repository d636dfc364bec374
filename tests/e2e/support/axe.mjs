// Runs axe-core (from node_modules, never a CDN) in the page and returns its violations.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Violations as short strings ("rule: target"), empty when the page passes. */
export async function axeViolations(page) {
  // Evaluated by the test driver, not added as an inline <script>, which the pages' strict
  // Content-Security-Policy refuses.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}
