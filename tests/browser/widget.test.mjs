// The widget's behaviour in real Chromium against the real core.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CLI,
  CLOSE_CALL_SCENARIO,
  open,
  openPanel,
  recommended,
  setup,
  verdict,
} from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(() => env?.close());

const W = '#calculator';
const q = (name) => `${W} [name="${name}"]`;
const resultText = (page) => page.$eval(W, (el) => JSON.stringify(el.result));

async function changed(page, action) {
  const before = await resultText(page);
  await action();
  await page.waitForFunction(
    ([sel, b]) => JSON.stringify(document.querySelector(sel).result) !== b,
    [W, before],
  );
  return page.$eval(W, (el) => el.result);
}

test('the demo page loads with a verdict, no console errors, no cookies, no storage', async () => {
  const { page, context, problems } = await open(env);
  const text = await verdict(page, W);
  assert.match(text, /\S/);
  assert.doesNotMatch(await page.$eval(W, (el) => el.shadowRoot.textContent), /NaN|undefined/);
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every kind of input updates the result without a submit button', async () => {
  const { page, context, problems } = await open(env);
  await verdict(page, W);
  assert.equal(await page.locator(`${W} button[type=submit]`).count(), 0);
  await page.locator(`${W} details.more > summary`).first().click();
  // enum
  let r = await changed(page, () => page.selectOption(q('python_libraries'), 'required'));
  assert.equal(r.scenario.python_libraries, 'required');
  assert.equal(r.candidates.find((c) => c.id === 'nextjs_server_actions').verdict, 'ruled_out');
  // duration in human units
  r = await changed(page, async () => {
    await page.fill(q('job_seconds_longest'), '2');
    await page.locator(`${W} [data-field="job_seconds_longest"] select`).selectOption('h');
  });
  assert.equal(r.scenario.job_seconds_longest, 7200);
  // volume with separators
  r = await changed(page, () => page.fill(q('monthly_requests'), '2,500,000'));
  assert.equal(r.scenario.monthly_requests, 2500000);
  // boolean
  r = await changed(page, () => page.check(q('public_api')));
  assert.equal(r.scenario.public_api, true);
  // weight slider
  await openPanel(page, 'weights', W);
  r = await changed(page, () => page.fill(q('cost'), '5'));
  assert.equal(r.weights.cost, 5);
  await page.click(`${W} .weights button`);
  await page.waitForFunction((sel) => !document.querySelector(sel).scenario.weights, W);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a flip point click moves the input and changes the verdict', async () => {
  const { page, context } = await open(env);
  const before = await recommended(page, W);
  const flip = page.locator(`${W} [part=flips] button`).first();
  const input = await flip.getAttribute('data-input');
  const flips = await page.$eval(W, (el) => el.result.flip_points);
  const target = flips.find((f) => f.input === input);
  await flip.click();
  await page.waitForFunction(
    ([sel, b]) => document.querySelector(sel).result.recommended !== b,
    [W, before],
  );
  const r = await page.$eval(W, (el) => el.result);
  assert.equal(r.recommended, target.becomes);
  await context.close();
});

test('a share link reproduces the inputs and the verdict', async () => {
  const { page, context } = await open(env);
  await verdict(page, W);
  await page.selectOption(q('product'), 'api');
  await page.fill(q('job_seconds_longest'), '45');
  await page.waitForFunction(
    (sel) => document.querySelector(sel).result.scenario.job_seconds_longest === 45,
    W,
  );
  const { link, scenario, rec } = await page.$eval(W, (el) => ({
    link: el.shareLink,
    scenario: el.scenario,
    rec: el.result.recommended,
  }));
  assert.match(link, /#calculator=/);
  const shown = await page.inputValue(`${W} .share-url`);
  assert.equal(shown, link);
  const other = await context.newPage();
  await other.goto(link);
  assert.equal(await recommended(other, W), rec);
  assert.deepEqual(await other.$eval(W, (el) => el.scenario), scenario);
  await context.close();
});

test(
  'the ADR download is byte-identical to the CLI markdown',
  { skip: !existsSync(CLI) && 'no native CLI built' },
  async () => {
    const { page, context } = await open(env, 'index.html', { acceptDownloads: true });
    await verdict(page, W);
    await page.selectOption(q('python_libraries'), 'required');
    await page.waitForFunction(
      (sel) => document.querySelector(sel).result.scenario.python_libraries === 'required',
      W,
    );
    const scenario = await page.$eval(W, (el) => el.scenario);
    await openPanel(page, 'share', W);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`${W} [data-action=download-adr]`),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'wb-adr-'));
    await download.saveAs(join(dir, 'adr.md'));
    writeFileSync(join(dir, 'scenario.json'), JSON.stringify(scenario));
    const cli = execFileSync(CLI, ['--format', 'markdown', join(dir, 'scenario.json')]);
    assert.ok(readFileSync(join(dir, 'adr.md')).equals(cli));
    await context.close();
  },
);

test('two widgets on one page are independent, and each fires its own change event', async () => {
  const { page, context, problems } = await open(env);
  await verdict(page, W);
  await page.evaluate(() => {
    const el = document.createElement('which-backend');
    el.id = 'second';
    el.setAttribute('product', 'api');
    window.__events = [];
    document.addEventListener('which-backend-change', (e) => window.__events.push(e.target.id));
    document.body.append(el);
  });
  await verdict(page, '#second');
  await page.selectOption(q('python_libraries'), 'required');
  await page.waitForFunction(() => window.__events.includes('calculator'));
  assert.equal(await page.$eval('#second', (el) => el.result.scenario.python_libraries), 'none');
  assert.equal(await page.$eval('#second', (el) => el.result.scenario.product), 'api');
  assert.equal(await page.$eval(W, (el) => el.result.scenario.python_libraries), 'required');
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard only: reach a question, change it, follow a flip point', async () => {
  const { page, context } = await open(env);
  const before = await recommended(page, W);
  // Tab from the page's last preset button into the widget's first control.
  await page.focus('[data-preset="python"]');
  await page.keyboard.press('Tab');
  const focused = () =>
    page.evaluate(() => {
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      return a && (a.getAttribute('name') || a.tagName);
    });
  assert.equal(await focused(), 'job_seconds_longest');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await page.keyboard.press('End'); // unit select: hours
  await page.waitForFunction(
    (sel) => document.querySelector(sel).result.scenario.job_seconds_longest === 10800,
    W,
  );
  assert.notEqual(await recommended(page, W), before);
  // Reach the first flip button by tabbing, then press Enter.
  let name = '';
  for (let i = 0; i < 60 && name !== 'BUTTON:flip'; i++) {
    await page.keyboard.press('Tab');
    name = await page.evaluate(() => {
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      return a && a.dataset && a.dataset.direction ? 'BUTTON:flip' : '';
    });
  }
  assert.equal(name, 'BUTTON:flip');
  const mid = await recommended(page, W);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([sel, b]) => document.querySelector(sel).result.recommended !== b,
    [W, mid],
  );
  await context.close();
});

test('the JavaScript API: scenario setter, result, change event detail', async () => {
  const { page, context } = await open(env);
  await verdict(page, W);
  const detail = await page.evaluate(
    (sel) =>
      new Promise((resolve) => {
        const el = document.querySelector(sel);
        el.addEventListener(
          'which-backend-change',
          (e) =>
            resolve({
              detail: e.detail,
              same: e.detail === el.result,
              composed: e.composed,
              bubbles: e.bubbles,
            }),
          { once: true },
        );
        el.scenario = { product: 'gpt_action', job_seconds_typical: 3, job_seconds_longest: 10 };
      }),
    W,
  );
  assert.equal(detail.detail.recommended, 'fastapi');
  assert.ok(detail.same && detail.composed && detail.bubbles);
  // An invalid scenario keeps the last result but reads back as it was set.
  const back = await page.$eval(W, async (el) => {
    el.scenario = { job_seconds_longest: -5 };
    await new Promise((r) => setTimeout(r, 50));
    return { scenario: el.scenario, recommended: el.result.recommended };
  });
  assert.deepEqual(back, { scenario: { job_seconds_longest: -5 }, recommended: 'fastapi' });
  await context.close();
});

// The page's bundle carries the schema read from the core at build time
// (web/src/core-loader.js); it must be the CLI's, field for field.
test("the element's schema is the CLI's", async () => {
  const { page, context } = await open(env);
  const schema = await page.evaluate(() => customElements.get('which-backend').schema());
  assert.deepEqual(schema, JSON.parse(execFileSync(CLI, ['--schema'], { encoding: 'utf8' })));
  await context.close();
});

test('a share link opened in a page that is already showing the widget (hashchange) is read', async () => {
  const { page, context, problems } = await open(env);
  const first = await recommended(page, W);
  const payload = encodeURIComponent(
    JSON.stringify({
      v: '0.0.1',
      s: { product: 'api', job_seconds_typical: 2, job_seconds_longest: 5 },
    }),
  );
  assert.notEqual(first, 'fastapi');
  await page.evaluate((p) => (location.hash = `intro&calculator=${p}`), payload);
  await page.waitForFunction(
    (sel) => document.querySelector(sel).result.recommended === 'fastapi',
    W,
  );
  assert.equal(await page.inputValue(q('job_seconds_longest')), '5');
  const text = () => page.$eval(W, (el) => el.shadowRoot.textContent);
  assert.match(await text(), /made with version 0\.0\.1/);
  // A fragment without the widget's key leaves the answers alone.
  await page.evaluate(() => (location.hash = 'intro'));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  assert.equal(await page.$eval(W, (el) => el.result.recommended), 'fastapi');
  // A broken one is reported and the answers on screen are kept.
  await page.evaluate(() => (location.hash = 'calculator=%7B%22v%22%3A'));
  await page.waitForFunction(
    (sel) =>
      /shared link could not be read.*answers on screen were kept/.test(
        document.querySelector(sel).shadowRoot.textContent,
      ),
    W,
  );
  assert.equal(await page.$eval(W, (el) => el.result.recommended), 'fastapi');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the verdict names the runner-up and marks a close call and a sensitive estimate', async () => {
  const { page, context, problems } = await open(env);
  await verdict(page, W);
  assert.match(await verdict(page, W), /Next best: Next\.js \+ managed durable queue/);
  assert.doesNotMatch(await verdict(page, W), /close call/);
  await page.$eval(W, (el, scenario) => (el.scenario = scenario), CLOSE_CALL_SCENARIO);
  await page.waitForFunction((w) => document.querySelector(w).result?.close_call === true, W);
  const text = await verdict(page, W);
  assert.match(text, /A close call: 2\.3 points apart\./);
  assert.match(text, /An estimate in the data could change it\./);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a choice flip click sets the answer it names and the question shows it', async () => {
  const { page, context, problems } = await open(env);
  await recommended(page, W);
  const flip = page.locator(
    `${W} [part=flips] button[data-input="python_libraries"][data-direction="to"]`,
  );
  const target = await page.$eval(W, (el) =>
    el.result.flip_points.find((f) => f.input === 'python_libraries'),
  );
  assert.equal(target.value, 'required');
  await flip.click();
  await page.waitForFunction(
    ([sel, b]) => document.querySelector(sel).result.recommended === b,
    [W, target.becomes],
  );
  assert.equal(await page.$eval(W, (el) => el.scenario.python_libraries), 'required');
  assert.equal(await page.locator(q('python_libraries')).inputValue(), 'required');
  assert.deepEqual(problems, []);
  await context.close();
});

// The side-by-side table is drawn when its panel opens (closed in the
// standard layout), from the latest result, however many came while closed.
test('a closed panel is drawn when it opens, from the latest result', async () => {
  const { page, context, problems } = await open(env);
  await verdict(page, W);
  const table = () =>
    page.$eval(W, (el) => el.shadowRoot.querySelector('[part="table"]').textContent);
  const setOpen = (value) =>
    page.$eval(W, (el, v) => (el.shadowRoot.querySelector('[part="panel-table"]').open = v), value);
  const drawnOnOpen = async () => {
    const before = await table();
    await setOpen(true);
    await page.waitForFunction(
      ([sel, b]) =>
        document.querySelector(sel).shadowRoot.querySelector('[part="table"]').textContent !== b,
      [W, before],
    );
    return table();
  };
  const set = (scenario) =>
    changed(page, () => page.$eval(W, (el, s) => (el.scenario = s), scenario));
  assert.equal(await table(), '', 'nothing is drawn while the panel is closed');
  const a = { monthly_requests: 2000 };
  const b = { monthly_requests: 3000000 };
  const c = { monthly_requests: 30000000, job_seconds_typical: 20, job_seconds_longest: 25 };
  await set(a);
  const drawnA = await drawnOnOpen();
  await setOpen(false);
  await set(b);
  await set(c);
  // A click on the summary draws before the panel opens: read in the same
  // task as the click, before the toggle event, the table is already C's.
  const onClick = await page.$eval(W, (el) => {
    el.shadowRoot.querySelector('[part="panel-table"] > summary').click();
    return el.shadowRoot.querySelector('[part="table"]').textContent;
  });
  const drawnC = onClick;
  // So do the pictures, built on their panel's first opening.
  const chartRows = await page.$eval(W, (el) => {
    el.shadowRoot.querySelector('[part="panel-charts"] > summary').click();
    return el.shadowRoot.querySelectorAll('[part="cost-chart"] .data tbody tr').length;
  });
  assert.equal(chartRows, 8);
  // Drawn again with the panel open, C's table must be the one drawn on opening.
  await set(a);
  assert.equal(await table(), drawnA);
  await set(c);
  assert.equal(await table(), drawnC);
  assert.notEqual(drawnC, drawnA);
  assert.deepEqual(problems, []);
  await context.close();
});
