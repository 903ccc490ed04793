import { describe, expect, it } from 'vitest';
import { evaluate, run } from './run-in-sandbox.ts';
import { newScope } from '../../../local/appsync-js/scope.ts';

describe('util.http.copyHeaders', () => {
  it('copies the headers except the hop-by-hop and framing ones', () => {
    // Act
    const copied = evaluate(`util.http.copyHeaders(ctx.request.headers)`, {
      ctx: {
        request: {
          headers: {
            authorization: 'token',
            'x-custom': 'a',
            Host: 'api.example.com',
            connection: 'keep-alive',
            'transfer-encoding': 'chunked',
            expect: '100-continue',
            'keep-alive': 'timeout=5',
            upgrade: 'h2c',
            'proxy-authenticate': 'x',
            'proxy-authorization': 'y',
            te: 'trailers',
            'content-length': '10',
          },
        },
      },
    });
    // Assess
    expect(copied).toEqual({ authorization: 'token', 'x-custom': 'a' });
  });
});

describe('util.http.addResponseHeader', () => {
  it('sets headers, writing values that are not strings as JSON', () => {
    // Prepare
    const scope = newScope();
    // Act
    run(`util.http.addResponseHeader("itemsCount", 7); util.http.addResponseHeader("render", ctx.args.render); return null;`, {
      ctx: { arguments: { render: 'fast' } },
      scope,
    });
    // Assess
    expect(scope.responseHeaders).toEqual({ itemsCount: '7', render: 'fast' });
    expect(scope.appendedErrors).toEqual([]);
  });

  it('keeps the last value of a header set twice', () => {
    // Prepare
    const scope = newScope();
    // Act
    run(`util.http.addResponseHeader("step", "one"); util.http.addResponseHeader("step", "two"); return null;`, { scope });
    // Assess
    expect(scope.responseHeaders).toEqual({ step: 'two' });
  });

  it('addResponseHeaders sets every header of the map', () => {
    // Prepare
    const scope = newScope();
    // Act
    run(
      `util.http.addResponseHeaders({ headerInt: 12, headerString: "stringValue", headerObject: { field1: 7, field2: "string" } }); return null;`,
      { scope },
    );
    // Assess
    expect(scope.responseHeaders).toEqual({ headerInt: '12', headerString: 'stringValue', headerObject: '{"field1":7,"field2":"string"}' });
  });

  it.each([
    ['an empty name', '""', '"v"'],
    ['a restricted name, in any case', '"Content-Type"', '"text/plain"'],
    ['a CORS header', '"access-control-allow-origin"', '"*"'],
    ['a header copyHeaders drops', '"Connection"', '"close"'],
    ['the x-amz- prefix', '"x-amz-meta"', '"v"'],
    ['the x-amzn- prefix', '"X-Amzn-Trace-Id"', '"v"'],
    ['a null value', '"x-null"', 'null'],
  ])('ignores a header with %s and reports a ResponseHeaderError', (_, name, value) => {
    // Prepare
    const scope = newScope();
    // Act
    const result = run(`util.http.addResponseHeader(${name}, ${value}); return "carried on";`, { scope });
    // Assess
    expect(result).toBe('carried on');
    expect(scope.responseHeaders).toEqual({});
    expect(scope.appendedErrors).toEqual([expect.objectContaining({ errorType: 'ResponseHeaderError' })]);
  });

  it('refuses headers past 4 KB of names and values, counting overwritten ones too', () => {
    // Prepare
    const scope = newScope();
    // Act
    run(
      `util.http.addResponseHeader("big", "${'x'.repeat(2000)}"); util.http.addResponseHeader("big", "${'y'.repeat(2000)}"); util.http.addResponseHeader("more", "${'z'.repeat(100)}"); return null;`,
      { scope },
    );
    // Assess
    expect(scope.responseHeaders).toEqual({ big: 'y'.repeat(2000) });
    expect(scope.appendedErrors).toEqual([expect.objectContaining({ errorType: 'ResponseHeaderError' })]);
  });

  it('counts the limit over the whole operation, across evaluations sharing its headers', () => {
    // Prepare
    const headers: Record<string, string> = {};
    run(`util.http.addResponseHeader("first", "${'a'.repeat(4000)}"); return null;`, { scope: newScope(null, headers) });
    const second = newScope(null, headers);
    // Act
    run(`util.http.addResponseHeader("second", "${'b'.repeat(200)}"); return null;`, { scope: second });
    // Assess
    expect(Object.keys(headers)).toEqual(['first']);
    expect(second.appendedErrors).toHaveLength(1);
  });
});
