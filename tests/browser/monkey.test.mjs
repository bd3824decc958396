// The seeded monkey (tests/browser/monkey.mjs) on the demo page's widget, under
// the strict CSP the test server sends. MONKEY_ACTIONS (default 1,000) and
// MONKEY_SEED (default 1) set the run; scripts/monkey runs 10,000.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, setup, verdict } from './helpers.mjs';
import { recordWasmMemory, runMonkey } from './monkey.mjs';

const ACTIONS = Number(process.env.MONKEY_ACTIONS || 1000);
const SEED = Number(process.env.MONKEY_SEED || 1);
const MB = 1024 * 1024;

let env;
before(async () => (env = await setup()));
after(() => env?.close());

test(`monkey: ${ACTIONS} seeded actions (seed ${SEED}) on #calculator`, async (t) => {
  const { page, context, problems } = await open(env, 'index.html', { init: recordWasmMemory });
  await verdict(page, '#calculator');
  const report = await runMonkey(page, { seed: SEED, actions: ACTIONS, problems });
  // Failures first: one before the warm-up leaves no memory figures to print.
  assert.deepEqual(report.failures, []);
  const mb = (n) => (n / MB).toFixed(2);
  t.diagnostic(
    `${report.actions} actions in ${(report.ms / 1000).toFixed(1)} s, ${report.compared} results compared, ${report.stale} actions left invalid inputs; ` +
      `heap ${mb(report.heap.start)} -> ${mb(report.heap.end)} MB, wasm ${mb(report.wasm.start)} -> ${mb(report.wasm.end)} MB; ` +
      `kinds ${JSON.stringify(report.counts)}`,
  );
  assert.deepEqual(problems, []);
  assert.ok(report.compared > 0);
  assert.ok(report.heap.growth < 5 * MB, `JS heap grew ${mb(report.heap.growth)} MB`);
  assert.ok(report.wasm.start > 0, 'the wasm memory was found');
  assert.ok(report.wasm.growth < 5 * MB, `wasm memory grew ${mb(report.wasm.growth)} MB`);
  await context.close();
});
