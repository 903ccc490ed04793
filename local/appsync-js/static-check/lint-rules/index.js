// @ts-check
// Plain JS so that eslint.config.js can load it in plain Node (editors, `npx eslint`) as well
// as the runtime under tsx; index.d.ts types it for TypeScript.
import appsyncPlugin from '@aws-appsync/eslint-plugin';
import { noClassExpressions } from './no-class-expressions.js';
import { noGeneratorExpressions } from './no-generator-expressions.js';
import { noPromiseStatics } from './no-promise-statics.js';
import { noThrow } from './no-throw.js';

/** Rules for what AppSync refuses and @aws-appsync/eslint-plugin does not catch. */
const additionalRules = {
  'no-throw': noThrow,
  'no-class-expressions': noClassExpressions,
  'no-generator-expressions': noGeneratorExpressions,
  'no-promise-statics': noPromiseStatics,
};

/** The plugin with our rules added under its own namespace, so every id reads `@aws-appsync/<rule>`. */
export const appsyncJsPlugin = {
  ...appsyncPlugin,
  rules: { ...appsyncPlugin.rules, ...additionalRules },
};

const recommended = /** @type {import('eslint').Linter.Config} */ (appsyncPlugin.configs?.recommended);

/** The plugin's recommended (type-aware) rules and ours, all errors. */
export const appsyncJsRules = {
  ...recommended.rules,
  ...Object.fromEntries(Object.keys(additionalRules).map((name) => [`@aws-appsync/${name}`, 'error'])),
};
