import { createHash } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID for a demo entity: its time orders it like the resolvers' ids, its name makes it stable across starts. */
export function demoUlid(time: number, name: string): string {
  let timePart = '';
  for (let t = time, i = 0; i < 10; i += 1, t = Math.floor(t / 32)) timePart = CROCKFORD[t % 32] + timePart;
  const digest = createHash('sha256').update(`videoshops-demo/${name}`).digest();
  const randomPart = [...digest.subarray(0, 16)].map((b) => CROCKFORD[b % 32]).join('');
  return timePart + randomPart;
}
