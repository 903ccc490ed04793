import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { MappingTemplateError, fieldPath, isObject, jsonType, required, type Json } from './request-fields.ts';

export type Item = Record<string, AttributeValue>;

/**
 * Request side: DynamoDB JSON from the resolver ("typed values") into the SDK's shape.
 * AppSync accepts `N` as a JSON number as well as a string (its own `util.dynamodb.toDynamoDB(12345)`
 * gives `{ "N": 12345 }`) and `B` as a base64 string.
 */
export function readAttributeValue(raw: unknown, path: string): AttributeValue {
  if (!isObject(raw)) {
    throw new MappingTemplateError(`Expected JSON object for attribute value '${path}' but got '${jsonType(raw)}' instead.`);
  }
  const entries = Object.entries(raw);
  if (entries.length !== 1) {
    throw new MappingTemplateError(
      `Attribute value '${path}' must have exactly one of the type descriptors S, N, B, SS, NS, BS, M, L, NULL, BOOL.`,
    );
  }
  const [type, value] = entries[0];
  const typed = (expected: string, ok: boolean) => {
    if (!ok)
      throw new MappingTemplateError(
        `Expected ${expected} for attribute value '${fieldPath(path, type)}' but got '${jsonType(value)}' instead.`,
      );
  };
  const listOf = (check: (v: unknown) => boolean) => Array.isArray(value) && value.every(check);
  switch (type) {
    case 'S':
      typed('string', typeof value === 'string');
      return { S: value as string };
    case 'N':
      typed('number', isNumber(value));
      return { N: String(value) };
    case 'B':
      typed('base64 string', isBinary(value));
      return { B: binary(value) };
    case 'BOOL':
      typed('boolean', typeof value === 'boolean');
      return { BOOL: value as boolean };
    case 'NULL':
      // AppSync's own util.dynamodb renders null as {"NULL": null} (recorded from EvaluateCode),
      // and its data source takes that as DynamoDB's {"NULL": true}.
      typed('boolean or null', typeof value === 'boolean' || value === null);
      return { NULL: value === null ? true : (value as boolean) };
    case 'SS':
      typed(
        'array of strings',
        listOf((v) => typeof v === 'string'),
      );
      return { SS: value as string[] };
    case 'NS':
      typed('array of numbers', listOf(isNumber));
      return { NS: (value as unknown[]).map(String) };
    case 'BS':
      typed('array of base64 strings', listOf(isBinary));
      return { BS: (value as unknown[]).map(binary) };
    case 'L':
      typed('JSON array', Array.isArray(value));
      return { L: (value as unknown[]).map((v, i) => readAttributeValue(v, fieldPath(fieldPath(path, 'L'), i))) };
    case 'M':
      typed('JSON object', isObject(value));
      return { M: readItem(value, fieldPath(path, 'M')) };
    default:
      throw new MappingTemplateError(`Unsupported type descriptor '${type}' for attribute value '${path}'.`);
  }
}

const isNumber = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string';
const isBinary = (v: unknown) => typeof v === 'string' || v instanceof Uint8Array;
const binary = (v: unknown) => (v instanceof Uint8Array ? v : new Uint8Array(Buffer.from(v as string, 'base64')));

export function readItem(raw: unknown, path: string): Item {
  if (!isObject(raw)) throw new MappingTemplateError(`Expected JSON object for field '${path}' but got '${jsonType(raw)}' instead.`);
  return Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, readAttributeValue(value, fieldPath(path, name))]));
}

export const readRequiredItem = (parent: Json, name: string, path: string): Item =>
  readItem(required(parent, name, path), fieldPath(path, name));

/**
 * Result side: AppSync's response type system turns DynamoDB values into plain JSON:
 * numbers as numbers, string/number sets as lists, binary (and binary sets) as base64 strings.
 */
export function toAppSyncValue(value: AttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.B !== undefined) return base64(value.B);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL !== undefined) return null;
  if (value.SS !== undefined) return [...value.SS];
  if (value.NS !== undefined) return value.NS.map(Number);
  if (value.BS !== undefined) return value.BS.map(base64);
  if (value.L !== undefined) return value.L.map(toAppSyncValue);
  if (value.M !== undefined) return toAppSyncItem(value.M);
  return null;
}

export const toAppSyncItem = (item: Item): Record<string, unknown> =>
  Object.fromEntries(Object.entries(item).map(([name, value]) => [name, toAppSyncValue(value)]));

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Value equality as DynamoDB defines it: numbers by value, sets regardless of order. */
export function sameAttributeValue(a: AttributeValue, b: AttributeValue): boolean {
  if (a.S !== undefined) return a.S === b.S;
  if (a.N !== undefined) return b.N !== undefined && sameNumber(a.N, b.N);
  if (a.B !== undefined) return b.B !== undefined && Buffer.from(a.B).equals(Buffer.from(b.B));
  if (a.BOOL !== undefined) return a.BOOL === b.BOOL;
  if (a.NULL !== undefined) return b.NULL !== undefined;
  if (a.SS !== undefined) return b.SS !== undefined && sameSet(a.SS, b.SS, (x, y) => x === y);
  if (a.NS !== undefined) return b.NS !== undefined && sameSet(a.NS, b.NS, sameNumber);
  if (a.BS !== undefined) return b.BS !== undefined && sameSet(a.BS, b.BS, (x, y) => Buffer.from(x).equals(Buffer.from(y)));
  if (a.L !== undefined) return b.L !== undefined && a.L.length === b.L.length && a.L.every((v, i) => sameAttributeValue(v, b.L![i]));
  if (a.M !== undefined) return b.M !== undefined && sameItem(a.M, b.M);
  return false;
}

const sameNumber = (a: string, b: string) => a === b || Number(a) === Number(b);

const sameSet = <T>(a: T[], b: T[], same: (x: T, y: T) => boolean) => a.length === b.length && a.every((x) => b.some((y) => same(x, y)));

export function sameItem(a: Item, b: Item, ignore: readonly string[] = []): boolean {
  const names = (item: Item) => Object.keys(item).filter((name) => !ignore.includes(name));
  const aNames = names(a);
  const bNames = names(b);
  return aNames.length === bNames.length && aNames.every((name) => name in b && sameAttributeValue(a[name], b[name]));
}
