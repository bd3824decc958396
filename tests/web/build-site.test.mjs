// web/build-site.mjs: the embed is one self-contained ES module (no imports
// left for the browser to fetch) that hands the loader's factory to the
// element, and the inlined wasm inflates back to the original bytes and
// compiles into the instance the loader receives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';
import { HEADER, SPLIT_OPTIONS, bundleEmbed, inlineWasmOptions } from '../../web/build-site.mjs';

const fakeLoader =
  'var WhichBackendCore = (() => function (m) { return Promise.resolve(m); })();\n';

test('the embed is one minified module: header, loader, element, no imports', async () => {
  const code = await bundleEmbed(fakeLoader, SPLIT_OPTIONS, '{"fields": []}');
  assert.ok(code.startsWith(HEADER + '\n'));
  assert.doesNotMatch(code, /\bimport\s*[{*\w]|\bexport\s*[{*\w]|require\(/);
  // It registers the element itself, in the page's registry (define() from define.js).
  assert.match(code, /globalThis\.customElements\b/);
  assert.match(code, /\.define\("which-backend",/);
  assert.match(code, /import\.meta\.url/);
  assert.ok(code.split('\n').length <= 3, 'minified');
});

test('the inlined wasm inflates back to the original bytes', async () => {
  const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) % 251);
  const base64 = (await inlineWasmOptions(bytes)).match(/const base64 = '([^']+)'/)[1];
  assert.deepEqual(new Uint8Array(inflateRawSync(Buffer.from(base64, 'base64'))), bytes);
});

test('the inline options compile the module and hand it to the loader', async () => {
  // A module exporting `answer() -> 42`: what instantiateWasm gives the
  // loader must be an instance of exactly these bytes.
  const wasm = Uint8Array.from([
    0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 7, 10, 1, 6, 97, 110, 115, 119,
    101, 114, 0, 0, 10, 6, 1, 4, 0, 65, 42, 11,
  ]);
  const options = await (0, eval)(`(${await inlineWasmOptions(wasm)})`)();
  const instance = await new Promise((resolve) => {
    assert.deepEqual(options.instantiateWasm({}, resolve), {});
  });
  assert.equal(instance.exports.answer(), 42);
});
