// Weight sliders. They start from the weights the core derived from the
// stage; moving one sends all five, "Reset" goes back to the derived ones.

import { h, uid } from './dom.js';

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
  const reset = h('button', { type: 'button', onclick: onReset }, 'Reset to the stage defaults');
  const el = h(
    'fieldset',
    { part: 'weights', class: 'weights' },
    h('legend', {}, 'What matters to you (0 = not at all, 5 = a lot)'),
    rows,
    h('div', { class: 'actions' }, reset),
    status,
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
  };
}
