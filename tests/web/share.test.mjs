import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildShareUrl, decodeShare, encodeShare, withEntry } from '../../web/src/share.js';

// A slice of the core's schema (core/codec/schema.cpp) in its own shape.
const FIELDS = [
  {
    name: 'job_seconds_longest',
    type: 'number',
    unit: 'seconds',
    min: 0,
    min_exclusive: true,
    max: 86400,
    default: 30,
  },
  { name: 'monthly_requests', type: 'integer', min: 0, max: 1e10, default: 10000 },
  { name: 'product', type: 'enum', values: [{ id: 'web_app' }, { id: 'api' }], default: 'web_app' },
  {
    name: 'team',
    type: 'enum',
    values: [{ id: 'typescript' }, { id: 'python' }],
    default: 'typescript',
  },
  { name: 'billing', type: 'boolean', default: false },
];
const WEIGHTS = [
  { name: 'cost', label: 'Monthly cost', min: 0, max: 5 },
  { name: 'latency', label: 'Latency', min: 0, max: 5 },
];

test('only answers that differ from the defaults go into the link', () => {
  const entry = encodeShare(
    'which-backend',
    {
      job_seconds_longest: 7200,
      monthly_requests: 10000,
      product: 'web_app',
      team: 'python',
      billing: true,
    },
    '2.0.0',
    FIELDS,
  );
  assert.equal(entry, 'which-backend=v2.0.0,job_seconds_longest:7200,team:python,billing:yes');
});

test('round trip through the fragment, with weights', () => {
  const scenario = { product: 'api', job_seconds_longest: 900, weights: { cost: 4.5, latency: 0 } };
  const url = buildShareUrl(
    'https://blog.example/post?x=1#intro',
    encodeShare('which-backend', scenario, '2.0.0', FIELDS),
  );
  assert.equal(
    url,
    'https://blog.example/post?x=1#which-backend=v2.0.0,job_seconds_longest:900,product:api,w.cost:4.5,w.latency:0',
  );
  assert.deepEqual(decodeShare(new URL(url).hash, 'which-backend', FIELDS, WEIGHTS), {
    scenario,
    modelVersion: '2.0.0',
  });
});

test('a few changed answers make a link of at most 200 characters', () => {
  const url = buildShareUrl(
    'https://myblog.example.com/2026/11/fastapi-vs-nextjs-for-ai/',
    encodeShare(
      'which-backend',
      { job_seconds_longest: 7200, team: 'python', product: 'api', monthly_requests: 2500000 },
      '2.0.0',
      FIELDS,
    ),
  );
  assert.ok(url.length <= 200, `${url.length}: ${url}`);
});

test('links in the first form (URI-encoded JSON) are still read', () => {
  const payload = encodeURIComponent(JSON.stringify({ v: '1.2.0', s: { product: 'api' } }));
  assert.deepEqual(decodeShare(`#which-backend=${payload}`, 'which-backend', FIELDS), {
    scenario: { product: 'api' },
    modelVersion: '1.2.0',
  });
});

test('text with separators stays inside its answer and reaches the core as text', () => {
  const hostile = '<script>alert(1)</script> & more, x:y';
  const entry = encodeShare('which-backend', { team: hostile }, '2', FIELDS);
  assert.doesNotMatch(entry.split('=')[1], /[&<> ]/);
  const r = decodeShare(`#${entry}`, 'which-backend', FIELDS);
  assert.match(r.error, /must be one of typescript, python/);
});

test('other fragments and other widgets are ignored', () => {
  assert.equal(decodeShare('#intro', 'which-backend', FIELDS), null);
  assert.equal(decodeShare('', 'which-backend', FIELDS), null);
  const two = `#${encodeShare('a', { product: 'api' }, '1', FIELDS)}&${encodeShare('b', { product: 'web_app', team: 'python' }, '1', FIELDS)}`;
  assert.deepEqual(decodeShare(two, 'b', FIELDS).scenario, { team: 'python' });
  assert.equal(decodeShare(two, 'a', FIELDS).scenario.product, 'api');
});

test('the address bar entry replaces only this widget`s part of the fragment', () => {
  const page = 'https://blog.example/post#intro&which-backend=v1,team:python&other=v1';
  assert.equal(
    withEntry(page, 'which-backend', 'which-backend=v2,product:api'),
    'https://blog.example/post#which-backend=v2,product:api&intro&other=v1',
  );
  assert.equal(
    withEntry('https://blog.example/post', 'k', 'k=v2'),
    'https://blog.example/post#k=v2',
  );
});

test('malformed links give an error naming what is wrong, never a throw', () => {
  const cases = {
    '#which-backend=%7B': /cut or changed/,
    '#which-backend=%E0%A4%A': /not valid URL text/,
    '#which-backend': /no answers/,
    '#which-backend=': /no answers/,
    '#which-backend=%5B1%5D': /cut or changed/,
    '#which-backend=null': /cut or changed/,
    '#which-backend=%7B%22s%22%3A5%7D': /no answers/,
    '#which-backend=v2,team': /cut or changed/,
    '#which-backend=v2,flavour:mint': /does not ask: flavour/,
    '#which-backend=v2,job_seconds_longest:soon': /must be a duration/,
    '#which-backend=v2,w.cost:lots': /weight on monthly cost must be a number/,
    // Weights are read by the schema too: no hexadecimal, no unknown names.
    '#which-backend=v2,w.cost:0x3': /weight on monthly cost must be a number/,
    '#which-backend=v2,w.__proto__:1': /does not ask: w.__proto__/,
    '#which-backend=v2,w.foo:-7': /does not ask: w.foo/,
    '#which-backend=v2,monthly_requests:1.5': /whole number/,
  };
  for (const [hash, message] of Object.entries(cases)) {
    const r = decodeShare(hash, 'which-backend', FIELDS, WEIGHTS);
    assert.ok(r && typeof r.error === 'string', hash);
    assert.match(r.error, message, hash);
  }
});

test('a widget id with half a UTF-16 pair still encodes, and reads back', () => {
  const key = 'calc\ud800';
  const entry = encodeShare(key, { team: 'python' }, '2.0.0', FIELDS);
  assert.equal(entry, 'calc%EF%BF%BD=v2.0.0,team:python');
  assert.deepEqual(decodeShare(`#${entry}`, key, FIELDS).scenario, { team: 'python' });
  assert.equal(withEntry('https://b.example/#x', key, entry), `https://b.example/#${entry}&x`);
});
