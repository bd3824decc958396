// The core in Node, without the DOM's types (tests/package/package.test.mjs
// compiles it with lib es2022 only).
import createCore from 'which-backend/core';
import type { CandidateId, Core, Scenario } from 'which-backend/core';

const core: Core = await createCore();
const scenario: Scenario = { product: 'api', monthly_requests: 250_000, team: 'python' };
const out = core.evaluate(scenario);
if ('errors' in out) {
  for (const e of out.errors) console.error(`${e.field}: ${e.message}`);
} else {
  const best: CandidateId = out.recommended;
  const reasons: string[] = out.candidates.flatMap((c) => c.reasons.map((r) => r.text));
  console.log(best, reasons, out.weights.time_to_market);
}
const grid: Uint8Array = core.decisionGrid(scenario, {
  x: { field: 'job_seconds_longest', min: 1, max: 86400, steps: 8, scale: 'log' },
  y: { field: 'monthly_requests', min: 100, max: 1e9, steps: 8, scale: 'log' },
});
const curve: Float64Array = core.costCurve('{}', {
  field: 'weights.cost',
  min: 0,
  max: 5,
  steps: 6,
});
const adr: string = core.adr(scenario);
for (const field of core.schema().fields)
  if (field.type === 'enum')
    console.log(
      field.name,
      field.values.map((v) => v.id),
    );
console.log(
  grid.length,
  curve.length,
  adr.length,
  core.defaults().platform,
  core.platforms().version,
);
