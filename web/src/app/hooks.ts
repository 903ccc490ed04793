import { useCallback, useEffect, useState } from 'react';
import type { Subscription } from '../sdk.ts';

export type Loaded<T> = { data?: T; error?: Error; reload: () => void };

/** Loads once per `deps` change; `reload` loads again. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: Error }>({});
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ data }),
      (error: Error) => current && setState({ error }),
    );
    return () => {
      current = false;
    };
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}

/**
 * Keeps a subscription open while the component shows: each event goes to `onEvent`; `onReady`
 * runs once the server acknowledged it, when the page re-reads what it may have missed before.
 * Returns whether it is live.
 */
export function useSubscription<T>(
  start: (() => Promise<Subscription<T>>) | undefined,
  onEvent: (data: T) => void,
  onReady: () => void,
  deps: unknown[],
): boolean {
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (!start) return;
    let subscription: Subscription<T> | undefined;
    let stopped = false;
    (async () => {
      subscription = await start();
      if (stopped) return void subscription.return?.();
      subscription.ready.then((acknowledged) => {
        if (stopped || !acknowledged) return;
        setLive(true);
        onReady();
      });
      for await (const result of subscription) if (result.data) onEvent(result.data);
      if (!stopped) setLive(false);
    })().catch(() => setLive(false));
    return () => {
      stopped = true;
      setLive(false);
      void subscription?.return?.();
    };
  }, deps);
  return live;
}
