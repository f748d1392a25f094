// ESLint: the recommended JavaScript and typescript-eslint rules (no type-aware
// rules: they would double the time of `npm run lint`), plus a line length that
// Prettier does not enforce on long strings. Formatting itself is Prettier's.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'tests/.cache/',
      'tests/fixtures/**/vendor/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      // Every line stays readable at 120 columns, strings included (long messages
      // are split with `+`); only a URL or a regular expression may run on, as
      // cutting one would break it. scripts/line-length.mjs checks other files.
      'max-len': [
        'error',
        {
          code: 120,
          ignoreStrings: false,
          ignoreTemplateLiterals: false,
          ignoreUrls: true,
          ignoreRegExpLiterals: true,
          ignoreComments: false,
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Tests reach into pages and the main world (page.evaluate, window globals the
    // replica pages set); typing those as any is the honest choice there.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
