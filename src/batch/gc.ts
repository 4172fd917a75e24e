// Full garbage collections of the main thread at chosen moments of a run.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, when the runtime allows one. V8 lets the short-lived data of each article (its
 * contribution, its cache record and mention lines, waiting in 1 MB write buffers long enough to be promoted) grow the
 * main thread's heap by a hundred MB and more before collecting; while workers process the articles this thread is
 * mostly idle, so it can collect every few thousand articles, and once before the corpus outputs are written, so that
 * building them starts from the live aggregate only.
 */
export function garbageCollector(): () => void {
  try {
    // Exposes gc to this process when a run starts (never on import: a library user's process keeps its flags).
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return gc as () => void;
  } catch {
    // Without it the run is the same, only with a larger peak heap.
  }
  return () => undefined;
}
