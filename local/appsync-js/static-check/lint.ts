import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import type ts from 'typescript';
import { diagnostic, type CodeDiagnostic } from './diagnostic.ts';
import { VIRTUAL_ROOT } from './program.ts';
import { appsyncJsPlugin, appsyncJsRules } from './lint-rules/index.js';

const linter = new Linter({ cwd: VIRTUAL_ROOT, configType: 'flat' });

function configFor(program: ts.Program): Linter.Config[] {
  return [
    {
      files: ['**/*.js'],
      plugins: { '@aws-appsync': appsyncJsPlugin },
      languageOptions: {
        parser: tsParser,
        sourceType: 'module',
        ecmaVersion: 'latest',
        parserOptions: { programs: [program] },
      },
      linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true },
      rules: appsyncJsRules,
    },
  ];
}

/**
 * The APPSYNC_JS lint: the recommended (type-aware) rules of @aws-appsync/eslint-plugin with
 * their own texts, plus our rules for what AppSync refuses that the plugin lets through.
 * Inline `eslint-disable` comments are ignored: the service's checks cannot be switched off from
 * inside the code it judges (an assumption; a disabled rule would only move the failure to AppSync).
 */
export function lintDiagnostics(program: ts.Program, fileName: string, code: string): CodeDiagnostic[] {
  const lineStarts = lineStartsOf(code);
  return (
    linter
      .verify(code, configFor(program), fileName)
      // ESLint's own notes (e.g. that an inline directive has no effect) are not AppSync's.
      .filter((m) => m.fatal || m.ruleId)
      .map((m) => {
        const start = offsetOf(lineStarts, m.line, m.column);
        const end = m.endLine !== undefined && m.endColumn !== undefined ? offsetOf(lineStarts, m.endLine, m.endColumn) : start;
        // Only reached if the TypeScript parser accepted code that ESLint's converter refuses.
        if (m.fatal || !m.ruleId) return diagnostic(m.line, m.column, end - start, 'parse', m.message);
        return diagnostic(m.line, m.column, end - start, m.ruleId, m.message);
      })
  );
}

function lineStartsOf(code: string): number[] {
  const starts = [0];
  for (let i = 0; i < code.length; i += 1) if (code[i] === '\n') starts.push(i + 1);
  return starts;
}

function offsetOf(lineStarts: number[], line: number, column: number): number {
  return (lineStarts[line - 1] ?? 0) + column - 1;
}
