// ESLint flat config: @eslint/js recommended everywhere, with the globals of
// where each file runs (the element and site pages in browsers, the build,
// tests and scripts in Node; browser and package tests and scripts also hold
// functions that playwright runs inside the page).
// CommonJS on purpose: a root package.json "type": "module" would make Node
// load build/wasm's Emscripten loader (a CommonJS .js file) as ESM.
const js = require('@eslint/js');
const globals = require('globals');

module.exports = [
  { ignores: ['build/', 'node_modules/'] },
  js.configs.recommended,
  {
    files: ['web/src/**/*.js', 'web/site/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['eslint.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
  {
    files: ['tests/browser/**/*.mjs', 'tests/package/**/*.mjs', 'scripts/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
