// web/build-site.mjs: the embed is one self-contained ES module (no imports
// left for the browser to fetch) that hands the loader's factory to the
// element, and the inlined wasm inflates back to the original bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';
import { HEADER, SPLIT_OPTIONS, bundleEmbed, inlineWasmOptions } from '../../web/build-site.mjs';

const fakeLoader =
  'var WhichBackendCore = (() => function (m) { return Promise.resolve(m); })();\n';

test('the embed is one minified module: header, loader, element, no imports', async () => {
  const code = await bundleEmbed(fakeLoader, SPLIT_OPTIONS);
  assert.ok(code.startsWith(HEADER + '\n'));
  assert.doesNotMatch(code, /\bimport\s*[{*\w]|\bexport\s*[{*\w]|require\(/);
  assert.match(code, /customElements\.define/);
  assert.match(code, /import\.meta\.url/);
  assert.ok(code.split('\n').length <= 3, 'minified');
});

test('the inlined wasm inflates back to the original bytes', async () => {
  const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) % 251);
  const base64 = (await inlineWasmOptions(bytes)).match(/atob\('([^']+)'\)/)[1];
  assert.deepEqual(new Uint8Array(inflateRawSync(Buffer.from(base64, 'base64'))), bytes);
});
