import ts from 'typescript';
import { diagnostic, type CodeDiagnostic } from './diagnostic.ts';

export interface TypeCheckResult {
  /** False when the code has syntax errors; nothing else can be judged then. */
  parses: boolean;
  /** tsc's own errors, as AppSync reports them (`error TS2339: …`). */
  diagnostics: CodeDiagnostic[];
}

/** Like tsc: a file with syntax errors is reported by those alone, otherwise by its semantic errors. */
export function typeCheck(program: ts.Program, fileName: string): TypeCheckResult {
  const sourceFile = program.getSourceFile(fileName);
  if (!sourceFile) throw new Error(`${fileName} is not part of the program`);
  const syntactic = program.getSyntacticDiagnostics(sourceFile);
  const found = syntactic.length > 0 ? syntactic : program.getSemanticDiagnostics(sourceFile);
  return {
    parses: syntactic.length === 0,
    diagnostics: found
      .filter((d) => d.category === ts.DiagnosticCategory.Error)
      .map((d) => {
        const { line, character } = sourceFile.getLineAndCharacterOfPosition(d.start ?? 0);
        const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
        return diagnostic(line + 1, character + 1, d.length ?? 0, `TS${d.code}`, message);
      }),
  };
}
