import type { Listener } from './connection.js';
import type { ApiError, Result } from './types.js';

export interface Observer<T> {
  next?(value: T): void;
  error?(error: Error): void;
  complete?(): void;
}

/**
 * One subscription, as an async iterable of results and as an observable. Events wait in order
 * until read. It ends when its consumer stops it (`return()`, `unsubscribe()`: the server is sent
 * `stop`), when the server completes it, or when the server refuses it: an `error` frame means the
 * server holds no subscription any more (https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html),
 * so its errors come as a last result `{ data: null, errors }` (`Unauthorized`, a resolver's
 * `errorType`, …). Only a failure that is not an answer of the API (its auth could not be computed,
 * the connection could not be re-established) throws from the iteration (`error` of an observer).
 */
export class Subscription<TData, TError = ApiError> implements AsyncIterableIterator<Result<TData, TError>>, Listener {
  /** True once the server acknowledged the subscription (`start_ack`): events published from then on arrive. False if it ended first. */
  readonly ready: Promise<boolean>;
  private readonly queue: Result<TData, TError>[] = [];
  private reader?: { resolve(result: IteratorResult<Result<TData, TError>>): void; reject(error: Error): void };
  private settleReady!: (acknowledged: boolean) => void;
  private finished = false;
  private failure?: Error;

  constructor(
    readonly data: string,
    private readonly stop: () => void,
  ) {
    this.ready = new Promise((resolve) => (this.settleReady = resolve));
  }

  next(): Promise<IteratorResult<Result<TData, TError>>> {
    const value = this.queue.shift();
    if (value) return Promise.resolve({ done: false, value });
    if (this.failure) {
      const failure = this.failure;
      this.failure = undefined;
      return Promise.reject(failure);
    }
    if (this.finished) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => (this.reader = { resolve, reject }));
  }

  /** Stops the subscription: `for await … break` calls it too. */
  return(): Promise<IteratorResult<Result<TData, TError>>> {
    if (!this.finished) {
      this.finish();
      this.stop();
    }
    this.queue.length = 0;
    return Promise.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** The observable form: the same results, pushed. `unsubscribe()` stops the subscription, without `complete`. */
  subscribe(observer: Observer<Result<TData, TError>>): { unsubscribe(): void } {
    let subscribed = true;
    void (async () => {
      try {
        for await (const result of this) if (subscribed) observer.next?.(result);
        if (subscribed) observer.complete?.();
      } catch (e) {
        if (subscribed) observer.error?.(e as Error);
      }
    })();
    return {
      unsubscribe: () => {
        subscribed = false;
        void this.return();
      },
    };
  }

  acknowledged(): void {
    this.settleReady(true);
  }

  event(result: Result<unknown>): void {
    if (this.finished) return;
    this.push(result as Result<TData, TError>);
  }

  ended(errors?: ApiError[]): void {
    if (this.finished) return;
    if (errors) this.push({ data: null, errors: errors as TError[] });
    this.finish();
  }

  failed(error: Error): void {
    if (this.finished) return;
    this.failure = error;
    this.finish();
  }

  private push(value: Result<TData, TError>): void {
    const reader = this.reader;
    this.reader = undefined;
    if (reader) reader.resolve({ done: false, value });
    else this.queue.push(value);
  }

  private finish(): void {
    this.finished = true;
    this.settleReady(false);
    const reader = this.reader;
    this.reader = undefined;
    if (!reader) return;
    if (this.failure) {
      reader.reject(this.failure);
      this.failure = undefined;
    } else reader.resolve({ done: true, value: undefined });
  }
}
