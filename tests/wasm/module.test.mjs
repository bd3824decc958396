// The WebAssembly module against the native CLI and under stress: byte-
// identical results for generated scenarios, the same ADR, structured errors
// for hostile input, flat memory, the split build, and the size budget.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import zlib from 'node:zlib';

import { loadModule, loadSplitModule, pool, rng, runCli, wasmDir } from './helpers.mjs';

const wb = await loadModule();
const platforms = JSON.parse(wb.platforms()).platforms.map((p) => p.id);
const parallel = Math.max(2, Math.min(8, os.cpus().length * 2));

const seconds = (r, lo) => {
  const marks = [10, 30, 60, 120, 300, 600, 800, 900, 1800, 3600, 86400];
  return r.coin(0.15) ? r.pick(marks) : Math.round(r.logUniform(lo, 86400) * 1000) / 1000;
};

// The same spread as tests/properties_test.cpp: every field, every platform,
// weights and assumption overrides now and then.
function randomScenario(r) {
  const s = {};
  if (r.coin(0.9)) s.product = r.pick(['web_app', 'api', 'web_app_and_api', 'gpt_action']);
  let [typical, longest] = [seconds(r, 0.05), seconds(r, 0.05)];
  if (typical > longest) [typical, longest] = [longest, typical];
  if (r.coin(0.95))
    Object.assign(s, { job_seconds_typical: typical, job_seconds_longest: longest });
  if (r.coin(0.4)) s.scheduled_job_seconds = r.coin(0.3) ? 0 : seconds(r, 1);
  if (r.coin(0.9)) s.python_libraries = r.pick(['none', 'nice_to_have', 'required']);
  if (r.coin(0.9)) s.ai_logic = r.pick(['simple', 'moderate', 'complex']);
  if (r.coin(0.9)) s.team = r.pick(['typescript', 'python', 'both']);
  if (r.coin(0.9)) s.stage = r.pick(['validating', 'growing', 'scaling']);
  for (const k of [
    'public_api',
    'billing_and_rate_limits',
    'latency_sensitive',
    'heavy_processing',
  ])
    if (r.coin(0.7)) s[k] = r.coin();
  if (r.coin(0.9)) s.monthly_requests = r.coin(0.05) ? 0 : Math.floor(r.logUniform(1, 1e10));
  if (r.coin(0.9)) s.platform = r.pick(platforms);
  if (r.coin(0.3)) {
    s.weights = {};
    for (const k of ['time_to_market', 'operations', 'cost', 'latency', 'flexibility'])
      if (r.coin(0.8))
        s.weights[k] = r.coin(0.2) ? r.below(6) : Math.round(r.uniform() * 500) / 100;
  }
  if (r.coin(0.15)) {
    const a = {};
    if (r.coin()) a.engineer_usd_hour = Math.round(r.logUniform(10, 300));
    if (r.coin()) a.broker_usd_month = Math.round(r.logUniform(1, 200));
    if (r.coin()) a.queue_required_s = Math.round(r.logUniform(60, 7200));
    if (r.coin()) a.worker_concurrency = 1 + r.below(16);
    if (r.coin(0.3))
      a.platforms = { [r.pick(platforms)]: { function_max_s: Math.round(r.logUniform(10, 7200)) } };
    s.assumptions = a;
  }
  return s;
}

test('parity: 2000 generated scenarios, wasm and native CLI byte-identical', async (t) => {
  const r = rng(2026);
  const scenarios = Array.from({ length: 2000 }, () => randomScenario(r));
  // Some hand-picked edge cases too.
  scenarios.push(
    {},
    { job_seconds_typical: 86400, job_seconds_longest: 86400 },
    { monthly_requests: 1e10 },
    { monthly_requests: 0 },
    {
      platform: 'cloud_run',
      stage: 'scaling',
      weights: { cost: 0.95, latency: 1, operations: 0.39 },
    },
  );
  const mismatches = [];
  await pool(scenarios, parallel, async (s) => {
    const text = JSON.stringify(s);
    const native = await runCli(['--format', 'json', '-'], text);
    assert.equal(native.code, 0, `${text}: ${native.stderr}`);
    if (native.stdout !== wb.evaluate(text)) mismatches.push(text);
  });
  t.diagnostic(`scenarios compared: ${scenarios.length}, mismatches: ${mismatches.length}`);
  assert.deepEqual(mismatches.slice(0, 5), []);
});

test('parity: bad inputs give the same errors natively (stderr) and in wasm', async () => {
  for (const text of [
    '{"product":"x"}',
    '[]',
    '{',
    '{"job_seconds_typical":1e999}',
    '{"monthly_requests":1.5}',
  ]) {
    const native = await runCli(['--format', 'json', '-'], text);
    assert.equal(native.code, 2, text);
    assert.equal(native.stderr, wb.evaluate(text), text);
  }
});

test('adr() equals the CLI --format markdown', async () => {
  const r = rng(7);
  const scenarios = [
    {},
    { product: 'api', job_seconds_longest: 7200 },
    { python_libraries: 'required' },
    ...Array.from({ length: 60 }, () => randomScenario(r)),
  ];
  await pool(scenarios, parallel, async (s) => {
    const text = JSON.stringify(s);
    const native = await runCli(['--format', 'markdown', '-'], text);
    assert.equal(native.code, 0);
    const md = wb.adr(text);
    assert.ok(md.startsWith('---\nstatus: proposed\n'));
    assert.equal(md, native.stdout, text);
  });
});

test('hostile input returns structured errors and leaves the module usable', () => {
  const hostile = [
    ['{"product":"' + 'x'.repeat(1 << 20) + '"}', 'scenario'],
    ['{"x":' + '['.repeat(65) + ']'.repeat(65) + '}', 'scenario'],
    ['['.repeat(200000), 'scenario'],
    ['{"a":'.repeat(100000), 'scenario'],
    ['{"product":"\\ud800"}', 'scenario'],
    ['{"team":"\\udfff"}', 'scenario'],
    ['{"product":"web\\u0000app"}', 'product'],
    ['{"job_seconds_longest":{"$gt":1}}', 'job_seconds_longest'],
    ['{"monthly_requests":"1e10"}', 'monthly_requests'],
    ['{"weights":{"cost":1e999}}', 'weights.cost'],
    [
      '{"assumptions":{"platforms":{"__proto__":{"function_max_s":1}}}}',
      'assumptions.platforms.__proto__',
    ],
    ['\u0000', 'scenario'],
    ['', 'scenario'],
    ['{"' + 'k'.repeat(1 << 20) + '":1}', 'scenario'],
  ];
  for (const [text, field] of hostile) {
    const out = JSON.parse(wb.evaluate(text));
    assert.ok(Array.isArray(out.errors), text.slice(0, 60));
    assert.ok(
      out.errors.some((e) => e.field === field),
      `${text.slice(0, 60)} -> ${JSON.stringify(out.errors).slice(0, 200)}`,
    );
    assert.equal(wb.adr(text), '');
    assert.equal(wb.decisionGrid(text, '{}').length, 0);
    assert.equal(JSON.parse(wb.evaluate('{"product":"api"}')).recommended, 'fastapi');
  }
  // Invalid UTF-8 bytes, not escapes: JS strings reach the module as UTF-8,
  // so a lone surrogate in the JS string itself must not break it either.
  const lone = JSON.parse(wb.evaluate('{"product":"\ud800"}'));
  assert.ok(Array.isArray(lone.errors));
  assert.equal(JSON.parse(wb.evaluate('{}')).recommended, 'nextjs_server_actions');
});

test('batch calls: decision grid and cost curve', () => {
  const grid = wb.decisionGrid(
    '{}',
    JSON.stringify({
      x: { field: 'job_seconds_longest', min: 1, max: 86400, steps: 32, scale: 'log' },
      y: { field: 'monthly_requests', min: 1, max: 1e10, steps: 16, scale: 'log' },
    }),
  );
  assert.ok(grid instanceof Uint8Array);
  assert.equal(grid.length, 32 * 16);
  assert.ok(grid.every((c) => c < 6 || c === 255));
  const curve = wb.costCurve(
    '{}',
    JSON.stringify({ field: 'monthly_requests', min: 0, max: 1e9, steps: 20 }),
  );
  assert.ok(curve instanceof Float64Array);
  assert.equal(curve.length, 20 * 6 * 3);
  // Per point and candidate: infrastructure, then its low and high end.
  for (let i = 0; i < curve.length; i += 3)
    assert.ok(curve[i + 1] <= curve[i] && curve[i] <= curve[i + 2]);
  assert.ok(curve.every(Number.isFinite));
  assert.equal(wb.costCurve('{}', '{"field":"nope","min":0,"max":1,"steps":2}').length, 0);
  assert.equal(wb.decisionGrid('{}', '{"x":{}}').length, 0);
});

test('memory stays flat over 100 000 evaluate calls', (t) => {
  const memory = () => (wb.HEAP8 ?? wb.HEAPU8)?.length ?? wb.wasmMemory?.buffer.byteLength;
  const inputs = ['{}', '{"product":"api","job_seconds_longest":7200}', '{"product":"x"}', '{'];
  for (let i = 0; i < 2000; ++i) wb.evaluate(inputs[i % 4]);
  const before = memory();
  assert.ok(before > 0, 'module memory is visible');
  for (let i = 0; i < 100000; ++i) wb.evaluate(inputs[i % 4]);
  const after = memory();
  t.diagnostic(`memory before ${before} bytes, after ${after} bytes`);
  assert.equal(after, before);
});

test('the split build loads and gives the same answers', async () => {
  const split = await loadSplitModule();
  for (const text of ['{}', '{"product":"api","job_seconds_longest":7200}', '{"product":"x"}']) {
    assert.equal(split.evaluate(text), wb.evaluate(text));
    assert.equal(split.adr(text), wb.adr(text));
  }
  assert.equal(split.defaults(), wb.defaults());
  // Its users take the schema from the build (web/build-site.mjs), which
  // reads it from the single-file core: both must be the same model.
  assert.equal(split.schema, undefined, 'the split core has no schema call');
  assert.equal(
    JSON.parse(split.evaluate('{}')).model_version,
    JSON.parse(wb.schema()).model_version,
  );
  assert.equal(split.platforms(), wb.platforms());
});

test("defaults, platforms and schema are the CLI's", async () => {
  for (const [flag, fn] of [
    ['--defaults', 'defaults'],
    ['--platforms', 'platforms'],
    ['--schema', 'schema'],
  ]) {
    const native = await runCli([flag]);
    assert.equal(native.code, 0);
    assert.equal(native.stdout, wb[fn](), flag);
    JSON.parse(native.stdout);
  }
});

test('size budget: single file <= 150 KB, split JS + wasm <= 120 KB (gzip -9)', (t) => {
  const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  const single = gz(path.join(wasmDir, 'which-backend-core.js'));
  const splitJs = gz(path.join(wasmDir, 'split', 'which-backend-core.js'));
  const splitWasm = gz(path.join(wasmDir, 'split', 'which-backend-core.wasm'));
  t.diagnostic(
    `single file: ${single} bytes gzipped (${fs.statSync(path.join(wasmDir, 'which-backend-core.js')).size} raw)`,
  );
  t.diagnostic(`split: js ${splitJs} + wasm ${splitWasm} = ${splitJs + splitWasm} bytes gzipped`);
  assert.ok(single <= 150 * 1024, `single ${single}`);
  assert.ok(splitJs + splitWasm <= 120 * 1024, `split ${splitJs + splitWasm}`);
});
