/** One problem AppSync's deploy-time checks find in a resolver's `code`. */
export interface CodeDiagnostic {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  /** How many characters the problem covers (EvaluateCode's `location.span`). */
  span: number;
  /** 'TS2339', '@aws-appsync/no-try', 'code-size', … */
  rule: string;
  message: string;
  /** AppSync's form: `code.js(LINE,COL): error <rule>: <message>` */
  text: string;
}

/**
 * AppSync names every submitted module `code.js`, whatever the resolver, and reports in tsc's
 * format, e.g. `code.js(1,7): error TS1135: Argument expression expected.` (a CodeErrors value
 * quoted in hashicorp/terraform-provider-aws#30760, minus tsc's trailing newline).
 */
export function diagnostic(line: number, column: number, span: number, rule: string, message: string): CodeDiagnostic {
  return { line, column, span, rule, message, text: `code.js(${line},${column}): error ${rule}: ${message}` };
}

export function byPosition(a: CodeDiagnostic, b: CodeDiagnostic): number {
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
