import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseFieldValue,
  readPresets,
  parseHide,
  parseTheme,
  toKebab,
} from '../../web/src/attributes.js';

const fields = [
  { name: 'product', type: 'enum', values: [{ id: 'web_app' }, { id: 'api' }] },
  { name: 'job_seconds_longest', type: 'number', unit: 'seconds', min: 0, max: 86400 },
  { name: 'monthly_requests', type: 'integer', min: 0, max: 1e10 },
  { name: 'public_api', type: 'boolean' },
];

test('kebab-case attribute names', () =>
  assert.equal(toKebab('job_seconds_longest'), 'job-seconds-longest'));

test('valid presets are read, invalid ones reported by attribute name', () => {
  const attrs = {
    product: 'api',
    'job-seconds-longest': '900',
    'monthly-requests': '1,000',
    'public-api': '',
  };
  assert.deepEqual(
    readPresets(fields, (a) => attrs[a] ?? null),
    {
      scenario: {
        product: 'api',
        job_seconds_longest: 900,
        monthly_requests: 1000,
        public_api: true,
      },
      errors: [],
    },
  );
  const bad = {
    product: '<img src=x onerror=alert(1)>',
    'job-seconds-longest': '99999999',
    'monthly-requests': '1.5',
  };
  const r = readPresets(fields, (a) => bad[a] ?? null);
  assert.deepEqual(r.scenario, {});
  assert.deepEqual(
    r.errors.map((e) => e.attribute),
    ['product', 'job-seconds-longest', 'monthly-requests'],
  );
});

test('booleans', () => {
  assert.deepEqual(parseFieldValue(fields[3], 'false'), { value: false });
  assert.ok('error' in parseFieldValue(fields[3], 'maybe'));
});

test('hide and theme', () => {
  const h = parseHide('product, monthly-requests nope', fields);
  assert.deepEqual([...h.hidden], ['product', 'monthly_requests']);
  assert.deepEqual(h.unknown, ['nope']);
  assert.deepEqual(parseTheme(null), { value: 'auto' });
  assert.deepEqual(parseTheme('dark'), { value: 'dark' });
  assert.equal(parseTheme('neon').value, 'auto');
  assert.ok(parseTheme('neon').error);
});

test('presets the core would reject are caught here: 0 s typical, typical above longest', () => {
  const fields = [
    {
      name: 'job_seconds_typical',
      type: 'number',
      min: 0,
      min_exclusive: true,
      max: 86400,
      default: 10,
    },
    {
      name: 'job_seconds_longest',
      type: 'number',
      min: 0,
      min_exclusive: true,
      max: 86400,
      default: 30,
      at_least: 'job_seconds_typical', // as the core's schema publishes it
    },
  ];
  const read = (attrs) => readPresets(fields, (n) => (n in attrs ? attrs[n] : null));
  assert.equal(read({ 'job-seconds-typical': '0' }).errors[0].attribute, 'job-seconds-typical');
  assert.deepEqual(read({ 'job-seconds-typical': '60' }).scenario, {
    job_seconds_typical: 60,
    job_seconds_longest: 60,
  });
  // Found by tests/web/attributes.fuzz.test.mjs: a longest job below the
  // typical job's default was read, and the core then refused the scenario.
  assert.deepEqual(read({ 'job-seconds-longest': '5' }), {
    scenario: { job_seconds_longest: 5, job_seconds_typical: 5 },
    errors: [],
  });
  assert.deepEqual(read({ 'job-seconds-typical': '6', 'job-seconds-longest': '5' }).scenario, {
    job_seconds_longest: 5,
    job_seconds_typical: 5,
  });
  const both = read({ 'job-seconds-typical': '60', 'job-seconds-longest': '45' });
  assert.deepEqual(both.scenario, { job_seconds_longest: 45 });
  assert.equal(both.errors[0].attribute, 'job-seconds-typical');
});

test('duration attributes take units: 90, 90s, 15min, 15m, 2h', () => {
  const field = {
    name: 'job_seconds_longest',
    type: 'number',
    unit: 'seconds',
    min: 0,
    min_exclusive: true,
    max: 86400,
  };
  for (const [text, seconds] of [
    ['90', 90],
    ['90s', 90],
    ['15min', 900],
    ['15m', 900],
    ['2h', 7200],
    ['1.5 hours', 5400],
  ])
    assert.deepEqual(parseFieldValue(field, text), { value: seconds }, text);
  assert.match(parseFieldValue(field, '15 fortnights').error, /duration/);
  assert.match(parseFieldValue(field, '25h').error, /at most 86400/);
});
