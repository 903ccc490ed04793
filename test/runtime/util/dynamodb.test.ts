import { describe, expect, it } from 'vitest';
import { evaluate } from './run-in-sandbox.ts';

// Expected values were recorded from AppSync (localstack/appsync-utils index.test.js.snap):
// numbers stay JSON numbers, unlike DynamoDB's wire format and the developer guide.
describe('util.dynamodb', () => {
  it.each([
    ['a string', '"test"', { S: 'test' }],
    ['a number, as a JSON number', '12345', { N: 12345 }],
    ['a boolean', 'true', { BOOL: true }],
    ['null', 'null', { NULL: null }],
    ['a list, as L rather than a set', '["foo", 123, { bar: "baz" }]', { L: [{ S: 'foo' }, { N: 123 }, { M: { bar: { S: 'baz' } } }] }],
    ['a map', '{ foo: "bar", baz: 1234, beep: ["boop"] }', { M: { foo: { S: 'bar' }, baz: { N: 1234 }, beep: { L: [{ S: 'boop' }] } } }],
  ])('toDynamoDB converts %s', (_, source, expected) => {
    expect(evaluate(`util.dynamodb.toDynamoDB(${source})`)).toEqual(expected);
  });

  it.each([
    ['toString', '"test"', { S: 'test' }],
    ['toStringSet', '["foo", "bar", "baz"]', { SS: ['foo', 'bar', 'baz'] }],
    ['toNumber', '12345', { N: 12345 }],
    ['toNumberSet', '[1, 23, 4.56]', { NS: [1, 23, 4.56] }],
    ['toBinary', '"foo"', { B: 'foo' }],
    ['toBinarySet', '["foo", "bar", "baz"]', { BS: ['foo', 'bar', 'baz'] }],
    ['toBoolean', 'true', { BOOL: true }],
    ['toList', '["foo", 123, { bar: "baz" }]', { L: [{ S: 'foo' }, { N: 123 }, { M: { bar: { S: 'baz' } } }] }],
    ['toMap', '{ foo: "bar", baz: 1234, beep: ["boop"] }', { M: { foo: { S: 'bar' }, baz: { N: 1234 }, beep: { L: [{ S: 'boop' }] } } }],
    ['toMapValues', '{ foo: "bar", baz: 1234, beep: ["boop"] }', { foo: { S: 'bar' }, baz: { N: 1234 }, beep: { L: [{ S: 'boop' }] } }],
  ])('%s(%s) gives the recorded attribute value', (fn, source, expected) => {
    expect(evaluate(`util.dynamodb.${fn}(${source})`)).toEqual(expected);
  });

  it('toNull gives a NULL attribute', () => {
    expect(evaluate('util.dynamodb.toNull()')).toEqual({ NULL: null });
  });

  it.each(['toString', 'toStringSet', 'toNumber', 'toNumberSet', 'toBinary', 'toBinarySet', 'toBoolean', 'toList', 'toMap', 'toMapValues'])(
    '%s answers null for null',
    (fn) => {
      expect(evaluate(`util.dynamodb.${fn}(null)`)).toBeNull();
    },
  );

  it('leaves undefined members out of a map, as JSON does', () => {
    expect(evaluate('util.dynamodb.toMapValues({ a: 1, b: undefined })')).toEqual({ a: { N: 1 } });
  });

  it('toS3Object writes compact JSON without a version', () => {
    expect(evaluate('util.dynamodb.toS3Object("foo", "bar", "baz")')).toEqual({ S: '{"s3":{"key":"foo","bucket":"bar","region":"baz"}}' });
  });

  it('toS3Object writes compact JSON with a version', () => {
    expect(evaluate('util.dynamodb.toS3Object("foo", "bar", "baz", "beep")')).toEqual({
      S: '{"s3":{"key":"foo","bucket":"bar","region":"baz","version":"beep"}}',
    });
  });

  it('fromS3ObjectJson reads back what toS3Object wrote', () => {
    expect(evaluate('util.dynamodb.fromS3ObjectJson(util.dynamodb.toS3Object("foo", "bar", "baz", "beep").S)')).toEqual({
      key: 'foo',
      bucket: 'bar',
      region: 'baz',
      version: 'beep',
    });
  });

  it('fromS3ObjectJson refuses text that is not an S3 object', () => {
    expect(() => evaluate('util.dynamodb.fromS3ObjectJson("{}")')).toThrow(/Not an S3 object/);
  });
});
