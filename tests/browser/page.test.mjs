// Embedding, safety, accessibility and layout in real Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { open, recommended, setup, SHOTS, verdict } from './helpers.mjs';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let env;
before(async () => {
  env = await setup();
  mkdirSync(SHOTS, { recursive: true });
});
after(() => env?.close());

const W = '#calculator';
const shadowText = (page, sel = W) => page.$eval(sel, (el) => el.shadowRoot.textContent);

test('a malformed share link falls back visibly to the starting answers', async () => {
  const { page, context, problems } = await open(env, 'index.html#calculator=%7B%22v%22%3A');
  await verdict(page, W);
  assert.match(await shadowText(page), /shared link could not be read/);
  await page.screenshot({ path: join(SHOTS, 'malformed-link.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link from an older model version is reported; other fragments are ignored', async () => {
  const payload = encodeURIComponent(
    JSON.stringify({
      v: '0.0.1',
      s: { product: 'api', job_seconds_typical: 2, job_seconds_longest: 5 },
    }),
  );
  const { page, context } = await open(env, `index.html#intro&calculator=${payload}`);
  assert.equal(await recommended(page, W), 'fastapi');
  assert.match(await shadowText(page), /made with version 0\.0\.1/);
  const plain = await context.newPage();
  await plain.goto(env.url + 'index.html#intro');
  await verdict(plain, W);
  assert.doesNotMatch(await shadowText(plain), /shared link|link was made/);
  await context.close();
});

test('script-like text in attributes and the fragment is shown as text, never run', async () => {
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const payload = encodeURIComponent(JSON.stringify({ v: '1', s: { product: evil } }));
  const { page, context, problems, warnings } = await open(env, `index.html#calculator=${payload}`);
  await verdict(page, W);
  await page.evaluate((text) => {
    const el = document.createElement('which-backend');
    el.id = 'evil';
    el.setAttribute('product', text);
    el.setAttribute('theme', text);
    el.setAttribute('hide', text);
    document.body.append(el);
  }, evil);
  await verdict(page, '#evil');
  // The blogger's mistakes go to the console, naming the attribute and the
  // fix; the reader sees one quiet line.
  const text = await shadowText(page, '#evil');
  assert.match(text, /Some settings of this calculator were ignored/);
  assert.doesNotMatch(text, /onerror/);
  assert.ok(
    warnings.some((w) =>
      /<which-backend>: the attribute product=".*<img src=x onerror=.*" was ignored: it must be one of web_app, api, web_app_and_api, gpt_action\./.test(
        w,
      ),
    ),
    warnings.join('\n'),
  );
  assert.ok(
    warnings.some((w) =>
      /the attribute theme=".*" was ignored: it must be auto, light or dark/.test(w),
    ),
  );
  assert.ok(warnings.some((w) => /the attribute hide names questions that do not exist/.test(w)));
  assert.match(await shadowText(page), /cannot use/);
  for (const sel of [W, '#evil']) {
    assert.equal(
      await page.$eval(sel, (el) => el.shadowRoot.querySelectorAll('img, script').length),
      0,
    );
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`no serious or critical axe violations (${colorScheme})`, async () => {
    const { page, context } = await open(env, 'index.html', { colorScheme });
    await verdict(page, W);
    await page.locator(`${W} details`).evaluateAll((ds) => ds.forEach((d) => (d.open = true)));
    await page.evaluate(axeSource);
    const results = await page.evaluate(() =>
      window.axe.run(document, { resultTypes: ['violations'] }),
    );
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
    assert.deepEqual(bad, []);
    await page.screenshot({ path: join(SHOTS, `desktop-${colorScheme}.png`), fullPage: true });
    await context.close();
  });
}

test('a 320 px column has no horizontal scroll', async () => {
  const { page, context, problems } = await open(env, 'index.html', {
    viewport: { width: 320, height: 700 },
  });
  await verdict(page, W);
  await page.locator(`${W} details.more > summary`).click();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
  await page.screenshot({ path: join(SHOTS, 'phone-320.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('compact, hide and theme attributes', async () => {
  const { page, context } = await open(env, 'index.html', { colorScheme: 'light' });
  await verdict(page, W);
  await page.evaluate(() => {
    const a = document.createElement('which-backend');
    a.id = 'compact';
    a.setAttribute('compact', '');
    a.setAttribute('theme', 'dark');
    const b = document.createElement('which-backend');
    b.id = 'hidden';
    b.setAttribute('hide', 'team,stage');
    document.body.prepend(a, b);
  });
  await verdict(page, '#compact');
  await verdict(page, '#hidden');
  assert.equal(
    await page.$eval('#compact', (el) => el.shadowRoot.querySelectorAll('select, input').length),
    0,
  );
  assert.equal(
    await page.$eval('#compact', (el) =>
      el.shadowRoot.querySelector('.wb').classList.contains('dark'),
    ),
    true,
  );
  assert.equal(
    await page.$eval('#hidden', (el) => el.shadowRoot.querySelector('[data-field="team"]').hidden),
    true,
  );
  await page.locator('#compact').screenshot({ path: join(SHOTS, 'compact-dark.png') });
  await context.close();
});

// The host page is the blogger's, with its own policy; this one allows
// frames from the site and nothing inline, like a careful blog would.
const PARENT = `<!doctype html><html lang="en"><title>host</title><body><h1>A blog post</h1>
<iframe data-which-backend title="calculator" width="100%" height="150"
 frameborder="0" src="embed.html?product=api&amp;onclick=alert(1)&amp;job-seconds-longest=20&amp;job_seconds_typical=2&amp;font=Georgia,serif&amp;share-url=https://blog.example/post"></iframe>
<script src="embed-resize.js"></script></body></html>`;

test('the iframe page presets from its query and reports its height; the parent snippet applies it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 400, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.route('**/host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: {
        'Content-Security-Policy': "default-src 'none'; script-src 'self'; frame-src 'self'",
      },
      body: PARENT,
    }),
  );
  await page.addInitScript(() => {
    window.__heights = [];
    addEventListener(
      'message',
      (e) =>
        e.data && e.data.type === 'which-backend:height' && window.__heights.push(e.data.height),
    );
  });
  await page.goto(env.url + 'host.html');
  await page.waitForFunction(() => window.__heights.some((h) => h > 300));
  const frame = page.frame({ url: /embed\.html/ });
  await frame.waitForFunction(() => document.querySelector('which-backend')?.result);
  assert.equal(await frame.$eval('which-backend', (el) => el.result.recommended), 'fastapi');
  // A JSON field name (job_seconds_typical) presets its attribute too.
  assert.deepEqual(
    await frame.$eval('which-backend', (el) => [
      el.scenario.job_seconds_typical,
      el.scenario.job_seconds_longest,
    ]),
    [2, 20],
  );
  assert.equal(await frame.$eval('which-backend', (el) => el.hasAttribute('onclick')), false);
  // The frame takes the post's font, and its links point at the post.
  assert.match(
    await frame.$eval('which-backend', (el) => getComputedStyle(el).fontFamily),
    /Georgia/,
  );
  assert.match(
    await frame.$eval('which-backend', (el) => el.shareLink),
    /^https:\/\/blog\.example\/post#which-backend=v/,
  );
  assert.equal(await page.$eval('iframe', (f) => getComputedStyle(f).borderTopWidth), '0px');
  await page.waitForFunction(() => {
    const h = window.__heights.at(-1);
    return document.querySelector('iframe').style.height === `${h}px`;
  });
  await page.screenshot({ path: join(SHOTS, 'iframe-embed.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the split build (JS + .wasm) works too', async () => {
  const { page, context, problems } = await open(env, 'split/embed.html');
  assert.match(await verdict(page), /\S/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('including the script twice is harmless', async () => {
  const { page, context, problems } = await open(env, 'index.html');
  await verdict(page, W);
  await page.addScriptTag({ url: 'which-backend.js?again', type: 'module' });
  await page.addScriptTag({ url: 'split/which-backend.js', type: 'module' });
  await page.evaluate(() => document.body.append(document.createElement('which-backend')));
  await page.waitForFunction(() =>
    [...document.querySelectorAll('which-backend')].every((el) => el.result),
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('the embed-code generator starts from the answers on screen and previews its snippet', async () => {
  const { page, context, problems } = await open(env);
  await verdict(page, W);
  await page.selectOption(`${W} [name="product"]`, 'api');
  await page.waitForFunction((w) => document.querySelector(w).result.scenario.product === 'api', W);
  await page.selectOption('#embed-layout', 'full');
  await page.check('#embed-hide-team');
  await page.waitForFunction(() => /hide="team"/.test(document.querySelector('#embed-code').value));
  const code = await page.inputValue('#embed-code');
  assert.match(code, /<which-backend product="api" hide="team" layout="full">/);
  assert.match(code, /which-backend\.css/);
  const preview = await page.$eval('#embed-preview-widget', (el) =>
    ['product', 'hide', 'layout'].map((a) => el.getAttribute(a)),
  );
  assert.deepEqual(preview, ['api', 'team', 'full']);
  await verdict(page, '#embed-preview-widget');
  assert.deepEqual(problems, []);
  await context.close();
});

test('layout properties mirror their attributes; setting an unchanged value rebuilds nothing', async () => {
  const { page, context, problems } = await open(env);
  await verdict(page, W);
  const state = await page.$eval(W, async (el) => {
    const out = { before: [el.theme, el.layout, el.compact, el.hide] };
    el.layout = 'full';
    el.hide = ['team', 'stage'];
    await new Promise((r) => setTimeout(r, 50));
    out.after = [el.getAttribute('layout'), el.getAttribute('hide'), el.layout];
    out.panelsOpen = [...el.shadowRoot.querySelectorAll('details.panel')].every((d) => d.open);
    // The same value again: the rendered panels are the very same nodes.
    const panel = el.shadowRoot.querySelector('details.panel');
    el.layout = 'full';
    await new Promise((r) => setTimeout(r, 50));
    out.samePanel = el.shadowRoot.querySelector('details.panel') === panel;
    el.compact = true;
    await new Promise((r) => setTimeout(r, 50));
    out.compact = [el.compact, el.shadowRoot.querySelectorAll('select').length];
    return out;
  });
  assert.deepEqual(state.before, ['auto', 'standard', false, '']);
  assert.deepEqual(state.after, ['full', 'team,stage', 'full']);
  assert.equal(state.panelsOpen, true);
  assert.equal(state.samePanel, true);
  assert.deepEqual(state.compact, [true, 0]);
  assert.deepEqual(problems, []);
  await context.close();
});
