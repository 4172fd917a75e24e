/**
 * Exit codes: 0 the run completed, 1 nothing could be processed, 2 usage, configuration or environment error (a
 * Redis server that cannot be reached included), 4 a distributed run with shards that failed their last attempt.
 */
export const EXIT = { ok: 0, nothing: 1, usage: 2, failedShards: 4 } as const;

/** Collects a repeatable option's values. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];
