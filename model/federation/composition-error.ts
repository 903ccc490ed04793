/**
 * A Merged API schema AppSync would refuse to merge (the association's MERGE_FAILED status).
 * Every conflict found is reported, one per line, each naming the source APIs and the
 * schema locations involved, so a team sees all it must fix from one run.
 */
export class CompositionError extends Error {
  constructor(readonly conflicts: string[]) {
    super(conflicts.join('\n'));
    this.name = 'CompositionError';
  }
}

/** One side of a conflict: a source API and where in its schema the definition is. */
export interface ConflictSide {
  source: string;
  location: string;
}

export const at = (side: ConflictSide) => `source API "${side.source}" (${side.location})`;
