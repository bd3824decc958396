// The widget's layout, built once per schema and layout attributes: the
// answer card first, then the questions beside every design's reasons, what
// would change the answer, and the detail panels (closed in the standard
// layout, open in layout="full"). Returns the views the element updates;
// `handlers` carry the reader's changes back to it.

import { h, replace, uid } from './dom.js';
import { buildQuestions } from './view-questions.js';
import { renderCandidates, renderFlips, renderTable } from './view-results.js';
import { verdictView } from './view-verdict.js';
import { buildWeights } from './view-weights.js';
import { costChartView, decisionMapView } from './view-charts.js';
import { buildAbout, buildShare } from './view-share.js';

export function buildLayout(wrap, schema, { compact, full, hidden }, handlers) {
  const nameOf = (id) => schema.candidates.find((c) => c.id === id)?.name || id;
  const notices = h('div', { part: 'notices' });
  const answer = verdictView(nameOf);
  const ui = { notices, answer, nameOf, full };
  if (compact) {
    replace(wrap, notices, answer.card);
    return ui;
  }
  ui.questions = buildQuestions(schema, hidden, handlers.onAnswer);
  ui.weights = buildWeights(schema, handlers.onWeight, handlers.onWeightsReset);
  ui.candidates = h('ol', { class: 'cands', part: 'candidates' });
  ui.table = h('div', {
    class: 'scroll',
    part: 'table',
    tabindex: '0',
    role: 'region',
    'aria-label': 'Comparison table',
  });
  ui.flips = h('div', { part: 'flips' });
  // Cautions about the recommended design (Celery settings, plan terms …)
  // follow the candidates; notices about the reader's input stay on top.
  ui.cautions = h('ul', { class: 'cautions', part: 'warnings' });
  ui.cautionsSection = h(
    'section',
    { class: 'results', hidden: '' },
    h('h2', {}, 'Before you build'),
    ui.cautions,
  );
  ui.pictures = picturesOnDemand(schema);
  ui.share = buildShare({ getLink: handlers.getShareLink, getAdr: handlers.getAdr });
  ui.about = buildAbout(schema, handlers.getPlatforms);
  const panel = (name, title, ...body) =>
    h(
      'details',
      { class: 'panel', part: `panel-${name}`, open: full || null },
      h('summary', {}, h('h2', {}, title)),
      ...body,
    );
  ui.picturesPanel = panel('charts', 'Costs and the decision map', ui.pictures.figures);
  whenOpening(ui.picturesPanel, handlers.onPicturesShown);
  const tablePanel = panel('table', 'Costs and moving parts, side by side', ui.table);
  const weightsPanel = panel('weights', 'What matters to you', ui.weights.el);
  ui.drawTable = drawWhenOpen(tablePanel);
  ui.drawWeights = drawWhenOpen(weightsPanel);
  replace(
    wrap,
    notices,
    answer.sticky,
    answer.card,
    h(
      'div',
      { class: 'grid' },
      ui.questions.el,
      h(
        'section',
        { class: 'results', part: 'results' },
        h('h2', {}, 'Every design, for and against'),
        ui.candidates,
      ),
    ),
    h('section', { class: 'results' }, h('h2', {}, 'What would change the answer'), ui.flips),
    ui.cautionsSection,
    tablePanel,
    ui.picturesPanel,
    weightsPanel,
    panel('share', 'Keep or share this answer', ui.share.el),
    ui.about.el,
  );
  return ui;
}

// The pictures' DOM (two SVGs, legends, a data table) is built the first
// time they are shown, not with the layout: in the default layout their
// panel starts closed, and the first verdict need not wait for it.
// pictures() builds them (once) and returns their views.
function picturesOnDemand(schema) {
  const figures = h('div', { class: 'figures' });
  let views = null;
  const pictures = () => {
    if (views) return views;
    const costChart = h('figure', { part: 'cost-chart' });
    const map = h('figure', { part: 'decision-map' });
    const fieldOf = (name) => schema.fields.find((f) => f.name === name);
    const { cost_curve: curve, decision_map: grid } = schema.charts;
    views = {
      costChart: costChartView(
        costChart,
        { title: uid('ct'), desc: uid('cd') },
        schema.candidates,
        curve,
        fieldOf(curve.axis.field),
      ),
      map: decisionMapView(
        map,
        { title: uid('mt'), desc: uid('md') },
        schema.candidates,
        grid,
        fieldOf,
      ),
    };
    figures.append(costChart, map);
    return views;
  };
  pictures.figures = figures;
  return pictures;
}

// Runs `fn` as a closed panel opens. A click on its summary (a keypress on
// it is one too) runs before the panel opens, so the panel's first frame
// already shows the latest result; the toggle event, which comes after
// that frame, covers every other way a panel opens (a script, find-in-page).
// `fn` may run twice for one opening: it must do nothing the second time.
function whenOpening(panel, fn) {
  panel.firstElementChild.addEventListener('click', () => panel.open || fn());
  panel.addEventListener('toggle', () => panel.open && fn());
}

// A closed panel's content is drawn when it opens, from the latest result:
// until then no verdict or update pays for it. Returns draw(fn).
function drawWhenOpen(panel) {
  let pending = null;
  whenOpening(panel, () => {
    const draw = pending;
    pending = null;
    draw?.();
  });
  return (draw) => {
    pending = panel.open ? null : draw;
    if (panel.open) draw();
  };
}

// Fills the layout with a result: the answer card, and (unless compact) the
// questions' values and the weights, every design's reasons, the flips, the
// share panel, and the table and the weights' score bars once their panels
// are open. The
// pictures are the element's to draw (only while their panel is open).
export function renderResult(ui, out, schema, { ownWeights, onFlip }) {
  ui.answer.render(out);
  if (!ui.questions) return;
  const { candidates } = schema;
  const indexOf = (id) => candidates.findIndex((c) => c.id === id);
  ui.questions.set(out.scenario);
  renderCandidates(
    ui.candidates,
    out,
    (id) => ({ index: indexOf(id), short: candidates[indexOf(id)]?.short }),
    ui.full,
  );
  ui.drawTable(() => renderTable(ui.table, out, candidates));
  renderFlips(ui.flips, out, onFlip);
  ui.share.update();
  // The sliders and the reset button follow every result (cheap); the score
  // bars wait for their panel.
  ui.weights.set(out.weights, ownWeights);
  ui.drawWeights(() => ui.weights.scores(out, ui.nameOf, indexOf, schema.weight_input_prefix));
}
