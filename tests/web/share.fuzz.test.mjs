// Property-based tests of the share-link decoder (web/src/share.js) against
// the core's real schema: any fragment is read without a throw into nothing,
// an error, or answers the schema allows; valid scenarios survive the round
// trip. Run count: WB_FUZZ_RUNS (tests/web/fuzz-schema.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';

import { DEFAULT_KEY, decodeShare, encodeShare } from '../../web/src/share.js';
import { readSharedLink } from '../../web/src/link.js';
import {
  coreErrors,
  core,
  defaults,
  evaluateParams,
  fields,
  inSchema,
  params,
  schema,
  validScenario,
  valueOf,
} from './fuzz-schema.mjs';

const byName = new Map(fields.map((f) => [f.name, f]));
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);

// Text that has broken parsers: JSON-looking, percent signs, separators,
// numbers too big or in other scripts, prototype names, lone surrogates.
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '%',
    '%E0%A4%A',
    '%7B',
    '{',
    '{"v":"2","s":{}}',
    ',',
    ':',
    '&',
    '=',
    '#',
    'v',
    '1e309',
    '-1e309',
    '9'.repeat(400),
    '0x10',
    '-0',
    'NaN',
    'Infinity',
    ' 12 ',
    '1,5',
    '1_000',
    '١٢',
    '１２',
    '\u00a0',
    '\ud800',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'yes',
    'no',
    'true',
    '15min',
    '2h',
  ),
);

// An item: mostly a valid answer or weight (so that links get past their
// first items and the later ones are reached), sometimes a hostile name or
// value, written as the encoder does, raw, or without its colon.
const validItem = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(...fields).chain((f) => valueOf(f).map((v) => [f.name, String(v)])),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(
      fc.constantFrom(...schema.weights.map((w) => `w.${w.name}`)),
      fc.double({ min: 0, max: 5, noNaN: true }).map(String),
    ),
  },
);
// A field's name, a weight's, a prototype name or anything.
const itemName = fc.oneof(
  fc.constantFrom(...fields.map((f) => f.name), ...schema.weights.map((w) => `w.${w.name}`)),
  fc.constantFrom('__proto__', 'constructor', 'w.__proto__', 'w.constructor', 'w.', 'w', ''),
  hostile,
);
const hostileItem = fc.tuple(itemName, hostile);
const item = fc
  .tuple(
    fc.oneof({ weight: 6, arbitrary: validItem }, { weight: 1, arbitrary: hostileItem }),
    fc.oneof(
      { weight: 4, arbitrary: fc.constant('encoded') },
      { weight: 1, arbitrary: fc.constantFrom('raw', 'no colon') },
    ),
  )
  .map(([[name, value], how]) => {
    const text = how === 'no colon' ? name + value : `${name}:${value}`;
    if (how !== 'encoded') return text;
    try {
      return encodeURIComponent(text).replace(/%3A/gi, ':');
    } catch {
      return text; // a lone surrogate cannot be encoded: keep it raw
    }
  });
// A fragment that is nearly a link: mostly the right key and version, items
// (repeated ones too), and other fragments around it, among them another
// entry for the same key (the first one counts).
const nearLink = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: fc.constant(DEFAULT_KEY) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('which-backend-2', 'Which-backend', 'which%2Dbackend', ''),
      },
    ),
    fc.oneof(
      { weight: 6, arbitrary: fc.constant(`v${schema.model_version}`) },
      { weight: 1, arbitrary: fc.oneof(fc.constantFrom('v', '', 'v1.0.0'), hostile) },
    ),
    fc.array(item, { maxLength: 12 }),
    fc.array(fc.oneof(hostile, fc.constant('intro'), fc.constant(`${DEFAULT_KEY}=v2`)), {
      maxLength: 2,
    }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([key, version, items, others, hash, othersFirst]) => {
    const entry = `${key}=${[version, ...items].join(',')}`;
    return (hash ? '#' : '') + (othersFirst ? [...others, entry] : [entry, ...others]).join('&');
  });
// The first form: URI-encoded JSON {"v", "s"}, with hostile scenarios.
const jsonLink = fc
  .tuple(
    fc.oneof(
      fc.jsonValue(),
      fc.record({
        v: fc.oneof(fc.string(), fc.integer()),
        s: fc.oneof(
          fc.dictionary(itemName, fc.jsonValue(), { maxKeys: 6 }),
          validScenario,
          fc.jsonValue(),
        ),
      }),
    ),
    fc.boolean(),
  )
  .map(([data, encoded]) => {
    const text = JSON.stringify(data) ?? '';
    return `#${DEFAULT_KEY}=${encoded ? encodeURIComponent(text) : text}`;
  });

const anyHash = fc.oneof(fc.string({ unit: 'binary' }), nearLink, jsonLink);

// This widget's raw entry in the fragment, found as the decoder finds it.
function entryOf(hash) {
  for (const part of hash.replace(/^#/, '').split('&')) {
    const i = part.indexOf('=');
    let key = null;
    try {
      key = decodeURIComponent(i < 0 ? part : part.slice(0, i));
    } catch {
      // not this widget's
    }
    if (key === DEFAULT_KEY) return i < 0 ? '' : part.slice(i + 1);
  }
  return '';
}

// The decoder's contract (decodeShare's comment): null, { error } or
// { scenario, modelVersion }; in the compact form every answer is a schema
// field with a value the schema allows, and weights are the schema's, as
// finite numbers.
const weightNames = new Set(schema.weights.map((w) => w.name));
function checkDecoded(hash, out) {
  if (out === null) return;
  assert.equal(typeof out, 'object');
  if ('error' in out) {
    assert.deepEqual(Object.keys(out), ['error']);
    assert.ok(typeof out.error === 'string' && out.error.length > 0);
    return;
  }
  assert.deepEqual(Object.keys(out).sort(), ['modelVersion', 'scenario']);
  assert.ok(out.modelVersion === null || typeof out.modelVersion === 'string');
  const s = out.scenario;
  assert.ok(s && typeof s === 'object' && !Array.isArray(s));
  if (/^(\{|%7B)/i.test(entryOf(hash))) return; // the first form: the core checks its answers
  assert.equal(Object.getPrototypeOf(s), Object.prototype);
  for (const [name, value] of Object.entries(s)) {
    if (name === 'weights') {
      assert.equal(Object.getPrototypeOf(value), Object.prototype);
      for (const [n, w] of Object.entries(value)) {
        assert.ok(weightNames.has(n), `${n} is not a weight`);
        assert.ok(Number.isFinite(w), `weight ${w}`);
      }
      continue;
    }
    assert.ok(byName.has(name), `${name} is not a field`);
    assert.ok(inSchema(byName.get(name), value), `${name}: ${JSON.stringify(value)}`);
  }
}

test('any fragment decodes to nothing, an error or answers the schema allows', () => {
  fc.assert(
    fc.property(anyHash, (hash) => {
      checkDecoded(hash, decodeShare(hash, DEFAULT_KEY, fields, schema.weights));
    }),
    params,
  );
  // No input may write to Object.prototype.
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype), PROTO_NAMES);
});

test('a decoded link reaches the reader as answers the core accepts, or a notice', () => {
  const labelOf = (name) => byName.get(name)?.label;
  fc.assert(
    fc.property(fc.oneof(nearLink, jsonLink), (hash) => {
      const read = readSharedLink({
        shared: decodeShare(hash, DEFAULT_KEY, fields, schema.weights),
        evaluate: (text) => core.evaluate(text),
        labelOf,
        currentVersion: schema.model_version,
        fallback: 'Showing the starting answers.',
      });
      if (read === null) return;
      if (read.notice?.bad) {
        assert.equal(read.scenario, undefined);
        assert.ok(read.notice.text.endsWith('Showing the starting answers.'));
        return;
      }
      assert.deepEqual(coreErrors(read.scenario), undefined);
    }),
    evaluateParams,
  );
});

test('decode(encode(scenario)) is the scenario, for any valid scenario and widget key', () => {
  // The link holds only what differs from the defaults, and no empty weights.
  const withoutDefaults = (s) =>
    Object.fromEntries(
      Object.entries(s).filter(([k, v]) =>
        k === 'weights' ? Object.keys(v).length > 0 : v !== defaults[k],
      ),
    );
  fc.assert(
    fc.property(
      validScenario,
      // Keys with half a UTF-16 pair too: an element id may hold one.
      fc.oneof(
        fc.constant(DEFAULT_KEY),
        fc.string({ minLength: 1 }),
        fc.string({ unit: fc.constantFrom('a', '=', '&', '\ud800', '\udc00', 'é'), minLength: 1 }),
      ),
      fc.oneof(fc.constant(schema.model_version), fc.string({ minLength: 1 })),
      (scenario, key, version) => {
        const hash = `#intro&${encodeShare(key, scenario, version, fields)}&other=1`;
        assert.deepEqual(decodeShare(hash, key, fields, schema.weights), {
          scenario: withoutDefaults(scenario),
          modelVersion: version,
        });
      },
    ),
    params,
  );
});

test('a valid scenario is accepted by the core as it comes out of a link', () => {
  fc.assert(
    fc.property(validScenario, (scenario) => {
      const hash = `#${encodeShare(DEFAULT_KEY, scenario, schema.model_version, fields)}`;
      assert.deepEqual(
        coreErrors(decodeShare(hash, DEFAULT_KEY, fields, schema.weights).scenario),
        undefined,
      );
    }),
    evaluateParams,
  );
});
