import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startFailure } from '../../web/src/failure.js';

test('a CSP without wasm-unsafe-eval is named in one plain sentence', () => {
  const f = startFailure(
    new Error(
      "Aborted(CompileError: WebAssembly.instantiate(): Refused to compile or instantiate WebAssembly module because 'unsafe-eval' is not an allowed source of script in the following Content Security Policy directive: \"script-src 'self'\"). Build with -s ASSERTIONS=1 for more info.",
    ),
  );
  assert.equal(
    f.reader,
    "This page's security policy blocks the calculator: it needs 'wasm-unsafe-eval' in the policy's script-src.",
  );
  assert.doesNotMatch(f.reader, /Aborted|ASSERTIONS/);
  assert.match(f.author, /Add 'wasm-unsafe-eval' to script-src/);
});

test('a .wasm that does not arrive is explained to the author', () => {
  const f = startFailure(new TypeError('Failed to fetch'));
  assert.match(f.reader, /could not load its engine/);
  assert.match(f.author, /Access-Control-Allow-Origin/);
});

test('anything else keeps its message, once, without a doubled full stop', () => {
  assert.equal(
    startFailure(new Error('this browser has no WebAssembly')).reader,
    'The calculator could not start: this browser has no WebAssembly.',
  );
  assert.equal(startFailure(null).reader, 'The calculator could not start: unknown error.');
});
