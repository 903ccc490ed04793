import type { LambdaFunctionDeclaration } from '../../model/declaration.ts';
import type { LambdaHost } from './host.ts';

/**
 * The functions' schedules, as EventBridge rules run them in AWS: each scheduled function is
 * invoked every `rateMinutes`, and once at start with its `localStartEvent`. An invocation's
 * failure is the function's own to log; the schedule keeps running.
 */
export function startSchedules(functions: readonly LambdaFunctionDeclaration[], lambdas: () => LambdaHost): { stop(): Promise<void> } {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<unknown>>();
  const invoke = (name: string, event: unknown) => {
    const run = lambdas()
      .get(name)
      .invoke(event)
      .catch(() => {})
      .finally(() => running.delete(run));
    running.add(run);
  };
  for (const fn of functions) {
    if (!fn.schedule) continue;
    if (fn.schedule.localStartEvent) invoke(fn.name, fn.schedule.localStartEvent);
    const timer = setInterval(
      () => invoke(fn.name, { source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} }),
      fn.schedule.rateMinutes * 60_000,
    );
    timer.unref();
    timers.push(timer);
  }
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.allSettled([...running]);
    },
  };
}
