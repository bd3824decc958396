// Shared by the property-based suites (*.fuzz.test.mjs): the real schema and
// evaluate from the WebAssembly core in build/wasm (so a field added to the
// core is fuzzed without editing a test), the run count, and generators of
// valid values built from the schema.
//   WB_FUZZ_RUNS=100000 node --test tests/web/*.fuzz.test.mjs   (scripts/fuzz)
// fast-check prints the seed and the shrunk counterexample on failure; replay
// with WB_FUZZ_SEED=<seed> (and WB_FUZZ_PATH=<path> to jump to the failure).
import fc from 'fast-check';

import { loadModule } from '../wasm/helpers.mjs';

export const core = await loadModule();
export const schema = JSON.parse(core.schema());
export const fields = schema.fields;
export const defaults = JSON.parse(core.defaults());

// Small by default so scripts/test stays fast; scripts/fuzz raises it.
const runs = Number(process.env.WB_FUZZ_RUNS || 200);
export const params = {
  numRuns: runs,
  ...(process.env.WB_FUZZ_SEED && { seed: Number(process.env.WB_FUZZ_SEED) }),
  ...(process.env.WB_FUZZ_PATH && { path: process.env.WB_FUZZ_PATH }),
};
// For properties that call the core's evaluate once a run (about 1 ms in
// Node): a fifth of the runs.
export const evaluateParams = { ...params, numRuns: Math.max(25, Math.ceil(runs / 5)) };

// Whether `value` is one the schema allows for `field` (what the core accepts
// field by field; the cross-field rule at_least is checked separately).
export function inSchema(field, value) {
  switch (field.type) {
    case 'enum':
      return field.values.some((v) => v.id === value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (field.type === 'number' || Number.isInteger(value)) &&
        (field.min_exclusive ? value > field.min : value >= field.min) &&
        value <= field.max
      );
    default:
      return false;
  }
}

// -0 is left out: it prints as "0", so a link cannot tell it from 0.
const double = (min, max, minExcluded = false) =>
  fc.double({ min, max, minExcluded, noNaN: true }).filter((v) => !Object.is(v, -0));

// Valid values for one field: the whole range, and the round numbers and
// bounds that people and edge cases hit.
export function valueOf(field) {
  switch (field.type) {
    case 'enum':
      return fc.constantFrom(...field.values.map((v) => v.id));
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.oneof(
        fc.constantFrom(field.min, field.max, field.default),
        fc.integer({ min: field.min, max: Math.min(field.max, 1e6) }),
        double(field.min, field.max).map(Math.floor),
      );
    default: {
      const low = field.min_exclusive ? Number.MIN_VALUE : field.min;
      return fc.oneof(
        fc.constantFrom(low, field.max, field.default),
        fc.integer({ min: Math.ceil(low), max: field.max }),
        double(field.min, field.max, field.min_exclusive),
      );
    }
  }
}

const weights = fc.record(
  Object.fromEntries(schema.weights.map((w) => [w.name, double(w.min, w.max)])),
  { requiredKeys: [], noNullPrototype: true },
);

// A valid scenario: any subset of the fields with valid values, sometimes
// weights; a field with at_least is raised to the one it may not go below.
export const validScenario = fc
  .tuple(
    fc.record(Object.fromEntries(fields.map((f) => [f.name, valueOf(f)])), {
      requiredKeys: [],
      noNullPrototype: true,
    }),
    fc.option(weights, { nil: undefined }),
  )
  .map(([s, w]) => {
    for (const f of fields) {
      const low = f.at_least && { ...defaults, ...s }[f.at_least];
      if (low !== undefined && low > { ...defaults, ...s }[f.name]) s[f.name] = low;
    }
    return w ? { ...s, weights: w } : s;
  });

// The core's verdict on a scenario object: its error list, empty when valid.
export const coreErrors = (scenario) => JSON.parse(core.evaluate(JSON.stringify(scenario))).errors;
