// Property-based tests of the attribute parsers (web/src/attributes.js)
// against the core's real schema: no attribute text throws, every refusal
// names its attribute, what is accepted is within the schema (and the core
// accepts it), and durations are the seconds a person would compute.
// Run count: WB_FUZZ_RUNS (tests/web/fuzz-schema.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';

import {
  LAYOUTS,
  THEMES,
  parseFieldValue,
  parseHide,
  parseLayout,
  parseTheme,
  readPresets,
  toKebab,
} from '../../web/src/attributes.js';
import {
  coreErrors,
  defaults,
  evaluateParams,
  fields,
  inSchema,
  params,
  valueOf,
} from './fuzz-schema.mjs';

const byAttr = new Map(fields.map((f) => [toKebab(f.name), f]));
const durations = fields.filter((f) => f.unit === 'seconds');

// How authors write a duration: a decimal number, optional spaces, a unit.
const UNITS = {
  1: ['', 's', 'sec', 'secs', 'second', 'seconds', 'S'],
  60: ['m', 'min', 'mins', 'minute', 'minutes', 'MIN'],
  3600: ['h', 'hr', 'hrs', 'hour', 'hours', 'H'],
};
const duration = fc
  .record({
    whole: fc.integer({ min: 0, max: 100000 }),
    fraction: fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9]{1,3}$/)),
    scale: fc.constantFrom(1, 60, 3600),
    unit: fc.nat(6),
    space: fc.constantFrom('', ' ', '  ', '\t'),
  })
  .map(({ whole, fraction, scale, unit, space }) => {
    const spelled = UNITS[scale][unit % UNITS[scale].length];
    const text = `${whole}${fraction && '.' + fraction}${spelled && space + spelled}`;
    // By hand, in whole numbers until the one division: 1.25 h is
    // 125 * 3600 / 100 = 4500 s.
    const digits = 10 ** fraction.length;
    const seconds = ((whole * digits + Number(fraction || 0)) * scale) / digits;
    return { text, seconds };
  });

// Attribute text: valid values of any field, durations, hostile text.
const attrText = fc.oneof(
  fc.constantFrom(...fields).chain((f) => valueOf(f).map(String)),
  duration.map((d) => d.text),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '1,5',
    '1,5h',
    '1.5.2',
    'h',
    '--1',
    '1 h 30 min',
    '1e400',
    '-5',
    '0',
    '1,000',
    '2.5M',
    '1.1k',
    '30k',
    '1e6',
    '__proto__',
    '<img src=x onerror=alert(1)>',
    '١٢',
    'Infinity',
  ),
);
// Attributes as an element has them: any subset of the fields, plus others.
const attributes = fc.dictionary(
  fc.oneof(fc.constantFrom(...byAttr.keys()), fc.constantFrom('__proto__', 'constructor', 'id')),
  attrText,
  { maxKeys: 8, noNullPrototype: true },
);

test('presets: no throw, each error names an attribute that was set, values in the schema', () => {
  fc.assert(
    fc.property(attributes, (attrs) => {
      const { scenario, errors } = readPresets(fields, (a) =>
        Object.hasOwn(attrs, a) ? attrs[a] : null,
      );
      for (const e of errors) {
        assert.ok(byAttr.has(e.attribute) && Object.hasOwn(attrs, e.attribute), e.attribute);
        assert.ok(typeof e.message === 'string' && e.message.length > 0);
        assert.equal(typeof e.value, 'string');
        // A refused field is left out, unless it moves to match its pair
        // (the at_least rule), as when it is not set at all.
        const f = byAttr.get(e.attribute);
        const pair = f.at_least || fields.find((g) => g.at_least === f.name)?.name;
        if (f.name in scenario)
          assert.equal(scenario[f.name], scenario[pair], `${e.attribute} read and refused`);
      }
      for (const [name, value] of Object.entries(scenario))
        assert.ok(inSchema(byAttr.get(toKebab(name)), value), `${name}: ${value}`);
      // A field that may not go below another does not, with the defaults
      // filling in what was not set.
      const merged = { ...defaults, ...scenario };
      for (const f of fields)
        if (f.at_least) assert.ok(merged[f.name] >= merged[f.at_least], f.name);
    }),
    params,
  );
});

test('presets that are read are answers the core accepts', () => {
  fc.assert(
    fc.property(attributes, (attrs) => {
      const { scenario } = readPresets(fields, (a) => (Object.hasOwn(attrs, a) ? attrs[a] : null));
      assert.deepEqual(coreErrors(scenario), undefined);
    }),
    evaluateParams,
  );
});

test('a duration is the seconds computed by hand, or refused only out of bounds', () => {
  fc.assert(
    fc.property(fc.constantFrom(...durations), duration, (field, { text, seconds }) => {
      const out = parseFieldValue(field, text);
      if (inSchema(field, seconds)) assert.deepEqual(out, { value: seconds }, text);
      else assert.match(out.error, /^must be (at least|at most|more than) /, text);
    }),
    params,
  );
});

test('a count with a suffix is the number computed by hand', () => {
  const field = fields.find((f) => f.name === 'monthly_requests');
  const SUFFIX = { k: 3, M: 6, b: 9, '': 0 };
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 99999 }),
      fc.integer({ min: 0, max: 3 }),
      fc.constantFrom(...Object.keys(SUFFIX)),
      (digits, point, suffix) => {
        // 8.2M: the digits 82 with the point one from the end, times 10^6.
        const text = String(digits).padStart(point + 1, '0');
        const written = point ? `${text.slice(0, -point)}.${text.slice(-point)}` : text;
        const exact = SUFFIX[suffix] - point;
        const value = exact >= 0 ? digits * 10 ** exact : digits / 10 ** -exact;
        const out = parseFieldValue(field, written + suffix);
        if (!Number.isInteger(value)) assert.equal(out.error, 'must be a whole number');
        else if (value > field.max) assert.match(out.error, /^must be at most/);
        else assert.deepEqual(out, { value }, written + suffix);
      },
    ),
    params,
  );
});

test('a duration with a comma, two units or no number is refused', () => {
  const broken = fc
    .tuple(duration, fc.constantFrom(',', ',5', ' 30 min', '.5.', 'x', ' and'))
    .map(([d, junk]) => d.text.replace(/^(\d+)/, `$1${junk}`));
  fc.assert(
    fc.property(fc.constantFrom(...durations), broken, (field, text) => {
      assert.match(parseFieldValue(field, text).error ?? '', /^must be a duration/, text);
    }),
    params,
  );
});

test('hide: every name is hidden or reported, whatever the separators', () => {
  const name = fc.oneof(
    fc.constantFrom(...byAttr.keys()),
    fc.constantFrom(...fields.map((f) => f.name)),
    fc.string({ unit: 'binary', maxLength: 10 }),
  );
  const sep = fc.constantFrom(',', ' ', ', ', ' ,\t', '\n', ',,');
  fc.assert(
    fc.property(fc.array(fc.tuple(name, sep), { maxLength: 8 }), (parts) => {
      const text = parts.map(([n, s]) => n + s).join('');
      const { hidden, unknown } = parseHide(text, fields);
      const words = text.split(/[\s,]+/).filter(Boolean);
      for (const h of hidden)
        assert.ok(
          fields.some((f) => f.name === h),
          h,
        );
      // Each word is either a field (kebab or snake case) or reported as written.
      for (const w of words) assert.ok(hidden.has(w.replace(/-/g, '_')) !== unknown.includes(w), w);
      assert.equal(unknown.length, words.filter((w) => !hidden.has(w.replace(/-/g, '_'))).length);
    }),
    params,
  );
});

test('theme and layout: always a known value, and an error exactly when the text is not one', () => {
  const text = fc.oneof(
    fc.constantFrom(null, undefined, '', ...THEMES, ...LAYOUTS, ' Dark ', 'FULL', 'auto\n'),
    fc.string({ unit: 'binary', maxLength: 10 }),
  );
  fc.assert(
    fc.property(text, (t) => {
      const word = t == null ? '' : String(t).trim().toLowerCase();
      for (const [parse, known, fallback] of [
        [parseTheme, THEMES, 'auto'],
        [parseLayout, LAYOUTS, 'standard'],
      ]) {
        const out = parse(t);
        assert.ok(known.includes(out.value), out.value);
        const ok = t == null || t === '' || known.includes(word);
        assert.equal('error' in out, !ok, JSON.stringify(t));
        if (!ok) assert.equal(out.value, fallback);
        else if (word) assert.equal(out.value, word);
      }
    }),
    params,
  );
});
