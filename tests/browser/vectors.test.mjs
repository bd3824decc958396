// Every shared vector under tests/vectors/ through the core the element
// loaded in the real page (the embed with its compressed wasm, and the split
// build fetching its .wasm), under the site's CSP: each result must equal the
// stored X.expected.json byte for byte, as natively (tests/vectors_test.cpp)
// and in Node (tests/wasm/vectors.test.mjs). Under UPDATE=1 it writes the
// stored results instead (tests/vectors/README.md).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkStored, inputText, vectorFiles } from '../wasm/helpers.mjs';
import { open, setup, verdict } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(() => env?.close());

// Runs in the page before its scripts. Embind puts each function the core
// binds (wasm/bindings.cpp) on the module object, `Module.evaluate = …`
// first; a one-shot setter on Object.prototype keeps that object as
// window.__wbCore and then gets out of the way. The page's code is unchanged.
function keepCore() {
  Object.defineProperty(Object.prototype, 'evaluate', {
    configurable: true,
    set(value) {
      delete Object.prototype.evaluate;
      this.evaluate = value;
      window.__wbCore = this;
    },
  });
}

const vectors = vectorFiles().map((file) => ({
  file,
  text: inputText(JSON.parse(readFileSync(file, 'utf8'))),
}));

for (const path of ['index.html', 'split/index.html']) {
  test(`${path}: the element's core prints every stored result byte for byte`, async (t) => {
    const { page, context, problems } = await open(env, path, { init: keepCore });
    await verdict(page, '#calculator');
    // The page's core has no schema call: the bundle carries its text
    // (web/src/core-loader.js), checked against the CLI in widget.test.mjs.
    assert.deepEqual(
      await page.evaluate(() =>
        ['evaluate', 'adr', 'schema'].map((f) => typeof window.__wbCore?.[f]),
      ),
      ['function', 'function', 'undefined'],
    );
    const outputs = await page.evaluate(
      (texts) => texts.map((text) => window.__wbCore.evaluate(text)),
      vectors.map((v) => v.text),
    );
    const failures = [];
    let rewritten = 0;
    vectors.forEach((v, i) => {
      try {
        if (checkStored(v.file, outputs[i])) rewritten++;
      } catch (e) {
        failures.push(e.message);
      }
    });
    if (rewritten) t.diagnostic(`UPDATE=1: ${rewritten} stored results rewritten`);
    t.diagnostic(`vectors compared: ${vectors.length}`);
    assert.deepEqual(failures.slice(0, 5), []);
    assert.ok(vectors.length >= 100);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
