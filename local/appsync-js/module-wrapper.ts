import { parse } from 'acorn';
import type { Program, ImportDeclaration, ExportNamedDeclaration, Token } from 'acorn';

/** Modules AppSync resolves in APPSYNC_JS; any other import is refused, as at deploy. */
export const APPSYNC_MODULES = ['@aws-appsync/utils', '@aws-appsync/utils/dynamodb', '@aws-appsync/utils/rds'] as const;

export class ModuleFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'ModuleFormatError';
  }
}

/**
 * Rewrites an ES module (the esbuild bundle AppSync receives) into the body of a factory
 * `function (__modules) { ...; return { request, response } }` so that each call re-runs
 * the module's top level: module state never survives between evaluations, as in AppSync.
 * Line numbers are preserved so stack positions match the bundle the developer sees.
 */
export function wrapModule(code: string): { source: string; exports: string[] } {
  let program: Program;
  const tokens: Token[] = [];
  try {
    program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true, onToken: tokens });
  } catch (e) {
    const err = e as SyntaxError & { loc?: { line: number; column: number } };
    throw new ModuleFormatError(err.message.replace(/ \(\d+:\d+\)$/, ''), err.loc?.line ?? 1, (err.loc?.column ?? 0) + 1);
  }
  refuseHtmlLikeComments(code, tokens);
  refuseUnsupportedSyntax(program);
  const edits: { start: number; end: number; text: string }[] = [];
  const exported = new Map<string, string>();
  const keepLines = (start: number, end: number, text: string) => text + '\n'.repeat((code.slice(start, end).match(/\n/g) ?? []).length);

  for (const node of program.body) {
    if (node.type === 'ImportDeclaration') {
      edits.push({ start: node.start, end: node.end, text: keepLines(node.start, node.end, importToConst(node)) });
    } else if (node.type === 'ExportNamedDeclaration') {
      collectExports(node, exported);
      const text = node.declaration ? '' : ';';
      const end = node.declaration ? node.declaration.start : node.end;
      edits.push({ start: node.start, end, text: keepLines(node.start, end, text) });
    } else if (node.type === 'ExportDefaultDeclaration' || node.type === 'ExportAllDeclaration') {
      throw new ModuleFormatError(
        'Only named exports (request, response) are supported.',
        node.loc!.start.line,
        node.loc!.start.column + 1,
      );
    }
  }
  let source = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    source = source.slice(0, edit.start) + edit.text + source.slice(edit.end);
  }
  const returned = [...exported].map(([name, local]) => `${JSON.stringify(name)}: ${local}`).join(', ');
  return { source: `${source}\n;return { ${returned} };`, exports: [...exported.keys()] };
}

function importToConst(node: ImportDeclaration): string {
  const from = String(node.source.value);
  if (!(APPSYNC_MODULES as readonly string[]).includes(from)) {
    throw new ModuleFormatError(
      `Cannot find module '${from}'. Only ${APPSYNC_MODULES.join(' and ')} can be imported.`,
      node.loc!.start.line,
      node.loc!.start.column + 1,
    );
  }
  const mod = `__modules[${JSON.stringify(from)}]`;
  const named: string[] = [];
  const parts: string[] = [];
  for (const s of node.specifiers) {
    if (s.type === 'ImportNamespaceSpecifier' || s.type === 'ImportDefaultSpecifier') {
      parts.push(`const ${s.local.name} = ${mod};`);
    } else {
      const imported = s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value);
      named.push(imported === s.local.name ? imported : `${JSON.stringify(imported)}: ${s.local.name}`);
    }
  }
  if (named.length) parts.push(`const { ${named.join(', ')} } = ${mod};`);
  return parts.join(' ');
}

function collectExports(node: ExportNamedDeclaration, exported: Map<string, string>) {
  const decl = node.declaration;
  if (decl?.type === 'FunctionDeclaration' || decl?.type === 'ClassDeclaration') {
    exported.set(decl.id.name, decl.id.name);
  } else if (decl?.type === 'VariableDeclaration') {
    for (const d of decl.declarations) if (d.id.type === 'Identifier') exported.set(d.id.name, d.id.name);
  }
  for (const s of node.specifiers) {
    const name = s.exported.type === 'Identifier' ? s.exported.name : String(s.exported.value);
    exported.set(name, exportedValue(node, s.local));
  }
}

/**
 * The expression an export specifier stands for: a local binding's name (an identifier, as the
 * parser checked), or a member of an AppSync module. Names written as strings are only ever
 * emitted JSON-quoted, never as source.
 */
function exportedValue(node: ExportNamedDeclaration, local: ExportNamedDeclaration['specifiers'][number]['local']): string {
  const name = local.type === 'Identifier' ? local.name : String(local.value);
  if (!node.source) {
    if (local.type !== 'Identifier')
      throw new ModuleFormatError('A string cannot name a local binding.', node.loc!.start.line, node.loc!.start.column + 1);
    return local.name;
  }
  const from = String(node.source.value);
  if (!(APPSYNC_MODULES as readonly string[]).includes(from)) {
    throw new ModuleFormatError(
      `Cannot find module '${from}'. Only ${APPSYNC_MODULES.join(' and ')} can be imported.`,
      node.loc!.start.line,
      node.loc!.start.column + 1,
    );
  }
  return `__modules[${JSON.stringify(from)}][${JSON.stringify(name)}]`;
}

/**
 * Syntax APPSYNC_JS does not run, refused here whatever the static checks said (they are no
 * boundary: a value typed `any` passes them). With no try, throw, promise or async function,
 * resolver code cannot catch an exception at all, so no error, whatever realm made it, ever
 * reaches its hands; `import()` and `import.meta` would reach the host's module loader.
 */
const UNSUPPORTED: Record<string, string> = {
  TryStatement: 'try statements are not supported.',
  ThrowStatement: 'throw statements are not supported.',
  AwaitExpression: 'async functions are not supported.',
  YieldExpression: 'Generators are not supported.',
  ImportExpression: 'Dynamic imports and import.meta are not supported.',
  MetaProperty: 'Dynamic imports and import.meta are not supported.',
};

function refuseUnsupportedSyntax(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach(refuseUnsupportedSyntax);
  const n = node as { type?: string; async?: boolean; generator?: boolean; loc?: { start: { line: number; column: number } } };
  const reason =
    n.type && (UNSUPPORTED[n.type] ?? (n.async ? UNSUPPORTED.AwaitExpression : n.generator ? UNSUPPORTED.YieldExpression : undefined));
  if (reason) throw new ModuleFormatError(reason, n.loc!.start.line, n.loc!.start.column + 1);
  for (const [key, value] of Object.entries(node)) if (key !== 'loc') refuseUnsupportedSyntax(value);
}

/**
 * `<!--` and a `-->` that begins a line are comments to V8 compiling a function body, but not in
 * a module as acorn reads it: text one parser sees as a string the other would run as code.
 */
function refuseHtmlLikeComments(code: string, tokens: Token[]): void {
  const text = (t: Token | undefined) => (t ? code.slice(t.start, t.end) : '');
  const adjacent = (a: Token, b: Token | undefined) => b !== undefined && b.start === a.end;
  tokens.forEach((token, i) => {
    const [next, afterNext] = [tokens[i + 1], tokens[i + 2]];
    const opener =
      text(token) === '<' && text(next) === '!' && adjacent(token, next) && text(afterNext) === '--' && adjacent(next!, afterNext);
    const closer = text(token) === '--' && text(next) === '>' && adjacent(token, next);
    if (opener || closer)
      throw new ModuleFormatError('HTML-like comments are not supported.', token.loc!.start.line, token.loc!.start.column + 1);
  });
}
