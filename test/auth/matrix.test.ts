import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { isObjectType } from 'graphql';
import { fixtureApi } from '../../model/fixture/api.ts';
import { startTestRuntime } from '../support/runtime.ts';
import { buildAppSyncSchema, readSchemaSdl } from '../../model/schema/appsync-schema.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { FIXTURE_MATRIX } from './fixture-matrix.ts';
import { outcomeOf } from './outcomes.ts';
import { CALLERS, callAs, callerOf } from './support.ts';
import { startSubscription } from './realtime-start.ts';

let runtime: LocalRuntime;

beforeAll(async () => {
  runtime = await startTestRuntime(fixtureApi);
  const created = await callAs(runtime, 'owningCreator', 'mutation { createNote(id: "n-owned", text: "mine") { id } }');
  expect(created.body).toEqual({ data: { createNote: { id: 'n-owned' } } });
});

afterAll(() => runtime?.stop());

/** Every item of every table: what a denied mutation must leave exactly as it was. */
async function allData(): Promise<unknown[]> {
  const scans = await Promise.all(
    fixtureApi.tables.map((t) => runtime.dynamoDb.send(new ScanCommand({ TableName: runtime.tableName(t.name), ConsistentRead: true }))),
  );
  return scans.flatMap((s) => s.Items ?? []).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** Polls (a bounded number of times) until a write made after the answer has landed. */
async function untilWritten(id: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { Item } = await runtime.dynamoDb.send(
      new GetItemCommand({ TableName: runtime.tableName('FixtureItems'), Key: { id: { S: id } }, ConsistentRead: true }),
    );
    if (Item) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${id} was never written`);
}

describe('The fixture authorization matrix', () => {
  it('has a row for every operation of the fixture schema, and none for an operation it no longer has', () => {
    // Prepare
    const schema = buildAppSyncSchema(readSchemaSdl(fixtureApi.sourceApis[0]!.schemaFiles));
    const operations = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
      .filter(isObjectType)
      .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));

    // Act
    const withoutRow = operations.filter((op) => !FIXTURE_MATRIX.some((row) => row.operation === op));
    const stale = FIXTURE_MATRIX.map((row) => row.operation).filter((op) => !operations.includes(op));

    // Assess
    expect(withoutRow).toEqual([]);
    expect(stale).toEqual([]);
  });

  for (const row of FIXTURE_MATRIX) {
    describe(row.operation, () => {
      for (const who of CALLERS) {
        const expected = row.outcomes[who];
        it(`gives ${who === 'none' ? 'a caller without credentials' : who} ${JSON.stringify(expected)}`, async () => {
          // Prepare
          const mutation = row.operation.startsWith('Mutation.');
          const before = mutation && expected !== 'allowed' ? await allData() : undefined;

          // Act
          const outcome = row.operation.startsWith('Subscription.')
            ? await startSubscription(runtime, who === 'none' ? undefined : await callerOf(runtime, who), row.query, row.variables?.(who))
            : outcomeOf(await callAs(runtime, who, row.query, row.variables?.(who)));

          // Assess
          expect(outcome).toEqual(expected);
          if (before) expect(await allData()).toEqual(before);
          if (row.writesAfterAnswer && expected === 'allowed') await untilWritten(row.writesAfterAnswer(who));
        });
      }
    });
  }
});
