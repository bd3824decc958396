// Shared by the browser tests: serve a built site with the strict CSP (README) and
// drive the system Chromium through playwright-core (never a downloaded one).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { listen } from '../../scripts/serve-static.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SITE = process.env.WHICH_BACKEND_SITE || join(ROOT, 'build', 'site');
export const SHOTS = join(ROOT, 'build', 'screenshots');
export const CLI = join(ROOT, 'build', 'native', 'which-backend');
// A close call that a weight and an estimate can tip: a web app on Netlify
// with 5-minute jobs, the queue design 2.3 points ahead of the hybrid +
// Celery (uncertainty_test.cpp).
export const CLOSE_CALL_SCENARIO = {
  product: 'web_app',
  platform: 'netlify',
  team: 'both',
  stage: 'growing',
  monthly_requests: 1000000,
  job_seconds_typical: 60,
  job_seconds_longest: 300,
  ai_logic: 'simple',
};
export const siteBuilt = existsSync(join(SITE, 'which-backend.js'));

// Flags headless Chromium needs on this machine kind; Playwright adds --headless and its own fresh
// --user-data-dir (it refuses one passed here).
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Debian's Chromium with the flags above (the tests, the benchmark, the
// screenshot and measuring scripts all launch it this way).
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: FLAGS,
  });
}

// One browser and one server per test file; each test gets its own context.
export async function setup() {
  const { server, url } = await listen(SITE);
  const browser = await launchChromium();
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

// A page that records console errors, page errors, CSP violations and every
// request to another origin, so each test can assert the page stayed clean.
// `options` go to the browser context, except `init`: a function run in the
// page before any of its scripts (Playwright's addInitScript).
export async function open(env, path = 'index.html', { init, ...options } = {}) {
  const context = await env.browser.newContext({
    viewport: { width: 1000, height: 900 },
    ...options,
  });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const problems = [];
  const warnings = [];
  const origin = new URL(env.url).origin;
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
      problems.push(`foreign request: ${u}`);
  });
  await page.goto(env.url + path);
  return { page, context, problems, warnings };
}

// Waits until the widget has a verdict and returns its text.
export async function verdict(page, selector = 'which-backend') {
  const loc = page.locator(`${selector} [part="verdict"]`);
  await loc.filter({ hasText: /\S/ }).waitFor();
  return (await loc.textContent()).trim();
}

export async function recommended(page, selector = 'which-backend') {
  await verdict(page, selector);
  return page.$eval(selector, (el) => el.result && el.result.recommended);
}

// Opens one of the widget's closed panels (layout="standard"): "table",
// "charts", "weights" or "share".
export async function openPanel(page, name, selector = 'which-backend') {
  await page.$eval(
    selector,
    (el, n) => (el.shadowRoot.querySelector(`[part="panel-${n}"]`).open = true),
    name,
  );
}
