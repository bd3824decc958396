import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  axisValues,
  costChart,
  logTicks,
  mapRects,
  mapShares,
} from '../../web/src/chart-geometry.js';

test('log axis matches the core sampling', () => {
  const v = axisValues({ min: 100, max: 1e9, steps: 8, scale: 'log' });
  assert.equal(v.length, 8);
  assert.ok(Math.abs(v[0] - 100) < 1e-9 && Math.abs(v[7] - 1e9) < 1e-3);
  assert.deepEqual(logTicks(100, 1e4), [100, 1000, 10000]);
});

test('crossovers are found where two curves swap order', () => {
  const axis = { min: 100, max: 1e4, steps: 3, scale: 'log' };
  // candidate 0 rises, candidate 1 flat: they cross between 1k and 10k
  const curve = new Float64Array([10, 50, 20, 50, 200, 50]);
  const c = costChart(curve, axis, 2, { left: 0, right: 100, top: 0, bottom: 100 });
  assert.equal(c.paths.length, 2);
  assert.doesNotMatch(c.paths.join(''), /NaN/);
  assert.equal(c.crossovers.length, 1);
  assert.ok(c.crossovers[0].requests > 1000 && c.crossovers[0].requests < 10000);
});

test('map rows merge into runs and skip invalid cells', () => {
  const grid = new Uint8Array([0, 0, 1, 255, 2, 2, 2, 2]);
  const rects = mapRects(grid, 4, 2, { left: 0, right: 40, top: 0, bottom: 20 });
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
