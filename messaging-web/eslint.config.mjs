// The Text Messaging Center page's JavaScript and its browser tests, held to ESLint's recommended rules; -Pbrowser runs
// `npx eslint` here before the browser tests.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['node_modules/**', 'target/**'] },
  js.configs.recommended,
  {
    files: ['src/main/webapp/center/**/*.js'],
    languageOptions: { sourceType: 'module', globals: globals.browser },
  },
  {
    // a classic script after the GraphiQL, React and ReactDOM bundles SmallRye serves
    files: ['src/main/webapp/graphql-ui/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { ...globals.browser, GraphiQL: 'readonly', React: 'readonly', ReactDOM: 'readonly' },
    },
  },
  {
    // Node test files; the functions they hand to page.evaluate run in the browser
    files: ['src/test/browser/**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
];
