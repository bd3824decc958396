import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flipTarget } from '../../web/src/flip.js';

test('a click moves the input just past the flip, inside the range', () => {
  assert.equal(
    flipTarget(
      { input: 'job_seconds_longest', value: 800, direction: 'above' },
      { type: 'number', max: 86400 },
    ),
    808,
  );
  assert.equal(
    flipTarget(
      { input: 'monthly_requests', value: 1000, direction: 'below' },
      { type: 'integer', min: 0 },
    ),
    990,
  );
  assert.equal(
    flipTarget(
      { input: 'job_seconds_longest', value: 86000, direction: 'above' },
      { type: 'number', max: 86400 },
    ),
    86400,
  );
  assert.equal(
    flipTarget(
      { input: 'weights.cost', value: 2.5, direction: 'above' },
      { type: 'number', min: 0, max: 5 },
    ),
    2.6,
  );
});

test('a choice or yes/no flip moves the input to the value it names', () => {
  const libs = { input: 'python_libraries', value: 'required', direction: 'to' };
  assert.equal(flipTarget(libs, { type: 'enum' }), 'required');
  const api = { input: 'public_api', value: true, direction: 'to' };
  assert.equal(flipTarget(api, { type: 'boolean' }), true);
});
