// Attribute handling: scenario fields are preset by kebab-case attributes of
// the same name (README "Embedding"). Parsing is checked against the schema the
// core publishes, so the element never keeps a second list of field names.

import { parseDuration, parseNumber } from './format.js';

export const toKebab = (name) => name.replace(/_/g, '-');
const toSnake = (name) => name.replace(/-/g, '_');

// Returns { value } or { error } for one attribute string and its schema field.
export function parseFieldValue(field, text) {
  const raw = String(text).trim();
  switch (field.type) {
    case 'enum': {
      const ids = (field.values || []).map((v) => v.id);
      if (ids.includes(raw)) return { value: raw };
      return { error: `must be one of ${ids.join(', ')}` };
    }
    case 'boolean': {
      // A bare attribute (value "") means true, as with HTML's own booleans.
      if (raw === '' || raw === 'true' || raw === 'yes') return { value: true };
      if (raw === 'false' || raw === 'no') return { value: false };
      return { error: 'must be true or false' };
    }
    case 'integer':
    case 'number': {
      const seconds = field.unit === 'seconds';
      const n = seconds ? parseDuration(raw) : parseNumber(raw);
      if (n === null)
        return {
          error: seconds
            ? 'must be a duration: seconds, or with a unit (90s, 15min, 2h)'
            : 'must be a number',
        };
      if (field.type === 'integer' && !Number.isInteger(n))
        return { error: 'must be a whole number' };
      if (field.min !== undefined && field.min_exclusive && n <= field.min)
        return { error: `must be more than ${field.min}` };
      if (field.min !== undefined && n < field.min)
        return { error: `must be at least ${field.min}` };
      if (field.max !== undefined && n > field.max)
        return { error: `must be at most ${field.max}` };
      return { value: n };
    }
    default:
      return { value: raw };
  }
}

// Reads every schema field present as an attribute. `getAttr(name)` returns
// the string or null. Errors name the attribute as the author wrote it.
export function readPresets(fields, getAttr) {
  const scenario = {};
  const errors = [];
  for (const field of fields) {
    const attr = toKebab(field.name);
    const text = getAttr(attr);
    if (text === null || text === undefined) continue;
    const parsed = parseFieldValue(field, text);
    if ('error' in parsed)
      errors.push({ attribute: attr, value: String(text), message: parsed.error });
    else scenario[field.name] = parsed.value;
  }
  // A field that may not go below another (the longest job and the typical
  // one, schema "at_least"): with no preset for it, it grows to match the
  // other (the author meant it); with both, the lower-bound preset goes.
  // Then the other, without a preset, shrinks to match it when its default
  // is above it (a 5 s longest job means a typical one of at most 5 s, not
  // the default 10 s that the core would refuse).
  for (const field of fields) {
    const other = field.at_least;
    if (!other) continue;
    const low = scenario[other];
    if (low !== undefined && scenario[field.name] === undefined) {
      if (low > field.default) scenario[field.name] = low;
      continue;
    }
    if (low > scenario[field.name]) {
      delete scenario[other];
      errors.push({
        attribute: toKebab(other),
        value: String(low),
        message: `must not be longer than ${toKebab(field.name)}`,
      });
    }
    const lowDefault = fields.find((f) => f.name === other)?.default;
    if (scenario[other] === undefined && scenario[field.name] < lowDefault)
      scenario[other] = scenario[field.name];
  }
  return { scenario, errors };
}

// hide="team, stage" -> Set of field names; unknown names are reported.
export function parseHide(text, fields) {
  const names = new Set(fields.map((f) => f.name));
  const hidden = new Set();
  const unknown = [];
  for (const part of String(text || '').split(/[\s,]+/)) {
    if (!part) continue;
    const name = toSnake(part);
    if (names.has(name)) hidden.add(name);
    else unknown.push(part);
  }
  return { hidden, unknown };
}

export const THEMES = ['auto', 'light', 'dark'];

export function parseTheme(text) {
  if (text === null || text === undefined || text === '') return { value: 'auto' };
  const t = String(text).trim().toLowerCase();
  if (THEMES.includes(t)) return { value: t };
  return { value: 'auto', error: 'must be auto, light or dark' };
}

export const LAYOUTS = ['standard', 'full'];

// layout="standard" (the answer, the questions and the reasons, with the
// table, pictures, weights and sharing behind disclosures) or "full"
// (everything open).
export function parseLayout(text) {
  if (text === null || text === undefined || text === '') return { value: 'standard' };
  const t = String(text).trim().toLowerCase();
  if (LAYOUTS.includes(t)) return { value: t };
  return { value: 'standard', error: 'must be standard or full' };
}
