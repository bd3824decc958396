// No layout jump on load: the space the widget holds before its script runs
// and while the core loads is about the height of its first render, so the
// content after it stays put (within a tolerance) when the answer arrives.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(() => env?.close());

const TOLERANCE = 0.08; // of the widget's final height

const COMPACT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>compact</title>
<link rel="stylesheet" href="which-backend.css"><link rel="stylesheet" href="demo.css"><script type="module" src="which-backend.js"></script></head>
<body><main><which-backend id="calculator" compact><p>The verdict needs JavaScript.</p></which-backend>
<p id="after">What follows the widget.</p></main></body></html>`;

// Loads `path` with the script held back, then the core held back, then both
// let go; returns the top of `afterSel` (page coordinates) in each phase.
async function phases(path, viewport, afterSel) {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  let releaseScript;
  const scriptGate = new Promise((r) => (releaseScript = r));
  await page.route('**/which-backend.js', async (route) => {
    await scriptGate;
    await route.continue();
  });
  if (path === 'compact.html') {
    await page.route('**/compact.html', (route) =>
      route.fulfill({ contentType: 'text/html', body: COMPACT_PAGE }),
    );
  }
  await page.addInitScript(() => {
    const instantiate = WebAssembly.instantiate;
    const gate = new Promise((r) => (window.__openCore = r));
    WebAssembly.instantiate = function (...args) {
      return gate.then(() => instantiate.apply(this, args));
    };
  });
  await page.goto(env.url + path, { waitUntil: 'commit' });
  const top = () => page.$eval(afterSel, (el) => el.getBoundingClientRect().top + window.scrollY);
  const frame = () =>
    page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

  await page.waitForSelector(afterSel, { state: 'attached' });
  await frame();
  assert.equal(await page.evaluate(() => !!customElements.get('which-backend')), false);
  const undefinedTop = await top();

  releaseScript();
  await page.waitForFunction(() =>
    document.querySelector('#calculator')?.shadowRoot?.querySelector('.loading'),
  );
  await frame();
  const loadingTop = await top();

  await page.evaluate(() => window.__openCore());
  await page.waitForFunction(() => document.querySelector('#calculator').result);
  await frame();
  const finalTop = await top();
  const height = await page.$eval('#calculator', (el) => el.getBoundingClientRect().height);
  assert.deepEqual(problems, []);
  await context.close();
  return { undefinedTop, loadingTop, finalTop, height };
}

function assertClose(p, label) {
  const limit = TOLERANCE * p.height;
  for (const phase of ['undefinedTop', 'loadingTop']) {
    const jump = Math.abs(p[phase] - p.finalTop);
    assert.ok(
      jump <= limit,
      `${label}: content after the widget moved ${jump.toFixed(0)} px between ${phase} and the final render (limit ${limit.toFixed(0)} px of ${p.height.toFixed(0)})`,
    );
  }
}

for (const viewport of [
  { width: 1000, height: 900 },
  { width: 320, height: 700 },
]) {
  test(`content after the widget barely moves when it loads (${viewport.width} px)`, async () => {
    assertClose(await phases('index.html', viewport, '#why-title'), `${viewport.width} px`);
  });
}

test('a compact widget holds about its final height while it loads', async () => {
  assertClose(await phases('compact.html', { width: 1000, height: 900 }, '#after'), 'compact');
});
