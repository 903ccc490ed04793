import type { Who } from './support.ts';
import { allowed, denied, NO_CREDENTIALS, PERMISSION_DENIED, type Outcome } from './outcomes.ts';

/**
 * The fixture API's authorization matrix: every operation × every kind of caller → the outcome.
 * An operation added to the fixture schema needs a row here (the matrix test fails without one).
 *
 * Callers: `owningCreator` owns the note `n-owned` (created before the matrix runs);
 * `iamGranted` is a backend principal granted every Query, Mutation and Subscription field, `iamNotGranted` one granted nothing.
 */
export interface MatrixRow {
  operation: `${'Query' | 'Mutation' | 'Subscription'}.${string}`;
  query: string;
  /** Variables per caller, so mutations by different callers do not collide. */
  variables?: (who: Who) => Record<string, unknown>;
  outcomes: Record<Who, Outcome>;
  /** The FixtureItems id an allowed call writes after answering (an Event invocation): waited for, so later rows see settled data. */
  writesAfterAnswer?: (who: Who) => string;
}

/** Query and Mutation fields that declare every mode: API key, any user, and IAM principals granted them. */
const everyMode: Record<Who, Outcome> = {
  none: NO_CREDENTIALS,
  apiKey: allowed,
  shopper: allowed,
  owningCreator: allowed,
  otherCreator: allowed,
  brand: allowed,
  admin: allowed,
  iamGranted: allowed,
  iamNotGranted: PERMISSION_DENIED,
};

/** A field whose directives let none of the callers in but the ones listed. */
function onlyFor(field: [string, string], allowedCallers: Who[], overrides: Partial<Record<Who, Outcome>> = {}): Record<Who, Outcome> {
  const outcomes = { ...everyMode };
  for (const who of Object.keys(outcomes) as Who[]) {
    if (who !== 'none' && who !== 'iamNotGranted') outcomes[who] = allowedCallers.includes(who) ? allowed : denied(field);
  }
  return { ...outcomes, ...overrides };
}

const item = (who: Who, suffix = '') => ({ id: `matrix-${who}${suffix}`, name: `made by ${who}` });

export const FIXTURE_MATRIX: MatrixRow[] = [
  { operation: 'Query.echo', query: 'query { echo(message: "hi") }', outcomes: everyMode },
  { operation: 'Query.withResponseHeaders', query: 'query { withResponseHeaders(headers: []) }', outcomes: everyMode },
  { operation: 'Query.context', query: 'query { context { authType } }', outcomes: everyMode },
  { operation: 'Query.item', query: 'query { item(id: "n-owned") { id } }', outcomes: everyMode },
  { operation: 'Query.itemsByOwner', query: 'query { itemsByOwner(owner: "nobody") { items { id } } }', outcomes: everyMode },
  { operation: 'Query.allItems', query: 'query { allItems(limit: 1) { items { id } } }', outcomes: everyMode },
  { operation: 'Query.itemsByIds', query: 'query { itemsByIds(ids: ["n-owned"]) { id } }', outcomes: everyMode },
  { operation: 'Query.itemsTransact', query: 'query { itemsTransact(ids: ["n-owned"]) { id } }', outcomes: everyMode },
  { operation: 'Query.pipeline', query: 'query { pipeline { steps } }', outcomes: everyMode },
  { operation: 'Query.fail', query: 'query { fail(message: "expected", errorType: "Expected") { id } }', outcomes: everyMode },
  { operation: 'Query.partial', query: 'query { partial { id } }', outcomes: everyMode },
  {
    operation: 'Query.denied',
    query: 'query { denied }',
    // Every mode may call it; its resolver refuses everyone with util.unauthorized().
    outcomes: onlyFor(['denied', 'Query'], []),
  },
  { operation: 'Query.nonNullNull', query: 'query { nonNullNull }', outcomes: everyMode },
  { operation: 'Query.nested', query: 'query { nested { label child { label } } }', outcomes: everyMode },
  { operation: 'Query.nestedRequired', query: 'query { nestedRequired(required: "x") { label } }', outcomes: everyMode },
  {
    operation: 'Query.catalog',
    query: 'query { catalog { id name wholesalePrice } }',
    outcomes: {
      ...onlyFor(['catalog', 'Query'], ['apiKey', 'shopper', 'owningCreator', 'otherCreator', 'brand', 'admin']),
      // The entries are readable; their wholesale price only by brands and admins.
      apiKey: denied(['wholesalePrice', 'CatalogEntry']),
      shopper: denied(['wholesalePrice', 'CatalogEntry']),
      owningCreator: denied(['wholesalePrice', 'CatalogEntry']),
      otherCreator: denied(['wholesalePrice', 'CatalogEntry']),
    },
  },
  {
    operation: 'Query.note',
    query: 'query { note(id: "n-owned") { id } }',
    outcomes: onlyFor(['note', 'Query'], ['shopper', 'owningCreator', 'otherCreator', 'brand', 'admin'], {
      // IAM may call the field, but Note's own fields follow the default mode: user pools only.
      iamGranted: denied(['id', 'Note']),
    }),
  },
  { operation: 'Query.adminReport', query: 'query { adminReport }', outcomes: onlyFor(['adminReport', 'Query'], ['admin']) },
  { operation: 'Query.lambdaInvoke', query: 'query { lambdaInvoke(input: "{}") }', outcomes: everyMode },
  { operation: 'Query.lambdaDirect', query: 'query { lambdaDirect(input: "{}") }', outcomes: everyMode },
  { operation: 'Query.lambdaOther', query: 'query { lambdaOther }', outcomes: everyMode },
  { operation: 'Query.lambdaOutcome', query: 'query { lambdaOutcome(mode: "ok") }', outcomes: everyMode },
  { operation: 'Query.lambdaDirectFault', query: 'query { lambdaDirectFault(mode: "ok") }', outcomes: everyMode },
  {
    operation: 'Query.lambdaDynamo',
    query: 'query ($id: ID!) { lambdaDynamo(id: $id, name: "via lambda") }',
    variables: (who) => ({ id: `matrix-${who}-lambda` }),
    outcomes: everyMode,
  },
  { operation: 'Query.lambdaItems', query: 'query { lambdaItems(ids: ["a"]) { id } }', outcomes: everyMode },

  {
    operation: 'Mutation.publishLiveEvent',
    query: 'mutation { publishLiveEvent(input: { streamId: "matrix" }) { streamId } }',
    outcomes: onlyFor(['publishLiveEvent', 'Mutation'], ['iamGranted']),
  },
  {
    operation: 'Mutation.sendLiveEvent',
    query: 'mutation { sendLiveEvent(input: { streamId: "matrix" }) { streamId } }',
    outcomes: everyMode,
  },
  {
    operation: 'Mutation.closeLiveStream',
    query: 'mutation { closeLiveStream(streamId: "matrix") }',
    outcomes: onlyFor(['closeLiveStream', 'Mutation'], ['iamGranted', 'admin']),
  },
  {
    operation: 'Mutation.putItem',
    query: 'mutation ($input: ItemInput!) { putItem(input: $input) { id } }',
    variables: (who) => ({ input: item(who, '-put') }),
    outcomes: everyMode,
  },
  {
    operation: 'Mutation.createItem',
    query: 'mutation ($input: ItemInput!) { createItem(input: $input) { id } }',
    variables: (who) => ({ input: item(who, '-create') }),
    outcomes: everyMode,
  },
  {
    operation: 'Mutation.renameItem',
    query: 'mutation ($id: ID!) { renameItem(id: $id, name: "renamed", expectedVersion: 1) { id } }',
    variables: (who) => ({ id: item(who, '-put').id }),
    outcomes: everyMode,
  },
  {
    operation: 'Mutation.deleteItem',
    query: 'mutation ($id: ID!) { deleteItem(id: $id) { id } }',
    variables: (who) => ({ id: item(who, '-create').id }),
    outcomes: everyMode,
  },
  {
    operation: 'Mutation.batchPut',
    query: 'mutation ($inputs: [ItemInput!]!) { batchPut(inputs: $inputs) { id } }',
    variables: (who) => ({ inputs: [item(who, '-batch')] }),
    outcomes: everyMode,
  },
  {
    operation: 'Mutation.batchDelete',
    query: 'mutation ($ids: [ID!]!) { batchDelete(ids: $ids) { id } }',
    variables: (who) => ({ ids: [item(who, '-batch').id] }),
    outcomes: everyMode,
  },
  {
    operation: 'Mutation.transfer',
    query: 'mutation ($input: TransferInput!) { transfer(input: $input) }',
    variables: (who) => ({ input: { fromId: `matrix-${who}-from`, toId: `matrix-${who}-to`, amount: 1 } }),
    outcomes: everyMode,
  },
  {
    operation: 'Mutation.setPrice',
    query: 'mutation ($id: ID!) { setPrice(id: $id, price: 5) { id } }',
    variables: (who) => ({ id: item(who, '-put').id }),
    outcomes: everyMode,
  },
  {
    operation: 'Mutation.lambdaFireAndForget',
    query: 'mutation ($id: ID!) { lambdaFireAndForget(id: $id, name: "later") }',
    variables: (who) => ({ id: `matrix-${who}-fire` }),
    outcomes: everyMode,
    writesAfterAnswer: (who) => `matrix-${who}-fire`,
  },
  {
    operation: 'Mutation.createNote',
    query: 'mutation ($id: ID!) { createNote(id: $id, text: "new") { id } }',
    variables: (who) => ({ id: `note-${who}` }),
    outcomes: onlyFor(['createNote', 'Mutation'], ['owningCreator', 'otherCreator']),
  },
  {
    operation: 'Mutation.editNote',
    query: 'mutation { editNote(id: "n-owned", text: "edited") { id } }',
    // Creators and admins pass the directive; the resolver then lets only the owner or an admin write.
    outcomes: onlyFor(['editNote', 'Mutation'], ['owningCreator', 'admin']),
  },
  {
    operation: 'Mutation.publishNoteEvent',
    query: 'mutation { publishNoteEvent(noteId: "n-owned", kind: "edited") { noteId kind } }',
    outcomes: onlyFor(['publishNoteEvent', 'Mutation'], ['iamGranted']),
  },

  // Subscriptions: the outcome of the real-time handshake and `start` (test/auth/realtime-start.ts).
  { operation: 'Subscription.onLiveEvent', query: 'subscription { onLiveEvent(streamId: "matrix") { streamId } }', outcomes: everyMode },
  {
    operation: 'Subscription.onFilteredLiveEvent',
    query: 'subscription { onFilteredLiveEvent(streamId: "matrix") { streamId } }',
    outcomes: everyMode,
  },
  {
    operation: 'Subscription.onNoteEvent',
    query: 'subscription { onNoteEvent(noteId: "n-owned") { noteId } }',
    // User pools only by directive; the subscription's resolver then admits the note's owner alone.
    outcomes: onlyFor(['onNoteEvent', 'Subscription'], ['owningCreator']),
  },
  {
    operation: 'Subscription.onRefusedLiveEvent',
    query: 'subscription { onRefusedLiveEvent { streamId } }',
    outcomes: onlyFor(['onRefusedLiveEvent', 'Subscription'], []),
  },
  {
    operation: 'Subscription.onAdminLiveEvent',
    query: 'subscription { onAdminLiveEvent { streamId } }',
    outcomes: onlyFor(['onAdminLiveEvent', 'Subscription'], ['admin']),
  },
];
