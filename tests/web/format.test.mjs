import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import {
  formatCount,
  formatDuration,
  formatUsd,
  formatCompact,
  parseDuration,
  parseNumber,
  toHumanDuration,
  fromHumanDuration,
} from '../../web/src/format.js';

// The corpus the core's formatters run too (tests/format_test.cpp).
const CORPUS = readFileSync(new URL('../vectors/format/cases.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split('\t'));

test('every case of the shared corpus reads the same as in the core', () => {
  const formatters = {
    usd: formatUsd,
    duration: formatDuration,
    count: formatCount,
    compact: formatCompact,
  };
  assert.ok(CORPUS.length >= 30);
  for (const [kind, value, text] of CORPUS)
    assert.equal(formatters[kind](Number(value)), text, `${kind} ${value}`);
});

test('durations read like a person would say them', () => {
  assert.equal(formatDuration(800), '13 min 20 s');
  assert.equal(formatDuration(7200), '2 h');
  assert.equal(formatDuration(30), '30 s');
  assert.equal(formatDuration(0.5), '0.5 s');
  assert.equal(formatDuration(86400), '24 h');
});

test('no formatter ever prints NaN', () => {
  for (const f of [formatCount, formatDuration, formatUsd, formatCompact]) {
    for (const v of [NaN, Infinity, undefined, null, 'x'])
      assert.doesNotMatch(f(v), /NaN|undefined|Infinity/);
  }
});

test('volumes have thousands separators and compact forms', () => {
  assert.equal(formatCount(1234567), '1,234,567');
  assert.equal(formatCompact(1.5e6), '1.5M');
  assert.equal(formatCompact(100), '100');
  assert.equal(formatUsd(12.5), '$12.50');
  assert.equal(formatUsd(1234.4), '$1,234');
});

test('parseNumber accepts what people type and rejects the rest', () => {
  assert.equal(parseNumber('1,000,000'), 1e6);
  assert.equal(parseNumber('250k'), 250000);
  assert.equal(parseNumber('2.5M'), 2.5e6);
  assert.equal(parseNumber('1e6'), 1e6);
  assert.equal(parseNumber('1 000'), 1000);
  assert.equal(parseNumber('1,500.5'), 1500.5);
  assert.equal(parseNumber('2,500k'), 2.5e6);
  // A comma anywhere but between thousands is refused, never misread.
  for (const misread of ['1,5', '1,50', '12,3456', '1,000,00', ',5'])
    assert.equal(parseNumber(misread), null, misread);
  for (const bad of ['', 'abc', '1..2', '<script>', 'NaN', 'Infinity', '1e999'])
    assert.equal(parseNumber(bad), null, bad);
});

// Found by tests/web/attributes.fuzz.test.mjs: the binary product of a
// decimal and its unit drifted, so monthly-requests="8.2M" was refused as
// not a whole number and "0.07h" read as 252.00000000000003 s.
test('a decimal with a unit or suffix is the exact product', () => {
  assert.equal(parseNumber('8.2M'), 8200000);
  assert.equal(parseNumber('1.005k'), 1005);
  assert.equal(parseNumber('8.2e-1k'), 820);
  assert.equal(parseDuration('0.07h'), 252);
  assert.equal(parseDuration('4.35 hours'), 15660);
  assert.equal(parseDuration('8.2 min'), 492);
  assert.equal(parseDuration('1.5e1min'), 900);
  assert.equal(parseDuration('0.1'), 0.1);
  assert.equal(fromHumanDuration('0.07', 'h'), 252);
});

test('human duration units round trip', () => {
  assert.deepEqual(toHumanDuration(900), { value: '15', unit: 'min' });
  assert.deepEqual(toHumanDuration(7200), { value: '2', unit: 'h' });
  assert.deepEqual(toHumanDuration(90), { value: '90', unit: 's' });
  assert.equal(fromHumanDuration('15', 'min'), 900);
  assert.equal(fromHumanDuration('1.5', 'h'), 5400);
  assert.equal(fromHumanDuration('x', 'h'), null);
});

test('formatCount groups digits exactly like en-US Intl.NumberFormat', () => {
  const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
  const values = [
    0,
    -0,
    0.4,
    -0.4,
    0.5,
    -0.5,
    1,
    9,
    999,
    1000,
    -1000,
    999999.5,
    1234567,
    -1234567.2,
    1e9,
    2 ** 53 - 1,
    2 ** 53 + 2,
    1e21,
    123456789012,
  ];
  for (let i = 0; i < 200; i++) values.push((Math.random() - 0.5) * 10 ** (i % 16));
  for (const v of values) assert.equal(formatCount(v), intl.format(Math.round(v)), String(v));
});
