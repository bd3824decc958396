// Share links. The fragment holds the answers that differ from the starting
// ones plus the model version, namespaced by the widget's key so it never
// clashes with the page's own anchors or with another widget:
//   #which-backend=v2.0.0,job_seconds_longest:7200,team:python,w.cost:4&other=...
// Every character there is allowed in a fragment as it is, so the link stays
// short and readable. Links in the first form (URI-encoded JSON
// {"v": version, "s": scenario}) are still read.

import { parseFieldValue } from './attributes.js';

export const DEFAULT_KEY = 'which-backend';
// A weight's name in the link: "w.cost:4".
const WEIGHT_PREFIX = 'w.';

function parts(hash) {
  const text = String(hash || '').replace(/^#/, '');
  if (!text) return [];
  return text.split('&').map((p) => {
    const i = p.indexOf('=');
    return i < 0 ? [p, null] : [p.slice(0, i), p.slice(i + 1)];
  });
}

const plain = (v) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));

// The payload for one widget: the version, then each answer that differs
// from its field's default, then the weights when the reader set them.
// A widget's key as the fragment names it: an id may hold a lone surrogate
// (half a UTF-16 pair), which URI encoding refuses; it reads as U+FFFD.
const wellFormed = (key) => String(key).replace(/\p{Surrogate}/gu, '\uFFFD');

export function encodeShare(key, scenario, modelVersion, fields) {
  const items = [`v${modelVersion}`];
  for (const f of fields) {
    const v = scenario[f.name];
    if (v !== undefined && v !== f.default) items.push(`${f.name}:${plain(v)}`);
  }
  for (const [name, v] of Object.entries(scenario.weights || {}))
    items.push(`${WEIGHT_PREFIX}${name}:${plain(v)}`);
  // Each item is encoded on its own (a value with a comma or an ampersand
  // stays inside its item); the colon needs no escape in a fragment.
  const payload = items.map((s) => encodeURIComponent(s).replace(/%3A/gi, ':')).join(',');
  return `${encodeURIComponent(wellFormed(key))}=${payload}`;
}

// Returns null when the fragment has nothing for this key (other fragments
// are ignored), else { scenario, modelVersion } or { error }. Values are
// read by the schema's field and weight types; the core validates ranges
// afterwards.
export function decodeShare(hash, key, fields, weights = []) {
  const wanted = wellFormed(key);
  const entry = parts(hash).find(([k]) => safeDecode(k) === wanted);
  if (!entry) return null;
  const raw = entry[1];
  if (raw === null || raw === '') return { error: 'the link has no answers' };
  if (/^(\{|%7B)/i.test(raw)) {
    const json = safeDecode(raw);
    return json === null ? { error: 'the link is not valid URL text' } : decodeJson(json);
  }
  const decoded = raw.split(',').map(safeDecode);
  if (decoded.includes(null)) return { error: 'the link is not valid URL text' };
  const [version, ...items] = decoded;
  if (!version.startsWith('v')) return { error: 'the link was cut or changed' };
  const scenario = {};
  for (const item of items) {
    const i = item.indexOf(':');
    if (i < 0) return { error: 'the link was cut or changed' };
    const name = item.slice(0, i);
    const value = item.slice(i + 1);
    if (name.startsWith(WEIGHT_PREFIX)) {
      const weight = weights.find((w) => w.name === name.slice(WEIGHT_PREFIX.length));
      if (!weight) return { error: `the link has a weight this calculator does not ask: ${name}` };
      const parsed = parseFieldValue({ type: 'number' }, value);
      if ('error' in parsed)
        return {
          error: `in the link, the weight on ${weight.label.toLowerCase()} ${parsed.error}`,
        };
      scenario.weights = { ...scenario.weights, [weight.name]: parsed.value };
      continue;
    }
    const field = fields.find((f) => f.name === name);
    if (!field) return { error: `the link has an answer this calculator does not ask: ${name}` };
    const parsed = parseFieldValue(field, value);
    if ('error' in parsed) return { error: `in the link, ${field.label || name} ${parsed.error}` };
    scenario[name] = parsed.value;
  }
  return { scenario, modelVersion: version.slice(1) || null };
}

function decodeJson(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'the link was cut or changed' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { error: 'the link holds no answers' };
  const s = data.s;
  if (!s || typeof s !== 'object' || Array.isArray(s))
    return { error: 'the link holds no answers' };
  return { scenario: s, modelVersion: typeof data.v === 'string' ? data.v : null };
}

function safeDecode(t) {
  try {
    return decodeURIComponent(t);
  } catch {
    return null;
  }
}

// `pageUrl` with this widget's part of the fragment set to `entry` and the
// other parts kept (another widget's, the page's anchor): the address bar
// follows the answers without disturbing the rest of the page.
export function withEntry(pageUrl, key, entry) {
  const [base, hash = ''] = String(pageUrl).split('#');
  const own = wellFormed(key);
  const others = parts(hash)
    .filter(([k]) => safeDecode(k) !== own)
    .map(([k, v]) => (v === null ? k : `${k}=${v}`));
  return `${base}#${[entry, ...others].join('&')}`;
}

// A share link: the page's URL (or the one the author set with share-url)
// with only this widget's entry: a shared link should reproduce one widget,
// not scroll the page elsewhere.
export function buildShareUrl(pageUrl, entry) {
  return `${String(pageUrl).split('#')[0]}#${entry}`;
}
