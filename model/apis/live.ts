import type { IamGrantDeclaration, ResolverDeclaration, SourceApiDeclaration } from '../declaration.ts';

const READ = 'LiveRead';
const WRITE = 'Live';
const CATALOG = 'LiveCatalogRead';
const EVENTS = 'LiveEvents';

const unit = (typeName: string, fieldName: string, dataSource: string): ResolverDeclaration => ({ typeName, fieldName, dataSource });
const pipeline = (typeName: string, fieldName: string, functions: string[]): ResolverDeclaration => ({
  typeName,
  fieldName,
  pipeline: functions,
});

/** A stream's conditional update, and the stream read again only when it was refused (AppSync does not say why). */
const STREAM_UPDATE = ['updateStream', 'getRefusedStream'];

/**
 * live: live streams, pins, comments, moderation, viewer counts and the live events feed. Reads
 * and authorization reads run on read-only data sources (the Live table, with batches of products
 * and recommendations for pins; the Shops table for profiles, shops and products); stream changes
 * are conditional writes and transactions on the Live table; the order-placed event is published
 * through a NONE data source.
 */
export const liveApi: SourceApiDeclaration = {
  name: 'live',
  schemaFiles: ['schema/shared/money.graphql', 'schema/live/live.graphql'],
  resolverDir: 'resolvers/live',
  dataSources: [
    {
      name: READ,
      type: 'AMAZON_DYNAMODB',
      table: 'Live',
      otherTables: ['Shops', 'Recommendations'],
      readOnly: true,
      description: 'Reads of the Live table, and batches of a product and its recommendation for a pin',
    },
    { name: WRITE, type: 'AMAZON_DYNAMODB', table: 'Live', description: 'Writes to the Live table' },
    { name: CATALOG, type: 'AMAZON_DYNAMODB', table: 'Shops', readOnly: true, description: 'Reads of profiles, shops and products' },
    { name: EVENTS, type: 'NONE', description: 'Publish-only live events' },
  ],
  functions: [
    { name: 'getCallerProfile', dataSource: CATALOG },
    { name: 'authorizeStream', dataSource: READ },
    { name: 'getPinCommission', dataSource: READ },
    { name: 'insertStream', dataSource: WRITE },
    { name: 'insertPin', dataSource: WRITE },
    { name: 'insertComment', dataSource: WRITE },
    { name: 'removeComment', dataSource: WRITE },
    { name: 'insertBan', dataSource: WRITE },
    { name: 'updateStream', dataSource: WRITE },
    { name: 'getRefusedStream', dataSource: READ },
  ],
  resolvers: [
    unit('Query', 'liveStream', READ),
    unit('Query', 'liveNow', READ),
    unit('Query', 'liveComments', READ),

    pipeline('Mutation', 'scheduleLiveStream', ['getCallerProfile', 'insertStream']),
    pipeline('Mutation', 'startLiveStream', STREAM_UPDATE),
    pipeline('Mutation', 'endLiveStream', STREAM_UPDATE),
    pipeline('Mutation', 'pinProduct', ['authorizeStream', 'getPinCommission', 'insertPin']),
    pipeline('Mutation', 'sendComment', ['getCallerProfile', 'insertComment']),
    pipeline('Mutation', 'deleteComment', ['authorizeStream', 'removeComment']),
    pipeline('Mutation', 'banFromStream', ['authorizeStream', 'insertBan']),
    pipeline('Mutation', 'updateViewerCount', STREAM_UPDATE),
    unit('Mutation', 'publishLiveOrderPlaced', EVENTS),

    unit('Subscription', 'onLiveStreamEvent', READ),

    unit('Shop', 'liveStreams', READ),
    unit('LiveStream', 'shop', CATALOG),
    unit('LivePin', 'product', CATALOG),
  ],
};

/** Backend principals and the live fields each may call with IAM (least privilege). */
export const liveIamGrants: IamGrantDeclaration[] = [
  { principal: 'viewerCountAggregator', fields: ['Mutation.updateViewerCount'] },
  // The checkout saga tells a stream's viewers about orders placed through it.
  { principal: 'orderWorkflow', fields: ['Mutation.publishLiveOrderPlaced'] },
];
