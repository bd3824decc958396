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

// curve: Float64Array of steps * n * 3, entry [(i * n + c) * 3 + k] with k =
// 0 the cost, 1 and 2 its low and high end (core/model/batch.h). `extra[c]`
// is added to every value of candidate c (engineering time, which does not
// depend on the axis). Returns per-candidate SVG path data for the line and
// for its band, the y domain used, and the crossovers (where two lines swap
// order, interpolated in log-log space).
export function costChart(curve, axis, n, box, extra = []) {
  const xs = axisValues(axis);
  const at = (i, c, k = 0) => curve[(i * n + c) * 3 + k] + (extra[c] || 0);
  let lo = Infinity;
  let hi = 0;
  for (let i = 0; i < xs.length; i++)
    for (let c = 0; c < n; c++)
      for (let k = 0; k < 3; k++) {
        const v = at(i, c, k);
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
  const point = (i, c, k) => round(x(xs[i])) + ' ' + round(y(Math.max(at(i, c, k), yMin)));
  const paths = [];
  const bands = [];
  for (let c = 0; c < n; c++) {
    const line = [];
    const low = [];
    const high = [];
    for (let i = 0; i < xs.length; i++) {
      if (!Number.isFinite(at(i, c))) continue;
      line.push(point(i, c, 0));
      low.push(point(i, c, 1));
      high.push(point(i, c, 2));
    }
    paths.push(line.length ? 'M' + line.join('L') : '');
    const flat = low.every((p, i) => p === high[i]);
    bands.push(line.length && !flat ? 'M' + [...low, ...high.reverse()].join('L') + 'Z' : '');
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
  // Where each line ends, for a direct label at the right edge.
  const ends = [];
  for (let c = 0; c < n; c++) {
    const i = xs.length - 1;
    if (Number.isFinite(at(i, c))) ends.push({ c, py: round(y(Math.max(at(i, c), yMin))) });
  }
  return { paths, bands, crossovers, ends, x, y, yDomain: [yMin, Math.max(yMax, yMin * 10)] };
}

// Each candidate's value at `x` on the axis, interpolated in log-log space
// between the two samples around it (the "show the numbers" table).
export function valuesAt(curve, axis, n, x, extra = []) {
  const xs = axisValues(axis);
  const lx = Math.log10(Math.min(Math.max(x, axis.min), axis.max));
  let i = 1;
  while (i < xs.length - 1 && Math.log10(xs[i]) < lx) i++;
  const l0 = Math.log10(xs[i - 1]);
  const t = (lx - l0) / (Math.log10(xs[i]) - l0 || 1);
  const out = [];
  for (let c = 0; c < n; c++) {
    const a = curve[((i - 1) * n + c) * 3];
    const b = curve[(i * n + c) * 3];
    let v = a + t * (b - a);
    if (a > 0 && b > 0 && a !== b)
      v = Math.pow(10, Math.log10(a) + t * (Math.log10(b) - Math.log10(a)));
    out.push(v + (extra[c] || 0));
  }
  return out;
}

// Spreads labels at the right edge so no two are closer than `gap` pixels,
// keeping them inside [top, bottom] and in the order of their lines.
export function spreadLabels(ends, gap, top, bottom) {
  const sorted = [...ends].sort((a, b) => a.py - b.py);
  const out = sorted.map((e) => ({ ...e, ly: e.py }));
  for (let i = 1; i < out.length; i++) out[i].ly = Math.max(out[i].ly, out[i - 1].ly + gap);
  const overflow = out.length ? out[out.length - 1].ly - bottom : 0;
  if (overflow > 0) for (const o of out) o.ly -= overflow;
  for (let i = out.length - 2; i >= 0; i--) out[i].ly = Math.min(out[i].ly, out[i + 1].ly - gap);
  for (const o of out) o.ly = Math.max(o.ly, top);
  return out;
}

// Run-length merges each row of the grid into rectangles so a 64x64 map is
// a few hundred SVG nodes, not 4,096. Row 0 is the lowest y value, drawn at
// the bottom. Cells holding `invalid` (the schema's invalid_cell) are skipped.
export function mapRects(grid, xSteps, ySteps, box, invalid) {
  const cw = (box.right - box.left) / xSteps;
  const ch = (box.bottom - box.top) / ySteps;
  const rects = [];
  for (let yi = 0; yi < ySteps; yi++) {
    let start = 0;
    for (let xi = 1; xi <= xSteps; xi++) {
      const v = grid[yi * xSteps + start];
      if (xi < xSteps && grid[yi * xSteps + xi] === v) continue;
      if (v !== invalid) {
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
