// The candidates with their reasons, the comparison table
// and the flip points. Each render touches only what changed since the last
// one for the same panel: a list item is rebuilt only when its data changed
// (unchanged ones are kept and at most reordered), table cells are updated
// in place.

import { h, replace } from './dom.js';
import { formatCount, formatHours, formatMs, formatUsd } from './format.js';
import { costRange } from './view-verdict.js';

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

// How each reason reads beside its text: an icon for the eye, a word for
// screen readers, a colour from the theme.
const EFFECTS = {
  rules_out: { icon: '\u2715', word: 'Rules it out:' },
  penalises: { icon: '\u2212', word: 'Against:' },
  favours: { icon: '+', word: 'For:' },
};

function formatPoints(points) {
  if (!Number.isFinite(points) || points === 0) return '';
  const r = Math.round(Math.abs(points) * 10) / 10;
  return `${points < 0 ? '\u2212' : '+'}${r}`;
}

// Deal-breakers first, then the core's order. A sentence already said for a
// candidate higher in the list is not repeated: it points back to that one.
function arrangeReasons(candidates) {
  const firstSaidBy = new Map();
  return candidates.map((c) => {
    const reasons = [...c.reasons]
      .sort((a, b) => (b.effect === 'rules_out') - (a.effect === 'rules_out'))
      .map((r) => {
        const said = firstSaidBy.get(r.text);
        if (!said) firstSaidBy.set(r.text, c);
        return { ...r, sameAs: said && said !== c ? said : null };
      });
    return { candidate: c, reasons };
  });
}

function reasonItem(r) {
  const e = EFFECTS[r.effect] || EFFECTS.favours;
  return h(
    'li',
    { class: `r ${r.effect}`, 'data-rule': r.rule, 'data-effect': r.effect },
    h('span', { class: 'icon', 'aria-hidden': 'true' }, e.icon),
    h('span', { class: 'visually-hidden' }, e.word + ' '),
    r.sameAs
      ? [
          h('span', { class: 'muted' }, `As for ${r.sameAs.short || r.sameAs.name}`),
          h('span', { class: 'visually-hidden' }, `: ${r.text}`),
        ]
      : h('span', {}, r.text),
    r.points ? h('span', { class: 'points' }, ` ${formatPoints(r.points)}`) : null,
  );
}

function heading(c) {
  const dealBreaker = c.verdict === 'ruled_out' && c.reasons.find((r) => r.effect === 'rules_out');
  return [
    h(
      'span',
      { class: 'name' },
      h('span', { class: 'long' }, c.name),
      h('span', { class: 'short', 'aria-hidden': 'true' }, c.short),
    ),
    h(
      'span',
      { class: `tag ${c.verdict}` },
      c.verdict === 'ruled_out'
        ? VERDICT_WORDS.ruled_out
        : `${VERDICT_WORDS[c.verdict] || c.verdict} \u00b7 ${Math.round(c.score)} points`,
    ),
    dealBreaker ? h('span', { class: 'deal-breaker' }, dealBreaker.text) : null,
  ];
}

// One line per candidate (a ruled-out one names its deal-breaker) that opens
// to show its reasons; the verdict above already says why the winner wins.
// With `open` (layout="full") every card is open.
export function renderCandidates(el, result, info, open) {
  // The reasons add up to the raw score; say what the heading's score leaves out.
  const shift = result.score_shift > 0 ? result.score_shift : 0;
  keyedChildren(
    el,
    arrangeReasons(result.candidates.map((c) => ({ ...c, short: info(c.id).short || c.name }))),
    ({ candidate: c, reasons }) =>
      JSON.stringify([c.id, c.name, c.verdict, Math.round(c.score), reasons, open, shift]),
    ({ candidate: c, reasons }) => {
      const scale =
        shift && c.verdict !== 'ruled_out'
          ? h(
              'p',
              { class: 'muted scale' },
              `${formatPoints(-shift)} on every design, so the best shows 100.`,
            )
          : null;
      const body = reasons.length
        ? [h('ul', { class: 'reasons' }, reasons.map(reasonItem)), scale]
        : h('p', { class: 'muted' }, 'No rule speaks for or against it here.');
      const attrs = {
        class: `cand c${info(c.id).index}`,
        'data-candidate': c.id,
        'data-verdict': c.verdict,
      };
      return h(
        'li',
        attrs,
        h('details', { open: open || null }, h('summary', {}, h('h3', {}, heading(c))), body),
      );
    },
  );
}

// The engineer's hourly rate behind every candidate's engineering cost.
const hourlyRate = (result) => {
  const c = result.candidates.find((x) => x.cost.maintenance_hours_month > 0);
  return c ? c.cost.engineering_usd_month / c.cost.maintenance_hours_month : NaN;
};

// [label, value of a candidate's cost, format, lower is better]
const ROWS = [
  ['Infrastructure per month', (c) => c.infra_usd_month, formatUsd, true],
  ['Range from the estimates', (c) => c, costRange, false],
  ['Maintenance hours per month', (c) => c.maintenance_hours_month, formatHours, true],
  [
    (result) => `Total with engineering time at ${formatUsd(hourlyRate(result))}/h`,
    (c) => c.total_usd_month,
    formatUsd,
    true,
  ],
  ['Codebases', (c) => c.codebases, formatCount, true],
  ['Dependency sets', (c) => c.dependency_sets, formatCount, true],
  ['Deploy targets', (c) => c.deploy_targets, formatCount, true],
  ['CI pipelines', (c) => c.pipelines, formatCount, true],
  ['Services to monitor', (c) => c.services_to_monitor, formatCount, true],
  ['Network hops', (c) => c.network_hops, formatCount, true],
  ['Added latency', (c) => c.added_latency_ms, formatMs, true],
];

// Rows are the measures and columns the candidates, in their fixed order
// (core/model/candidate.h), so columns do not jump as the ranking changes.
// The recommended column is marked; the row headers stay in view while the
// table scrolls sideways in a narrow column.
export function renderTable(el, result, candidates) {
  const byId = new Map(result.candidates.map((c) => [c.id, c]));
  const cols = candidates.filter((c) => byId.has(c.id));
  const shape = cols.map((c) => c.id).join();
  let table = drawn.get(el);
  if (!table || table.shape !== shape) {
    // One cell per measure and candidate, kept and refilled on every update.
    const cells = ROWS.map(() => cols.map(() => h('td', {})));
    const heads = cols.map((c) => h('th', { scope: 'col' }, c.short || c.name));
    const labels = ROWS.map(() => h('th', { scope: 'row' }));
    table = { shape, cells, heads, labels };
    drawn.set(el, table);
    replace(
      el,
      h(
        'table',
        {},
        h('caption', { class: 'visually-hidden' }, 'What each candidate costs and adds, per month'),
        h('thead', {}, h('tr', {}, h('td', {}), heads)),
        h(
          'tbody',
          {},
          ROWS.map((_, r) => h('tr', {}, labels[r], cells[r])),
        ),
      ),
    );
  }
  cols.forEach((c, i) => {
    const rec = c.id === result.recommended;
    if (table.heads[i].classList.contains('rec') !== rec) {
      table.heads[i].classList.toggle('rec', rec);
      for (const row of table.cells) row[i].classList.toggle('rec', rec);
    }
  });
  ROWS.forEach(([label, value, fmt, lowerIsBetter], r) => {
    const text = typeof label === 'function' ? label(result) : label;
    if (table.labels[r].textContent !== text) table.labels[r].textContent = text;
    const values = cols.map((c) => value(byId.get(c.id).cost));
    const best = lowerIsBetter ? Math.min(...values.filter(Number.isFinite)) : NaN;
    values.forEach((v, i) => {
      const td = table.cells[r][i];
      const cellText = fmt(v);
      if (td.textContent !== cellText) td.textContent = cellText;
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
