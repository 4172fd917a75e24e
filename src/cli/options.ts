/**
 * Exit codes: 0 the run completed, 1 nothing could be processed, 2 usage, configuration or environment error (a
 * Redis server that cannot be reached included), 4 a distributed run with shards that failed their last attempt.
 */
export const EXIT = { ok: 0, nothing: 1, usage: 2, failedShards: 4 } as const;

/** Collects a repeatable option's values. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** What {@link watchStopSignals} tells: the signal that asked the command to stop, if any. */
export interface StopSignals {
  /** The first signal received (SIGINT or SIGTERM), or null. */
  readonly signal: string | null;
  /** Stops listening. */
  dispose(): void;
}

/**
 * Listens for SIGINT and SIGTERM while a command works: the first asks it to stop cleanly (it polls `signal`), a
 * second leaves at once with exit code 130 (the outputs are whole either way).
 */
export function watchStopSignals(): StopSignals {
  let signal: string | null = null;
  const on = (sig: string) => (): void => {
    if (signal !== null) process.exit(130);
    signal = sig;
  };
  const onInt = on('SIGINT');
  const onTerm = on('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    get signal() {
      return signal;
    },
    dispose() {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}
