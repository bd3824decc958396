import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  axisValues,
  costChart,
  logTicks,
  mapRects,
  mapShares,
  spreadLabels,
  valuesAt,
} from '../../web/src/chart-geometry.js';

test('log axis matches the core sampling', () => {
  const v = axisValues({ min: 100, max: 1e9, steps: 8, scale: 'log' });
  assert.equal(v.length, 8);
  assert.ok(Math.abs(v[0] - 100) < 1e-9 && Math.abs(v[7] - 1e9) < 1e-3);
  assert.deepEqual(logTicks(100, 1e4), [100, 1000, 10000]);
});

test('crossovers are found where two curves swap order', () => {
  const axis = { min: 100, max: 1e4, steps: 3, scale: 'log' };
  // candidate 0 rises, candidate 1 flat: they cross between 1k and 10k.
  // Each value is followed by its low and high end; only candidate 0 has a range.
  const curve = new Float64Array([
    10, 8, 12, 50, 50, 50, 20, 16, 24, 50, 50, 50, 200, 160, 240, 50, 50, 50,
  ]);
  const c = costChart(curve, axis, 2, { left: 0, right: 100, top: 0, bottom: 100 });
  assert.equal(c.paths.length, 2);
  assert.match(c.bands[0], /^M.*Z$/);
  assert.equal(c.bands[1], '', 'no band where the range is a single value');
  assert.deepEqual(c.yDomain, [1, 1000], 'the domain holds the band, from 8 to 240');
  assert.doesNotMatch(c.paths.join(''), /NaN/);
  assert.equal(c.crossovers.length, 1);
  assert.ok(c.crossovers[0].requests > 1000 && c.crossovers[0].requests < 10000);
});

test('engineering time added to a line moves its crossovers', () => {
  const axis = { min: 100, max: 1e4, steps: 3, scale: 'log' };
  const curve = new Float64Array([
    10, 10, 10, 50, 50, 50, 20, 20, 20, 50, 50, 50, 200, 200, 200, 50, 50, 50,
  ]);
  const box = { left: 0, right: 100, top: 0, bottom: 100 };
  // With 100 a month more on the flat line it stays dearer until 10k: one
  // crossing, between the 1k and 10k points, at the 150 level.
  const c = costChart(curve, axis, 2, box, [0, 100]);
  assert.equal(c.crossovers.length, 1);
  assert.ok(c.crossovers[0].usd > 140 && c.crossovers[0].usd < 160, String(c.crossovers[0].usd));
  assert.equal(costChart(curve, axis, 2, box, [1000, 0]).crossovers.length, 0);
});

test('right-edge labels keep their order and a minimum gap inside the box', () => {
  const out = spreadLabels(
    [
      { c: 0, py: 50 },
      { c: 1, py: 52 },
      { c: 2, py: 99 },
    ],
    12,
    0,
    100,
  );
  assert.deepEqual(
    out.map((o) => [o.c, o.ly]),
    [
      [0, 50],
      [1, 62],
      [2, 99],
    ],
  );
  const squeezed = spreadLabels(
    [
      { c: 0, py: 95 },
      { c: 1, py: 96 },
    ],
    12,
    0,
    100,
  );
  assert.deepEqual(
    squeezed.map((o) => o.ly),
    [88, 100],
  );
});

test('map rows merge into runs and skip invalid cells', () => {
  const grid = new Uint8Array([0, 0, 1, 255, 2, 2, 2, 2]);
  const rects = mapRects(grid, 4, 2, { left: 0, right: 40, top: 0, bottom: 20 }, 255);
  assert.deepEqual(
    rects.map((r) => [r.candidate, r.x, r.w]),
    [
      [0, 0, 20],
      [1, 20, 10],
      [2, 0, 40],
    ],
  );
  assert.deepEqual(
    mapShares(grid, 3).map((s) => Math.round(s * 7)),
    [2, 1, 4],
  );
});

test('values between samples are read in log-log space', () => {
  const axis = { min: 100, max: 1e4, steps: 3, scale: 'log' };
  // Candidate 0 grows tenfold per decade, candidate 1 is flat at 50.
  const curve = new Float64Array([
    10, 10, 10, 50, 50, 50, 100, 100, 100, 50, 50, 50, 1000, 1000, 1000, 50, 50, 50,
  ]);
  const at = valuesAt(curve, axis, 2, Math.sqrt(10) * 1000);
  assert.ok(Math.abs(at[0] - 316.23) < 0.01, String(at[0]));
  assert.equal(at[1], 50);
  assert.deepEqual(valuesAt(curve, axis, 2, 100, [0, 7]), [10, 57]);
  assert.deepEqual(valuesAt(curve, axis, 2, 1e9), [1000, 50], 'clamped to the axis');
});
