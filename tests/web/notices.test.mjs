import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inputNotice, noticeList, setupProblems, SETUP_LINE } from '../../web/src/notices.js';

const fields = [{ name: 'job_seconds_longest' }, { name: 'product' }, { name: 'team' }];

test('each ignored attribute is named with what it takes', () => {
  const attrs = { hide: 'team,flavour', theme: 'neon', layout: 'wide' };
  const lines = setupProblems(
    fields,
    [{ attribute: 'product', value: 'cms', message: 'must be one of web_app, api' }],
    (a) => attrs[a] ?? null,
  );
  assert.deepEqual(lines, [
    'the attribute product="cms" was ignored: it must be one of web_app, api.',
    'the attribute hide names questions that do not exist: flavour. It takes question names such as job-seconds-longest, product.',
    'the attribute theme="neon" was ignored: it must be auto, light or dark.',
    'the attribute layout="wide" was ignored: it must be standard or full.',
  ]);
  assert.deepEqual(
    setupProblems(fields, [], () => null),
    [],
  );
  assert.match(SETUP_LINE, /browser console/);
});

test('answers out of range are named by their question', () => {
  const labelOf = (f) => ({ job_seconds_longest: 'How long does your longest AI job run?' })[f];
  const errors = [{ field: 'job_seconds_longest', message: 'must be at most 24 h.' }];
  assert.deepEqual(inputNotice(errors, labelOf, false), {
    bad: true,
    text: 'Check this answer: How long does your longest AI job run?: must be at most 24 h.',
  });
  assert.match(
    inputNotice(errors, labelOf, true).text,
    /results below are for your last valid answers\.$/,
  );
});

test('setup notices come first and quiet, then the link, then the answers', () => {
  const link = { bad: true, text: 'link' };
  const input = { bad: true, text: 'input' };
  assert.deepEqual(noticeList({ attrs: ['setup'], link, input }), [
    { quiet: true, text: 'setup' },
    link,
    input,
  ]);
  assert.deepEqual(noticeList({ attrs: [], link: null, input: null }), []);
});
