import type { RDSRequest } from '@aws-appsync/utils';
import {
  isPlainObject,
  isSqlTemplate,
  isStatement,
  isTypeHint,
  notReproduced,
  type Json,
  type SqlTemplate,
  type Statement,
} from './values.ts';

/**
 * `createPgStatement` / `createMySQLStatement`: statements rendered to SQL text with their values
 * bound as `:P0`, `:P1`, … in the order they appear, one numbering for both statements. Every
 * text, clause order, spacing (an empty part leaves its keyword, `SELECT FROM`, `SET WHERE`, a
 * dangling `AND`) and message here is AppSync's, recorded from its EvaluateCode in
 * localstack/appsync-utils' __tests__/__snapshots__/resolvers.test.js.snap.
 */

export type Dialect = 'postgres' | 'mysql';

const QUOTE: Record<Dialect, string> = { postgres: '"', mysql: '`' };

export function createStatements(dialect: Dialect, builder: string, statements: unknown[]): RDSRequest {
  const [first, second] = statements;
  if (first === undefined || first === null) throw new Error(`An argument is expected to be passed to ${builder}`);
  const sql = new SqlWriter(dialect);
  const texts = [first, second].filter((s, i) => i === 0 || (s !== undefined && s !== null)).map((s) => sql.statement(s, builder));
  return { statements: texts, variableMap: sql.variableMap, variableTypeHintMap: sql.variableTypeHintMap };
}

const COMPARISONS: Record<string, string> = { eq: '=', ne: '!=', gt: '>', ge: '>=', lt: '<', le: '<=' };

const SELECT_ONLY_UNREPRODUCED = [
  'groupBy',
  'having',
  'join',
  'innerJoin',
  'leftJoin',
  'leftOuterJoin',
  'rightJoin',
  'rightOuterJoin',
  'fullOuterJoin',
  'crossJoin',
  'joinNatural',
  'innerJoinNatural',
  'leftJoinNatural',
  'leftOuterJoinNatural',
  'rightJoinNatural',
  'rightOuterJoinNatural',
  'fullOuterJoinNatural',
];

const given = (value: unknown) => value !== undefined && value !== null;

/** Parts joined by one space, empty ones left out; what trails the last word goes. */
const joinParts = (...parts: string[]) =>
  parts
    .filter((p) => p !== '')
    .join(' ')
    .trimEnd();

class SqlWriter {
  readonly variableMap: Record<string, unknown> = {};
  readonly variableTypeHintMap: Record<string, string> = {};
  private next = 0;

  constructor(private readonly dialect: Dialect) {}

  statement(value: unknown, builder: string): string {
    if (typeof value === 'string') return value;
    if (isSqlTemplate(value)) return this.template(value);
    if (!isStatement(value)) throw new Error(`Unsupported type is passed as argument to ${builder}`);
    return this.byType(value);
  }

  private byType({ type, properties: p }: Statement): string {
    switch (type) {
      case 'SELECT': {
        for (const key of SELECT_ONLY_UNREPRODUCED) if (given(p[key])) throw notReproduced(`select's ${key}`);
        const table = this.table(p, true);
        return joinParts(
          'SELECT',
          this.columns(p.columns) ?? '*',
          'FROM',
          table,
          this.where(p.where),
          this.orderBy(p.orderBy),
          this.bound('LIMIT', 'limit', p.limit),
          this.bound('OFFSET', 'offset', p.offset),
        );
      }
      case 'INSERT': {
        const table = this.table(p, false);
        const values = valuesOf(p, 'insert');
        const columns = Object.keys(values).map((c) => this.identifier(c));
        const bound = Object.values(values).map((v) => this.bind(v));
        return joinParts('INSERT INTO', table, `(${columns.join(', ')})`, 'VALUES', `(${bound.join(', ')})`, this.returning(p.returning));
      }
      case 'UPDATE': {
        const table = this.table(p, false);
        const values = valuesOf(p, 'update');
        const assignments = Object.entries(values).map(([c, v]) => `${this.identifier(c)} = ${this.bind(v)}`);
        return joinParts('UPDATE', table, 'SET', assignments.join(', '), this.where(p.where), this.returning(p.returning));
      }
      case 'DELETE':
        return joinParts('DELETE FROM', this.table(p, false), this.where(p.where), this.returning(p.returning));
    }
  }

  /** `{ persons: "p" }` reads as `"p" as "persons"`: AppSync takes the value as the table. Only select knows `from`. */
  private table(p: Json, fromAllowed: boolean): string {
    if (fromAllowed && given(p.from) && given(p.table)) throw new Error("'from' and 'table' keys cannot be used together");
    const usesFrom = fromAllowed && given(p.from);
    const source = usesFrom ? p.from : p.table;
    if (!given(source)) throw new Error("'table' or 'from' key is required.");
    if (typeof source === 'string') return this.identifier(source);
    if (usesFrom && !isPlainObject(source)) throw new Error("'from' value is expected to be string or object.");
    if (!isPlainObject(source)) throw new Error('table name is expected to be a string or alias.');
    if (isStatement(source) || isSqlTemplate(source)) throw notReproduced('A subquery as the table');
    const entries = Object.entries(source);
    // AWS lets the exception of its own implementation through.
    if (entries.length === 0) throw new Error('java.util.NoSuchElementException');
    if (entries.length > 1) throw new Error('table alias is allowed only one key-value pair.');
    const [[alias, name]] = entries as [[string, unknown]];
    if (isStatement(name) || isSqlTemplate(name)) throw notReproduced('A subquery as the table');
    if (typeof name !== 'string') throw new Error('Table alias value is expected to be a string.');
    return `${this.identifier(name)} as ${this.identifier(alias)}`;
  }

  /** `columns` and `returning`: `*` or a list of names; undefined when absent. */
  private columns(columns: unknown): string | undefined {
    if (!given(columns)) return undefined;
    if (columns === '*') return '*';
    if (!Array.isArray(columns)) throw new Error('Expected column to be * or an array.');
    return columns
      .map((c) => {
        if (typeof c !== 'string') throw new Error('Invalid type in column array.');
        return c === '*' ? '*' : this.identifier(c);
      })
      .join(', ');
  }

  /** The list's shape is judged before the dialect. */
  private returning(returning: unknown): string {
    const columns = this.columns(returning);
    if (columns === undefined) return '';
    if (this.dialect === 'mysql') throw new Error('returning is not supported in MySQL.');
    return joinParts('RETURNING', columns);
  }

  private where(where: unknown): string {
    if (!given(where)) return '';
    const text = isSqlTemplate(where) ? this.template(where) : isPlainObject(where) ? this.condition(where) : undefined;
    if (text === undefined) throw new Error('WHERE values are expected to be SQL templates or a condition object.');
    return text === '' ? '' : `WHERE ${text}`;
  }

  /** Entries joined by AND, in the object's order, empty ones included (AppSync leaves their AND). */
  private condition(condition: Json): string {
    return Object.entries(condition)
      .map(([key, value]) => {
        if (key === 'and' || key === 'or') return this.group(key, value);
        if (key === 'not') throw notReproduced("A where clause's not");
        return this.column(key, value);
      })
      .join(' AND ');
  }

  private group(kind: 'and' | 'or', items: unknown): string {
    if (!Array.isArray(items)) throw new Error(`${kind} expects conditions to be an array`);
    return items
      .map((item) => {
        if (!isPlainObject(item) || isSqlTemplate(item)) throw new Error(`Expected ${kind} to be an Object.`);
        const text = this.condition(item);
        return text === '' ? '' : `(${text})`;
      })
      .join(kind === 'and' ? ' AND ' : ' OR ');
  }

  private column(column: string, operations: unknown): string {
    if (!isPlainObject(operations)) throw new Error('Expected condition to be an Object.');
    const target = this.identifier(column);
    return Object.entries(operations)
      .map(([operator, value]) => this.operation(column, target, operator, value))
      .join(' AND ');
  }

  private operation(column: string, target: string, operator: string, value: unknown): string {
    const name = `${column}.${operator}`;
    if (Object.hasOwn(COMPARISONS, operator)) {
      if (!given(value)) throw new Error(`Value for ${name} can't be null.`);
      return `${target} ${COMPARISONS[operator]} ${this.bind(value)}`;
    }
    switch (operator) {
      case 'beginsWith':
      case 'contains':
      case 'notContains': {
        if (!given(value)) throw new Error(`Value for ${name} can't be null.`);
        if (typeof value !== 'string') throw new Error(`${name} expects a string value to be passed.`);
        if (operator === 'notContains') return `${target} NOT LIKE ${this.bind(value)}`;
        return `${target} LIKE ${this.bind(operator === 'contains' ? `%${value}%` : `${value}%`)}`;
      }
      case 'between':
        return this.between(name, target, value);
      case 'attributeExists':
        if (!given(value)) throw new Error(`Value for ${name} can't be null.`);
        if (typeof value !== 'boolean') throw new Error(`${name} expects a boolean value to be passed.`);
        return `${target} ${value ? 'IS NOT NULL' : 'IS NULL'}`;
      case 'size':
        return this.size(column, target, value);
      default:
        throw new Error(`Unsupported condition ${name}.`);
    }
  }

  /** A size comparison binds a null as the NULL literal, where a direct comparison refuses it. */
  private size(column: string, target: string, operations: unknown): string {
    const name = `${column}.size`;
    if (!isPlainObject(operations)) throw new Error(`Expected ${name} to be an Object.`);
    const length = `LENGTH (${target})`;
    return Object.entries(operations)
      .map(([operator, value]) => {
        if (Object.hasOwn(COMPARISONS, operator)) return `${length} ${COMPARISONS[operator]} ${this.bind(value)}`;
        if (operator === 'between') return this.between(name, length, value);
        throw new Error(`${name} has invalid size operator.`);
      })
      .join(' AND ');
  }

  private between(name: string, target: string, bounds: unknown): string {
    if (!Array.isArray(bounds)) throw new Error(`${name} condition expects an array with length of 2.`);
    if (bounds.length !== 2) {
      throw new Error(`${name} condition expects an array with 2 values but received an array with length ${bounds.length}.`);
    }
    return `${target} BETWEEN ${this.bind(bounds[0])} AND ${this.bind(bounds[1])}`;
  }

  /** Directions other than a string mean ascending; a string must say ASC or DESC, in any case. */
  private orderBy(orderBy: unknown): string {
    if (!given(orderBy)) return '';
    if (!Array.isArray(orderBy)) throw new Error('orderBy expects an array.');
    const items = orderBy.map((item) => {
      if (!isPlainObject(item)) throw new Error('orderBy item expected to be an object.');
      if (typeof item.column !== 'string') throw new Error('orderBy item expected to have property column.');
      const dir = typeof item.dir === 'string' ? item.dir.toUpperCase() : 'ASC';
      if (dir !== 'ASC' && dir !== 'DESC') throw new Error(`orderBy dir can have either ASC or DESC found ${String(item.dir)}.`);
      return `${this.identifier(item.column)} ${dir}`;
    });
    return items.length === 0 ? '' : `ORDER BY ${items.join(', ')}`;
  }

  /** `limit` and `offset`: a number, or text that reads as one (bound as the number). */
  private bound(keyword: string, name: string, value: unknown): string {
    if (!given(value)) return '';
    const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (Number.isNaN(number)) throw new Error(`${name} expects a number.`);
    return `${keyword} ${this.bind(number)}`;
  }

  private template({ properties: { strings, values } }: SqlTemplate): string {
    return strings.reduce((text, part, i) => text + (i === 0 ? '' : this.bind(values[i - 1])) + part, '');
  }

  /** `schema.table` and `table.column` are quoted part by part. */
  private identifier(name: string): string {
    const quote = QUOTE[this.dialect];
    return name
      .split('.')
      .map((part) => quote + part.replaceAll(quote, quote + quote) + quote)
      .join('.');
  }

  /** A null is written as the NULL literal; anything else becomes the next variable, a type hint with its type. */
  private bind(value: unknown): string {
    if (!given(value)) return 'NULL';
    const name = `:P${this.next}`;
    this.next += 1;
    if (isTypeHint(value)) {
      this.variableMap[name] = value.value;
      this.variableTypeHintMap[name] = value.type;
    } else {
      this.variableMap[name] = value;
    }
    return name;
  }
}

function valuesOf(p: Json, builder: 'insert' | 'update'): Json {
  if (!given(p.values)) throw new Error(`values are expected to be passed to ${builder}`);
  // Sic: AppSync's words.
  if (!isPlainObject(p.values)) throw new Error('Expected values to an Object.');
  return p.values;
}
