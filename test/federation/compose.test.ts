import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import { canonicalSdl, compose, compositionErrorOf, fixtureSource, source } from './support.ts';

const fixture = (file: string) => readFileSync(path.join(PROJECT_ROOT, 'test/federation/fixtures', file), 'utf8');

describe('Composing source APIs into the Merged API schema', () => {
  describe("the developer guide's examples", () => {
    it('merges same-named types field by field when no directive is set', () => {
      // Prepare
      const posts = fixtureSource('posts', ['union/posts.graphql'], ['Query.getPost', 'Mutation.putPost']);
      const reviews = fixtureSource('reviews', ['union/reviews.graphql'], ['Query.getReview', 'Post.reviews']);
      // Act
      const merged = compose(posts, reviews);
      // Assess
      expect(canonicalSdl(merged.sdl)).toBe(canonicalSdl(fixture('union/merged.graphql')));
      expect(Object.fromEntries(merged.resolvers)).toEqual({
        'Query.getPost': { source: 'posts', typeName: 'Query', fieldName: 'getPost' },
        'Mutation.putPost': { source: 'posts', typeName: 'Mutation', fieldName: 'putPost' },
        'Query.getReview': { source: 'reviews', typeName: 'Query', fieldName: 'getReview' },
        'Post.reviews': { source: 'reviews', typeName: 'Post', fieldName: 'reviews' },
      });
    });

    it('honours @canonical, @hidden and @renamed as the guide shows', () => {
      // Prepare
      const source1 = fixtureSource('source1', ['directives/source1.graphql'], ['Query.getMessage']);
      const source2 = fixtureSource('source2', ['directives/source2.graphql'], ['Query.getMessage', 'Query.getPost']);
      // Act
      const merged = compose(source1, source2);
      // Assess
      expect(canonicalSdl(merged.sdl)).toBe(canonicalSdl(fixture('directives/merged.graphql')));
      expect(merged.resolvers.get('Query.getChatMessage')).toEqual({ source: 'source2', typeName: 'Query', fieldName: 'getMessage' });
      expect(merged.resolvers.get('Query.getMessage')).toEqual({ source: 'source1', typeName: 'Query', fieldName: 'getMessage' });
    });
  });

  describe('merging', () => {
    it('keeps the order in which definitions first appear, and prints no merge directive', () => {
      // Prepare
      const a = source('a', 'type Query { a: String }\ntype Item @canonical { id: ID! name: String @renamed(to: "title") }');
      const b = source('b', 'type Item { id: ID! }\ntype Query { b: Item @hidden c: Item }');
      // Act
      const { sdl } = compose(a, b);
      // Assess
      expect(sdl).toBe('type Query {\n  a: String\n  c: Item\n}\n\ntype Item {\n  id: ID!\n  title: String\n}\n');
    });

    it('merges identical definitions of a field into one, whatever their descriptions', () => {
      // Prepare
      const a = source('a', 'type Query { item(id: ID!, limit: Int = 10): String @deprecated(reason: "old") }');
      const b = source('b', 'type Query { "The item." item(id: ID!, limit: Int = 10): String @deprecated(reason: "old") }');
      // Act
      const { sdl } = compose(a, b);
      // Assess
      expect(sdl).toBe('type Query {\n  item(id: ID!, limit: Int = 10): String @deprecated(reason: "old")\n}\n');
    });

    it('merges enums value by value, inputs field by field and unions member by member', () => {
      // Prepare
      const a = source(
        'a',
        'enum Status { DRAFT LIVE }\ninput Filter { status: Status }\ntype A { id: ID! }\nunion Hit = A\ntype Query { search(f: Filter): [Hit] }',
      );
      const b = source(
        'b',
        'enum Status { LIVE ENDED }\ninput Filter { text: String }\ntype B { id: ID! }\nunion Hit = B\ntype Query { search(f: Filter): [Hit] }',
      );
      // Act
      const { sdl } = compose(a, b);
      // Assess
      expect(canonicalSdl(sdl)).toBe(
        canonicalSdl(
          'enum Status { DRAFT LIVE ENDED }\ninput Filter { status: Status text: String }\ntype A { id: ID! }\ntype B { id: ID! }\nunion Hit = A | B\ntype Query { search(f: Filter): [Hit] }',
        ),
      );
    });

    it('merges interfaces field by field and the interfaces a type implements', () => {
      // Prepare
      const a = source(
        'a',
        'interface Node { id: ID! }\ntype Shop implements Node { id: ID! name: String }\ntype Query { node(id: ID!): Node }',
      );
      const b = source(
        'b',
        'interface Owned { owner: ID }\ntype Shop implements Owned { id: ID! owner: ID }\ntype Query { shops: [Shop] }',
      );
      // Act
      const { sdl } = compose(a, b);
      // Assess
      expect(sdl).toContain('type Shop implements Node & Owned {\n  id: ID!\n  name: String\n  owner: ID\n}');
    });

    it("keeps each source API's auth directives: on the type when the source APIs agree on it", () => {
      // Prepare
      const a = source(
        'a',
        'type Product @aws_api_key @aws_cognito_user_pools { id: ID! price: Int @aws_cognito_user_pools(cognito_groups: ["brands"]) }\ntype Query { product: Product }',
      );
      const b = source(
        'b',
        'type Product @aws_cognito_user_pools @aws_api_key { id: ID! rating: Int }\ntype Query { top: [Product] @aws_api_key }',
      );
      // Act
      const { sdl } = compose(a, b);
      // Assess
      expect(sdl).toContain(
        'type Product @aws_api_key @aws_cognito_user_pools {\n  id: ID!\n  price: Int @aws_cognito_user_pools(cognito_groups: ["brands"])\n  rating: Int\n}',
      );
      expect(sdl).toContain('top: [Product] @aws_api_key');
    });

    it("keeps each source API's auth directives: on each field when their type-level directives differ", () => {
      // Prepare
      const a = source('a', 'type Product @aws_api_key @aws_iam { id: ID! name: String @aws_iam }\ntype Query { product: Product }');
      const b = source('b', 'type Product { recommendedBy: [ID] }\ntype Query { recommended: [Product] }');
      // Act
      const { sdl } = compose(a, b);
      // Assess
      expect(sdl).toContain('type Product {\n  id: ID! @aws_api_key @aws_iam\n  name: String @aws_iam\n  recommendedBy: [ID]\n}');
    });

    it('lets a @canonical field win over other definitions of it, and imports only its resolver', () => {
      // Prepare
      const a = source('a', 'type Shop { id: ID! rating: Float @canonical }\ntype Query { shop: Shop }', ['Query.shop', 'Shop.rating']);
      const b = source('b', 'type Shop { id: ID! rating: Int }\ntype Query { shops: [Shop] }', ['Query.shops', 'Shop.rating']);
      // Act
      const merged = compose(a, b);
      // Assess
      expect(merged.sdl).toContain('type Shop {\n  id: ID!\n  rating: Float\n}');
      expect(merged.resolvers.get('Shop.rating')).toEqual({ source: 'a', typeName: 'Shop', fieldName: 'rating' });
    });

    it('ignores every other definition of a @canonical type, with their resolvers', () => {
      // Prepare
      const a = source('a', 'type User @canonical { id: ID! email: String! }\ntype Query { me: User }', ['Query.me']);
      const b = source('b', 'type User { id: ID! posts: [ID] }\ntype Query { author: User }', ['Query.author', 'User.posts']);
      // Act
      const merged = compose(a, b);
      // Assess
      expect(merged.sdl).toContain('type User {\n  id: ID!\n  email: String!\n}');
      expect([...merged.resolvers.keys()].sort()).toEqual(['Query.author', 'Query.me']);
    });

    it('leaves @hidden types and fields, and their resolvers, out of the Merged API', () => {
      // Prepare
      const a = source(
        'a',
        'type Secret @hidden { id: ID! }\ntype Shop { id: ID! ownerId: ID! @hidden secret: Secret }\ntype Query { shop: Shop }',
        ['Query.shop', 'Shop.secret'],
      );
      // Act
      const merged = compose(a, source('b', 'type Secret { code: String }\ntype Query { b: String }'));
      // Assess
      expect(merged.sdl).toContain('type Shop {\n  id: ID!\n  secret: Secret\n}');
      expect(merged.sdl).toContain('type Secret {\n  code: String\n}');
      expect(merged.resolvers.has('Shop.ownerId')).toBe(false);
      expect(merged.fieldsBySource.get('a')?.has('Secret.code')).toBe(false);
    });

    it('renames a type everywhere its source API refers to it, and a field with its resolver', () => {
      // Prepare
      const live = source(
        'live',
        'type Event @renamed(to: "StreamEvent") { id: ID! }\ninput EventInput { id: ID! }\n' +
          'type Query { event(id: ID!): Event @renamed(to: "streamEvent") events: [Event!]! }\n' +
          'type Mutation { publish(input: EventInput): Event @renamed(to: "publishStreamEvent") }\n' +
          'type Subscription { onEvent: Event @aws_subscribe(mutations: ["publish"]) }',
        ['Query.event', 'Mutation.publish'],
      );
      // Act
      const merged = compose(live, source('shops', 'type Event { id: ID! at: String }\ntype Query { shopEvents: [Event] }'));
      // Assess
      expect(merged.sdl).toContain('streamEvent(id: ID!): StreamEvent\n  events: [StreamEvent!]!');
      expect(merged.sdl).toContain('publishStreamEvent(input: EventInput): StreamEvent');
      expect(merged.sdl).toContain('onEvent: StreamEvent @aws_subscribe(mutations: ["publishStreamEvent"])');
      expect(merged.sdl).toContain('type Event {\n  id: ID!\n  at: String\n}');
      expect(merged.resolvers.get('Query.streamEvent')).toEqual({ source: 'live', typeName: 'Query', fieldName: 'event' });
      expect(merged.resolvers.get('Mutation.publishStreamEvent')).toEqual({ source: 'live', typeName: 'Mutation', fieldName: 'publish' });
      expect(merged.renamedFields.get('Query.streamEvent')).toBe('event');
      expect(merged.fieldsBySource.get('live')?.get('StreamEvent.id')).toBe('Event.id');
    });

    it('honours the merge directives on enums, inputs, interfaces, unions and scalars too', () => {
      // Prepare
      const a = source(
        'a',
        'enum Status { OPEN }\ninput Filter { status: Status }\ninterface Node { id: ID! }\nunion Hit = Shop\ntype Shop implements Node { id: ID! }\nscalar Cursor\ntype Query { shops(f: Filter, after: Cursor): [Hit] node: Node }',
      );
      const b = source(
        'b',
        'enum Status @renamed(to: "StreamStatus") { LIVE }\ninput Filter @renamed(to: "StreamFilter") { status: Status }\n' +
          'interface Node @hidden { id: ID! }\nunion Hit @canonical = Stream | Shop\ntype Stream { id: ID! status: Status }\ntype Shop { id: ID! }\nscalar Cursor @hidden\n' +
          'type Query { streams(f: Filter): [Hit] }',
      );
      // Act
      const { sdl } = compose(a, b);
      // Assess
      expect(canonicalSdl(sdl)).toBe(
        canonicalSdl(
          'enum Status { OPEN }\nenum StreamStatus { LIVE }\ninput Filter { status: Status }\ninput StreamFilter { status: StreamStatus }\n' +
            'interface Node { id: ID! }\nunion Hit = Stream | Shop\ntype Shop implements Node { id: ID! }\ntype Stream { id: ID! status: StreamStatus }\nscalar Cursor\n' +
            'type Query { shops(f: Filter, after: Cursor): [Hit] node: Node streams(f: StreamFilter): [Hit] }',
        ),
      );
    });

    it('folds a source API’s own type extensions into its types before merging', () => {
      // Prepare
      const a = source('a', 'type Query { a: String }\nextend type Query { b: String }');
      // Act
      const { sdl } = compose(a, source('c', 'type Query { c: String }'));
      // Assess
      expect(sdl).toBe('type Query {\n  a: String\n  b: String\n  c: String\n}\n');
    });
  });

  describe('conflicts, each reported with both source APIs and locations', () => {
    it('refuses a field defined with different types', () => {
      // Act
      const message = compositionErrorOf(
        source('posts', 'type Post {\n  id: ID!\n  title: String!\n}\ntype Query { post: Post }'),
        source('drafts', 'type Query { draft: Post }\ntype Post {\n  title: Int\n}'),
      );
      // Assess
      expect(message).toBe(
        'Unable to resolve conflict on object with name title: Merging is not supported for fields with different types. ' +
          'Post.title is String! in source API "posts" (posts.graphql:3:3) and Int in source API "drafts" (drafts.graphql:3:3).',
      );
    });

    it('refuses a field defined with different arguments', () => {
      // Act
      const message = compositionErrorOf(
        source('a', 'type Query {\n  shops(limit: Int): [ID]\n}'),
        source('b', 'type Query {\n  shops(limit: Int, nextToken: String): [ID]\n}'),
      );
      // Assess
      expect(message).toBe(
        'Unable to resolve conflict on object with name shops: Merging is not supported for fields with different arguments. ' +
          'Query.shops is (limit: Int) in source API "a" (a.graphql:2:3) and (limit: Int, nextToken: String) in source API "b" (b.graphql:2:3).',
      );
    });

    it('refuses an input field defined with different default values', () => {
      // Act
      const message = compositionErrorOf(
        source('a', 'input Page {\n  limit: Int = 20\n}\ntype Query { a(p: Page): ID }'),
        source('b', 'input Page {\n  limit: Int\n}\ntype Query { b(p: Page): ID }'),
      );
      // Assess
      expect(message).toBe(
        'Unable to resolve conflict on object with name limit: Merging is not supported for fields with different default values. ' +
          'Page.limit is = 20 in source API "a" (a.graphql:2:3) and no default value in source API "b" (b.graphql:2:3).',
      );
    });

    it('refuses a field the source APIs authorize differently', () => {
      // Act
      const message = compositionErrorOf(
        source('shops', 'type Product @aws_api_key @aws_cognito_user_pools {\n  id: ID!\n}\ntype Query { p: Product }'),
        source('recs', 'type Product {\n  id: ID!\n}\ntype Query { r: Product }'),
      );
      // Assess
      expect(message).toBe(
        'Unable to resolve conflict on object with name id: Merging is not supported for fields with different authorization. ' +
          'Product.id is @aws_api_key @aws_cognito_user_pools in source API "shops" (shops.graphql:2:3) and the default mode in source API "recs" (recs.graphql:2:3).',
      );
    });

    it('refuses a field defined with different directives', () => {
      // Act
      const message = compositionErrorOf(source('a', 'type Query {\n  old: ID @deprecated\n}'), source('b', 'type Query {\n  old: ID\n}'));
      // Assess
      expect(message).toBe(
        'Unable to resolve conflict on object with name old: Merging is not supported for fields with different directives. ' +
          'Query.old is @deprecated in source API "a" (a.graphql:2:3) and no directives in source API "b" (b.graphql:2:3).',
      );
    });

    it('refuses an enum value defined with different directives', () => {
      // Act
      const message = compositionErrorOf(
        source('a', 'enum Status {\n  LIVE @deprecated\n}\ntype Query { a: Status }'),
        source('b', 'enum Status {\n  LIVE\n}\ntype Query { b: Status }'),
      );
      // Assess
      expect(message).toBe(
        'Unable to resolve conflict on object with name LIVE: Merging is not supported for fields with different directives. ' +
          'Status.LIVE is @deprecated in source API "a" (a.graphql:2:3) and no directives in source API "b" (b.graphql:2:3).',
      );
    });

    it('refuses same-named types of different kinds', () => {
      // Act
      const message = compositionErrorOf(
        source('shops', 'enum Status { OPEN }\ntype Query { a: Status }'),
        source('live', 'type Query { b: Status }\ntype Status { live: Boolean }'),
      );
      // Assess
      expect(message).toBe(
        'Unable to resolve conflict on type with name Status: Merging is not supported for types of different kinds. ' +
          'Status is an enum in source API "shops" (shops.graphql:1:1) and an object type in source API "live" (live.graphql:2:1).',
      );
    });

    it('refuses a field with a resolver in more than one source API', () => {
      // Act
      const message = compositionErrorOf(
        source('posts', 'type Post { id: ID! title: String }\ntype Query {\n  getPost(id: ID!): Post\n}', ['Query.getPost']),
        source('content', 'type Post { id: ID! content: String }\ntype Query {\n  getPost(id: ID!): Post\n}', ['Query.getPost']),
      );
      // Assess
      expect(message).toBe(
        'Unable to resolve conflict on resolver with name Query.getPost: Merging is not supported for a field with a resolver in more than one source API. ' +
          'Query.getPost has a resolver in source API "posts" (resolvers/posts/Query.getPost.ts; field at posts.graphql:3:3) ' +
          'and in source API "content" (resolvers/content/Query.getPost.ts; field at content.graphql:3:3).',
      );
    });

    it('refuses a type that is @canonical in two source APIs', () => {
      // Act
      const message = compositionErrorOf(
        source('a', 'type User @canonical { id: ID! }\ntype Query { a: User }'),
        source('b', 'type Query { b: User }\ntype User @canonical { id: ID! }'),
      );
      // Assess
      expect(message).toBe(
        'Unable to resolve conflict on type with name User: @canonical is set on it in more than one source API. ' +
          'User is @canonical in source API "a" (a.graphql:1:1) and in source API "b" (b.graphql:2:1).',
      );
    });

    it('refuses a field that is @canonical in two source APIs', () => {
      // Act
      const message = compositionErrorOf(
        source('a', 'type User {\n  name: String @canonical\n}\ntype Query { a: User }'),
        source('b', 'type User {\n  name: String! @canonical\n}\ntype Query { b: User }'),
      );
      // Assess
      expect(message).toBe(
        'Unable to resolve conflict on object with name name: @canonical is set on it in more than one source API. ' +
          'User.name is @canonical in source API "a" (a.graphql:2:3) and in source API "b" (b.graphql:2:3).',
      );
    });

    it('refuses a @renamed type that takes the name of another type of its source API', () => {
      // Act
      const message = compositionErrorOf(
        source('chat', 'type Message @renamed(to: "Note") { id: ID! }\ntype Note { id: ID! }\ntype Query { m: Message n: Note }'),
      );
      // Assess
      expect(message).toBe(
        'Unable to resolve conflict on type with name Note: @renamed gives two types of one source API the same name. ' +
          'Message @renamed(to: "Note") at chat.graphql:1:1 and Note at chat.graphql:2:1 in source API "chat".',
      );
    });

    it('refuses a reference to a type that no source API contributes', () => {
      // Act
      const message = compositionErrorOf(
        source('a', 'type Query { a: String }'),
        source('b', 'type Post @hidden {\n  id: ID!\n}\ntype Query {\n  getPost: Post\n}'),
      );
      // Assess
      expect(message).toBe(
        'Unable to resolve type with name Post: no source API contributes it to the merged schema. ' +
          'It is referenced in source API "b" (b.graphql:5:12), whose own definition is @hidden (b.graphql:1:1).',
      );
    });

    it('refuses a merged schema that is not valid GraphQL, naming the source APIs involved', () => {
      // Act
      const message = compositionErrorOf(
        source('a', 'interface Node {\n  id: ID!\n}\ntype Shop implements Node {\n  id: ID!\n}\ntype Query { a: Node }'),
        source('b', 'interface Node {\n  version: Int\n}\ntype Query { b: Node }'),
      );
      // Assess
      expect(message).toBe(
        'The merged schema is invalid: Interface field Node.version expected but Shop does not provide it. ' +
          'In source API "b" (b.graphql:2:3) and source API "a" (a.graphql:4:1).',
      );
    });

    it('refuses directive definitions that differ', () => {
      // Act
      const message = compositionErrorOf(
        source('a', 'directive @cost(weight: Int) on FIELD_DEFINITION\ntype Query { a: ID @cost(weight: 1) }'),
        source('b', 'type Query { b: ID }\ndirective @cost(weight: String) on FIELD_DEFINITION'),
      );
      // Assess
      expect(message).toBe(
        'Unable to resolve conflict on directive with name @cost: Merging is not supported for directives with different definitions. ' +
          'It is defined in source API "a" (a.graphql:1:1) and differently in source API "b" (b.graphql:2:1).',
      );
    });

    it('reports every conflict at once, one per line', () => {
      // Act
      const message = compositionErrorOf(
        source('a', 'type Query { x: Int y: Int }', ['Query.x']),
        source('b', 'type Query { x: Int y: String }', ['Query.x']),
      );
      // Assess
      expect(message.split('\n')).toEqual([
        expect.stringMatching(/^Unable to resolve conflict on object with name y: /),
        expect.stringMatching(/^Unable to resolve conflict on resolver with name Query\.x: /),
      ]);
    });
  });
});
