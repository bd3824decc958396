// Demo page behaviour: preset buttons and the embed-code generator with its
// live preview.
import { PRESETS } from './presets.js';
import { changedAnswers, embedSnippet } from './embed-code.js';

const widget = document.getElementById('calculator');
for (const button of document.querySelectorAll('[data-preset]')) {
  button.addEventListener('click', () => {
    widget.scenario = { ...PRESETS[button.dataset.preset] };
    widget.scrollIntoView({ block: 'start' });
  });
}

const form = document.getElementById('embed-form');
const code = document.getElementById('embed-code');
const status = document.getElementById('embed-status');
const hideBox = document.getElementById('embed-hide');
const preview = document.getElementById('embed-preview');
const base = new URL('.', location.href).href;
const value = (id) => document.getElementById(id).value;
let fields = [];

function options() {
  const preset = value('embed-preset');
  const scenario =
    preset === 'current'
      ? changedAnswers(widget.scenario, fields)
      : preset
        ? { ...PRESETS[preset] }
        : {};
  return {
    scenario,
    theme: value('embed-theme'),
    layout: value('embed-layout'),
    compact: document.getElementById('embed-compact').checked,
    hide: [...hideBox.querySelectorAll('input:checked')].map((i) => i.value),
  };
}

// The preview is the real element with the snippet's attributes, set as
// attribute text (never parsed as HTML).
function showPreview({ scenario, theme, layout, compact, hide }) {
  const el = document.createElement('which-backend');
  for (const [k, v] of Object.entries(scenario)) el.setAttribute(k.replace(/_/g, '-'), String(v));
  if (hide.length) el.setAttribute('hide', hide.join(','));
  if (layout !== 'standard') el.setAttribute('layout', layout);
  if (theme !== 'auto') el.setAttribute('theme', theme);
  if (compact) el.setAttribute('compact', '');
  el.id = 'embed-preview-widget';
  preview.replaceChildren(el);
}

let previewKey = '';
function refresh() {
  const o = options();
  code.value = embedSnippet({
    base,
    format: form.querySelector('[name=format]:checked').value,
    ...o,
  });
  status.textContent = '';
  const key = JSON.stringify(o);
  if (key !== previewKey) {
    previewKey = key;
    showPreview(o);
  }
}
form.addEventListener('input', refresh);
form.addEventListener('change', refresh);
form.addEventListener('submit', (e) => e.preventDefault());
// "The answers in the calculator above" follows that calculator.
widget.addEventListener('which-backend-change', () => {
  if (value('embed-preset') === 'current') refresh();
});
document.getElementById('embed-copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(code.value);
    status.textContent = 'Copied.';
  } catch {
    code.select();
    status.textContent = 'Select the code and copy it by hand.';
  }
});

customElements.whenDefined('which-backend').then(async (Widget) => {
  fields = (await Widget.schema()).fields;
  hideBox.replaceChildren(
    ...fields.map((f) => {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = f.name;
      box.id = `embed-hide-${f.name}`;
      const label = document.createElement('label');
      label.htmlFor = box.id;
      label.textContent = f.label || f.name;
      const wrap = document.createElement('span');
      wrap.className = 'check';
      wrap.append(box, label);
      return wrap;
    }),
  );
  refresh();
});
