/**
 * Values made from a key, the most recently used kept, at most `size` of them. For compiled
 * patterns and formatters that util builds from text any caller can send: one process serves
 * every evaluation, so an unbounded cache would be memory one caller fills for all.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(readonly size: number) {}

  getOrCreate(key: string, create: () => V): V {
    let value = this.entries.get(key);
    if (value !== undefined) this.entries.delete(key);
    else value = create();
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  get count(): number {
    return this.entries.size;
  }
}
