import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { functionSourceFile, isPipeline, resolverSourceFile, type SourceApiDeclaration } from '../../model/declaration.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import { buildAppSyncSchema, readSchemaSdl } from '../../model/schema/appsync-schema.ts';
import { videoshopsApi } from '../../model/videoshops.ts';
import { documentedErrors } from '../../sdk/codegen/errors-line.ts';

/**
 * The error types resolver code raises by name: the literal `errorType` of each `util.error` and
 * `util.appendError` (`'FORBIDDEN'`, `ERROR.notFound`: TypeScript knows its value) and
 * `Unauthorized` for `util.unauthorized()`, in the handlers and in every function of the
 * repository they call, however deep. `forwards` when one passes on a type only known at run
 * time (a data source's error).
 */
class RaisedErrors {
  private readonly program: ts.Program;
  private readonly checker: ts.TypeChecker;
  private readonly byFunction = new Map<ts.Node, { types: Set<string>; forwards: boolean }>();

  constructor(files: string[]) {
    this.program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      allowImportingTsExtensions: true,
      noEmit: true,
      strict: true,
    });
    this.checker = this.program.getTypeChecker();
  }

  ofFile(file: string) {
    return this.of(this.program.getSourceFile(file)!);
  }

  private of(root: ts.Node): { types: Set<string>; forwards: boolean } {
    const known = this.byFunction.get(root);
    if (known) return known;
    const found = { types: new Set<string>(), forwards: false };
    this.byFunction.set(root, found);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) this.call(node, found);
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(root, visit);
    return found;
  }

  private call(call: ts.CallExpression, found: { types: Set<string>; forwards: boolean }) {
    const callee = call.expression;
    if (ts.isPropertyAccessExpression(callee) && callee.expression.getText() === 'util') {
      const method = callee.name.text;
      if (method === 'unauthorized') found.types.add('Unauthorized');
      if (method !== 'error' && method !== 'appendError') return;
      const type = this.checker.getTypeAtLocation(call.arguments[1]!);
      const literals = type.isUnion() ? type.types : [type];
      if (literals.every((t) => t.isStringLiteral())) for (const t of literals) found.types.add((t as ts.StringLiteralType).value);
      else found.forwards = true;
      return;
    }
    const symbol = this.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(callee) ? callee.name : callee);
    const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(symbol) : symbol;
    for (const declaration of target?.declarations ?? []) {
      const body = ts.isVariableDeclaration(declaration) ? declaration.initializer : declaration;
      const inRepository = !declaration.getSourceFile().fileName.includes('node_modules');
      if (!body || !inRepository || !(ts.isFunctionLike(body) || ts.isArrowFunction(body))) continue;
      const called = this.of(body);
      for (const t of called.types) found.types.add(t);
      found.forwards ||= called.forwards;
    }
  }
}

/**
 * What the analysis finds but the resolver cannot raise, as it ignores conditions: authorizeStream
 * refuses a stream that is not LIVE only when the resolver sets `ctx.stash.whileLive` (pinProduct).
 */
const UNREACHABLE: Record<string, string[]> = {
  'Mutation.deleteComment': ['STREAM_NOT_LIVE'],
  'Mutation.banFromStream': ['STREAM_NOT_LIVE'],
};

interface FieldErrors {
  field: string;
  documented: string[] | undefined;
  raised: string[];
  /** Backed by a Lambda function, whose own error types the resolver passes on unseen. */
  fromLambda: boolean;
}

/** The handler files of a resolver: its own, and its pipeline's functions. */
const filesOf = (source: SourceApiDeclaration, r: SourceApiDeclaration['resolvers'][number]) =>
  [resolverSourceFile(source, r), ...(isPipeline(r) ? r.pipeline.map((f) => functionSourceFile(source, f)) : [])].map((f) =>
    path.join(PROJECT_ROOT, f),
  );

function fieldErrors(source: SourceApiDeclaration, raised: RaisedErrors): FieldErrors[] {
  const schema = buildAppSyncSchema(readSchemaSdl(source.schemaFiles));
  const lambdaSources = new Set(source.dataSources.filter((d) => d.type === 'AWS_LAMBDA').map((d) => d.name));
  return source.resolvers.map((r) => {
    const dataSources = isPipeline(r) ? r.pipeline.map((f) => source.functions.find((fn) => fn.name === f)!.dataSource) : [r.dataSource];
    const description = (schema.getType(r.typeName) as { getFields(): Record<string, { description?: string | null }> }).getFields()[
      r.fieldName
    ]?.description;
    return {
      field: `${r.typeName}.${r.fieldName}`,
      documented: documentedErrors(description)?.sort(),
      raised: [...new Set(filesOf(source, r).flatMap((f) => [...raised.ofFile(f).types]))]
        .filter((t) => !UNREACHABLE[`${r.typeName}.${r.fieldName}`]?.includes(t))
        .sort(),
      fromLambda: dataSources.some((d) => lambdaSources.has(d)),
    };
  });
}

describe('The Errors: sentence of every field with a resolver', () => {
  const sources = videoshopsApi.sourceApis;
  const raised = new RaisedErrors(sources.flatMap((source) => source.resolvers.flatMap((r) => filesOf(source, r))));
  const fields = sources.flatMap((source) => fieldErrors(source, raised));

  it('is there, on every field a resolver serves', () => {
    // Assess
    expect(fields.length).toBeGreaterThan(60);
    expect(fields.filter((f) => !f.documented).map((f) => f.field)).toEqual([]);
  });

  it('lists every error type its resolvers raise by name', () => {
    // Act
    const undocumented = fields.flatMap((f) => f.raised.filter((t) => !f.documented?.includes(t)).map((t) => `${f.field}: ${t}`));
    // Assess
    expect(undocumented).toEqual([]);
  });

  it('lists no error type its resolvers cannot raise, besides a Lambda function’s own and field-level Unauthorized, which AppSync raises', () => {
    // Act
    const stale = fields
      .filter((f) => !f.fromLambda)
      .flatMap((f) => (f.documented ?? []).filter((t) => t !== 'Unauthorized' && !f.raised.includes(t)).map((t) => `${f.field}: ${t}`));
    // Assess
    expect(stale).toEqual([]);
  });
});
