// The question controls, built from the core's schema (labels, option lists,
// ranges are written once, in the core). The questions the schema marks
// primary decide most answers; the rest sit under "More questions".

import { h, uid } from './dom.js';
import {
  DURATION_UNITS,
  formatCount,
  formatMeasure,
  fromHumanDuration,
  parseDuration,
  parseNumber,
  toHumanDuration,
} from './format.js';

export function buildQuestions(schema, hidden, onChange) {
  const controls = new Map();
  const make = (field) => {
    const c = control(field, (value) => onChange(field.name, value));
    if (hidden.has(field.name)) c.el.hidden = true;
    controls.set(field.name, c);
    return c.el;
  };
  const fields = schema.fields;
  const primary = fields.filter((f) => f.primary);
  const rest = fields.filter((f) => !f.primary);
  const more = h('details', { class: 'more' }, h('summary', {}, 'More questions'), rest.map(make));
  if (rest.every((f) => hidden.has(f.name))) more.hidden = true;
  // Questions the author hid still count: say what is assumed for them.
  const assumed = h('p', { class: 'muted assumed', hidden: hidden.size === 0 });
  const el = h(
    'fieldset',
    { part: 'questions', class: 'questions' },
    h('legend', {}, 'Your product'),
    primary.map(make),
    more,
    assumed,
  );
  return {
    el,
    more,
    set(scenario) {
      for (const [name, c] of controls) if (name in scenario) c.set(scenario[name]);
      if (hidden.size)
        assumed.textContent = `Assuming: ${fields
          .filter((f) => hidden.has(f.name) && f.name in scenario)
          .map((f) => `${f.label || f.name} ${describeValue(f, scenario[f.name])}`)
          .join('; ')}.`;
    },
    errors(byField) {
      for (const [name, c] of controls) c.error(byField[name] || '');
      // An error inside the closed "more" group must be visible.
      if (rest.some((f) => byField[f.name])) more.open = true;
    },
  };
}

// An answer as a reader would say it: the option's label, yes/no, a
// duration or a count.
function describeValue(field, value) {
  if (field.type === 'enum')
    return (field.values || []).find((v) => v.id === value)?.label || String(value);
  if (field.type === 'boolean') return value ? 'Yes' : 'No';
  return formatMeasure(field, value);
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
  if (field.measure === 'duration') return durationControl(field, emit);
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
  // "90", with the unit picked beside it, or a duration with its own unit:
  // "90s", "15 min", "2h" (then the unit list follows what was typed).
  const read = () => {
    const typedUnit = /[a-z]\s*$/i.test(input.value);
    const seconds = typedUnit
      ? parseDuration(input.value)
      : fromHumanDuration(input.value, unit.value);
    if (seconds === null)
      return setError('Enter a duration, for example 30, 90s, 15 min or 2h.', [input]);
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
        // On leaving the field, "2h" becomes "2" with "hours" picked.
        onchange: () => {
          if (!/[a-z]\s*$/i.test(input.value)) return;
          const seconds = parseDuration(input.value);
          if (seconds === null) return;
          const v = toHumanDuration(seconds);
          input.value = v.value;
          unit.value = v.unit;
        },
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
      const typedUnit = /[a-z]\s*$/i.test(input.value);
      const shown = typedUnit
        ? parseDuration(input.value)
        : fromHumanDuration(input.value, unit.value);
      if (shown === seconds) return;
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
        if (n === null)
          return setError(
            'Enter a whole number, for example 250,000 or 250k (commas only between thousands).',
            [input],
          );
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
