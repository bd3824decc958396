#!/usr/bin/env node
// First verdict of two or more built sites, side by side in one run: loads
// alternate between the sites in one headless Chromium, so the machine's
// drift falls on all of them alike. Prints, per site, the median time from
// navigation to each phase (bench-browser's phaseTimes) and to the first verdict.
// A measurement for comparing builds (bench/embed-size.md), never a check.
// Usage: node scripts/bench-ab.mjs <siteDir> <siteDir> [...]   (RUNS=11 by default)

import { launchChromium } from '../tests/browser/helpers.mjs';
import { loadToVerdict, median, phaseTimes } from './bench-browser.mjs';
import { listen } from './serve-static.mjs';

const RUNS = Number(process.env.RUNS || 11);

async function main(sites) {
  if (sites.length < 2)
    throw new Error('usage: node scripts/bench-ab.mjs <siteDir> <siteDir> [...]');
  const servers = await Promise.all(sites.map((site) => listen(site)));
  const browser = await launchChromium();
  const runs = sites.map(() => []);
  for (let r = 0; r < RUNS; r++)
    for (const [i, { url }] of servers.entries()) {
      const { context, page } = await loadToVerdict(browser, `${url}embed.html`);
      runs[i].push(await phaseTimes(page));
      await context.close();
    }
  await browser.close();
  for (const { server } of servers) server.close();
  console.log(`Median of ${RUNS} alternating loads each; ms since navigation.\n`);
  const phases = [...new Set(runs.flatMap((rs) => rs.flatMap((r) => Object.keys(r))))];
  console.log(`| site | ${phases.join(' | ')} |\n|---|${phases.map(() => '---:').join('|')}|`);
  for (const [i, site] of sites.entries())
    console.log(
      `| ${site} | ${phases.map((p) => median(runs[i].map((r) => r[p] ?? NaN)).toFixed(1)).join(' | ')} |`,
    );
}

main(process.argv.slice(2)).catch((e) => {
  console.error(`bench-ab: ${e.message}`);
  process.exit(1);
});
