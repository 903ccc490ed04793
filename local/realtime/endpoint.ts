import type { Caller, Executor, GraphQLRequestBody, RealtimeObserver } from '../graphql/executor.ts';
import type { SubscriptionFilter } from '../appsync-js/util/subscription-filter.ts';
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

interface Registered extends Subscriber {
  subscriber: Subscriber;
  /** Subscribers with the same key receive byte-identical events. */
  deliveryKey: string;
  framePrefix: Buffer;
}

export interface RealtimeStats {
  subscriptions: number;
  /** Events not delivered because they were over the payload limit. */
  oversized: number;
}

/**
 * The subscriptions of one GraphQL endpoint and the events its mutations publish: a mutation
 * notifies only subscribers connected to the endpoint it went through. Each event is executed and
 * serialized once per distinct selection (document, variables, caller's authorization), not once per
 * subscriber; events are delivered in the order the mutations finished.
 */
export class RealtimeEndpoint {
  private readonly byField = new Map<string, Set<Registered>>();
  private readonly registered = new Map<Subscriber, Registered>();
  private delivery: Promise<void> = Promise.resolve();
  private oversized = 0;

  add(subscriber: Subscriber): void {
    const entry: Registered = { ...subscriber, subscriber, deliveryKey: deliveryKeyOf(subscriber), framePrefix: dataFramePrefix(subscriber.id) };
    this.registered.set(subscriber, entry);
    let set = this.byField.get(subscriber.fieldName);
    if (!set) this.byField.set(subscriber.fieldName, (set = new Set()));
    set.add(entry);
  }

  remove(subscriber: Subscriber): void {
    const entry = this.registered.get(subscriber);
    if (!entry) return;
    this.registered.delete(subscriber);
    this.byField.get(subscriber.fieldName)?.delete(entry);
  }

  stats(): RealtimeStats {
    return { subscriptions: this.registered.size, oversized: this.oversized };
  }

  /**
   * Hooks for one request through this endpoint: collects `extensions.invalidateSubscriptions` calls
   * and, once a mutation finished, publishes its results and applies the invalidations.
   */
  observer(executor: Executor): RealtimeObserver {
    const invalidations: { subscriptionField: string; payload: Record<string, unknown> }[] = [];
    return {
      onScope: (_typeName, _fieldName, scope) => invalidations.push(...scope.invalidations),
      onExecuted: ({ document, operation, response }) => {
        // Only mutations publish and invalidate (extensions.invalidateSubscriptions is for mutation resolvers).
        if (operation.operation !== 'mutation') return;
        const published = publishedFields(document, operation, response.data, response.errors);
        if (!published.length && !invalidations.length) return;
        this.enqueue(async () => {
          for (const { mutationField, payload } of published) await this.publish(executor, mutationField, payload);
          for (const { subscriptionField, payload } of invalidations) this.invalidate(subscriptionField, payload);
        });
      },
    };
  }

  private enqueue(task: () => Promise<void>) {
    this.delivery = this.delivery.then(task).catch((e) => {
      // A delivery failure must not stop later events; the runtime has no better place to say it.
      console.error('Real-time delivery failed:', e);
    });
  }

  private async publish(executor: Executor, mutationField: string, payload: unknown): Promise<void> {
    for (const fieldName of subscribersOf(executor.schema, mutationField)) {
      const subscribers = this.byField.get(fieldName);
      if (!subscribers?.size) continue;
      const groups = new Map<string, Registered[]>();
      for (const s of subscribers) {
        if (!(s.filter ? matchesFilter(s.filter, payload) : matchesArguments(s.args, payload))) continue;
        const group = groups.get(s.deliveryKey);
        if (group) group.push(s);
        else groups.set(s.deliveryKey, [s]);
      }
      for (const group of groups.values()) await this.deliver(executor, fieldName, payload, group, subscribers);
    }
  }

  /** Runs the group's selection over the event (field-level auth applies, no resolver runs) and sends it. */
  private async deliver(executor: Executor, fieldName: string, payload: unknown, group: Registered[], live: Set<Registered>) {
    const { request, caller } = group[0]!;
    const response = await executor.execute(request, { caller, headers: {}, resolveFromRoot: true, transport: 'websocket' }, { [fieldName]: payload });
    // A document the reloaded schema no longer validates delivers nothing.
    if (response.data === null || response.data === undefined) return;
    const event = Buffer.from(JSON.stringify({ data: response.data, ...(response.errors ? { errors: response.errors } : {}) }));
    if (event.length > MAX_EVENT_PAYLOAD_BYTES) {
      this.oversized += 1;
      return;
    }
    for (const s of group) if (live.has(s)) s.connection.send(Buffer.concat([s.framePrefix, event, DATA_FRAME_SUFFIX]));
  }

  private invalidate(subscriptionField: string, payload: Record<string, unknown>) {
    for (const s of [...(this.byField.get(subscriptionField) ?? [])]) {
      if (!s.invalidationFilter || !matchesFilter(s.invalidationFilter, payload)) continue;
      this.remove(s.subscriber);
      s.connection.closed(s.id);
    }
  }
}

/**
 * Field-level rules depend on the caller's mode, user pool groups and, for IAM, the principal
 * (local/auth/field-rules.ts); everything else about the event is the same for equal documents.
 */
function deliveryKeyOf({ request, caller }: Subscriber): string {
  const identity = caller.identity ?? {};
  const groups = Array.isArray(identity.groups) ? [...(identity.groups as string[])].sort() : null;
  return JSON.stringify([request.query, request.operationName ?? null, request.variables ?? null, caller.authMode, groups, identity.userArn ?? null]);
}
