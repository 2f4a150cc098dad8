/**
 * Politeness for fetching: requests to one host run one after another with at least
 * `minDelayMs` between their starts, and at most `concurrency` requests run at once overall.
 */
export interface HostSchedulerOptions {
  readonly minDelayMs: number;
  readonly concurrency: number;
}

export type HostScheduler = <T>(host: string, task: () => Promise<T>) => Promise<T>;

export function createHostScheduler({ minDelayMs, concurrency }: HostSchedulerOptions): HostScheduler {
  const tails = new Map<string, Promise<void>>();
  const lastStart = new Map<string, number>();
  let running = 0;
  const waiting: (() => void)[] = [];

  const acquire = async (): Promise<void> => {
    if (running < concurrency) {
      running += 1;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    // The slot passes straight to the next waiter, so `running` stays the same.
    if (next !== undefined) next();
    else running -= 1;
  };

  return async (host, task) => {
    const previous = tails.get(host) ?? Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((resolve) => {
      done = resolve;
    });
    const tail = previous.then(() => mine);
    tails.set(host, tail);
    try {
      await previous;
      const wait = (lastStart.get(host) ?? -Infinity) + minDelayMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await acquire();
      lastStart.set(host, Date.now());
      try {
        return await task();
      } finally {
        release();
      }
    } finally {
      done();
      // Forget idle hosts so a long crawl over many hosts does not grow the map without bound.
      if (tails.get(host) === tail) tails.delete(host);
    }
  };
}
