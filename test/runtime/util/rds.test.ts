import { describe, expect, it } from 'vitest';
import { HandlerError } from '../../../local/appsync-js/sandbox.ts';
import { evaluate } from './run-in-sandbox.ts';

// Every expected value below was recorded from AppSync's EvaluateCode: localstack/appsync-utils,
// __tests__/resolvers.test.js (the inputs) and __tests__/__snapshots__/resolvers.test.js.snap (the
// outputs), test names quoted. A refusal is the message AppSync reports after `code.js:L:C: `.

/** The request a handler returns, or the message of what it raised. */
function outcome(expression: string, ctx?: Record<string, unknown>): unknown {
  try {
    return evaluate(expression, { ctx });
  } catch (e) {
    if (e instanceof HandlerError) return { message: e.message };
    throw e;
  }
}

const request = (statements: string[], variableMap: Record<string, unknown> = {}, variableTypeHintMap: Record<string, string> = {}) => ({
  statements,
  variableMap,
  variableTypeHintMap,
});

const pg = (statement: string) => `rds.createPgStatement(${statement})`;
const mysql = (statement: string) => `rds.createMySQLStatement(${statement})`;

describe('@aws-appsync/utils/rds builds the requests AppSync builds', () => {
  it.each([
    [
      '"mysql select": where, orderBy, limit, offset and columns',
      mysql(
        `rds.select({ table: "UserGroup", where: { or: [{ name: { eq: 'Stephane' } }, { id: { gt: 10 } }] }, limit: 10, offset: 1, columns: ['id', 'name'], orderBy: [{ column: 'name' }, { column: 'id', dir: 'DESC' }] })`,
      ),
      request(
        ['SELECT `id`, `name` FROM `UserGroup` WHERE (`name` = :P0) OR (`id` > :P1) ORDER BY `name` ASC, `id` DESC LIMIT :P2 OFFSET :P3'],
        { ':P0': 'Stephane', ':P1': 10, ':P2': 10, ':P3': 1 },
      ),
    ],
    [
      '"postgresql select"',
      pg(
        `rds.select({ table: "UserGroup", where: { or: [{ name: { eq: 'Stephane' } }, { id: { gt: 10 } }] }, limit: 10, offset: 1, columns: ['id', 'name'], orderBy: [{ column: 'name' }, { column: 'id', dir: 'DESC' }] })`,
      ),
      request(
        ['SELECT "id", "name" FROM "UserGroup" WHERE ("name" = :P0) OR ("id" > :P1) ORDER BY "name" ASC, "id" DESC LIMIT :P2 OFFSET :P3'],
        {
          ':P0': 'Stephane',
          ':P1': 10,
          ':P2': 10,
          ':P3': 1,
        },
      ),
    ],
    [
      '"mysql type hints": UUID and TIMESTAMP in an and group',
      mysql(
        `rds.select({ table: "UserGroup", where: { and: [{ id: { eq: rds.typeHint.UUID("1232") } }, { started: { lt: rds.typeHint.TIMESTAMP("2022-03-02T00:00:00.000Z") } }] } })`,
      ),
      request(
        ['SELECT * FROM `UserGroup` WHERE (`id` = :P0) AND (`started` < :P1)'],
        { ':P0': '1232', ':P1': '2022-03-02T00:00:00.000Z' },
        { ':P0': 'UUID', ':P1': 'TIMESTAMP' },
      ),
    ],
    [
      '"postgresql sql tagged template": two statements share one numbering',
      pg(
        'rds.sql`insert into Post(id, text) values(${rds.typeHint.UUID(ctx.args.id)}, ${ctx.args.text})`, rds.sql`select * from Post where id = ${ctx.args.id}`',
      ),
      request(
        ['insert into Post(id, text) values(:P0, :P1)', 'select * from Post where id = :P2'],
        { ':P0': 'adb626eb-4ce5-452a-a917-3943a37f202b', ':P1': 'hello world', ':P2': 'adb626eb-4ce5-452a-a917-3943a37f202b' },
        { ':P0': 'UUID' },
      ),
    ],
    [
      '"mysql raw string" (kept as written)',
      mysql('`UPDATE "document" set "data" = 10 WHERE id = ${ctx.args.id}`'),
      request(['UPDATE "document" set "data" = 10 WHERE id = adb626eb-4ce5-452a-a917-3943a37f202b']),
    ],
    [
      '"postgresql update": values bind before the where clause',
      pg(`rds.update({ table: 'persons', values: { name: "name", birthday: "today", country: "home" }, where: { id: { eq: "abc123" } } })`),
      request(['UPDATE "persons" SET "name" = :P0, "birthday" = :P1, "country" = :P2 WHERE "id" = :P3'], {
        ':P0': 'name',
        ':P1': 'today',
        ':P2': 'home',
        ':P3': 'abc123',
      }),
    ],
    [
      '"postgresql insert" with returning *',
      pg(`rds.insert({ table: 'persons', values: { name: "test" }, returning: "*" })`),
      request(['INSERT INTO "persons" ("name") VALUES (:P0) RETURNING *'], { ':P0': 'test' }),
    ],
    [
      '"postgresql remove" with returning columns',
      pg(`rds.remove({ table: 'persons', where: { id: { eq: "1232" } }, returning: ['id', 'name'] })`),
      request(['DELETE FROM "persons" WHERE "id" = :P0 RETURNING "id", "name"'], { ':P0': '1232' }),
    ],
    [
      '"mysql remove"',
      mysql(`rds.remove({ table: 'persons', where: { id: { eq: "1232" } } })`),
      request(['DELETE FROM `persons` WHERE `id` = :P0'], { ':P0': '1232' }),
    ],
    [
      '"where mixed inline and"',
      pg(
        `rds.select({ table: 'supplier', where: { count: { le: 10 }, and: [{ id: { eq: 123456 } }], deleted: { attributeExists: false } } })`,
      ),
      request(['SELECT * FROM "supplier" WHERE "count" <= :P0 AND ("id" = :P1) AND "deleted" IS NULL'], { ':P0': 10, ':P1': 123456 }),
    ],
    [
      '"where mixed or/and multiple or"',
      pg(
        `rds.select({ table: 'supplier', where: { and: [{ id: { eq: "and eq" } }], or: [{ id: { eq: "or eq 1" } }, { id: { eq: "or eq 2" } }], id: { eq: "id eq" } } })`,
      ),
      request(['SELECT * FROM "supplier" WHERE ("id" = :P0) AND ("id" = :P1) OR ("id" = :P2) AND "id" = :P3'], {
        ':P0': 'and eq',
        ':P1': 'or eq 1',
        ':P2': 'or eq 2',
        ':P3': 'id eq',
      }),
    ],
    [
      '"where nested ors with ands"',
      pg(
        `rds.select({ table: 'supplier', where: { id: { eq: "id eq" }, or: [{ id: { eq: "or 1" } }, { or: [{ id: { eq: "or nested 1" } }, { id: { eq: "or nested 2" } }] }, { id: { eq: "final or" } }] } })`,
      ),
      request(['SELECT * FROM "supplier" WHERE "id" = :P0 AND ("id" = :P1) OR (("id" = :P2) OR ("id" = :P3)) OR ("id" = :P4)'], {
        ':P0': 'id eq',
        ':P1': 'or 1',
        ':P2': 'or nested 1',
        ':P3': 'or nested 2',
        ':P4': 'final or',
      }),
    ],
    [
      '"schema-qualified identifiers": each part quoted',
      pg(`rds.select({ table: "private.persons", columns: ["id", "persons.name", "persons.*"], where: { "persons.id": { eq: 123 } } })`),
      request(['SELECT "id", "persons"."name", "persons"."*" FROM "private"."persons" WHERE "persons"."id" = :P0'], { ':P0': 123 }),
    ],
    [
      '"select with a table alias in mysql": the value is the table',
      mysql(`rds.select({ table: { persons: "p" } })`),
      request(['SELECT * FROM `p` as `persons`']),
    ],
    [
      '"select with from and the other clauses"',
      pg(`rds.select({ from: "domain.color", columns: ["id"], where: { id: { eq: 1 } }, limit: 2 })`),
      request(['SELECT "id" FROM "domain"."color" WHERE "id" = :P0 LIMIT :P1'], { ':P0': 1, ':P1': 2 }),
    ],
    [
      '"insert uses table and ignores from"',
      pg(`rds.insert({ from: "ignored", table: "persons", values: { name: "test" } })`),
      request(['INSERT INTO "persons" ("name") VALUES (:P0)'], { ':P0': 'test' }),
    ],
    [
      '"null alongside a type hint": a null value is the NULL literal',
      pg(`rds.insert({ table: "persons", values: { id: rds.typeHint.UUID("0e0d0c0b-0a09-0807-0605-040302010000"), country: null } })`),
      request(
        ['INSERT INTO "persons" ("id", "country") VALUES (:P0, NULL)'],
        { ':P0': '0e0d0c0b-0a09-0807-0605-040302010000' },
        { ':P0': 'UUID' },
      ),
    ],
    [
      '"contains", "notContains" and "beginsWith" on one column',
      pg(`rds.select({ table: "persons", where: { name: { contains: "test", notContains: "x", beginsWith: "te" } } })`),
      request(['SELECT * FROM "persons" WHERE "name" LIKE :P0 AND "name" NOT LIKE :P1 AND "name" LIKE :P2'], {
        ':P0': '%test%',
        ':P1': 'x',
        ':P2': 'te%',
      }),
    ],
    [
      '"between a null bound"',
      pg(`rds.select({ table: "persons", where: { age: { between: [null, 65] } } })`),
      request(['SELECT * FROM "persons" WHERE "age" BETWEEN NULL AND :P0'], { ':P0': 65 }),
    ],
    [
      '"size with a nested between" and "size with a null value"',
      pg(`rds.select({ table: "persons", where: { name: { size: { between: [2, 8] } }, nick: { size: { eq: null } } } })`),
      request(['SELECT * FROM "persons" WHERE LENGTH ("name") BETWEEN :P0 AND :P1 AND LENGTH ("nick") = NULL'], { ':P0': 2, ':P1': 8 }),
    ],
    [
      '"size with order by and limit": a lowercase dir is upper-cased',
      pg(`rds.select({ table: "persons", where: { name: { size: { gt: 2 } } }, orderBy: [{ column: "name", dir: "desc" }], limit: 5 })`),
      request(['SELECT * FROM "persons" WHERE LENGTH ("name") > :P0 ORDER BY "name" DESC LIMIT :P1'], { ':P0': 2, ':P1': 5 }),
    ],
    [
      '"a numeric string limit binds a number"',
      pg(`rds.select({ table: "persons", limit: "5" })`),
      request(['SELECT * FROM "persons" LIMIT :P0'], { ':P0': 5 }),
    ],
    [
      '"limit and offset zero"',
      pg(`rds.select({ table: "domain.color", limit: 0, offset: 0 })`),
      request(['SELECT * FROM "domain"."color" LIMIT :P0 OFFSET :P1'], { ':P0': 0, ':P1': 0 }),
    ],
    ['"empty column list"', pg(`rds.select({ table: "domain.color", columns: [] })`), request(['SELECT FROM "domain"."color"'])],
    [
      '"empty values object in update"',
      pg(`rds.update({ table: "persons", values: {}, where: { id: { eq: 1 } } })`),
      request(['UPDATE "persons" SET WHERE "id" = :P0'], { ':P0': 1 }),
    ],
    [
      '"empty returning array in insert"',
      pg(`rds.insert({ table: "persons", values: { name: "test" }, returning: [] })`),
      request(['INSERT INTO "persons" ("name") VALUES (:P0) RETURNING'], { ':P0': 'test' }),
    ],
    [
      '"empty condition object alongside a real condition": AppSync leaves the AND',
      pg(`rds.select({ table: "persons", where: { name: { eq: "test" }, id: {} } })`),
      request(['SELECT * FROM "persons" WHERE "name" = :P0 AND'], { ':P0': 'test' }),
    ],
    [
      '"empty size object alongside a real condition on one column"',
      pg(`rds.select({ table: "persons", where: { name: { size: {}, eq: "test" } } })`),
      request(['SELECT * FROM "persons" WHERE  AND "name" = :P0'], { ':P0': 'test' }),
    ],
    [
      '"empty objects in an or array"',
      pg(`rds.select({ table: "persons", where: { or: [{}, {}] } })`),
      request(['SELECT * FROM "persons" WHERE  OR']),
    ],
    [
      '"empty nested or group": no WHERE at all',
      pg(`rds.select({ table: "persons", where: { and: [{ or: [] }] } })`),
      request(['SELECT * FROM "persons"']),
    ],
    [
      '"where as a sql template in an update"',
      pg('rds.update({ table: "persons", values: { name: "test" }, where: rds.sql`id = ${1}` })'),
      request(['UPDATE "persons" SET "name" = :P0 WHERE id = :P1'], { ':P0': 'test', ':P1': 1 }),
    ],
  ])('%s', (_, expression, expected) => {
    // Prepare
    const ctx = { arguments: { id: 'adb626eb-4ce5-452a-a917-3943a37f202b', text: 'hello world' } };

    // Act
    const built = outcome(expression, ctx);

    // Assess
    expect(built).toEqual(expected);
  });

  it('gives a type hint as AppSync shows it ("typehints UUID")', () => {
    expect(outcome('rds.typeHint.UUID(ctx.args.id)', { arguments: { id: 'abc123' } })).toEqual({ type: 'UUID', value: 'abc123' });
  });
});

describe('@aws-appsync/utils/rds refuses what AppSync refuses, with its messages', () => {
  it.each([
    ['"rejects a call with no statement"', 'rds.createPgStatement()', 'An argument is expected to be passed to createPgStatement'],
    [
      '"rejects a call with no statement in mysql"',
      'rds.createMySQLStatement()',
      'An argument is expected to be passed to createMySQLStatement',
    ],
    ['"rejects a number as a statement"', pg('123'), 'Unsupported type is passed as argument to createPgStatement'],
    [
      '"rejects an unknown statement type"',
      pg('{ type: "BOGUS", properties: {} }'),
      'Unsupported type is passed as argument to createPgStatement',
    ],
    [
      '"rejects a malformed sql tagged template"',
      pg('rds.sql(["a"], 1, 2)'),
      'java.lang.IllegalArgumentException: Unexpected argument passed to sql tagged template',
    ],
    ['"rejects a select called with no payload"', pg('rds.select()'), 'An argument is expected to be passed to select'],
    ['"rejects a payload given as an array"', pg('rds.select([])'), 'Expected payload to be an Object.'],
    [
      '"rejects from and table together in select"',
      pg('rds.select({ from: "a", table: "b" })'),
      "'from' and 'table' keys cannot be used together",
    ],
    ['"rejects a null table"', pg('rds.select({ table: null })'), "'table' or 'from' key is required."],
    [
      '"rejects an insert given only from"',
      pg('rds.insert({ from: "persons", values: { name: "test" } })'),
      "'table' or 'from' key is required.",
    ],
    ['"rejects an empty alias"', pg('rds.select({ table: {} })'), 'java.util.NoSuchElementException'],
    [
      '"rejects an alias with more than one entry"',
      pg('rds.select({ table: { a: "x", b: "y" } })'),
      'table alias is allowed only one key-value pair.',
    ],
    ['"rejects a table given as an array"', pg('rds.select({ table: ["persons"] })'), 'table name is expected to be a string or alias.'],
    [
      '"rejects a from that is neither a string nor an object"',
      pg('rds.select({ from: 1 })'),
      "'from' value is expected to be string or object.",
    ],
    [
      '"rejects a column list given as a plain string"',
      pg('rds.select({ table: "persons", columns: "name" })'),
      'Expected column to be * or an array.',
    ],
    ['"rejects a null column name"', pg('rds.select({ table: "persons", columns: ["name", null] })'), 'Invalid type in column array.'],
    [
      '"a malformed returning in mysql reports the column list"',
      mysql('rds.insert({ table: "persons", values: { name: "test" }, returning: "id" })'),
      'Expected column to be * or an array.',
    ],
    [
      '"rejects returning in mysql"',
      mysql('rds.remove({ table: "persons", where: { id: { eq: 1 } }, returning: ["id"] })'),
      'returning is not supported in MySQL.',
    ],
    [
      '"rejects a where given as a plain string"',
      pg('rds.select({ table: "persons", where: "id = 1" })'),
      'WHERE values are expected to be SQL templates or a condition object.',
    ],
    [
      '"rejects a bare value as a condition"',
      pg('rds.select({ table: "persons", where: { name: "test" } })'),
      'Expected condition to be an Object.',
    ],
    [
      '"rejects an or that is not an array"',
      pg('rds.select({ table: "persons", where: { or: "nope" } })'),
      'or expects conditions to be an array',
    ],
    [
      '"rejects a sql template inside an and group"',
      pg('rds.select({ table: "persons", where: { and: [rds.sql`id = ${1}`] } })'),
      'Expected and to be an Object.',
    ],
    ['"rejects the in operator"', pg('rds.select({ table: "persons", where: { id: { in: [1, 2] } } })'), 'Unsupported condition id.in.'],
    [
      '"rejects a null equality value"',
      pg('rds.select({ table: "persons", where: { id: { eq: null } } })'),
      "Value for id.eq can't be null.",
    ],
    [
      '"rejects a non-string for beginsWith"',
      pg('rds.select({ table: "persons", where: { name: { beginsWith: 5 } } })'),
      'name.beginsWith expects a string value to be passed.',
    ],
    [
      '"rejects a non-boolean attributeExists value"',
      pg('rds.select({ table: "persons", where: { name: { attributeExists: "yes" } } })'),
      'name.attributeExists expects a boolean value to be passed.',
    ],
    [
      '"rejects between with the wrong number of values"',
      pg('rds.select({ table: "persons", where: { age: { between: [1] } } })'),
      'age.between condition expects an array with 2 values but received an array with length 1.',
    ],
    [
      '"rejects a nested between with the wrong number of values"',
      pg('rds.select({ table: "persons", where: { name: { size: { between: [1] } } } })'),
      'name.size condition expects an array with 2 values but received an array with length 1.',
    ],
    [
      '"rejects an unsupported size operator"',
      pg('rds.select({ table: "persons", where: { name: { size: { contains: "x" } } } })'),
      'name.size has invalid size operator.',
    ],
    [
      '"rejects a size that is not an object"',
      pg('rds.select({ table: "persons", where: { name: { size: 3 } } })'),
      'Expected name.size to be an Object.',
    ],
    [
      '"rejects an orderBy that is not an array"',
      pg('rds.select({ table: "persons", orderBy: { column: "name" } })'),
      'orderBy expects an array.',
    ],
    [
      '"rejects an orderBy item with no column"',
      pg('rds.select({ table: "persons", orderBy: [{}] })'),
      'orderBy item expected to have property column.',
    ],
    [
      '"rejects an orderBy dir that is neither ascending nor descending"',
      pg('rds.select({ table: "persons", orderBy: [{ column: "id", dir: "; DROP TABLE persons" }] })'),
      'orderBy dir can have either ASC or DESC found ; DROP TABLE persons.',
    ],
    ['"rejects an empty string limit"', pg('rds.select({ table: "persons", limit: "" })'), 'limit expects a number.'],
    ['"rejects an object offset"', pg('rds.select({ table: "persons", offset: {} })'), 'offset expects a number.'],
    [
      '"rejects an update with no values"',
      pg('rds.update({ table: "persons", where: { id: { eq: 1 } } })'),
      'values are expected to be passed to update',
    ],
    ['"rejects insert values given as an array"', pg('rds.insert({ table: "persons", values: [1] })'), 'Expected values to an Object.'],
  ])('%s', (_, expression, message) => {
    // Act
    const refused = outcome(expression);

    // Assess
    expect(refused).toEqual({ message });
  });

  it('refuses, by name, what the declarations offer but no recording shows (joins, grouping, aggregates)', () => {
    expect(outcome(pg('rds.select({ table: "a", groupBy: ["x"] })'))).toEqual({
      message: "select's groupBy is not reproduced by the local runtime: no output of AppSync's for it is recorded.",
    });
    expect(outcome('rds.agg.count("id")')).toEqual({
      message: "rds.agg.count is not reproduced by the local runtime: no output of AppSync's for it is recorded.",
    });
  });
});

describe('toJsonObject of @aws-appsync/utils/rds', () => {
  it('leaves a null field out of its record and gives a statement without records one empty record ("toJsonObject", "toJsonObject update and select")', () => {
    // Prepare
    const result = {
      sqlStatementResults: [
        { numberOfRecordsUpdated: 1, generatedFields: [] },
        {
          numberOfRecordsUpdated: 0,
          records: [
            [{ longValue: 12345 }, { isNull: true }, { booleanValue: true }],
            [{ longValue: 67890 }, { doubleValue: 12.34 }, { booleanValue: false }],
          ],
          columnMetadata: [{ name: 'id', label: 'id' }, { name: 'optional_double' }, { name: 'is_active', label: 'IS ACTIVE' }],
        },
      ],
    };

    // Act
    const records = outcome(`rds.toJsonObject(${JSON.stringify(JSON.stringify(result))})`);

    // Assess
    expect(records).toEqual([
      [{}],
      [
        { id: 12345, 'IS ACTIVE': true },
        { id: 67890, optional_double: 12.34, 'IS ACTIVE': false },
      ],
    ]);
  });
});
