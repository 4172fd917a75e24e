/** Exit codes: 0 the run completed, 1 nothing could be processed, 2 usage or configuration error. */
export const EXIT = { ok: 0, nothing: 1, usage: 2 } as const;

/** Collects a repeatable option's values. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];
