// The embed as a blogger pastes it and a reader meets it: the README snippet
// (the stylesheet link, the script, the tag) on a blog-like page of another
// origin with no project CSS, a 680 px serif column or a phone, under the
// blog's own strict policy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { open, openPanel, recommended, setup } from './helpers.mjs';

let env;
let blog;
let blogUrl;
let site;
const CSP_OK = () => `default-src 'none'; script-src ${site} 'wasm-unsafe-eval'; style-src ${site}`;
const CSP_NO_WASM = () => `default-src 'none'; script-src ${site}; style-src ${site}`;

// The blog's page: its own column and font, set in a <style> the blog's CSP
// cannot block because the test serves it as the blog's stylesheet.
function post(attrs = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>FastAPI or Next.js?</title>
<link rel="stylesheet" href="/blog.css">
<link rel="stylesheet" href="${env.url}which-backend.css">
<script type="module" src="${env.url}which-backend.js"></script></head><body><main>
<h1>FastAPI or Next.js?</h1><p>Before the calculator.</p>
<which-backend ${attrs}>Which backend for your AI product? This calculator needs JavaScript.</which-backend>
<p id="after">After the calculator.</p></main></body></html>`;
}

before(async () => {
  env = await setup();
  site = new URL(env.url).origin;
  blog = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/blog.css') {
      res.writeHead(200, { 'Content-Type': 'text/css' });
      return res.end(
        'main { max-width: 680px; margin: auto; padding: 0 16px; font: 18px/1.6 Georgia, serif; }\n',
      );
    }
    const csp = url.searchParams.get('csp') === 'no-wasm' ? CSP_NO_WASM() : CSP_OK();
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': csp.replace('style-src ', "style-src 'self' "),
    });
    res.end(post(url.searchParams.get('attrs') || ''));
  });
  await new Promise((ok) => blog.listen(0, '127.0.0.1', ok));
  blogUrl = `http://127.0.0.1:${blog.address().port}/`;
});
after(async () => {
  await new Promise((r) => blog?.close(r));
  await env?.close();
});

const W = 'which-backend';
const q = (name) => `${W} [name="${name}"]`;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESK = { viewport: { width: 1100, height: 900 } };
const blogPage = (options, query = '') => open({ ...env, url: blogUrl }, query, options);
// The calculator's host is the one other origin the blog loads from.
const ownProblems = (problems) =>
  problems.filter((p) => !p.startsWith(`foreign request: ${site}/`));
const height = (page) => page.$eval(W, (el) => el.getBoundingClientRect().height);

test('the default layout fits 1,350 px in a 680 px column and two phone screens', async () => {
  for (const [options, limit] of [
    [DESK, 1350],
    [PHONE, 1688],
  ]) {
    const { page, context, problems } = await blogPage(options);
    await recommended(page);
    const h = await height(page);
    assert.ok(h <= limit, `${options.viewport.width} px: ${h.toFixed(0)} px tall, limit ${limit}`);
    assert.ok(h > limit / 3, `${h} px is too short to hold the answer`);
    assert.deepEqual(ownProblems(problems), []);
    await context.close();
  }
});

test('a slow script shifts the layout by at most 0.1 (CLS)', async () => {
  for (const options of [DESK, PHONE]) {
    const context = await env.browser.newContext(options);
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.route('**/which-backend.js', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(blogUrl);
    await recommended(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    const cls = await page.evaluate(() => window.__cls);
    assert.ok(cls <= 0.1, `${options.viewport.width} px: CLS ${cls.toFixed(3)}`);
    await context.close();
  }
});

// Every word of every cell sits on one line: no "Next.j/s" or "$2,26/2".
async function brokenTokens(page) {
  return page.$eval(W, (el) => {
    const broken = [];
    for (const cell of el.shadowRoot.querySelectorAll('[part=table] th, [part=table] td')) {
      const node = cell.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) continue;
      const text = node.textContent;
      const re = /\S+/g;
      let m;
      while ((m = re.exec(text))) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}

test('the comparison table never breaks a word or a number (360 and 646 px)', async () => {
  for (const width of [360, 646]) {
    const { page, context } = await blogPage({ viewport: { width, height: 800 } });
    await recommended(page);
    await openPanel(page, 'table');
    assert.deepEqual(await brokenTokens(page), [], `${width} px`);
    // The table scrolls inside its own box; the page never scrolls sideways.
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width);
    const rec = await page.$eval(W, (el) =>
      [...el.shadowRoot.querySelectorAll('[part=table] thead th.rec')].map((t) => t.textContent),
    );
    assert.deepEqual(rec, ['Next.js']);
    await context.close();
  }
});

test('a duration typed with its unit ("2h") is read as 7,200 s', async () => {
  const { page, context, problems } = await blogPage(DESK);
  await recommended(page);
  await page.fill(q('job_seconds_longest'), '2h');
  await page.waitForFunction(
    (w) => document.querySelector(w).result.scenario.job_seconds_longest === 7200,
    W,
  );
  // Leaving the field shows it as 2 with "hours" picked.
  await page.locator(q('job_seconds_longest')).blur();
  assert.equal(await page.inputValue(q('job_seconds_longest')), '2');
  assert.equal(
    await page.locator(`${W} [data-field="job_seconds_longest"] select`).inputValue(),
    'h',
  );
  // "1,5" is refused, never read as 15.
  await page.fill(q('job_seconds_longest'), '1,5');
  const error = page.locator(`${W} [data-field="job_seconds_longest"] .error`);
  await error.waitFor();
  assert.match(await error.textContent(), /Enter a duration, for example 30, 90s, 15 min or 2h/);
  assert.equal(await page.$eval(W, (el) => el.result.scenario.job_seconds_longest), 7200);
  assert.deepEqual(ownProblems(problems), []);
  await context.close();
});

test('errors speak in the field`s own units', async () => {
  const { page, context } = await blogPage(DESK);
  await recommended(page);
  await page.fill(q('job_seconds_longest'), '30');
  await page.locator(`${W} [data-field="job_seconds_longest"] select`).selectOption('h');
  const error = page.locator(`${W} [data-field="job_seconds_longest"] .error`);
  await error.waitFor();
  assert.equal(await error.textContent(), 'must be a number more than 0 s and at most 24 h.');
  await context.close();
});

test('the address bar follows the answers: a reload keeps them, other fragments stay', async () => {
  const { page, context, problems } = await blogPage(DESK, '#comments');
  await recommended(page);
  await page.selectOption(q('product'), 'api');
  await page.fill(q('job_seconds_longest'), '2h');
  await page.waitForFunction(() => /which-backend=/.test(location.hash));
  const hash = await page.evaluate(() => location.hash);
  const v = await page.$eval(W, (el) => el.result.model_version);
  assert.equal(hash, `#which-backend=v${v},job_seconds_longest:7200,product:api&comments`);
  await page.reload();
  await recommended(page);
  const s = await page.$eval(W, (el) => el.scenario);
  assert.equal(s.product, 'api');
  assert.equal(s.job_seconds_longest, 7200);
  assert.deepEqual(ownProblems(problems), []);
  await context.close();
});

test('a share link for a few changed answers stays under 200 characters, at share-url', async () => {
  const { page, context } = await blogPage(
    DESK,
    `?attrs=${encodeURIComponent('share-url="https://blog.example/2026/fastapi-or-nextjs/"')}`,
  );
  await recommended(page);
  await page.selectOption(q('python_libraries'), 'required');
  await page.fill(q('job_seconds_longest'), '15 min');
  await page.selectOption(q('product'), 'api');
  await page.waitForFunction(
    (w) => document.querySelector(w).result.scenario.job_seconds_longest === 900,
    W,
  );
  const link = await page.$eval(W, (el) => el.shareLink);
  const v = await page.$eval(W, (el) => el.result.model_version);
  assert.equal(
    link,
    `https://blog.example/2026/fastapi-or-nextjs/#which-backend=v${v},job_seconds_longest:900,python_libraries:required,product:api`,
  );
  assert.ok(link.length <= 200, String(link.length));
  await context.close();
});

test('a blog CSP without wasm-unsafe-eval gets one plain sentence naming it', async () => {
  const { page, context, problems } = await blogPage(DESK, '?csp=no-wasm');
  const notice = page.locator(`${W} [role=alert]`);
  await notice.waitFor();
  assert.equal(
    await notice.textContent(),
    "This page's security policy blocks the calculator: it needs 'wasm-unsafe-eval' in the policy's script-src.",
  );
  assert.ok(
    problems.some((p) => /Add 'wasm-unsafe-eval' to script-src/.test(p)),
    problems.join('\n'),
  );
  // The blogger's fallback text stays readable below the sentence.
  assert.match(await page.locator(W).textContent(), /This calculator needs JavaScript/);
  await context.close();
});

test('the verdict stays in view: a sticky line follows a change made below', async () => {
  const { page, context } = await blogPage(PHONE);
  await recommended(page);
  const sticky = page.locator(`${W} [part=sticky-verdict]`);
  assert.equal(await sticky.isVisible(), false);
  await page.locator(`${W} details.more > summary`).click();
  await page.locator(q('team')).scrollIntoViewIfNeeded();
  await sticky.waitFor({ state: 'visible' });
  await page.selectOption(q('python_libraries'), 'required');
  await page.waitForFunction(
    (w) =>
      /Next\.js front end \+ internal FastAPI/.test(
        document.querySelector(w).shadowRoot.querySelector('[part=sticky-verdict]').textContent,
      ),
    W,
  );
  // Its top edge is at the top of the window while the card is scrolled away.
  const top = await sticky.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(Math.abs(top) < 2, String(top));
  await context.close();
});

test('reasons are marked for, against and ruled out, deal-breaker first; hidden questions are stated', async () => {
  const { page, context } = await blogPage(
    DESK,
    `?attrs=${encodeURIComponent('job-seconds-longest="2h" hide="team,stage"')}`,
  );
  await recommended(page);
  const card = await page.$eval(W, (el) => {
    const li = el.shadowRoot.querySelector('[data-candidate=nextjs_server_actions]');
    return {
      verdict: li.dataset.verdict,
      summary: li.querySelector('summary').textContent,
      effects: [...li.querySelectorAll('.r')].map((r) => r.dataset.effect),
      firstWords: li.querySelector('.r .visually-hidden').textContent,
    };
  });
  assert.equal(card.verdict, 'ruled_out');
  // Closed, the card is one line naming its deal-breaker.
  assert.match(card.summary, /Ruled out.*A Next\.js function would run your longest job \(2 h\)/);
  assert.equal(card.effects[0], 'rules_out');
  assert.equal(card.firstWords, 'Rules it out: ');
  const assumed = await page.$eval(W, (el) => el.shadowRoot.querySelector('.assumed').textContent);
  assert.match(assumed, /^Assuming: .*TypeScript.*; .*Validating/);
  await context.close();
});

test('the cost chart: infrastructure by default, a range band, an engineering switch, the numbers as text', async () => {
  const { page, context, problems } = await blogPage(DESK);
  await recommended(page);
  await openPanel(page, 'charts');
  const chart = `${W} [part=cost-chart]`;
  await page.locator(`${chart} path.curve[d]`).first().waitFor({ state: 'attached' });
  const read = () =>
    page.$eval(W, (el) => {
      const fig = el.shadowRoot.querySelector('[part=cost-chart]');
      const row = [...fig.querySelectorAll('.data tbody tr')].find(
        (tr) => tr.querySelector('th').textContent === '10k',
      );
      return {
        title: fig.querySelector('h3').textContent,
        rows: fig.querySelectorAll('.data tbody tr').length,
        tenK: [...row.querySelectorAll('td')].map((td) => td.textContent),
        bands: [...fig.querySelectorAll('path.band')].filter(
          (p) => p.getAttribute('visibility') === 'visible',
        ).length,
        you: fig.querySelector('text.here-label').getAttribute('visibility'),
        labels: [...fig.querySelectorAll('text.direct')].map((t) => t.textContent),
      };
    });
  const infra = await read();
  assert.equal(infra.title, 'Infrastructure per month');
  assert.equal(infra.rows, 8);
  // The defaults at 10k requests: Next.js on Vercel Pro within its $20 plan,
  // the result's infra_usd_month, as the table shows it.
  assert.equal(infra.tenK[0], '$20');
  assert.equal(
    await page.$eval(
      W,
      (el) =>
        el.result.candidates.find((c) => c.id === 'nextjs_server_actions').cost.infra_usd_month,
    ),
    20,
  );
  assert.ok(infra.bands >= 1, 'at least one estimate leaves a range');
  assert.equal(infra.you, 'visible');
  assert.equal(infra.labels.length, 6);
  assert.ok(
    infra.tenK.every((t) => /^\$[\d,.]+$/.test(t)),
    infra.tenK.join(' '),
  );
  await page.check(`${chart} input[type=checkbox]`);
  await page.waitForFunction(
    (w) =>
      document.querySelector(w).shadowRoot.querySelector('[part=cost-chart] h3').textContent !==
      'Infrastructure per month',
    W,
  );
  const people = await read();
  assert.equal(people.title, 'Infrastructure and engineering time per month');
  // Plus 8.5 maintenance hours at $100/h.
  assert.equal(people.tenK[0], '$870');
  // The map's legend names only the designs it shows.
  const legend = await page.$eval(W, (el) =>
    [...el.shadowRoot.querySelectorAll('[part=decision-map] .legend li')]
      .filter((li) => !li.hidden)
      .map((li) => li.textContent),
  );
  assert.ok(legend.length >= 2 && legend.length < 6, legend.join());
  // Setting the longest job lowers the typical one, so no cell of the map is
  // an impossible answer and its caption does not explain blank cells.
  const mapCaption = await page.$eval(
    W,
    (el) => el.shadowRoot.querySelector('[part=decision-map] figcaption').textContent,
  );
  assert.match(mapCaption, /^Which candidate is recommended for each longest job \(1 s to 24 h\)/);
  assert.doesNotMatch(mapCaption, /Blank cells/);
  assert.deepEqual(ownProblems(problems), []);
  await context.close();
});
