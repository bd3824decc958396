// ESLint flat config: @eslint/js recommended everywhere, with the globals of
// where each file runs (the element and site pages in browsers, the build,
// tests and scripts in Node; browser tests and scripts also hold functions
// that playwright runs inside the page).
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['build/', 'node_modules/'] },
  js.configs.recommended,
  {
    files: ['web/src/**/*.js', 'web/site/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['tests/browser/**/*.mjs', 'scripts/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
