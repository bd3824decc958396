// Number and duration formatting for the widget. Plain functions, no DOM, so
// they are unit-tested in Node. Every formatter returns a readable string for
// any input: a non-finite number becomes an em dash, never "NaN".

const DASH = '\u2014';

// Fixed locale so a share link, a screenshot and a test read the same
// everywhere; the page's own locale would make the tests machine-dependent.
// Grouping is done by hand, the same digits as en-US Intl.NumberFormat: a
// first Intl formatter costs ~20 ms of ICU set-up in Chromium, on the path to
// the first verdict. Beyond 2^53 (not a count anyone types) Intl is used.
let grouping = null;

export function formatCount(n) {
  if (!Number.isFinite(n)) return DASH;
  const r = Math.round(n);
  if (Math.abs(r) > Number.MAX_SAFE_INTEGER) {
    grouping ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    return grouping.format(r);
  }
  const digits = String(Math.abs(r)).replace(/\B(?=(\d{3})+$)/g, ',');
  return r < 0 || Object.is(r, -0) ? '-' + digits : digits;
}

// Short form for axis labels and sentences: 1.2M, 30k.
export function formatCompact(n) {
  if (!Number.isFinite(n)) return DASH;
  const abs = Math.abs(n);
  const units = [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of units) {
    if (abs >= size) return trim(n / size) + suffix;
  }
  return trim(n);
}

function trim(x) {
  const digits = Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2;
  return String(Number(x.toFixed(digits)));
}

// Cents only under $100 and only when there are any: "$50.50", "$20",
// "$1,250", as the core writes them (tests/vectors/format/cases.tsv).
export function formatUsd(n) {
  if (!Number.isFinite(n)) return DASH;
  if (Math.abs(n) < 100 && Math.abs(n - Math.round(n)) >= 0.005) return '$' + n.toFixed(2);
  return '$' + formatCount(n);
}

export function formatHours(n) {
  if (!Number.isFinite(n)) return DASH;
  return trim(n) + ' h';
}

export function formatMs(n) {
  if (!Number.isFinite(n)) return DASH;
  return trim(n) + ' ms';
}

// 800 -> "13 min 20 s", 7200 -> "2 h", 3725 -> "1 h 2 min", 0.5 -> "0.5 s",
// 0.03683 -> "37 ms", as the core writes them (tests/vectors/format/cases.tsv).
export function formatDuration(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return DASH;
  if (seconds > 0 && seconds < 0.1) {
    const ms = seconds * 1000;
    let decimals = 0;
    for (let v = ms; v < 10 && decimals < 6; v *= 10) decimals++;
    return String(Number(ms.toFixed(decimals))) + ' ms';
  }
  if (seconds < 60) return String(Number(seconds.toFixed(seconds < 10 ? 1 : 0))) + ' s';
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  if (!h) return `${m} min` + (s ? ` ${s} s` : '');
  return `${h} h` + (m ? ` ${m} min` : '');
}

// A schema field's number as a reader says it, by the field's measure (the
// core's format_measure does the same): "2 h", "10,000".
export function formatMeasure(field, value) {
  return field?.measure === 'duration' ? formatDuration(value) : formatCount(value);
}

export const DURATION_UNITS = [
  { id: 's', label: 'seconds', seconds: 1 },
  { id: 'min', label: 'minutes', seconds: 60 },
  { id: 'h', label: 'hours', seconds: 3600 },
];

// Picks the largest unit that shows the value without long decimals, so
// 900 s reads "15 minutes" and 90 s stays "90 seconds".
export function toHumanDuration(seconds) {
  if (!Number.isFinite(seconds)) return { value: '', unit: 's' };
  for (const unit of [...DURATION_UNITS].reverse()) {
    const v = seconds / unit.seconds;
    if (v >= 1 && Number.isInteger(v)) return { value: String(v), unit: unit.id };
  }
  return { value: String(Number(seconds.toFixed(3))), unit: 's' };
}

export function fromHumanDuration(value, unitId) {
  const unit = DURATION_UNITS.find((u) => u.id === unitId);
  const n = parseNumber(value);
  if (!unit || n === null) return null;
  return times(String(n), unit.seconds);
}

// The decimal number `text` times a whole `scale`, as a person computes it.
// The binary product drifts (0.07 h is 252.00000000000003 s and 8.2M is
// 8199999.999999999, which an integer field then refuses), but the exact one
// has no more decimals than the text: rounding to those gives it back.
function times(text, scale) {
  const n = Number(text) * scale;
  if (scale === 1 || !Number.isFinite(n)) return n;
  const [mantissa, exponent = '0'] = text.toLowerCase().split('e');
  const decimals = (mantissa.split('.')[1] || '').length - Number(exponent);
  return Number(n.toFixed(Math.min(100, Math.max(0, decimals))));
}

// Accepts what people type: "1,000,000", "1 000 000", "1_000", "2.5M", "30k",
// "1e6". Returns null when the text is not a number.
export function parseNumber(text) {
  if (typeof text === 'number') return Number.isFinite(text) ? text : null;
  if (typeof text !== 'string') return null;
  let t = text.trim();
  // A comma is a thousands separator only between groups of three digits:
  // "1,5" is refused rather than read as 15 (or as 1.5).
  if (t.includes(',') && !/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?[kmb]?$/i.test(t)) return null;
  t = t.replace(/[,_\s\u00a0\u202f']/g, '');
  if (t === '') return null;
  let scale = 1;
  const suffix = t.slice(-1).toLowerCase();
  const scales = { k: 1e3, m: 1e6, b: 1e9 };
  if (scales[suffix]) {
    scale = scales[suffix];
    t = t.slice(0, -1);
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  const n = times(t, scale);
  return Number.isFinite(n) ? n : null;
}

// Durations as authors write them in attributes: "90", "90s", "15 min",
// "15m", "2h", "1.5 hours". Seconds when there is no unit (the core's unit).
// Returns null when the text is not a duration.
export function parseDuration(text) {
  if (typeof text === 'number') return Number.isFinite(text) ? text : null;
  const m =
    /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?)?\s*$/i.exec(
      String(text),
    );
  if (!m) return null;
  const unit = (m[2] || 's').toLowerCase();
  const scale = unit.startsWith('h') ? 3600 : unit.startsWith('m') ? 60 : 1;
  const n = times(m[1], scale);
  return Number.isFinite(n) ? n : null;
}
