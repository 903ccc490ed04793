/** An event of `GetExecutionHistory` (timestamps in epoch seconds, as the AWS JSON API sends them). */
export interface HistoryEvent {
  type: string;
  timestamp: number;
  stateEnteredEventDetails?: { name: string; input?: string };
  stateExitedEventDetails?: { name: string; output?: string };
  taskFailedEventDetails?: { error?: string; cause?: string };
  executionFailedEventDetails?: { error?: string; cause?: string };
}

/** One state's visit: milliseconds from the execution's start, what went in and out, its last error. */
export interface StateVisit {
  name: string;
  enteredAt: number;
  exitedAt?: number;
  input?: string;
  output?: string;
  error?: { error?: string; cause?: string };
  /** Failures before the visit ended (retries, or the one a Catch took). */
  retried: number;
}

/** The execution's path through its states, in order, read from its history. */
export function pathOf(events: HistoryEvent[]): StateVisit[] {
  const start = events[0]?.timestamp ?? 0;
  const ms = (t: number) => Math.round((t - start) * 1000);
  const visits: StateVisit[] = [];
  let current: StateVisit | undefined;
  for (const event of events) {
    if (event.stateEnteredEventDetails) {
      current = {
        name: event.stateEnteredEventDetails.name,
        enteredAt: ms(event.timestamp),
        input: event.stateEnteredEventDetails.input,
        retried: 0,
      };
      visits.push(current);
    } else if (event.taskFailedEventDetails && current) {
      if (current.error) current.retried += 1;
      current.error = event.taskFailedEventDetails;
    } else if (event.stateExitedEventDetails && current) {
      current.exitedAt = ms(event.timestamp);
      current.output = event.stateExitedEventDetails.output;
      current = undefined;
    } else if (event.executionFailedEventDetails && current) {
      current.error = event.executionFailedEventDetails;
    }
  }
  return visits;
}
