// Every shared vector under tests/vectors/, run against the WebAssembly
// module in Node: its result must equal the stored X.expected.json byte for
// byte. What each vector's "expect" block means is checked once, natively, in
// tests/vectors_test.cpp, against the same stored bytes; tests/browser/
// vectors.test.mjs does this comparison in Chromium. Under UPDATE=1 this suite
// writes the stored results instead (tests/vectors/README.md).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import {
  checkStored,
  inputText,
  loadModule,
  orphanedResults,
  storedResultPath,
  vectorFiles,
  vectorsDir,
} from './helpers.mjs';

const wb = await loadModule();

for (const file of vectorFiles()) {
  const v = JSON.parse(fs.readFileSync(file, 'utf8'));
  test(`${path.relative(vectorsDir, file)}: ${v.name}`, (t) => {
    const text = inputText(v);
    const out = wb.evaluate(text);
    if (checkStored(file, out)) t.diagnostic('UPDATE=1: stored result rewritten');
    assert.equal(wb.evaluate(text), out, 'deterministic');
    // After any input, bad ones included, the module still answers.
    assert.equal(JSON.parse(wb.evaluate('{}')).recommended, 'nextjs_server_actions');
  });
}

// After the loop, so that under UPDATE=1 the results are written first.
test('every vector has its stored result, and every stored result its vector', () => {
  const missing = vectorFiles().filter((f) => !fs.existsSync(storedResultPath(f)));
  assert.deepEqual(
    missing.map((f) => path.relative(vectorsDir, f)),
    [],
  );
  assert.deepEqual(orphanedResults(), []);
});
