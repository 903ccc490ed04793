import path from 'node:path';
import ts from 'typescript';
import { diagnostic, type CodeDiagnostic } from './diagnostic.ts';
import { UTILS_LIB_DIR } from './program.ts';

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
  const found =
    syntactic.length > 0
      ? syntactic
      : program.getSemanticDiagnostics(sourceFile).filter((d) => !isHelperArgumentMismatch(program.getTypeChecker(), sourceFile, d));
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

/**
 * What tsc says when a call's arguments do not fit its declaration: a type that is not assignable
 * (TS2322, TS2345, TS2559, TS2739–TS2741, TS2769, TS2820), a property outside an object literal's
 * type (TS2353, TS2561), a wrong number of arguments (TS2554–TS2556).
 */
const ARGUMENT_MISMATCHES = new Set([2322, 2345, 2353, 2554, 2555, 2556, 2559, 2561, 2739, 2740, 2741, 2769, 2820]);

/**
 * AppSync lets a call to an `@aws-appsync/utils` helper through whatever its arguments, and the
 * helper itself refuses what it cannot use when the code runs. Recorded from AppSync (EvaluateCode
 * in localstack/appsync-utils, __tests__/resolvers.test.js and index.test.js): `ddb.put` with a
 * key and an item of different shapes, `rds.createPgStatement()` and `rds.select()` with no
 * argument, `rds.select("persons")`, `rds.select({ table: 1 })`, `rds.select({ limit: "5" })` and
 * `rds.sql(["a"], 1, 2)` all pass the checks and reach the runtime. A member that does not exist
 * is still reported (TS2339, TS2551: `ddb.sync`, recorded in the same repository), and so is a
 * mismatch in a call to anything else: AppSync reported `[{a: 5}].push({b: 6})` with TS2345
 * (aws/aws-appsync-community#334).
 */
function isHelperArgumentMismatch(checker: ts.TypeChecker, sourceFile: ts.SourceFile, d: ts.Diagnostic): boolean {
  if (!ARGUMENT_MISMATCHES.has(d.code) || d.start === undefined) return false;
  const call = enclosingCall(nodeAt(sourceFile, d.start));
  return call !== undefined && isDeclaredInUtils(checker, call);
}

function nodeAt(sourceFile: ts.SourceFile, position: number): ts.Node {
  let node: ts.Node = sourceFile;
  for (;;) {
    const child = node.forEachChild((c) => (c.getStart(sourceFile) <= position && position < c.end ? c : undefined));
    if (!child) return node;
    node = child;
  }
}

/** The call whose callee or arguments hold the node; a function in between owns the node instead. */
function enclosingCall(node: ts.Node): ts.CallExpression | ts.NewExpression | undefined {
  for (let at: ts.Node | undefined = node; at; at = at.parent) {
    if (ts.isCallExpression(at) || ts.isNewExpression(at)) return at;
    if (ts.isFunctionLike(at)) return undefined;
  }
  return undefined;
}

function isDeclaredInUtils(checker: ts.TypeChecker, call: ts.CallExpression | ts.NewExpression): boolean {
  const callee = ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression;
  let symbol = checker.getSymbolAtLocation(callee);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return (symbol?.declarations ?? []).some((declaration) => isUnder(UTILS_LIB_DIR, declaration.getSourceFile().fileName));
}

function isUnder(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
