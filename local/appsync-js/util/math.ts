import type { Util } from '@aws-appsync/utils';

type MathUtils = Util['math'];

/** Java's Math.round: halves go up (towards positive infinity), which is also what Math.round does. */
export const math = {
  roundNum: (input: number) => Math.round(input),
  minVal: (input1: number, input2: number) => Math.min(input1, input2),
  maxVal: (input1: number, input2: number) => Math.max(input1, input2),
  randomDouble: () => Math.random(),
  /** Commons Lang's RandomUtils.nextLong(startInclusive, endExclusive), whose documentation AppSync's repeats. */
  randomWithinRange(start: number, end: number): number {
    const low = Math.trunc(Number(start));
    const high = Math.trunc(Number(end));
    if (low > high) throw new Error('Start value must be smaller or equal to end value.');
    if (low < 0) throw new Error('Both range values must be non-negative.');
    if (low === high) return low;
    return low + Math.floor(Math.random() * (high - low));
  },
} satisfies MathUtils;
