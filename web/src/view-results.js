// The verdict, the candidates with their reasons, the comparison table
// and the flip points. Each render touches only what changed since the last
// one for the same panel: a list item is rebuilt only when its data changed
// (unchanged ones are kept and at most reordered), table cells are updated
// in place.

import { h, replace } from './dom.js';
import { formatCount, formatHours, formatMs, formatUsd } from './format.js';

const VERDICT_WORDS = { recommended: 'Recommended', viable: 'Viable', ruled_out: 'Ruled out' };

// Per panel element: what was drawn last, so an unchanged panel is skipped.
const drawn = new WeakMap();

// Keeps one node per key: reuses the nodes whose key is unchanged, builds the
// others, and puts them in order, moving nothing when the order is the same.
function keyedChildren(el, items, keyOf, make) {
  const before = drawn.get(el) || new Map();
  const now = new Map();
  const nodes = items.map((item) => {
    const key = keyOf(item);
    const node = before.get(key) || make(item);
    now.set(key, node);
    return node;
  });
  drawn.set(el, now);
  const kids = el.children;
  if (kids.length !== nodes.length || nodes.some((n, i) => kids[i] !== n))
    el.replaceChildren(...nodes);
}

export function renderVerdict(el, result, nameOf) {
  const alone = result.runner_up === result.recommended;
  const closeness = result.close_call ? ` A close call: ${result.margin} points apart.` : '';
  const estimates = result.robust ? '' : ' An estimate in the data could change it.';
  const tail = (alone ? '' : ` Next best: ${nameOf(result.runner_up)}.`) + closeness + estimates;
  const head = `Build it as ${nameOf(result.recommended)}.`;
  if (drawn.get(el) === head + tail) return;
  drawn.set(el, head + tail);
  replace(el, head, h('span', { class: 'muted' }, tail));
}

export function renderCandidates(el, result, indexOf) {
  keyedChildren(
    el,
    result.candidates,
    (c) => JSON.stringify([c.id, c.name, c.verdict, Math.round(c.score), c.reasons]),
    (c) =>
      h(
        'li',
        { class: `cand c${indexOf(c.id)}`, 'data-candidate': c.id, 'data-verdict': c.verdict },
        h(
          'h3',
          {},
          h('span', {}, c.name),
          h(
            'span',
            { class: `tag ${c.verdict}` },
            `${VERDICT_WORDS[c.verdict] || c.verdict} \u00b7 score ${Math.round(c.score)}`,
          ),
        ),
        c.reasons.length
          ? h(
              'ul',
              {},
              c.reasons.map((r) =>
                h('li', { 'data-rule': r.rule, 'data-effect': r.effect }, r.text),
              ),
            )
          : h('p', { class: 'muted' }, 'No rule speaks for or against it here.'),
      ),
  );
}

const ROWS = [
  ['Infrastructure per month', 'infra_usd_month', formatUsd],
  ['Maintenance hours per month', 'maintenance_hours_month', formatHours],
  ['Total cost per month', 'total_usd_month', formatUsd],
  ['Codebases', 'codebases', formatCount],
  ['Dependency sets', 'dependency_sets', formatCount],
  ['Deploy targets', 'deploy_targets', formatCount],
  ['CI pipelines', 'pipelines', formatCount],
  ['Services to monitor', 'services_to_monitor', formatCount],
  ['Network hops', 'network_hops', formatCount],
  ['Added latency', 'added_latency_ms', formatMs],
];

// Rows are the measures and columns the candidates, in their fixed
// order (core/model/candidate.h), so columns do not jump as the ranking changes.
export function renderTable(el, result, candidates) {
  const byId = new Map(result.candidates.map((c) => [c.id, c]));
  const cols = candidates.filter((c) => byId.has(c.id));
  const shape = cols.map((c) => c.id).join();
  let table = drawn.get(el);
  if (!table || table.shape !== shape) {
    // One cell per measure and candidate, kept and refilled on every update.
    const cells = ROWS.map(() => cols.map(() => h('td', {})));
    table = { shape, cells };
    drawn.set(el, table);
    replace(
      el,
      h(
        'table',
        {},
        h('caption', { class: 'visually-hidden' }, 'What each candidate costs and adds, per month'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('td', {}),
            cols.map((c) => h('th', { scope: 'col' }, c.short || c.name)),
          ),
        ),
        h(
          'tbody',
          {},
          ROWS.map(([label, key], r) =>
            h('tr', { 'data-measure': key }, h('th', { scope: 'row' }, label), cells[r]),
          ),
        ),
      ),
    );
  }
  ROWS.forEach(([, key, fmt], r) => {
    const values = cols.map((c) => byId.get(c.id).cost[key]);
    const best = Math.min(...values.filter(Number.isFinite));
    values.forEach((v, i) => {
      const td = table.cells[r][i];
      const text = fmt(v);
      if (td.textContent !== text) td.textContent = text;
      const isBest = v === best;
      if (td.classList.contains('best') !== isBest) td.classList.toggle('best', isBest);
    });
  });
}

export function renderFlips(el, result, onPick) {
  const key = JSON.stringify(result.flip_points);
  if (drawn.get(el) === key) return;
  drawn.set(el, key);
  if (!result.flip_points.length) {
    replace(
      el,
      h('p', {}, 'Nothing within the valid range of any answer changes the recommendation.'),
    );
    return;
  }
  replace(
    el,
    h(
      'ul',
      { class: 'flips' },
      result.flip_points.map((f) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              'data-input': f.input,
              'data-direction': f.direction,
              onclick: () => onPick(f),
            },
            f.text,
          ),
        ),
      ),
    ),
  );
}
