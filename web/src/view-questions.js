// The question controls, built from the core's schema (labels, option lists,
// ranges are written once, in the core). The first three questions decide
// most answers; the rest sit under "More questions".

import { h, uid } from './dom.js';
import {
  DURATION_UNITS,
  formatCount,
  fromHumanDuration,
  parseNumber,
  toHumanDuration,
} from './format.js';

export const PRIMARY = ['job_seconds_longest', 'python_libraries', 'product'];

export function buildQuestions(schema, hidden, onChange) {
  const controls = new Map();
  const make = (field) => {
    const c = control(field, (value) => onChange(field.name, value));
    if (hidden.has(field.name)) c.el.hidden = true;
    controls.set(field.name, c);
    return c.el;
  };
  const fields = schema.fields;
  const primary = PRIMARY.map((n) => fields.find((f) => f.name === n)).filter(Boolean);
  const rest = fields.filter((f) => !PRIMARY.includes(f.name));
  const more = h('details', { class: 'more' }, h('summary', {}, 'More questions'), rest.map(make));
  if (rest.every((f) => hidden.has(f.name))) more.hidden = true;
  const el = h(
    'fieldset',
    { part: 'questions', class: 'questions' },
    h('legend', {}, 'Your product'),
    primary.map(make),
    more,
  );
  return {
    el,
    more,
    set(scenario) {
      for (const [name, c] of controls) if (name in scenario) c.set(scenario[name]);
    },
    errors(byField) {
      for (const [name, c] of controls) c.error(byField[name] || '');
      // An error inside the closed "more" group must be visible.
      if (rest.some((f) => byField[f.name])) more.open = true;
    },
  };
}

function help(field, id) {
  return field.help ? h('p', { class: 'help muted', id }, field.help) : null;
}

function shell(field, inputId, body) {
  const helpId = field.help ? uid('help') : null;
  const errId = uid('err');
  const err = h('p', { class: 'error', id: errId, hidden: true });
  const el = h(
    'div',
    { class: 'q', 'data-field': field.name },
    body(helpId, errId),
    help(field, helpId),
    err,
  );
  const setError = (msg, inputs) => {
    err.textContent = msg;
    err.hidden = !msg;
    for (const i of inputs) i.setAttribute('aria-invalid', msg ? 'true' : 'false');
  };
  return { el, setError };
}

const describedBy = (...ids) => ids.filter(Boolean).join(' ') || null;

function control(field, emit) {
  if (field.type === 'enum') return enumControl(field, emit);
  if (field.type === 'boolean') return boolControl(field, emit);
  if (field.unit === 'seconds') return durationControl(field, emit);
  return numberControl(field, emit);
}

function enumControl(field, emit) {
  const id = uid(field.name);
  let select;
  const { el, setError } = shell(field, id, (helpId, errId) => [
    h('label', { for: id }, field.label || field.name),
    (select = h(
      'select',
      {
        id,
        name: field.name,
        'aria-describedby': describedBy(helpId, errId),
        onchange: () => emit(select.value),
      },
      (field.values || []).map((v) => h('option', { value: v.id }, v.label || v.id)),
    )),
  ]);
  return { el, set: (v) => (select.value = v), error: (m) => setError(m, [select]) };
}

function boolControl(field, emit) {
  const id = uid(field.name);
  let box;
  const helpId = field.help ? uid('help') : null;
  box = h('input', {
    type: 'checkbox',
    id,
    name: field.name,
    'aria-describedby': helpId,
    onchange: () => emit(box.checked),
  });
  const el = h(
    'div',
    { class: 'check', 'data-field': field.name },
    box,
    h('div', {}, h('label', { for: id }, field.label || field.name), help(field, helpId)),
  );
  return { el, set: (v) => (box.checked = !!v), error: () => {} };
}

// Durations are typed in human units; the core only ever sees seconds.
function durationControl(field, emit) {
  const id = uid(field.name);
  let input;
  let unit;
  const read = () => {
    const seconds = fromHumanDuration(input.value, unit.value);
    if (seconds === null) return setError('Enter a number, for example 30.', [input]);
    setError('', [input]);
    emit(seconds);
  };
  const { el, setError } = shell(field, id, (helpId, errId) => [
    h('label', { for: id }, field.label || field.name),
    h(
      'div',
      { class: 'row' },
      (input = h('input', {
        type: 'text',
        inputmode: 'decimal',
        id,
        name: field.name,
        class: 'num',
        autocomplete: 'off',
        'aria-describedby': describedBy(helpId, errId),
        oninput: read,
      })),
      (unit = h(
        'select',
        { 'aria-label': `Unit for ${field.label || field.name}`, onchange: read },
        DURATION_UNITS.map((u) => h('option', { value: u.id }, u.label)),
      )),
    ),
  ]);
  return {
    el,
    set(seconds) {
      // Keep what the reader typed when it already means this value.
      if (fromHumanDuration(input.value, unit.value) === seconds) return;
      const v = toHumanDuration(seconds);
      input.value = v.value;
      unit.value = v.unit;
    },
    error: (m) => setError(m, [input]),
  };
}

// Volumes are shown with thousands separators and accept 10k / 2.5M.
function numberControl(field, emit) {
  const id = uid(field.name);
  let input;
  const isInt = field.type === 'integer';
  const { el, setError } = shell(field, id, (helpId, errId) => [
    h('label', { for: id }, field.label || field.name),
    (input = h('input', {
      type: 'text',
      inputmode: isInt ? 'numeric' : 'decimal',
      id,
      name: field.name,
      class: 'num',
      autocomplete: 'off',
      'aria-describedby': describedBy(helpId, errId),
      oninput: () => {
        const n = parseNumber(input.value);
        if (n === null) return setError('Enter a number, for example 250,000 or 250k.', [input]);
        setError('', [input]);
        emit(isInt ? Math.round(n) : n);
      },
      onchange: () => {
        const n = parseNumber(input.value);
        if (n !== null && isInt) input.value = formatCount(n);
      },
    })),
  ]);
  return {
    el,
    set(v) {
      if (parseNumber(input.value) === v) return;
      input.value = isInt ? formatCount(v) : String(v);
    },
    error: (m) => setError(m, [input]),
  };
}
