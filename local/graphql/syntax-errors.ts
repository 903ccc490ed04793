// A document that does not parse: graphql-java's InvalidSyntaxError, which names the token the
// parser stopped at ("Invalid Syntax : offending token 'queryy' at line 1 column 1").
import { Lexer, Source, TokenKind, getLocation, type GraphQLError } from 'graphql';

export interface SyntaxErrorDescription {
  message: string;
  line: number;
  column: number;
}

export function describeSyntaxError(error: GraphQLError): SyntaxErrorDescription {
  const source = error.source ?? new Source('');
  const position = error.positions?.[0] ?? 0;
  const { line, column } = getLocation(source, position);
  return { message: `Invalid Syntax : offending token '${offendingToken(source, position)}' at line ${line} column ${column}`, line, column };
}

/**
 * The text of the token at `position`, as ANTLR shows it: `<EOF>` at the end, the raw source
 * otherwise. Where graphql-js stops inside a token it cannot lex, that one character.
 */
function offendingToken(source: Source, position: number): string {
  const lexer = new Lexer(source);
  try {
    let token = lexer.advance();
    while (token.kind !== TokenKind.EOF && token.end <= position) token = lexer.advance();
    if (token.kind === TokenKind.EOF) return '<EOF>';
    return token.start === position ? source.body.slice(token.start, token.end) : source.body.charAt(position);
  } catch {
    return position >= source.body.length ? '<EOF>' : source.body.charAt(position);
  }
}
