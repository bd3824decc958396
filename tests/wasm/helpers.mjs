// Shared by the node suites: load the real module from build/wasm (override
// with WB_WASM_DIR), read the shared vectors, run the native CLI.
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

export function vectorFiles(dir = vectorsDir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...vectorFiles(p));
    else if (e.name.endsWith('.json')) out.push(p);
  }
  return out.sort();
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
