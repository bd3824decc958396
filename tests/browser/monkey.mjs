// A seeded monkey for the <which-backend> widget: N random actions on every
// kind of control (web/src/view-*.js), checking after each one that a verdict
// is shown and holds no "NaN" or "undefined", that nothing from a typed
// string became markup, and, now and then, that the result equals a fresh
// element's evaluation of the same scenario. Used by tests/browser/monkey.test.mjs
// and, with 10,000 actions, by scripts/monkey.

// mulberry32: a 32-bit seeded generator
// (https://github.com/bryc/code/blob/master/jshash/PRNGs.md#mulberry32).
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Before any script of the page: keep the core's WebAssembly.Memory (its
// exports.memory, see the Emscripten loader in build/site/which-backend.js)
// so its size can be read; the widget itself exposes nothing for this.
export function recordWasmMemory() {
  const keep = (result) => {
    const instance = result && (result.instance || result);
    const memory =
      instance &&
      instance.exports &&
      Object.values(instance.exports).find((v) => v instanceof WebAssembly.Memory);
    if (memory) window.__monkeyWasmMemory = memory;
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then(keep);
    };
  }
}

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "'; DROP TABLE scenarios; --",
  '<svg onload=alert(1)>',
  '${constructor.constructor("alert(1)")()}',
  '\u202e\u0000\ufeff',
  '__proto__',
  'x'.repeat(5000),
  '9'.repeat(400),
  '1'.repeat(60) + 'k',
];
const DURATION_TEXT = {
  valid: ['0', '1', '3', '30', '90', '300', '800', '900', '3600', '7200', '86400', '0.5', '12.5'],
  units: ['90s', '15 min', '2h', '1.5 hours', '45 sec', '3m', '10 mins', '24h', '0.5 h', '800 s'],
  invalid: ['', 'abc', '-5', '1,5', '1e999', 'NaN', 'Infinity', '100000', '2 days', 'h', ' '],
};
const COUNT_TEXT = {
  valid: ['0', '1', '999', '10k', '2.5M', '250,000', '1_000', '1e6', '10000000000', '1 000 000'],
  invalid: ['', 'abc', '-1', '1,5', '1e11', 'NaN', '1e999', '2.5MM', '10kk', '0x10'],
};

// Action kinds and their weights (out of the sum).
export const KINDS = {
  select: 14, // an enum question: any of its options
  checkbox: 8, // a yes/no question
  duration: 14, // a duration box: plain, with units, invalid, hostile text
  unit: 5, // the unit list beside a duration box
  count: 8, // monthly requests: separators, k/M, junk
  type: 5, // real typing (Playwright fill) in a text box
  weight: 8, // a weight slider, value set and an input event
  weightKey: 3, // a weight slider moved with the keyboard
  disclosure: 10, // open or close a <details>: panels, More questions, cards, sources
  flip: 5, // a "What would change the answer" button
  engineering: 3, // the cost chart's "Include engineering time"
  reset: 3, // "Reset to the stage defaults"
  copy: 2, // copy link / decision record (the clipboard may refuse)
  download: 1, // download the decision record
  api: 10, // el.scenario = a random object, valid or junk
  preset: 2, // a preset button of the demo page (sets el.scenario)
};

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function weighted(rand, table) {
  const total = Object.values(table).reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (const [k, w] of Object.entries(table)) if ((r -= w) < 0) return k;
  return Object.keys(table)[0];
}

// Typed text: mostly what a reader means (so the widget spends most of the
// run on valid answers), sometimes a mistake, sometimes hostile.
function text(rand, pools) {
  const r = rand();
  if (r < 0.08) return pick(rand, HOSTILE);
  if (r < 0.25) return pick(rand, pools.invalid);
  const good = Object.keys(pools).filter((k) => k !== 'invalid');
  return pick(rand, pools[pick(rand, good)]);
}

// A value for a schema field: mostly valid, sometimes out of range or of the
// wrong type. Never the strings "NaN" or "undefined": the core quotes a bad
// value in its message, and the page is checked for those words.
function fieldValue(rand, field, clean) {
  if (!clean && rand() < 0.08)
    return pick(rand, [null, -1, 1e12, Infinity, NaN, 'abc', true, [], {}, '<b>x</b>', 0.5, '7']);
  if (field.type === 'enum') return pick(rand, field.values).id;
  if (field.type === 'boolean') return rand() < 0.5;
  const max = Math.min(field.max, field.measure === 'duration' ? 86400 : 1e9);
  const v = Math.pow(rand(), 3) * max;
  return field.type === 'integer' ? Math.round(v) : Math.round(v * 10) / 10;
}

function randomScenario(rand, schema) {
  const r = rand();
  if (r < 0.05) return pick(rand, [null, undefined, 42, 'scenario', [], [1, 2], true]);
  // A clean one (valid values of each field on its own) now and then, so the
  // run spends time on valid answers too.
  const clean = rand() < 0.4;
  const out = {};
  for (const f of schema.fields) if (rand() < 0.4) out[f.name] = fieldValue(rand, f, clean);
  if (clean) return out;
  if (rand() < 0.3) {
    out.weights = {};
    for (const w of schema.weights)
      if (rand() < 0.7)
        out.weights[w.name] =
          rand() < 0.15 ? pick(rand, [-1, 6, 'high', null]) : Math.round(rand() * 50) / 10;
  } else if (rand() < 0.05) out.weights = pick(rand, ['heavy', 5, [], null]);
  if (rand() < 0.1) out[pick(rand, ['unknown_field', '__proto__', 'constructor', ''])] = 1;
  return out;
}

// The next action as plain data (so it can be printed and replayed).
function nextAction(rand, schema) {
  const kind = weighted(rand, KINDS);
  const fields = schema.fields;
  // A random field matching `pred` (the schema says what each field is).
  const fieldWhere = (pred) => pick(rand, fields.filter(pred));
  const isDuration = (x) => x.measure === 'duration';
  const isCount = (x) => x.type === 'integer';
  switch (kind) {
    case 'select': {
      const f = fieldWhere((x) => x.type === 'enum');
      return { kind, name: f.name, value: pick(rand, f.values).id };
    }
    case 'checkbox':
      return { kind, name: fieldWhere((x) => x.type === 'boolean').name };
    case 'duration':
      return {
        kind,
        name: fieldWhere(isDuration).name,
        value: text(rand, DURATION_TEXT),
        commit: rand() < 0.3,
      };
    case 'unit':
      return { kind, name: fieldWhere(isDuration).name, value: pick(rand, ['s', 'min', 'h']) };
    case 'count':
      return {
        kind,
        name: fieldWhere(isCount).name,
        value: text(rand, COUNT_TEXT),
        commit: rand() < 0.3,
      };
    case 'type': {
      const f = fieldWhere((x) => isDuration(x) || isCount(x));
      const pools = isDuration(f) ? DURATION_TEXT : COUNT_TEXT;
      // Short strings only: Playwright types each character of a long one.
      let value = text(rand, pools);
      if (value.length > 40) value = value.slice(0, 40);
      return { kind, name: f.name, value };
    }
    case 'weight': {
      const r = rand();
      const value =
        r < 0.1 ? pick(rand, ['-3', '7', 'abc', '', '1e9']) : String(Math.round(rand() * 50) / 10);
      return { kind, name: pick(rand, schema.weights).name, value };
    }
    case 'weightKey':
      return {
        kind,
        name: pick(rand, schema.weights).name,
        key: pick(rand, ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'PageUp', 'Home', 'End']),
      };
    case 'api':
      return { kind, scenario: randomScenario(rand, schema) };
    default:
      // disclosure, flip, copy, preset: which one is picked in the page from `r`.
      return { kind, r: rand() };
  }
}

// Runs in the page: performs one action on the widget (events as a reader's
// input fires them), lets the update run, and reports what the page shows.
async function perform([sel, action]) {
  const el = document.querySelector(sel);
  const root = el.shadowRoot;
  const q = (s) => root.querySelector(s);
  const all = (s) => [...root.querySelectorAll(s)];
  const fire = (input, ...types) => {
    for (const t of types) input.dispatchEvent(new Event(t, { bubbles: true }));
  };
  const byName = (name) => q(`[name="${name}"]`);
  const at = (list) => list[Math.floor(action.r * list.length)];
  switch (action.kind) {
    case 'select': {
      const s = byName(action.name);
      s.value = action.value;
      fire(s, 'input', 'change');
      break;
    }
    case 'checkbox':
      byName(action.name).click();
      break;
    case 'duration':
    case 'count': {
      const input = byName(action.name);
      input.value = action.value;
      fire(input, 'input');
      if (action.commit) fire(input, 'change');
      break;
    }
    case 'unit': {
      const s = q(`[data-field="${action.name}"] select`);
      s.value = action.value;
      fire(s, 'input', 'change');
      break;
    }
    case 'type':
    case 'weightKey': {
      // Playwright does the typing; here the control is made visible.
      const input = byName(action.name);
      for (let d = input.closest('details'); d; d = d.parentElement?.closest('details'))
        d.open = true;
      return null;
    }
    case 'weight': {
      const input = byName(action.name);
      input.value = action.value;
      fire(input, 'input', 'change');
      break;
    }
    case 'disclosure': {
      const d = at(all('details'));
      if (action.r * 1000 - Math.floor(action.r * 1000) < 0.5) d.open = !d.open;
      else d.querySelector(':scope > summary').click();
      break;
    }
    case 'flip': {
      const b = at(all('[part=flips] button'));
      if (b) b.click();
      break;
    }
    case 'engineering': {
      // The pictures are built when their panel first opens: before that,
      // open it, as a reader would to reach the switch.
      const box = q('[part=cost-chart] input[type=checkbox]');
      if (box) box.click();
      else q('[part=panel-charts]').open = true;
      break;
    }
    case 'reset':
      q('[part=weights] .actions button').click();
      break;
    case 'copy':
      at(all('[data-action^=copy]')).click();
      break;
    case 'download':
      q('[data-action=download-adr]').click();
      break;
    case 'api':
      el.scenario = action.scenario;
      break;
    case 'preset': {
      const buttons = [...document.querySelectorAll('[data-preset]')];
      if (buttons.length) buttons[Math.floor(action.r * buttons.length)].click();
      break;
    }
  }
  await new Promise((r) => setTimeout(r, 0));
  return null;
}

// Runs in the page: what the checks need, in one round trip.
function look(sel) {
  const el = document.querySelector(sel);
  const root = el.shadowRoot;
  const verdict = root.querySelector('[part=verdict]');
  return {
    verdict: verdict ? verdict.textContent.trim() : null,
    nan: /NaN/.test(root.textContent),
    markup: !!(
      root.querySelector('img, script, iframe, [onerror], [onload]') ||
      document.querySelector('body > img, body > script:not([src]), [onerror], [onload]')
    ),
    stale: root.querySelector('.wb').classList.contains('stale'),
  };
}

// Runs in the page: a fresh element given the widget's scenario, to compare
// its result with the widget's own (the same core, a clean start).
async function reevaluate(sel) {
  const el = document.querySelector(sel);
  const scenario = el.scenario;
  const fresh = document.createElement('which-backend');
  fresh.id = 'monkey-check';
  fresh.setAttribute('compact', '');
  fresh.hidden = true;
  fresh.scenario = scenario;
  const changed = new Promise((resolve) =>
    fresh.addEventListener('which-backend-change', resolve, { once: true }),
  );
  document.body.append(fresh);
  const timeout = new Promise((r) => setTimeout(() => r('timeout'), 5000));
  const outcome = await Promise.race([changed, timeout]);
  const got = outcome === 'timeout' ? null : JSON.stringify(fresh.result);
  fresh.remove();
  return { scenario: JSON.stringify(scenario), mine: JSON.stringify(el.result), fresh: got };
}

// The first places two JSON texts differ, for the report.
export function difference(a, b) {
  const out = [];
  const walk = (x, y, path) => {
    if (out.length >= 3) return;
    if (x && y && typeof x === 'object' && typeof y === 'object') {
      for (const k of new Set([...Object.keys(x), ...Object.keys(y)]))
        walk(x[k], y[k], `${path}.${k}`);
    } else if (JSON.stringify(x) !== JSON.stringify(y))
      out.push(`${path}: ${JSON.stringify(x)} here, ${JSON.stringify(y)} fresh`.slice(0, 300));
  };
  walk(JSON.parse(a ?? 'null'), JSON.parse(b ?? 'null'), 'result');
  return out.join('; ');
}

// JS heap (after a full collection, over CDP) and the core's wasm memory.
async function measure(page, cdp) {
  // Let the address-bar timer (300 ms, web/src/element.js) and pending
  // frames run first.
  await page.waitForTimeout(400);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__monkeyWasmMemory?.buffer.byteLength ?? null);
  return { heap: usedSize, wasm };
}

// Drives `sel` on `page` (opened with `init: recordWasmMemory`) with
// `actions` seeded actions. `problems` is the helper's list (helpers.mjs open):
// the run stops at the first entry. Returns a report; `failures` lists what
// broke, each with the seed, the action index and the action.
export async function runMonkey(
  page,
  { seed = 1, actions = 1000, sel = '#calculator', problems = [], warmup, every = 200 } = {},
) {
  const rand = mulberry32(seed);
  const schema = await page.evaluate(() => customElements.get('which-backend').schema());
  const cdp = await page.context().newCDPSession(page);
  const warm = warmup ?? Math.min(300, Math.floor(actions / 3));
  const counts = Object.fromEntries(Object.keys(KINDS).map((k) => [k, 0]));
  const failures = [];
  const recent = [];
  let compared = 0;
  let start = null;
  const t0 = Date.now();
  const fail = (i, action, what) =>
    failures.push({ seed, index: i, action, what, recent: [...recent] });
  const check = async (i, action) => {
    const seen = await page.evaluate(look, sel);
    if (!seen.verdict) fail(i, action, 'no verdict text');
    else if (/NaN|undefined/.test(seen.verdict)) fail(i, action, `verdict: ${seen.verdict}`);
    if (seen.nan) fail(i, action, 'NaN in the widget text');
    if (seen.markup) fail(i, action, 'typed text became markup');
    if (problems.length) fail(i, action, problems.join(' | '));
    return seen;
  };
  // A comparison falls due every `every` actions and runs at the first
  // check after that where the inputs are valid (no stale result shown).
  let due = false;
  let stale = 0;
  const compare = async (i, action, seen) => {
    if (seen.stale) return;
    due = false;
    const r = await page.evaluate(reevaluate, sel);
    compared++;
    // A key the scenario does not have, set through el.scenario, stays in the
    // widget's inputs (and its warning in the result) while el.scenario reads
    // back the core's scenario, which drops it: that warning is not compared.
    const known = (json) => {
      const out = JSON.parse(json ?? 'null');
      if (out?.warnings) out.warnings = out.warnings.filter((w) => !/^Unknown field/.test(w));
      return JSON.stringify(out);
    };
    r.mine = known(r.mine);
    r.fresh = known(r.fresh);
    if (r.fresh !== r.mine)
      fail(
        i,
        action,
        `result differs from a fresh evaluation of ${r.scenario}: ${difference(r.mine, r.fresh)}`,
      );
  };

  for (let i = 0; i < actions && !failures.length; i++) {
    if (i === warm) start = await measure(page, cdp);
    const action = nextAction(rand, schema);
    counts[action.kind]++;
    recent.push({ index: i, ...action });
    if (recent.length > 8) recent.shift();
    try {
      await page.evaluate(perform, [sel, action]);
      const target = `${sel} [name="${action.name}"]`;
      if (action.kind === 'type') await page.fill(target, action.value, { timeout: 5000 });
      if (action.kind === 'weightKey') await page.press(target, action.key, { timeout: 5000 });
    } catch (e) {
      fail(i, action, `the action threw: ${e.message.split('\n')[0]}`);
      break;
    }
    const seen = await check(i, action);
    if (seen.stale) stale++;
    if ((i + 1) % every === 0) due = true;
    if (due) await compare(i, action, seen);
  }
  if (!failures.length) {
    // The end state: after the deferred pictures have been drawn.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const seen = await check(actions - 1, recent.at(-1));
    await compare(actions - 1, recent.at(-1), seen);
  }
  const end = await measure(page, cdp);
  await cdp.detach();
  return {
    seed,
    actions,
    ms: Date.now() - t0,
    counts,
    compared,
    stale,
    heap: start && { start: start.heap, end: end.heap, growth: end.heap - start.heap },
    wasm: start && { start: start.wasm, end: end.wasm, growth: end.wasm - start.wasm },
    failures,
  };
}
