const kept: number[][] = [];

/** Holds on to memory until the heap is exhausted. */
export const handler = async (event: { megabytes: number }) => {
  for (let i = 0; i < event.megabytes; i++) kept.push(new Array(131072).fill(i));
  return { kept: kept.length };
};
