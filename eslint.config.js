// Lints resolver sources with the rules AppSync applies to APPSYNC_JS code, so a mistake shows
// in the editor instead of at deploy (or at local runtime start-up, which checks the bundles).
import tsParser from '@typescript-eslint/parser';
import { appsyncJsPlugin, appsyncJsRules } from './local/appsync-js/static-check/lint-rules/index.js';

export default [
  {
    files: ['resolvers/**/*.ts', 'model/fixture/resolvers/**/*.ts'],
    plugins: { '@aws-appsync': appsyncJsPlugin },
    languageOptions: {
      parser: tsParser,
      parserOptions: {
        // The plugin's recommended rules are type-aware.
        project: './tsconfig.lint.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: appsyncJsRules,
  },
];
