// Demo page behaviour: preset buttons and the embed-code generator.
import { PRESETS } from './presets.js';
import { embedSnippet } from './embed-code.js';

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
const base = new URL('.', location.href).href;

function refresh() {
  const preset = document.getElementById('embed-preset').value;
  code.value = embedSnippet({
    base,
    format: form.querySelector('[name=format]:checked').value,
    scenario: preset ? PRESETS[preset] : {},
    theme: document.getElementById('embed-theme').value,
    compact: document.getElementById('embed-compact').checked,
  });
  status.textContent = '';
}
form.addEventListener('input', refresh);
form.addEventListener('change', refresh);
form.addEventListener('submit', (e) => e.preventDefault());
document.getElementById('embed-copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(code.value);
    status.textContent = 'Copied.';
  } catch {
    code.select();
    status.textContent = 'Select the code and copy it by hand.';
  }
});
refresh();
