import type { Execution } from './executions.ts';

/** One line per ended execution: its outcome, duration and path through the states, as the console draws it. */
export function describeExecution(execution: Execution): string {
  const path = execution.history
    .filter((event) => event.type.endsWith('StateEntered'))
    .map((event) => (event.stateEnteredEventDetails as { name: string }).name);
  const ms = (execution.stopDate ?? new Date()).getTime() - execution.startDate.getTime();
  const failure = execution.error ? ` (${execution.error})` : '';
  return `${execution.name} ${execution.status}${failure} in ${ms} ms: ${path.join(' → ')}`;
}
