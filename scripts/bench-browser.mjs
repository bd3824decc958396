#!/usr/bin/env node
// Browser benchmark of the built site in headless Chromium. Prints a Markdown
// table: gzipped bytes transferred for the embed, navigation-to-first-verdict
// time (and this harness's floor: a blank page's module script), and
// input-to-rendered-update latency (p50/p95), for the default
// layout (pictures closed) and for layout="full" (both pictures on).
// Figures are medians over RUNS fresh page loads. They are measurements for
// BENCHMARKS.md, never pass/fail checks.
// Usage: node scripts/bench-browser.mjs [siteDir]   (RUNS=5 by default)

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/browser/helpers.mjs';
import { listen } from './serve-static.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = process.argv[2] || join(root, 'build', 'site');
const RUNS = Number(process.env.RUNS || 5);
const UPDATES = 40;

// The middle value of the finite ones (the mean of the two middle ones for
// an even count); NaN when there are none.
export function median(xs) {
  const sorted = xs.filter(Number.isFinite).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (!sorted.length) return NaN;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

// One input change measured in the page: dispatch the event, let the
// widget's microtask render, then force style and layout. Vsync is not
// waited for, so the figure is the work the change costs, not frame timing.
async function measureUpdates(page, kind) {
  return page.evaluate(
    async ([kind, n]) => {
      const el = document.querySelector('which-backend');
      const root = el.shadowRoot;
      const q = (name) => root.querySelector(`[name="${name}"]`);
      const steps = {
        volume: (i) => {
          const x = q('monthly_requests');
          x.value = String(10000 + (i % 2) * 4990000);
          x.dispatchEvent(new Event('input'));
        },
        duration: (i) => {
          const x = q('job_seconds_longest');
          x.value = i % 2 ? '2000' : '20';
          x.dispatchEvent(new Event('input'));
        },
        choice: (i) => {
          const x = q('python_libraries');
          x.value = i % 2 ? 'required' : 'none';
          x.dispatchEvent(new Event('change'));
        },
      };
      const out = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        steps[kind](i);
        await Promise.resolve();
        await Promise.resolve();
        void root.querySelector('.wb').offsetHeight;
        out.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 0));
      }
      return out;
    },
    [kind, UPDATES],
  );
}

// A fresh page loaded until its first verdict (the widget's change event);
// `watch(page)` runs before the navigation. Also used by scripts/bench-ab.mjs.
export async function loadToVerdict(browser, address, watch = () => {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener(
      'which-backend-change',
      () => (window.__firstVerdict ??= performance.now()),
      true,
    );
  });
  watch(page);
  await page.goto(address);
  await page.waitForFunction(() => window.__firstVerdict !== undefined);
  return { context, page, verdictAt: await page.evaluate(() => window.__firstVerdict) };
}

// When, since navigation, a loaded page reached each phase of its first
// verdict: which-backend.js received, each mark the page set once
// (web/src/timing.js) and the verdict. Also used by scripts/bench-ab.mjs.
export function phaseTimes(page) {
  return page.evaluate(() => {
    const at = {
      fetched: performance
        .getEntriesByType('resource')
        .find((e) => /which-backend\.js/.test(e.name))?.responseEnd,
    };
    for (const m of performance.getEntriesByType('mark'))
      if (m.name.startsWith('which-backend:')) at[m.name.slice(14)] = m.startTime;
    at.verdict = window.__firstVerdict;
    return at;
  });
}

async function measureLayout(browser, url, path) {
  const bytes = [];
  const first = [];
  const phases = [];
  const lat = { volume: [], duration: [], choice: [] };
  for (let r = 0; r < RUNS; r++) {
    const responses = [];
    const { context, page, verdictAt } = await loadToVerdict(browser, url + path, (p) =>
      p.on('requestfinished', (req) =>
        responses.push(req.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)),
      ),
    );
    first.push(verdictAt);
    phases.push(await phaseTimes(page));
    bytes.push((await Promise.all(responses)).reduce((a, b) => a + b, 0));
    for (const kind of Object.keys(lat)) lat[kind].push(await measureUpdates(page, kind));
    await context.close();
  }
  return { bytes, first, phases, lat };
}

// This harness's floor: the same navigation to a page whose only module
// script announces a "verdict" at once. What the first verdict takes above
// it is the widget's; below it nothing can go on this machine.
async function measureFloor(browser) {
  const dir = mkdtempSync(join(tmpdir(), 'wb-floor-'));
  writeFileSync(
    join(dir, 'floor.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title>' +
      '<script type="module" src="floor.js"></script></head><body><p>…</p></body></html>',
  );
  writeFileSync(
    join(dir, 'floor.js'),
    "document.body.textContent = 'verdict';\n" +
      "document.dispatchEvent(new Event('which-backend-change'));\n",
  );
  const { server, url } = await listen(dir);
  const first = [];
  for (let r = 0; r < RUNS; r++) {
    const { context, verdictAt } = await loadToVerdict(browser, `${url}floor.html`);
    first.push(verdictAt);
    await context.close();
  }
  server.close();
  rmSync(dir, { recursive: true, force: true });
  return first;
}

async function main() {
  const { server, url } = await listen(site);
  const browser = await launchChromium();
  // The floor is measured apart, before the widget: loaded just before each
  // widget load, its page's teardown overlapped that load and put 35-50 ms
  // on the first verdict (174-185 ms against 137 ms, back to back).
  const floor = await measureFloor(browser);
  const standard = await measureLayout(browser, url, 'embed.html');
  const full = await measureLayout(browser, url, 'embed.html?layout=full');
  await browser.close();
  server.close();

  const runMedian = (sets, p) => median(sets.map((xs) => pct(xs, p))).toFixed(2);
  const mixed = ({ lat }) => {
    const out = [];
    for (let r = 0; r < RUNS; r++) out.push(Object.values(lat).flatMap((sets) => sets[r]));
    return out;
  };
  const rows = [
    [
      'Bytes transferred for embed.html (gzip, all requests)',
      `${(median(standard.bytes) / 1024).toFixed(1)} KB`,
      '≤ 80 KB',
    ],
    ['Navigation to first verdict', `${median(standard.first).toFixed(0)} ms`, '≤ 100 ms'],
    ['Navigation to first verdict, layout="full"', `${median(full.first).toFixed(0)} ms`, ''],
    [
      "Navigation to a blank page's one-line module script (this harness's floor)",
      `${median(floor).toFixed(0)} ms`,
      '',
    ],
  ];
  for (const [label, m] of [
    ['', standard],
    [', layout="full" (both pictures on)', full],
  ]) {
    rows.push(
      [`Update latency${label}, all inputs, p50`, `${runMedian(mixed(m), 50)} ms`, ''],
      [`Update latency${label}, all inputs, p95`, `${runMedian(mixed(m), 95)} ms`, '≤ 16 ms'],
      ...Object.entries(m.lat).map(([k, sets]) => [
        `Update latency${label}, ${k} input, p50 / p95`,
        `${runMedian(sets, 50)} / ${runMedian(sets, 95)} ms`,
        '',
      ]),
    );
  }
  console.log(
    `Headless Chromium, ${RUNS} page loads per layout (median of runs), ${UPDATES} updates per input kind per load.\n`,
  );
  console.log('| measure | value | target |\n|---|---|---|');
  for (const [m, v, t] of rows) console.log(`| ${m} | ${v} | ${t} |`);
  console.log(phaseTable(standard.phases));
}

// Where the first verdict's time goes (default layout): each phase ends at a
// mark the page sets once (web/src/timing.js; "compiled" in the inline
// loader of web/build-site.mjs); medians over the runs, ms.
const PHASES = [
  ['fetched', 'navigation start to which-backend.js received (HTML, script download)'],
  ['script', 'script parsed and run up to the core hand-over'],
  ['compiled', 'inline wasm decoded, inflated and compiled as it inflates'],
  ['instantiated', 'WebAssembly instantiated, runtime started'],
  ['schema', 'schema parsed (JSON text the build read from the core)'],
  ['built', 'widget DOM built, attributes and link read'],
  ['evaluated', 'first evaluation in the core (result JSON with flip points)'],
  ['rendered', 'result parsed and rendered into the DOM'],
  ['verdict', 'change event (first verdict)'],
];
function phaseTable(runs) {
  const out = [
    '',
    `First verdict, phase by phase (default layout, median of ${runs.length} loads; ms):`,
    '',
    '| phase ends at | what | phase | since navigation |',
    '|---|---|---:|---:|',
  ];
  let previous = 0;
  for (const [key, what] of PHASES) {
    const at = median(runs.map((r) => r[key] ?? NaN));
    if (!Number.isFinite(at)) continue;
    out.push(`| ${key} | ${what} | ${(at - previous).toFixed(1)} | ${at.toFixed(1)} |`);
    previous = at;
  }
  return out.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main().catch((e) => {
    console.error(`bench-browser: ${e.message}`);
    process.exit(1);
  });
