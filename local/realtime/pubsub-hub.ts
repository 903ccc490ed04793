import type { Caller, Executor, RealtimeObserver } from '../graphql/executor.ts';
import type { GraphQLRequestBody } from '../graphql/request.ts';
import type { SubscriptionFilter } from '../appsync-js/util/subscription-filter.ts';
import type { EvaluationScope } from '../appsync-js/scope.ts';
import { matchesArguments, matchesFilter } from './filters.ts';
import { publishedFields, subscribersOf } from './published.ts';
import { DATA_FRAME_SUFFIX, MAX_EVENT_PAYLOAD_BYTES, dataFramePrefix } from './protocol.ts';

/** Where a subscription's events go: its WebSocket connection. */
export interface SubscriberConnection {
  send(frame: Buffer): void;
  /** The subscription was closed by the server (invalidation): `complete` and forget it. */
  closed(id: string): void;
}

/** A started subscription. */
export interface Subscriber {
  id: string;
  connection: SubscriberConnection;
  fieldName: string;
  request: GraphQLRequestBody;
  caller: Caller;
  /** The arguments the subscriber gave, compared by equality (omitted ones are not here). */
  args: Record<string, unknown>;
  /** Set by the subscription's resolver: it replaces argument filtering (aws/aws-appsync-community#89). */
  filter?: SubscriptionFilter;
  invalidationFilter?: SubscriptionFilter;
}

/** Subscribers that receive byte-identical events: same selection (document, variables, authorization). */
interface Audience {
  request: GraphQLRequestBody;
  caller: Caller;
  subscribers: number;
}

interface Registered {
  subscriber: Subscriber;
  audience: string;
  framePrefix: Buffer;
  /** Argument-filtered subscribers of one audience with equal arguments share a bucket. */
  bucket?: Bucket;
  removed: boolean;
}

interface Bucket {
  key: string;
  audience: string;
  args: Record<string, unknown>;
  members: Set<Registered>;
}

/** The subscriptions to one subscription field. */
interface FieldSubscriptions {
  buckets: Map<string, Bucket>;
  /** Subscribers with an enhanced filter, matched one by one. */
  filtered: Set<Registered>;
  /** Subscribers an invalidation can close. */
  invalidatable: Set<Registered>;
}

export interface RealtimeStats {
  subscriptions: number;
  /** Events not delivered because they were over the payload limit. */
  oversized: number;
}

/**
 * The subscriptions of one GraphQL endpoint and the events its mutations publish: a mutation
 * notifies only subscribers connected to the endpoint it went through. Each event is executed and
 * serialized once per audience (document, variables, caller's authorization), not once per
 * subscriber, and argument filters are checked once per distinct set of arguments; events are
 * delivered in the order the mutations finished.
 */
export class PubSubHub {
  private readonly byField = new Map<string, FieldSubscriptions>();
  private readonly registered = new Map<Subscriber, Registered>();
  private readonly audiences = new Map<string, Audience>();
  private delivery: Promise<void> = Promise.resolve();
  private oversized = 0;

  add(subscriber: Subscriber): void {
    const audience = audienceKeyOf(subscriber);
    const known = this.audiences.get(audience);
    if (known) known.subscribers += 1;
    else this.audiences.set(audience, { request: subscriber.request, caller: subscriber.caller, subscribers: 1 });
    const entry: Registered = { subscriber, audience, framePrefix: dataFramePrefix(subscriber.id), removed: false };
    this.registered.set(subscriber, entry);
    const field = this.fieldOf(subscriber.fieldName);
    if (subscriber.invalidationFilter) field.invalidatable.add(entry);
    if (subscriber.filter) {
      field.filtered.add(entry);
      return;
    }
    const key = `${audience}\u0000${JSON.stringify(subscriber.args)}`;
    let bucket = field.buckets.get(key);
    if (!bucket) field.buckets.set(key, (bucket = { key, audience, args: subscriber.args, members: new Set() }));
    bucket.members.add(entry);
    entry.bucket = bucket;
  }

  remove(subscriber: Subscriber): void {
    const entry = this.registered.get(subscriber);
    if (!entry) return;
    entry.removed = true;
    this.registered.delete(subscriber);
    const audience = this.audiences.get(entry.audience)!;
    if ((audience.subscribers -= 1) === 0) this.audiences.delete(entry.audience);
    const field = this.byField.get(subscriber.fieldName)!;
    field.filtered.delete(entry);
    field.invalidatable.delete(entry);
    if (entry.bucket) {
      entry.bucket.members.delete(entry);
      if (entry.bucket.members.size === 0) field.buckets.delete(entry.bucket.key);
    }
  }

  stats(): RealtimeStats {
    return { subscriptions: this.registered.size, oversized: this.oversized };
  }

  /**
   * Hooks for one request through this endpoint: collects `extensions.invalidateSubscriptions` calls
   * and, once a mutation finished, publishes its results and applies the invalidations.
   */
  observer(executor: Executor): RealtimeObserver {
    return new RequestRealtimeObserver((published, invalidations) =>
      this.enqueue(async () => {
        for (const { mutationField, payload } of published) await this.publish(executor, mutationField, payload);
        for (const { subscriptionField, payload } of invalidations) this.invalidate(subscriptionField, payload);
      }),
    );
  }

  private fieldOf(fieldName: string): FieldSubscriptions {
    let field = this.byField.get(fieldName);
    if (!field) this.byField.set(fieldName, (field = { buckets: new Map(), filtered: new Set(), invalidatable: new Set() }));
    return field;
  }

  private enqueue(task: () => Promise<void>) {
    this.delivery = this.delivery.then(task).catch((e) => {
      // A delivery failure must not stop later events; the runtime has no better place to say it.
      console.error('Real-time delivery failed:', e);
    });
  }

  private async publish(executor: Executor, mutationField: string, payload: unknown): Promise<void> {
    for (const fieldName of subscribersOf(executor.schema, mutationField)) {
      const field = this.byField.get(fieldName);
      if (!field) continue;
      // Per audience, the subscribers the event reaches, in groups.
      const reached = new Map<string, Iterable<Registered>[]>();
      const reach = (audience: string, members: Iterable<Registered>) => {
        const groups = reached.get(audience);
        if (groups) groups.push(members);
        else reached.set(audience, [members]);
      };
      for (const bucket of field.buckets.values()) if (matchesArguments(bucket.args, payload)) reach(bucket.audience, [...bucket.members]);
      for (const entry of field.filtered) if (matchesFilter(entry.subscriber.filter!, payload)) reach(entry.audience, [entry]);
      for (const [key, groups] of reached) {
        // Looked up now: the audience's last subscriber may have left while an earlier one was served.
        const audience = this.audiences.get(key);
        if (audience) await this.deliver(executor, fieldName, payload, audience, groups);
      }
    }
  }

  /** Runs the audience's selection over the event (field-level auth applies, no resolver runs) and sends it. */
  private async deliver(
    executor: Executor,
    fieldName: string,
    payload: unknown,
    { request, caller }: Audience,
    groups: Iterable<Registered>[],
  ) {
    const prepared = executor.prepareRequest(request, 'websocket');
    const response = await executor.execute(prepared, { caller, headers: {}, resolveFromRoot: true }, { [fieldName]: payload });
    // A document the reloaded schema no longer validates delivers nothing.
    if (response.data === null || response.data === undefined) return;
    const event = Buffer.from(JSON.stringify({ data: response.data, ...(response.errors ? { errors: response.errors } : {}) }));
    if (event.length > MAX_EVENT_PAYLOAD_BYTES) {
      this.oversized += 1;
      return;
    }
    for (const members of groups) {
      for (const entry of members) {
        if (!entry.removed) entry.subscriber.connection.send(Buffer.concat([entry.framePrefix, event, DATA_FRAME_SUFFIX]));
      }
    }
  }

  private invalidate(subscriptionField: string, payload: Record<string, unknown>) {
    for (const entry of [...(this.byField.get(subscriptionField)?.invalidatable ?? [])]) {
      if (!matchesFilter(entry.subscriber.invalidationFilter!, payload)) continue;
      this.remove(entry.subscriber);
      entry.subscriber.connection.closed(entry.subscriber.id);
    }
  }
}

/**
 * Field-level rules depend on the caller's mode, user pool groups and, for IAM, the principal
 * (local/auth/field-access.ts); everything else about the event is the same for equal documents.
 */
function audienceKeyOf({ request, caller }: Subscriber): string {
  const identity = caller.identity ?? {};
  const groups = Array.isArray(identity.groups) ? [...(identity.groups as string[])].sort() : null;
  return JSON.stringify([
    request.query,
    request.operationName ?? null,
    request.variables ?? null,
    caller.authMode,
    groups,
    identity.userArn ?? null,
  ]);
}

type Invalidation = EvaluationScope['invalidations'][number];

/** One request's view for the real-time layer; a class rather than closures, as every request makes one. */
class RequestRealtimeObserver implements RealtimeObserver {
  private readonly invalidations: Invalidation[] = [];

  constructor(private readonly apply: (published: ReturnType<typeof publishedFields>, invalidations: Invalidation[]) => void) {}

  onScope(_typeName: string, _fieldName: string, scope: EvaluationScope) {
    this.invalidations.push(...scope.invalidations);
  }

  onExecuted({ request, response }: Parameters<NonNullable<RealtimeObserver['onExecuted']>>[0]) {
    // Only mutations publish and invalidate (extensions.invalidateSubscriptions is for mutation resolvers).
    if (request.operation.operation !== 'mutation') return;
    const published = publishedFields(request, response.data, response.errors);
    if (published.length || this.invalidations.length) this.apply(published, this.invalidations);
  }
}
