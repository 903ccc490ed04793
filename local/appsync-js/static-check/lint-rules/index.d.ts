import type { ESLint, Linter } from 'eslint';

export declare const appsyncJsPlugin: ESLint.Plugin;
export declare const appsyncJsRules: Linter.RulesRecord;
