// Shared by the node suites: load the real module from build/wasm (override
// with WB_WASM_DIR), read the shared vectors and their stored results, run the
// native CLI.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');
export const wasmDir = process.env.WB_WASM_DIR || path.join(root, 'build', 'wasm');
export const cliPath = process.env.WB_CLI || path.join(root, 'build', 'native', 'which-backend');
export const vectorsDir = path.join(root, 'tests', 'vectors');
const require = createRequire(import.meta.url);

let single;
export function loadModule() {
  single ??= require(path.join(wasmDir, 'which-backend-core.js'))();
  return single;
}

export async function loadSplitModule() {
  const dir = path.join(wasmDir, 'split');
  const factory = require(path.join(dir, 'which-backend-core.js'));
  return factory({ wasmBinary: fs.readFileSync(path.join(dir, 'which-backend-core.wasm')) });
}

const STORED = '.expected.json';

// The .json files under tests/vectors: the vectors, or their stored results.
function jsonFiles(storedResults, dir = vectorsDir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...jsonFiles(storedResults, p));
    else if (e.name.endsWith('.json') && e.name.endsWith(STORED) === storedResults) out.push(p);
  }
  return out.sort();
}

export const vectorFiles = () => jsonFiles(false);

// X.json -> X.expected.json: the result the core prints for vector X (its
// own JSON, indented by two spaces, newline-terminated), byte for byte.
export const storedResultPath = (file) => file.slice(0, -'.json'.length) + STORED;

// UPDATE=1: the suites write stored results instead of comparing with them
// (tests/vectors/README.md).
export const updating = process.env.UPDATE === '1';

// Compares `actual`, the core's output for vector `file`, with the stored
// result; under UPDATE=1 writes it instead and returns whether it changed.
export function checkStored(file, actual) {
  const stored = storedResultPath(file);
  const bytes = Buffer.from(actual, 'utf8');
  if (updating) {
    if (fs.existsSync(stored) && fs.readFileSync(stored).equals(bytes)) return false;
    fs.writeFileSync(stored, bytes);
    return true;
  }
  assert.ok(fs.existsSync(stored), `${stored} is missing: run UPDATE=1 scripts/test`);
  const want = fs.readFileSync(stored);
  if (!want.equals(bytes))
    assert.fail(
      `${path.relative(vectorsDir, stored)}: ${firstDifference(want.toString(), actual)}`,
    );
  return false;
}

// Where two texts first differ, by line, for a readable failure.
function firstDifference(stored, actual) {
  const a = stored.split('\n');
  const b = actual.split('\n');
  const line = a.findIndex((x, i) => x !== b[i]);
  if (line < 0) return 'the core printed more lines than stored';
  return `first difference at line ${line + 1}\n  stored: ${a[line]}\n  actual: ${b[line] ?? '(end)'}`;
}

// Stored results whose vector is gone; under UPDATE=1 they are removed.
export function orphanedResults() {
  const orphans = jsonFiles(true).filter(
    (f) => !fs.existsSync(f.slice(0, -STORED.length) + '.json'),
  );
  if (updating) for (const f of orphans) fs.rmSync(f);
  return updating ? [] : orphans.map((f) => path.relative(vectorsDir, f));
}

// The input text, as in tests/vectors_test.cpp: a scenario, literal text, or
// generated parts.
export function inputText(v) {
  if ('scenario' in v) return JSON.stringify(v.scenario);
  if ('scenario_text' in v) return v.scenario_text;
  return v.generate.map((p) => ('text' in p ? p.text : p.repeat.repeat(p.count))).join('');
}

// splitmix64 over BigInt: the same sequence everywhere.
export function rng(seed) {
  let state = BigInt(seed);
  const M = (1n << 64n) - 1n;
  const next = () => {
    state = (state + 0x9e3779b97f4a7c15n) & M;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M;
    return z ^ (z >> 31n);
  };
  const uniform = () => Number(next() >> 11n) / 9007199254740992;
  return {
    uniform,
    below: (n) => Math.floor(uniform() * n),
    coin: (p = 0.5) => uniform() < p,
    logUniform: (lo, hi) => lo * Math.pow(hi / lo, uniform()),
    pick: (xs) => xs[Math.floor(uniform() * xs.length)],
  };
}

export function runCli(args, input) {
  return new Promise((resolve) => {
    const child = execFile(cliPath, args, { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
    if (input !== undefined) child.stdin.end(input);
  });
}

// Runs `fn` over `items` with at most `limit` in flight.
export async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i], i);
      }
    }),
  );
  return results;
}
