import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildShareUrl, decodeShare, encodeShare } from '../../web/src/share.js';

const scenario = {
  product: 'api',
  job_seconds_longest: 900,
  note: '<script>alert(1)</script> & more',
};

test('round trip through the fragment', () => {
  const url = buildShareUrl(
    'https://blog.example/post?x=1#intro',
    'which-backend',
    scenario,
    '1.2.0',
  );
  assert.match(url, /^https:\/\/blog\.example\/post\?x=1#which-backend=/);
  assert.deepEqual(decodeShare(new URL(url).hash, 'which-backend'), {
    scenario,
    modelVersion: '1.2.0',
  });
});

test('other fragments and other widgets are ignored', () => {
  assert.equal(decodeShare('#intro', 'which-backend'), null);
  assert.equal(decodeShare('', 'which-backend'), null);
  const two = `#${encodeShare('a', { product: 'api' }, '1')}&${encodeShare('b', { product: 'web_app' }, '1')}`;
  assert.equal(decodeShare(two, 'b').scenario.product, 'web_app');
  assert.equal(decodeShare(two, 'a').scenario.product, 'api');
});

test('malformed links give an error, never a throw', () => {
  for (const hash of [
    '#which-backend=%7B',
    '#which-backend=%E0%A4%A',
    '#which-backend',
    '#which-backend=%5B1%5D',
    '#which-backend=null',
    '#which-backend=%7B%22s%22%3A5%7D',
  ]) {
    const r = decodeShare(hash, 'which-backend');
    assert.ok(r && typeof r.error === 'string', hash);
  }
});
