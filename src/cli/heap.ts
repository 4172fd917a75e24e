// How the main thread's heap grows during a run. V8 lets a heap grow to several times its live data before a full
// collection (over four copies of xwlb: 600 MB of heap for 150–170 MB live, the process at 980 MB); a run's main
// thread keeps little live data (the aggregate) and makes much short-lived garbage (one article's documents and rows
// after another), so a smaller growth factor keeps its memory near its live data for little collection time.
import v8 from 'node:v8';

/** How far the heap may grow past its live data before the next full collection, in percent (V8's own is larger). */
export const HEAP_GROWING_PERCENT = 25;

/**
 * Sets the main thread's heap growth for a long run (`guanxi run`, `merge`, `worker`): GUANXI_HEAP_GROWING_PERCENT
 * overrides the percent (`off` leaves V8's own), and a heap flag given to Node itself wins. V8 reads the factor at
 * each full collection, so setting it at start-up, before the heavy allocation, takes effect for the run.
 */
export function tuneHeapForRuns(env: NodeJS.ProcessEnv = process.env): void {
  const asked = env.GUANXI_HEAP_GROWING_PERCENT;
  if (asked === 'off' || process.execArgv.some((a) => /heap-growing-percent|max-old-space-size/.test(a))) return;
  const percent = asked === undefined || !/^\d+$/.test(asked) ? HEAP_GROWING_PERCENT : Number(asked);
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
