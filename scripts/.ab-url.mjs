import { launchChromium } from '../tests/browser/helpers.mjs';
import { loadToVerdict, median, phaseTimes } from './bench-browser.mjs';
import { listen } from './serve-static.mjs';
const RUNS = Number(process.env.RUNS || 9);
const [site, ...paths] = process.argv.slice(2);
const { url, server } = await listen(site);
const browser = await launchChromium();
const runs = paths.map(() => []);
for (let r = 0; r < RUNS; r++)
  for (const [i, p] of paths.entries()) {
    const { context, page } = await loadToVerdict(browser, url + p);
    const t = await phaseTimes(page);
    if (!t.fetched) t.fetched = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => /which-backend-core\.js/.test(e.name))?.responseEnd);
    runs[i].push(t);
    await context.close();
  }
await browser.close(); server.close();
const phases = [...new Set(runs.flatMap((rs) => rs.flatMap((r) => Object.keys(r))))];
console.log(`| page | ${phases.join(' | ')} |`);
for (const [i, p] of paths.entries()) console.log(`| ${p} | ${phases.map((ph) => median(runs[i].map((r) => r[ph] ?? NaN)).toFixed(1)).join(' | ')} |`);
