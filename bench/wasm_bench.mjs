#!/usr/bin/env node
// The core through WebAssembly in Node, side by side with the native
// benchmark in the same run, plus artifact sizes.
//   node bench/wasm_bench.mjs [--wasm build/wasm/which-backend-core.js]
//        [--native build/bench/wb_core_bench] [--runs 7] [--json out.json]
// Prints Markdown tables (wasm in Node with the wasm/native ratio; sizes
// with budgets). Timings are reported, never judged: the exit code is 0
// unless something could not run at all.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync, constants as zc } from 'node:zlib';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = {
  wasm: 'build/wasm/which-backend-core.js',
  native: 'build/bench/wb_core_bench',
  runs: 7,
  json: '',
};
for (let i = 2; i < process.argv.length; i += 2) {
  const k = process.argv[i].replace(/^--/, '');
  if (!(k in args)) {
    console.error(`wasm_bench: unknown option ${process.argv[i]}`);
    process.exit(2);
  }
  args[k] = k === 'runs' ? Math.max(5, Number(process.argv[i + 1])) : process.argv[i + 1];
}
const at = (p) => resolve(root, p);

// Kept in sync with bench/core_bench.cpp.
const SCENARIOS = {
  default: '{}',
  long_job:
    '{"job_seconds_typical":120,"job_seconds_longest":3600,"stage":"growing","monthly_requests":200000}',
};
const GRID = JSON.stringify({
  x: { field: 'job_seconds_longest', min: 1, max: 86400, steps: 128, scale: 'log' },
  y: { field: 'monthly_requests', min: 100, max: 1e9, steps: 128, scale: 'log' },
});
const CURVE = JSON.stringify({
  field: 'monthly_requests',
  min: 100,
  max: 1e9,
  steps: 48,
  scale: 'log',
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// One run = call `fn` until at least `minMs` of wall time has passed; returns
// wall and CPU ms per call. `runs` such runs give the medians.
function measure(fn, { runs = args.runs, minMs = 250 } = {}) {
  for (let i = 0; i < 3; i++) fn(); // warm up (tier-up of the wasm code)
  const wall = [],
    cpu = [];
  for (let r = 0; r < runs; r++) {
    let n = 0;
    const w0 = performance.now(),
      c0 = cpuMs();
    do {
      fn();
      n++;
    } while (performance.now() - w0 < minMs);
    wall.push((performance.now() - w0) / n);
    cpu.push((cpuMs() - c0) / n);
  }
  return { wall_ms: median(wall), cpu_ms: median(cpu), wall_min_ms: Math.min(...wall), runs };
}

// --- wasm ---------------------------------------------------------------
const wasmPath = at(args.wasm);
if (!existsSync(wasmPath)) {
  console.error(`wasm_bench: ${args.wasm} not found (build the wasm module first)`);
  process.exit(1);
}
const require = createRequire(import.meta.url);
let t0 = performance.now();
const factory = require(wasmPath);
const core = await factory();
const instantiateMs = performance.now() - t0;
t0 = performance.now();
const first = core.evaluate(SCENARIOS.default);
const firstEvalMs = performance.now() - t0;
if (!first.includes('"recommended"')) {
  console.error('wasm_bench: evaluate("{}") did not return a result');
  process.exit(1);
}

const candidates = JSON.parse(core.schema()).candidates.length;
const wasm = {};
for (const [name, text] of Object.entries(SCENARIOS)) {
  const e = measure(() => core.evaluate(text));
  const g = measure(
    () => {
      if (core.decisionGrid(text, GRID).length !== 128 * 128) throw new Error('grid size');
    },
    { minMs: 400 },
  );
  const c = measure(() => {
    if (core.costCurve(text, CURVE).length !== 48 * candidates * 3) throw new Error('curve size');
  });
  wasm[name] = { evaluate: e, grid: g, curve: c };
}

// --- native, in the same script run ---------------------------------------
const nativePath = at(args.native);
let native = null;
if (existsSync(nativePath)) {
  const out = execFileSync(
    nativePath,
    [
      '--benchmark_filter=Json',
      '--benchmark_repetitions=5',
      '--benchmark_report_aggregates_only=true',
      '--benchmark_format=json',
      '--benchmark_min_time=0.2',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 16 << 20 },
  );
  const toMs = { ns: 1e-6, us: 1e-3, ms: 1, s: 1e3 };
  native = {};
  // Counters' coefficients of variation can print as NaN, which is not JSON.
  for (const b of JSON.parse(out.replace(/:\s*-?(nan|NaN|inf|Infinity)\b/g, ': null')).benchmarks) {
    if (b.aggregate_name !== 'median') continue;
    const m = /^BM_(\w+)Json\/(\w+)/.exec(b.run_name || b.name);
    if (!m) continue;
    const kind = { Evaluate: 'evaluate', DecisionGrid: 'grid', CostCurve: 'curve' }[m[1]];
    (native[m[2]] ??= {})[kind] = {
      wall_ms: b.real_time * toMs[b.time_unit],
      cpu_ms: b.cpu_time * toMs[b.time_unit],
    };
  }
} else {
  console.error(`wasm_bench: ${args.native} not found; no native column (build bench/ first)`);
}

// --- sizes ---------------------------------------------------------------
const KiB = 1024;
function size(p) {
  const f = at(p);
  if (!existsSync(f)) return null;
  const buf = readFileSync(f);
  return {
    path: p,
    raw: statSync(f).size,
    gz: gzipSync(buf, { level: zc.Z_BEST_COMPRESSION }).length,
  };
}
const wasmDir = dirname(args.wasm);
const sizes = {
  single: size(args.wasm),
  split_js: size(`${wasmDir}/split/which-backend-core.js`),
  split_wasm: size(`${wasmDir}/split/which-backend-core.wasm`),
  embed: size('build/site/which-backend.js'),
};

// --- report --------------------------------------------------------------
const f1 = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
// A duration given in ms, in the unit that reads best.
const dur = (ms) => (ms >= 1 ? `${f1(ms)} ms` : `${f1(ms * 1000)} µs`);
const lines = [];
lines.push(
  `Module load (require + instantiate): ${f1(instantiateMs)} ms; first evaluate("{}"): ${f1(firstEvalMs)} ms (cold, includes JIT tier-up).`,
  '',
);
lines.push(
  '| case | wasm (Node) wall | wasm CPU | native CPU | wasm/native (CPU) | wasm rate (wall) |',
);
lines.push('|---|---:|---:|---:|---:|---:|');
const rows = [];
for (const [name] of Object.entries(SCENARIOS)) {
  for (const [kind, label] of [
    ['evaluate', 'evaluate (result JSON with flip points)'],
    ['grid', 'decision grid 128×128'],
    ['curve', 'cost curve 48 points'],
  ]) {
    const w = wasm[name][kind];
    const n = native?.[name]?.[kind];
    const ratio = n ? w.cpu_ms / n.cpu_ms : null;
    const rate =
      kind === 'evaluate'
        ? `${(1000 / w.wall_ms).toFixed(0)} evals/s`
        : kind === 'curve'
          ? `${(1000 / w.wall_ms).toFixed(0)} curves/s`
          : kind === 'grid'
            ? `${(16384 / w.wall_ms).toFixed(0)} k cells/s`
            : '';
    rows.push({
      scenario: name,
      kind,
      wasm_wall_ms: w.wall_ms,
      wasm_cpu_ms: w.cpu_ms,
      native_cpu_ms: n?.cpu_ms ?? null,
      native_wall_ms: n?.wall_ms ?? null,
      ratio,
    });
    lines.push(
      `| ${label}, ${name} | ${dur(w.wall_ms)} | ${dur(w.cpu_ms)} | ${n ? dur(n.cpu_ms) : '–'} | ${ratio ? ratio.toFixed(1) + '×' : '–'} | ${rate} |`,
    );
  }
}
const budgets = { single: 150, split: 120, embed: 100 };
const kib = (b) => (b / KiB).toFixed(1);
lines.push('', '| artifact | raw | gzip -9 | budget (gz) | within |', '|---|---:|---:|---:|:---:|');
const row = (label, s, budget) =>
  s
    ? lines.push(
        `| ${label} | ${kib(s.raw)} KiB | ${kib(s.gz)} KiB | ${budget ? '≤ ' + budget + ' KiB' : ''} | ${budget ? (s.gz <= budget * KiB ? 'yes' : '**no**') : ''} |`,
      )
    : lines.push(`| ${label} | not built | | | |`);
row(`single file \`${args.wasm}\``, sizes.single, budgets.single);
row('split loader `split/which-backend-core.js`', sizes.split_js);
row('split wasm `split/which-backend-core.wasm`', sizes.split_wasm);
if (sizes.split_js && sizes.split_wasm)
  row(
    'split total (loader + wasm)',
    { raw: sizes.split_js.raw + sizes.split_wasm.raw, gz: sizes.split_js.gz + sizes.split_wasm.gz },
    budgets.split,
  );
row('embed `build/site/which-backend.js` (target)', sizes.embed, budgets.embed);
console.log(lines.join('\n'));

if (args.json)
  writeFileSync(
    at(args.json),
    JSON.stringify({ instantiateMs, firstEvalMs, wasm, native, rows, sizes }, null, 2) + '\n',
  );
