// The answer first: a card in larger type with the recommendation, the
// core's one-line "because", the runner-up, how firm the answer is and what
// the recommended design costs; and a one-line copy of it that sticks to the
// top of the window while the card is scrolled out of view, so a reader
// answering questions further down sees the answer change.

import { h, replace } from './dom.js';
import { formatUsd } from './format.js';

// "$20" or "$20–$30" when the estimates in the data give a range.
export function costRange(cost) {
  const low = formatUsd(cost.infra_low_usd_month);
  const high = formatUsd(cost.infra_high_usd_month);
  return low === high ? formatUsd(cost.infra_usd_month) : `${low}\u2013${high}`;
}

// The card's sentences, from the result alone (unit-tested in Node).
export function verdictWords(result, nameOf) {
  const top = result.candidates.find((c) => c.id === result.recommended);
  const alone = result.runner_up === result.recommended;
  // Only a close call gives the margin; otherwise the scores beside each
  // design say how far apart they are.
  // The margin comes in tenths: 0 means within a tenth, not a tie.
  const apart = result.margin > 0 ? `${result.margin} points apart` : 'less than 0.1 points apart';
  const firmness = result.close_call ? `A close call: ${apart}.` : '';
  return {
    head: `Build it as ${nameOf(result.recommended)}.`,
    because: result.because,
    next: [
      alone ? 'Every other design is ruled out.' : `Next best: ${nameOf(result.runner_up)}.`,
      firmness,
      result.robust ? '' : 'An estimate in the data could change it.',
    ]
      .filter(Boolean)
      .join(' '),
    cost: top ? `Infrastructure: ${costRange(top.cost)} a month.` : '',
    mark: result.close_call ? 'close' : result.robust ? 'robust' : 'sensitive',
  };
}

const MARKS = {
  close: 'Close call',
  robust: 'Robust',
  sensitive: 'Depends on estimates',
};

export function verdictView(nameOf) {
  const head = h('p', { class: 'verdict-head' });
  const because = h('p', { class: 'because' });
  const next = h('span', {});
  const cost = h('p', { class: 'muted' });
  const mark = h('span', { class: 'mark' });
  const card = h(
    'section',
    { class: 'answer', part: 'verdict', 'aria-live': 'polite' },
    head,
    because,
    h('p', { class: 'muted' }, mark, ' ', next),
    cost,
  );
  const stickyText = h('span', {});
  const sticky = h(
    'div',
    { class: 'sticky', part: 'sticky-verdict', 'aria-hidden': 'true', hidden: true },
    stickyText,
  );
  let last = '';
  let lastTop = '';
  // The sticky line shows only while the card is above the top of the window
  // and the widget is still in view.
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(([entry]) => {
          sticky.hidden = entry.isIntersecting || entry.boundingClientRect.top > 0;
        })
      : null;
  observer?.observe(card);
  return {
    card,
    sticky,
    render(result) {
      const w = verdictWords(result, nameOf);
      const key = JSON.stringify(w);
      if (key === last) return;
      last = key;
      replace(head, w.head);
      because.textContent = w.because;
      next.textContent = w.next;
      cost.textContent = w.cost;
      mark.textContent = MARKS[w.mark];
      mark.className = `mark ${w.mark}`;
      stickyText.textContent = `${w.head} ${w.mark === 'close' ? MARKS.close + '.' : ''}`.trim();
      // Mark a changed answer on the sticky line (the CSS drops the motion
      // under prefers-reduced-motion).
      if (lastTop && lastTop !== result.recommended) {
        sticky.classList.remove('changed');
        void sticky.offsetWidth;
        sticky.classList.add('changed');
      }
      lastTop = result.recommended;
    },
    showError(text) {
      last = '';
      replace(head, text);
      because.textContent = '';
      next.textContent = '';
      cost.textContent = '';
      mark.textContent = '';
    },
  };
}
