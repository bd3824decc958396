// Geometry for the two pictures, as plain numbers and path strings so it is
// tested without a DOM. Axis specs mirror the core's: {min, max, steps, scale}.

export function axisValues(axis) {
  const { min, max, steps } = axis;
  const out = [];
  for (let i = 0; i < steps; i++) {
    const t = steps === 1 ? 0 : i / (steps - 1);
    out.push(axis.scale === 'log' ? min * Math.pow(max / min, t) : min + (max - min) * t);
  }
  return out;
}

// Maps a value to a pixel on [p0, p1]; log scales clamp at the domain ends.
export function scale(domain, range, kind = 'log') {
  const [d0, d1] = domain;
  const [p0, p1] = range;
  if (kind === 'log') {
    const l0 = Math.log10(d0);
    const span = Math.log10(d1) - l0 || 1;
    return (v) => p0 + ((Math.log10(Math.min(Math.max(v, d0), d1)) - l0) / span) * (p1 - p0);
  }
  return (v) => p0 + ((v - d0) / (d1 - d0 || 1)) * (p1 - p0);
}

// Powers of ten inside [min, max] (at least the two ends).
export function logTicks(min, max) {
  const ticks = [];
  for (let e = Math.ceil(Math.log10(min)); e <= Math.floor(Math.log10(max)); e++)
    ticks.push(Math.pow(10, e));
  return ticks.length >= 2 ? ticks : [min, max];
}

const round = (x) => Math.round(x * 10) / 10;

// curve: Float64Array length steps*n, entry [i*n + c]. Returns per-candidate
// SVG path data, the y domain used, and the crossovers (where two curves swap
// order, interpolated in log-log space).
export function costChart(curve, axis, n, box) {
  const xs = axisValues(axis);
  let lo = Infinity;
  let hi = 0;
  for (const v of curve) {
    if (Number.isFinite(v) && v > 0) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (!Number.isFinite(lo)) {
    lo = 1;
    hi = 10;
  }
  const yMin = Math.pow(10, Math.floor(Math.log10(lo)));
  const yMax = Math.pow(10, Math.ceil(Math.log10(hi * 1.0001)));
  const x = scale([axis.min, axis.max], [box.left, box.right]);
  const y = scale([yMin, Math.max(yMax, yMin * 10)], [box.bottom, box.top]);
  const at = (i, c) => curve[i * n + c];
  const paths = [];
  for (let c = 0; c < n; c++) {
    let d = '';
    for (let i = 0; i < xs.length; i++) {
      const v = at(i, c);
      if (!Number.isFinite(v)) continue;
      d += (d ? 'L' : 'M') + round(x(xs[i])) + ' ' + round(y(Math.max(v, yMin)));
    }
    paths.push(d);
  }
  const crossovers = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      for (let i = 1; i < xs.length; i++) {
        const d0 = at(i - 1, a) - at(i - 1, b);
        const d1 = at(i, a) - at(i, b);
        if (
          !Number.isFinite(d0) ||
          !Number.isFinite(d1) ||
          d0 === 0 ||
          Math.sign(d0) === Math.sign(d1)
        )
          continue;
        const t = d0 / (d0 - d1);
        const lx = Math.log10(xs[i - 1]) + t * (Math.log10(xs[i]) - Math.log10(xs[i - 1]));
        const value = Math.pow(10, lx);
        const cost = at(i - 1, a) + t * (at(i, a) - at(i - 1, a));
        crossovers.push({
          a,
          b,
          requests: value,
          usd: cost,
          px: round(x(value)),
          py: round(y(Math.max(cost, yMin))),
        });
      }
    }
  }
  return { paths, crossovers, x, y, yDomain: [yMin, Math.max(yMax, yMin * 10)] };
}

// Run-length merges each row of the grid into rectangles so a 128x128 map is
// a few hundred SVG nodes, not 16,384. Row 0 is the lowest y value, drawn at
// the bottom. Value 255 marks an invalid cell and is skipped.
export function mapRects(grid, xSteps, ySteps, box) {
  const cw = (box.right - box.left) / xSteps;
  const ch = (box.bottom - box.top) / ySteps;
  const rects = [];
  for (let yi = 0; yi < ySteps; yi++) {
    let start = 0;
    for (let xi = 1; xi <= xSteps; xi++) {
      const v = grid[yi * xSteps + start];
      if (xi < xSteps && grid[yi * xSteps + xi] === v) continue;
      if (v !== 255) {
        rects.push({
          candidate: v,
          x: round(box.left + start * cw),
          y: round(box.bottom - (yi + 1) * ch),
          w: round((xi - start) * cw),
          h: round(ch),
        });
      }
      start = xi;
    }
  }
  return rects;
}

// Share of the map each candidate covers, for the text alternative.
export function mapShares(grid, count) {
  const tally = new Array(count).fill(0);
  let valid = 0;
  for (const v of grid) {
    if (v < count) {
      tally[v]++;
      valid++;
    }
  }
  return tally.map((t) => (valid ? t / valid : 0));
}
