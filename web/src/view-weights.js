// Weight sliders. They start from the weights the core derived from the
// stage; moving one sends all five, "Reset" goes back to the derived ones.
// Beside them, every design's points as live bars, and a line that says when
// no weight can change the answer.

import { h, uid } from './dom.js';

// How the bars read (the core's display_score): past 100, every design moves
// down together, so the gaps between them stay true.
const SCALE =
  'Points are the fit to these weights plus each rule\u2019s points. The best design shows at most 100, and the gaps between designs are kept down to 0.';

export function buildWeights(schema, onChange, onReset) {
  const sliders = new Map();
  const rows = schema.weights.map((w) => {
    const id = uid(`w-${w.name}`);
    const out = h('output', { for: id });
    const input = h('input', {
      type: 'range',
      id,
      name: w.name,
      min: w.min,
      max: w.max,
      step: '0.1',
      oninput: () => {
        out.textContent = Number(input.value).toFixed(1);
        onChange(w.name, Number(input.value));
      },
    });
    sliders.set(w.name, { input, out });
    return h('div', { class: 'q' }, h('label', { for: id }, w.label || w.name), out, input);
  });
  const status = h('p', { class: 'muted' });
  const bars = h('ul', { class: 'bars', 'aria-label': 'Points per design' });
  const effect = h('p', { class: 'muted' });
  const barRows = new Map();
  const reset = h('button', { type: 'button', onclick: onReset }, 'Reset to the stage defaults');
  const el = h(
    'fieldset',
    { part: 'weights', class: 'weights' },
    h('legend', {}, 'How much each matters (0 = not at all, 5 = a lot)'),
    rows,
    h('div', { class: 'actions' }, reset),
    status,
    effect,
    bars,
  );
  return {
    el,
    set(weights, custom) {
      for (const [name, { input, out }] of sliders) {
        const v = weights[name];
        if (!Number.isFinite(v)) continue;
        input.value = String(v);
        out.textContent = v.toFixed(1);
      }
      status.textContent = custom ? 'Your own weights.' : 'Weights derived from the product stage.';
      reset.disabled = !custom;
    },
    // result: the core's; nameOf/indexOf: candidate names and colours.
    // prefix: how the core names a weight in a flip point.
    scores(result, nameOf, indexOf, prefix) {
      for (const c of result.candidates) {
        let row = barRows.get(c.id);
        if (!row) {
          const fill = h('span', { class: `fill sw${indexOf(c.id)}` });
          const value = h('span', { class: 'value' });
          row = {
            el: h(
              'li',
              {},
              h('span', { class: 'who' }, nameOf(c.id)),
              h('span', { class: 'bar' }, fill),
              value,
            ),
            fill,
            value,
          };
          barRows.set(c.id, row);
        }
        const points = c.verdict === 'ruled_out' ? 0 : Math.round(c.score);
        row.fill.style.width = `${points}%`;
        row.value.textContent = c.verdict === 'ruled_out' ? 'ruled out' : String(points);
      }
      const order = result.candidates.map((c) => barRows.get(c.id).el);
      if (order.some((el, i) => bars.children[i] !== el)) bars.replaceChildren(...order);
      const viable = result.candidates.filter((c) => c.verdict !== 'ruled_out').length;
      const weightFlip = result.flip_points.some((f) => f.input.startsWith(prefix));
      effect.textContent =
        viable === 1
          ? 'Hard limits decide here: every other design is ruled out, so no weight can change the answer.'
          : `${SCALE} ${
              weightFlip
                ? '"What would change the answer" names the weight that would flip it.'
                : 'No single weight within 0 to 5 changes the answer here.'
            }`;
    },
  };
}
