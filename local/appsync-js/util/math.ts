import { randomInt } from 'node:crypto';
import type { Util } from '@aws-appsync/utils';

type MathUtils = Util['math'];

/** Java's Math.round: halves go up (towards positive infinity), which is also what Math.round does. */
export const math = {
  roundNum: (input: number) => Math.round(input),
  minVal: (input1: number, input2: number) => Math.min(input1, input2),
  maxVal: (input1: number, input2: number) => Math.max(input1, input2),
  randomDouble: () => Math.random(),
  randomWithinRange(start: number, end: number): number {
    const low = Math.ceil(Math.min(start, end));
    const high = Math.floor(Math.max(start, end));
    if (low === high) return low;
    // The upper bound is inclusive: "within the specified range" includes both ends.
    return randomInt(low, high + 1);
  },
} satisfies MathUtils;
