// Lints resolver sources with the rules AppSync applies to APPSYNC_JS code, so a mistake shows
// in the editor instead of at deploy (or at local runtime start-up, which checks the bundles).
import tsParser from '@typescript-eslint/parser';
import { appsyncJsPlugin, appsyncJsRules } from './local/appsync-js/static-check/lint-rules/index.js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default defineConfig([
  // Generated or not ours; the same list as .prettierignore's.
  globalIgnores(['cdk.out/', 'build/', '.videoshops/', 'sdk/src/generated/', 'sdk/dist/', 'resolvers/*/types.generated.ts']),
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
  // Everything else that runs on Node: typescript-eslint's recommended rules (syntax only, no type
  // information, so linting stays fast). Resolver code answers to AppSync's rules above instead.
  {
    files: ['{local,infra,model,lambdas,sdk,test,bench,demo,web}/**/*.{ts,tsx,js,mjs}', '*.{ts,js}'],
    ignores: ['model/fixture/resolvers/**'],
    extends: [tseslint.configs.recommended],
    rules: {
      // A leading underscore marks a binding that exists to be left out (`{ $metadata: _, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // Tests read raw JSON answers and hand resolver code deliberately odd values; what they assert
  // is the shape, so `any` there says "untyped wire data", not a gap in the product's types.
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // Formatting is Prettier's (.prettierrc.json): turn off every rule that would argue with it.
  prettier,
]);
