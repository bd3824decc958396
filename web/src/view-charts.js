// The two pictures as SVG, each with a text alternative that says what the
// picture shows in words (figcaption), so nothing is only visual.

import { h, s, replace, uid } from './dom.js';
import {
  costChart,
  logTicks,
  mapRects,
  mapShares,
  scale,
  spreadLabels,
  valuesAt,
} from './chart-geometry.js';
import { formatCompact, formatDuration, formatMeasure, formatUsd } from './format.js';

const W = 360;
const H = 230;
const BOX = { left: 48, right: 352, top: 8, bottom: 196 };
// The cost chart leaves room on the right for its lines' names.
const COST_BOX = { ...BOX, right: 284 };

// An axis title from the field's noun in the schema: "your monthly volume"
// -> "Monthly volume".
const axisTitle = (field) => {
  const noun = String(field?.noun || field?.name || '').replace(/^your /, '');
  return noun.charAt(0).toUpperCase() + noun.slice(1);
};

// Tick labels and ranges in the field's own measure.
const tickLabel = (field) =>
  field?.measure === 'duration' ? (v) => formatDuration(v).replace(' ', '') : formatCompact;
const rangeText = (field, axis) =>
  field?.measure === 'duration'
    ? `${formatDuration(axis.min)} to ${formatDuration(axis.max)}`
    : `${formatCompact(axis.min)} to ${formatCompact(axis.max)}`;

const DURATION_TICKS = [1, 10, 60, 600, 3600, 86400];
// The rows of the cost chart's "Show the numbers" table: the powers of ten
// on its axis.
const dataRows = (axis) => logTicks(axis.min, axis.max);

// One name per candidate on the map: on the middle row of its region, in
// its widest run of cells there, when that run is wide enough to hold it.
function regionLabels(rects, count) {
  const rows = Array.from({ length: count }, () => new Map());
  for (const r of rects) {
    const row = rows[r.candidate];
    if (!row.has(r.y) || row.get(r.y).w < r.w) row.set(r.y, r);
  }
  const out = [];
  rows.forEach((row, candidate) => {
    const ys = [...row.keys()].sort((a, b) => a - b);
    if (!ys.length) return;
    const r = row.get(ys[Math.floor(ys.length / 2)]);
    if (r.w >= 60) out.push({ candidate, x: r.x + r.w / 2, y: r.y + r.h / 2 + 4 });
  });
  return out;
}

// The axes, grid lines and labels as one group, plus the two scales.
function axes(box, xTicks, yTicks, xLabel, yLabel) {
  const BOX = box;
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
    s(
      'text',
      {
        x: 10,
        y: (BOX.top + BOX.bottom) / 2,
        'text-anchor': 'middle',
        transform: `rotate(-90 10 ${(BOX.top + BOX.bottom) / 2})`,
      },
      yLabel,
    ),
  );
  return { g, x, y };
}

const svgRoot = (ids) =>
  s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-labelledby': ids.title,
    'aria-describedby': ids.desc,
    focusable: 'false',
  });

// Legend samples drawn like the lines (colour and dash) or, for the map,
// like its cells. `only` limits it to the candidates present.
function legend(candidates, kind, only = null) {
  const items = candidates.map((c, i) =>
    h(
      'li',
      { hidden: only && !only.has(i) ? true : null },
      kind === 'line'
        ? s(
            'svg',
            { class: 'sample', viewBox: '0 0 24 8', 'aria-hidden': 'true' },
            s('line', { class: `curve s${i} dash${i}`, x1: 0, x2: 24, y1: 4, y2: 4 }),
          )
        : h('span', { class: `swatch sw${i}` }),
      c.short || c.name,
    ),
  );
  return { el: h('ul', { class: 'legend', 'aria-hidden': 'true' }, items), items };
}

// Sets attributes and text only when they differ, so an unchanged marker or
// caption costs no style invalidation.
function attrs(el, values) {
  for (const [k, v] of Object.entries(values)) {
    const text = String(v);
    if (el.getAttribute(k) !== text) el.setAttribute(k, text);
  }
}
function text(el, value) {
  if (el.textContent !== value) el.textContent = value;
}

// The pictures are built once per layout (heading, svg, legend and caption
// all in place, so the figure has its final height before any data) and then
// updated in place. `update(null, result)` draws what needs no data array
// (the caption's sentences about the reader's answers); new data arrays (the element caches them and hands over
// the same array while the inputs they depend on are unchanged) redraw their
// curves or cells; otherwise only the reader's marker and the caption move.
// `chart0`: the schema's charts.cost_curve; `field`: the schema field on its axis.
export function costChartView(el, ids, candidates, chart0, field) {
  const AXIS = chart0.axis;
  const n = candidates.length;
  const svg = svgRoot(ids);
  const bands = s('g', {});
  const bandPaths = candidates.map((_, c) => s('path', { class: `band f${c}` }));
  bands.append(...bandPaths);
  const lines = s('g', {});
  const paths = candidates.map((_, c) => s('path', { class: `curve s${c} dash${c}` }));
  lines.append(...paths);
  const labels = s('g', { 'aria-hidden': 'true' });
  const here = s('line', {
    class: 'here-line',
    y1: COST_BOX.top,
    y2: COST_BOX.bottom,
    visibility: 'hidden',
  });
  const hereLabel = s(
    'text',
    { class: 'here-label', y: COST_BOX.top + 10, visibility: 'hidden' },
    'You',
  );
  const crossings = s('g', {});
  const caption = h('figcaption', { id: ids.desc, class: 'muted' });
  const switchId = uid('eng');
  const withPeople = h('input', { type: 'checkbox', id: switchId });
  const title = h('h3', { id: ids.title });
  // The numbers behind the lines, and every crossover, as text a keyboard
  // or a finger reaches (the SVG is one image to assistive technology).
  const dataBody = h('tbody', {});
  const crossList = h('ul', { class: 'small' });
  const data = h(
    'details',
    { class: 'data' },
    h('summary', {}, 'Show the numbers'),
    h(
      'div',
      {
        class: 'scroll',
        tabindex: '0',
        role: 'region',
        'aria-label': `Cost per month by ${axisTitle(field).toLowerCase()}`,
      },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, axisTitle(field)),
            candidates.map((c) => h('th', { scope: 'col' }, c.short || c.name)),
          ),
        ),
        dataBody,
      ),
    ),
    crossList,
  );
  replace(
    el,
    title,
    h(
      'p',
      { class: 'check small' },
      withPeople,
      h('label', { for: switchId }, 'Include engineering time'),
    ),
    svg,
    legend(candidates, 'line').el,
    caption,
    data,
  );
  let curve = null;
  let last = null;
  let chart = null;
  let yKey = '';
  let crossWords = '';
  const name = (i) => candidates[i].short || candidates[i].name;
  let drawnKey = null;
  const draw = (result) => {
    const people = withPeople.checked;
    const byId = new Map(result.candidates.map((c) => [c.id, c]));
    const extra = candidates.map((c) =>
      people ? byId.get(c.id)?.cost.engineering_usd_month || 0 : 0,
    );
    // Redraw only for a new curve or new engineering costs.
    const key = [curve, extra.join()];
    if (drawnKey && drawnKey[0] === key[0] && drawnKey[1] === key[1]) return;
    drawnKey = key;
    chart = costChart(curve, AXIS, n, COST_BOX, extra);
    const domain = chart.yDomain.join();
    if (domain !== yKey) {
      yKey = domain;
      const yValues = logTicks(chart.yDomain[0], chart.yDomain[1]).filter(
        (_, i, a) => a.length <= 5 || i % 2 === 0,
      );
      const { g } = axes(
        COST_BOX,
        {
          domain: [AXIS.min, AXIS.max],
          values: logTicks(AXIS.min, AXIS.max).filter((_, i) => i % 2 === 0),
          label: tickLabel(field),
        },
        { domain: chart.yDomain, values: yValues, label: (v) => '$' + formatCompact(v) },
        axisTitle(field),
        'USD / month',
      );
      svg.replaceChildren(g, bands, lines, labels, here, hereLabel, crossings);
    }
    chart.paths.forEach((d, c) => {
      if (d) attrs(paths[c], { d, visibility: 'visible' });
      else paths[c].setAttribute('visibility', 'hidden');
      const band = chart.bands[c];
      if (band) attrs(bandPaths[c], { d: band, visibility: 'visible' });
      else bandPaths[c].setAttribute('visibility', 'hidden');
    });
    labels.replaceChildren(
      ...spreadLabels(chart.ends, 11, COST_BOX.top + 4, COST_BOX.bottom).map((e) =>
        s('text', { x: COST_BOX.right + 4, y: e.ly + 4, class: `direct t${e.c}` }, name(e.c)),
      ),
    );
    crossings.replaceChildren(
      ...chart.crossovers.map((x) =>
        s(
          'circle',
          { class: 'cross', cx: x.px, cy: x.py, r: 3.5 },
          s('title', {}, crossText(x, candidates)),
        ),
      ),
    );
    dataBody.replaceChildren(
      ...dataRows(AXIS).map((x) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, tickLabel(field)(x)),
          valuesAt(curve, AXIS, n, x, extra).map((v) => h('td', {}, formatUsd(v))),
        ),
      ),
    );
    crossList.replaceChildren(
      ...chart.crossovers.map((x) => h('li', {}, crossText(x, candidates) + '.')),
    );
    crossWords = chart.crossovers.length
      ? `Where lines cross, the cheaper one changes: ${chart.crossovers.map((x) => `${name(x.a)} and ${name(x.b)} at ${formatCompact(x.requests)}`).join('; ')}.`
      : 'No two lines cross in this range: the order by cost stays the same.';
    title.textContent = people
      ? 'Infrastructure and engineering time per month'
      : 'Infrastructure per month';
  };
  withPeople.addEventListener('change', () => {
    if (curve && last) draw(last);
    if (last) describe(last);
  });
  const describe = (result) => {
    const people = withPeople.checked;
    const costOf = (c) => (people ? c.cost.total_usd_month : c.cost.infra_usd_month);
    const costs = result.candidates.map((c) => [c, costOf(c)]).sort((a, b) => a[1] - b[1]);
    const at = result.scenario[AXIS.field];
    text(
      caption,
      [
        people
          ? `Infrastructure plus engineering time (maintenance hours at the engineer rate) per month`
          : 'Infrastructure per month, with a shaded band where the estimates in the data leave a range,',
        `for each candidate along ${axisTitle(field).toLowerCase()} from ${rangeText(field, AXIS)} (both axes logarithmic).`,
        `At ${field?.noun || AXIS.field} (${formatMeasure(field, at)}), the cheapest is ${costs[0][0].name} at ${formatUsd(costs[0][1])} and the dearest ${costs[costs.length - 1][0].name} at ${formatUsd(costs[costs.length - 1][1])}.`,
        crossWords,
      ]
        .filter(Boolean)
        .join(' '),
    );
  };
  return {
    update(nextCurve, result) {
      last = result;
      if (nextCurve && nextCurve !== curve) curve = nextCurve;
      if (curve) draw(result);
      const at = result.scenario[AXIS.field];
      if (chart && Number.isFinite(at) && at > 0) {
        const px = chart.x(at);
        attrs(here, { x1: px, x2: px, visibility: 'visible' });
        attrs(hereLabel, {
          x: px + 3,
          'text-anchor': px > COST_BOX.right - 30 ? 'end' : 'start',
          visibility: 'visible',
        });
      } else {
        here.setAttribute('visibility', 'hidden');
        hereLabel.setAttribute('visibility', 'hidden');
      }
      describe(result);
    },
  };
}

function crossText(x, candidates) {
  return `${candidates[x.a].name} and ${candidates[x.b].name} cost the same, about ${formatUsd(x.usd)}, at ${formatCompact(x.requests)}`;
}

// `map`: the schema's charts.decision_map; `fieldOf(name)`: a schema field.
export function decisionMapView(el, ids, candidates, map, fieldOf) {
  const { x: xa, y: ya } = map;
  const xf = fieldOf(xa.field);
  const yf = fieldOf(ya.field);
  const ticks = (f, a) =>
    f?.measure === 'duration'
      ? DURATION_TICKS.filter((t) => t >= a.min && t <= a.max)
      : logTicks(a.min, a.max).filter((_, i) => i % 2 === 0);
  const { g, x, y } = axes(
    BOX,
    { domain: [xa.min, xa.max], values: ticks(xf, xa), label: tickLabel(xf) },
    { domain: [ya.min, ya.max], values: ticks(yf, ya), label: tickLabel(yf) },
    axisTitle(xf),
    axisTitle(yf),
  );
  const cells = s('g', { 'aria-hidden': 'true' });
  const halo = s('circle', { class: 'here', r: 6, visibility: 'hidden' });
  const dot = s(
    'circle',
    { class: 'here-inner', r: 6, visibility: 'hidden' },
    s('title', {}, 'You are here'),
  );
  const you = s('text', { class: 'here-label', visibility: 'hidden' }, 'You');
  const names = s('g', { 'aria-hidden': 'true' });
  const svg = svgRoot(ids);
  svg.append(cells, g, names, halo, dot, you);
  const caption = h('figcaption', { id: ids.desc, class: 'muted' });
  const key = legend(candidates, 'cell', new Set());
  replace(el, h('h3', { id: ids.title }, 'Decision map'), svg, key.el, caption);
  let grid = null;
  let shareWords = '';
  let blanks = false;
  return {
    update(nextGrid, result) {
      if (nextGrid && nextGrid !== grid) {
        grid = nextGrid;
        blanks = grid.includes(map.invalid_cell);
        // Reuse the rectangles already drawn, changing only the attributes
        // that differ; most of them stay where they were.
        const rects = mapRects(grid, xa.steps, ya.steps, BOX, map.invalid_cell);
        const kids = cells.children;
        rects.forEach((r, i) => {
          const at = {
            class: `f${r.candidate}`,
            x: r.x,
            y: r.y,
            width: r.w + 0.4,
            height: r.h + 0.4,
          };
          if (i < kids.length) attrs(kids[i], at);
          else cells.append(s('rect', at));
        });
        while (kids.length > rects.length) cells.lastChild.remove();
        names.replaceChildren(
          ...regionLabels(rects, candidates.length).map((r) =>
            s(
              'text',
              { class: 'region', x: r.x, y: r.y, 'text-anchor': 'middle' },
              candidates[r.candidate].short || candidates[r.candidate].name,
            ),
          ),
        );
        const present = new Set(rects.map((r) => r.candidate));
        key.items.forEach((item, i) => (item.hidden = !present.has(i)));
        const shares = mapShares(grid, candidates.length)
          .map((share, i) => [candidates[i], share])
          .filter(([, share]) => share > 0)
          .sort((a, b) => b[1] - a[1]);
        shareWords = `Share of the map: ${shares.map(([c, share]) => `${c.short || c.name} ${Math.round(share * 100)} %`).join(', ')}.`;
      }
      const sc = result.scenario;
      const at = {
        cx: x(sc[xa.field]),
        cy: y(Math.max(sc[ya.field], ya.min)),
        visibility: grid ? 'visible' : 'hidden',
      };
      attrs(halo, at);
      attrs(dot, at);
      const right = at.cx > BOX.right - 40;
      attrs(you, {
        x: at.cx + (right ? -10 : 10),
        y: at.cy + 4,
        'text-anchor': right ? 'end' : 'start',
        visibility: at.visibility,
      });
      const top = candidates.find((c) => c.id === result.recommended);
      text(
        caption,
        [
          `Which candidate is recommended for each ${axisTitle(xf).toLowerCase()} (${rangeText(xf, xa)}) and ${axisTitle(yf).toLowerCase()} (${rangeText(yf, ya)}), with your other answers held.`,
          `You are at ${formatMeasure(xf, sc[xa.field])} and ${formatMeasure(yf, sc[ya.field])}: ${top ? top.name : result.recommended}.`,
          shareWords,
          blanks &&
            'Blank cells are impossible answers (a longest job shorter than the typical one).',
        ]
          .filter(Boolean)
          .join(' '),
      );
    },
  };
}
