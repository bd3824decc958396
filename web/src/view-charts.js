// The two pictures as SVG, each with a text alternative that says what the
// picture shows in words (figcaption), so nothing is only visual.

import { h, s, replace } from './dom.js';
import { costChart, logTicks, mapRects, mapShares, scale } from './chart-geometry.js';
import { formatCompact, formatCount, formatDuration, formatUsd } from './format.js';

const W = 360;
const H = 230;
const BOX = { left: 48, right: 352, top: 8, bottom: 196 };

export const COST_AXIS = { field: 'monthly_requests', min: 100, max: 1e9, steps: 48, scale: 'log' };
export const MAP_AXES = {
  x: { field: 'job_seconds_longest', min: 1, max: 86400, steps: 64, scale: 'log' },
  y: { field: 'monthly_requests', min: 100, max: 1e9, steps: 64, scale: 'log' },
};

const DURATION_TICKS = [1, 10, 60, 600, 3600, 86400];

function frame(titleId, descId, xTicks, yTicks, xLabel, yLabel) {
  const x = scale([xTicks.domain[0], xTicks.domain[1]], [BOX.left, BOX.right]);
  const y = scale([yTicks.domain[0], yTicks.domain[1]], [BOX.bottom, BOX.top]);
  const g = s('g', { 'aria-hidden': 'true' });
  for (const t of xTicks.values) {
    const px = x(t);
    g.append(
      s('line', { class: 'grid-line', x1: px, x2: px, y1: BOX.top, y2: BOX.bottom }),
      s('text', { x: px, y: BOX.bottom + 14, 'text-anchor': 'middle' }, xTicks.label(t)),
    );
  }
  for (const t of yTicks.values) {
    const py = y(t);
    g.append(
      s('line', { class: 'grid-line', x1: BOX.left, x2: BOX.right, y1: py, y2: py }),
      s('text', { x: BOX.left - 4, y: py + 4, 'text-anchor': 'end' }, yTicks.label(t)),
    );
  }
  g.append(
    s('line', { class: 'axis', x1: BOX.left, x2: BOX.right, y1: BOX.bottom, y2: BOX.bottom }),
    s('line', { class: 'axis', x1: BOX.left, x2: BOX.left, y1: BOX.top, y2: BOX.bottom }),
    s('text', { x: (BOX.left + BOX.right) / 2, y: H - 4, 'text-anchor': 'middle' }, xLabel),
    s('text', { x: 10, y: (BOX.top + BOX.bottom) / 2, 'text-anchor': 'middle', transform: `rotate(-90 10 ${(BOX.top + BOX.bottom) / 2})` }, yLabel),
  );
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': titleId, 'aria-describedby': descId, focusable: 'false' }, g);
  return { svg, x, y };
}

function legend(candidates, indexOf) {
  return h('ul', { class: 'legend', 'aria-hidden': 'true' }, candidates.map((c) => h('li', {}, h('span', { class: `swatch sw${indexOf(c.id)}` }), c.short || c.name)));
}

export function renderCostChart(el, ids, curve, result, candidates) {
  const n = candidates.length;
  const chart = costChart(curve, COST_AXIS, n, BOX);
  const yValues = logTicks(chart.yDomain[0], chart.yDomain[1]).filter((_, i, a) => a.length <= 5 || i % 2 === 0);
  const { svg } = frame(
    ids.title, ids.desc,
    { domain: [COST_AXIS.min, COST_AXIS.max], values: logTicks(COST_AXIS.min, COST_AXIS.max).filter((_, i) => i % 2 === 0), label: formatCompact },
    { domain: chart.yDomain, values: yValues, label: (v) => '$' + formatCompact(v) },
    'AI requests per month', 'USD / month',
  );
  chart.paths.forEach((d, c) => {
    if (d) svg.append(s('path', { class: `curve s${c} dash${c}`, d }));
  });
  const here = result.scenario.monthly_requests;
  if (Number.isFinite(here) && here > 0) {
    const px = chart.x(here);
    svg.append(s('line', { class: 'here-line', x1: px, x2: px, y1: BOX.top, y2: BOX.bottom }));
  }
  for (const x of chart.crossovers) {
    svg.append(s('circle', { class: 'cross', cx: x.px, cy: x.py, r: 3.5 }, s('title', {}, crossText(x, candidates))));
  }
  const name = (i) => candidates[i].short || candidates[i].name;
  const costs = result.candidates.map((c) => [c, c.cost.total_usd_month]).sort((a, b) => a[1] - b[1]);
  const words = [
    `Total cost per month, infrastructure plus maintenance time, for each candidate from ${formatCount(COST_AXIS.min)} to ${formatCompact(COST_AXIS.max)} AI requests a month (both axes logarithmic).`,
    `At your ${formatCount(here)} requests, the cheapest is ${costs[0][0].name} at ${formatUsd(costs[0][1])} and the dearest ${costs[costs.length - 1][0].name} at ${formatUsd(costs[costs.length - 1][1])}.`,
    chart.crossovers.length
      ? `Where lines cross, the cheaper one changes: ${chart.crossovers.map((x) => `${name(x.a)} and ${name(x.b)} at ${formatCompact(x.requests)} requests`).join('; ')}.`
      : 'No two lines cross in this range: the order by cost stays the same.',
  ];
  replace(
    el,
    h('h3', { id: ids.title }, 'Cost per month versus volume'),
    svg,
    legend(candidates, (id) => candidates.findIndex((c) => c.id === id)),
    h('figcaption', { id: ids.desc, class: 'muted' }, words.join(' ')),
  );
}

function crossText(x, candidates) {
  return `${candidates[x.a].name} and ${candidates[x.b].name} cost the same, about ${formatUsd(x.usd)}, at ${formatCompact(x.requests)} requests a month`;
}

export function renderDecisionMap(el, ids, grid, result, candidates) {
  const { x: xa, y: ya } = MAP_AXES;
  const { svg, x, y } = frame(
    ids.title, ids.desc,
    { domain: [xa.min, xa.max], values: DURATION_TICKS, label: (v) => formatDuration(v).replace(' ', '') },
    { domain: [ya.min, ya.max], values: logTicks(ya.min, ya.max).filter((_, i) => i % 2 === 0), label: formatCompact },
    'Longest job', 'Requests / month',
  );
  const cells = s('g', { 'aria-hidden': 'true' });
  for (const r of mapRects(grid, xa.steps, ya.steps, BOX)) {
    cells.append(s('rect', { class: `f${r.candidate}`, x: r.x, y: r.y, width: r.w + 0.4, height: r.h + 0.4 }));
  }
  svg.insertBefore(cells, svg.firstChild);
  const sc = result.scenario;
  const px = x(sc.job_seconds_longest);
  const py = y(Math.max(sc.monthly_requests, ya.min));
  svg.append(
    s('circle', { class: 'here', cx: px, cy: py, r: 6 }),
    s('circle', { class: 'here-inner', cx: px, cy: py, r: 6 }, s('title', {}, 'You are here')),
  );
  const shares = mapShares(grid, candidates.length)
    .map((share, i) => [candidates[i], share])
    .filter(([, share]) => share > 0)
    .sort((a, b) => b[1] - a[1]);
  const top = candidates.find((c) => c.id === result.recommended);
  const words = [
    'Which candidate is recommended for each longest job (1 s to 24 h) and monthly volume (100 to 1B), with your other answers held.',
    `You are at ${formatDuration(sc.job_seconds_longest)} and ${formatCount(sc.monthly_requests)} requests: ${top ? top.name : result.recommended}.`,
    `Share of the map: ${shares.map(([c, share]) => `${c.short || c.name} ${Math.round(share * 100)} %`).join(', ')}.`,
    'Blank cells are impossible answers (a longest job shorter than the typical one).',
  ];
  replace(
    el,
    h('h3', { id: ids.title }, 'Decision map'),
    svg,
    legend(candidates, (id) => candidates.findIndex((c) => c.id === id)),
    h('figcaption', { id: ids.desc, class: 'muted' }, words.join(' ')),
  );
}
