import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flipSentence, flipTarget } from '../../web/src/flip.js';

const labelOf = (n) => ({ job_seconds_longest: 'Longest job', monthly_requests: 'AI requests per month' })[n];
const nameOf = (id) => ({ hybrid_celery: 'Next.js + FastAPI + Celery' })[id];

test('flip sentences are plain words with human units', () => {
  const f = { input: 'job_seconds_longest', value: 800, direction: 'above', becomes: 'hybrid_celery' };
  assert.equal(flipSentence(f, labelOf, nameOf), 'If your longest job passes 13 min 20 s, the answer becomes Next.js + FastAPI + Celery.');
  const g = { input: 'monthly_requests', value: 2500000, direction: 'below', becomes: 'hybrid_celery' };
  assert.match(flipSentence(g, labelOf, nameOf), /^If the monthly volume drops below 2,500,000/);
  const w = { input: 'cost', value: 2.5, direction: 'above', becomes: 'hybrid_celery' };
  assert.match(flipSentence(w, () => 'Monthly cost', nameOf), /^If the weight on "monthly cost" passes 2.5,/);
});

test('a click moves the input just past the flip, inside the range', () => {
  assert.equal(flipTarget({ input: 'job_seconds_longest', value: 800, direction: 'above' }, { type: 'number', max: 86400 }), 808);
  assert.equal(flipTarget({ input: 'monthly_requests', value: 1000, direction: 'below' }, { type: 'integer', min: 0 }), 990);
  assert.equal(flipTarget({ input: 'job_seconds_longest', value: 86000, direction: 'above' }, { type: 'number', max: 86400 }), 86400);
  assert.equal(flipTarget({ input: 'cost', value: 2.5, direction: 'above' }, { type: 'number', min: 0, max: 5 }), 2.6);
});
