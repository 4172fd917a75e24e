// run.json: when and how a run ran, what it took, and how much the cache saved.
import { join } from 'node:path';
import { writeAtomic } from '../io/atomic.js';
import { RunInfo } from '../schema/corpus.js';
import type { RunInfoT } from '../schema/corpus.js';

/** Seconds each pipeline stage took, summed over the articles a run processed. */
export class StageSeconds {
  private readonly seconds = new Map<string, number>();

  /** Adds one article's seconds per stage. */
  add(pairs: Iterable<[string, number]>): void {
    for (const [k, v] of pairs) this.seconds.set(k, (this.seconds.get(k) ?? 0) + v);
  }

  /** Stage → seconds, to the millisecond. */
  rounded(): Record<string, number> {
    return Object.fromEntries([...this.seconds].map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
  }
}

/** What run.json records of a run besides its end, which {@link writeRunInfo} takes when it is called. */
export interface RunFacts {
  startedAt: string;
  inputs: string[];
  out: string;
  articles: number;
  characters: number;
  stageSeconds: StageSeconds;
  workers: number;
  cache: { hits: number; misses: number };
}

/** Seconds of CPU time the process has used since it started (all threads, user and system), to the millisecond. */
export function processCpuSeconds(): number {
  const u = process.cpuUsage();
  return Math.round((u.user + u.system) / 1000) / 1000;
}

/** Writes `<out>/run.json` for a run that took `seconds`, now that it ends. */
export function writeRunInfo(facts: RunFacts, seconds: number, tmpDir: string): void {
  const runInfo: RunInfoT = RunInfo.parse({
    startedAt: facts.startedAt,
    finishedAt: new Date().toISOString(),
    seconds: Math.round(seconds * 1000) / 1000,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuSeconds: processCpuSeconds(),
    inputs: facts.inputs,
    out: facts.out,
    articles: facts.articles,
    characters: facts.characters,
    stageSeconds: facts.stageSeconds.rounded(),
    workers: facts.workers,
    cache: facts.cache,
  });
  writeAtomic(join(facts.out, 'run.json'), `${JSON.stringify(runInfo, null, 2)}\n`, tmpDir);
}
