// A flip point on a weight ("weights.<name>" in the core's JSON) moves
// that weight's slider, and the answer becomes what the flip point said.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CLOSE_CALL_SCENARIO, setup, open, recommended } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(() => env?.close());

test('clicking a weight flip point moves the weight and changes the answer', async () => {
  const { page, context, problems } = await open(env);
  await recommended(page, '#calculator');
  await page.$eval('#calculator', (el, scenario) => (el.scenario = scenario), CLOSE_CALL_SCENARIO);
  const flip = await page.waitForFunction(() => {
    const el = document.querySelector('#calculator');
    return el.result?.flip_points.find((f) => f.input.startsWith('weights.'));
  });
  const f = await flip.jsonValue();
  const before = await page.$eval('#calculator', (el) => el.result.recommended);
  assert.notEqual(f.becomes, before);
  await page
    .locator(`#calculator button[data-input="${f.input}"][data-direction="${f.direction}"]`)
    .click();
  const after = await page.$eval('#calculator', (el) => ({
    recommended: el.result.recommended,
    weights: el.result.weights,
    warnings: el.result.warnings,
  }));
  assert.equal(after.recommended, f.becomes);
  const weight = after.weights[f.input.slice('weights.'.length)];
  assert.ok(
    f.direction === 'above' ? weight > f.value * 0.999 : weight < f.value * 1.001,
    `weight ${weight} should pass ${f.value} (${f.direction})`,
  );
  assert.ok(!after.warnings.some((w) => w.includes('Unknown field')), after.warnings.join(' | '));
  assert.deepEqual(problems, []);
  await context.close();
});
