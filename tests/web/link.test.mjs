import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSharedLink } from '../../web/src/link.js';

const labels = { job_seconds_longest: 'How long does your longest AI job run?' };
const base = {
  labelOf: (input) => labels[input],
  currentVersion: '2.0.0',
  fallback: 'Showing the starting answers instead.',
};
const ok = (key) => JSON.stringify({ recommended: 'fastapi', echo: JSON.parse(key) });

test('no link for this widget: nothing to do', () => {
  assert.equal(readSharedLink({ ...base, shared: null, evaluate: ok }), null);
});

test('a good link of this version: its answers, already evaluated, and no notice', () => {
  const r = readSharedLink({
    ...base,
    shared: { scenario: { product: 'api' }, modelVersion: '2.0.0' },
    evaluate: ok,
  });
  assert.deepEqual(r.scenario, { product: 'api' });
  assert.equal(r.evaluated.key, '{"product":"api"}');
  assert.equal(r.notice, null);
});

test('a link from another version is used and says so', () => {
  const r = readSharedLink({
    ...base,
    shared: { scenario: {}, modelVersion: '1.2.0' },
    evaluate: ok,
  });
  assert.equal(
    r.notice.text,
    'This link was made with version 1.2.0 of the model; this is version 2.0.0, so the answer may differ from the one that was shared.',
  );
  assert.equal(r.notice.bad, undefined);
});

test('answers the core rejects are named by their question, and the link is not used', () => {
  const r = readSharedLink({
    ...base,
    shared: { scenario: { job_seconds_longest: -1 }, modelVersion: '2.0.0' },
    evaluate: () =>
      JSON.stringify({
        errors: [
          {
            field: 'job_seconds_longest',
            message: 'must be a number more than 0 s and at most 24 h.',
          },
        ],
      }),
  });
  assert.equal(r.scenario, undefined);
  assert.equal(
    r.notice.text,
    'The shared link holds answers this calculator cannot use: How long does your longest AI job run? must be a number more than 0 s and at most 24 h. Showing the starting answers instead.',
  );
  assert.equal(r.notice.bad, true);
});

test('an unreadable link gives its reason and the fallback', () => {
  const r = readSharedLink({
    ...base,
    shared: { error: 'the link was cut or changed' },
    evaluate: ok,
  });
  assert.equal(
    r.notice.text,
    'The shared link could not be read: the link was cut or changed. Showing the starting answers instead.',
  );
});
