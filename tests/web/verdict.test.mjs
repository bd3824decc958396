import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verdictWords } from '../../web/src/view-verdict.js';

const names = { nextjs_server_actions: 'Next.js Server Actions', hybrid: 'the hybrid' };
const nameOf = (id) => names[id];
const cost = (usd, low = usd, high = usd) => ({
  infra_usd_month: usd,
  infra_low_usd_month: low,
  infra_high_usd_month: high,
});
const result = (extra) => ({
  recommended: 'nextjs_server_actions',
  runner_up: 'hybrid',
  because: 'Short interactions.',
  margin: 37.7,
  close_call: false,
  robust: true,
  candidates: [
    { id: 'nextjs_server_actions', cost: cost(20) },
    { id: 'hybrid', cost: cost(27) },
  ],
  ...extra,
});

test('a firm, robust answer: no margin, the runner-up and one cost', () => {
  assert.deepEqual(verdictWords(result(), nameOf), {
    head: 'Build it as Next.js Server Actions.',
    because: 'Short interactions.',
    next: 'Next best: the hybrid.',
    cost: 'Infrastructure: $20 a month.',
    mark: 'robust',
  });
});

test('a close call gives its margin, and a margin under a tenth says so', () => {
  const close = verdictWords(result({ close_call: true, margin: 2.3 }), nameOf);
  assert.equal(close.next, 'Next best: the hybrid. A close call: 2.3 points apart.');
  assert.equal(close.mark, 'close');
  const tie = verdictWords(result({ close_call: true, margin: 0 }), nameOf);
  assert.equal(tie.next, 'Next best: the hybrid. A close call: less than 0.1 points apart.');
});

test('an answer an estimate could change, with a cost range', () => {
  const words = verdictWords(
    result({
      robust: false,
      candidates: [{ id: 'nextjs_server_actions', cost: cost(90.38, 40.49, 562) }],
    }),
    nameOf,
  );
  assert.equal(words.next, 'Next best: the hybrid. An estimate in the data could change it.');
  assert.equal(words.cost, 'Infrastructure: $40.49\u2013$562 a month.');
  assert.equal(words.mark, 'sensitive');
});

test('every other design ruled out: no runner-up named', () => {
  const words = verdictWords(result({ runner_up: 'nextjs_server_actions' }), nameOf);
  assert.equal(words.next, 'Every other design is ruled out.');
});
