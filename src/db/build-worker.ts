// The thread that builds a run's database while the run goes on (see build-thread.ts): it reads each article's report
// unit as the run announces it, writes its rows, and finishes the database when the run sends the corpus report.
import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { reportFileUnit, shardUnit } from '../article/report-store.js';
import type { ReportUnit } from '../article/report-store.js';
import { DatabaseBuild } from './builder.js';
import type { BuildReply, BuildRequest, BuildSetup } from './build-thread.js';
import { Calendar } from './rows.js';
import { runUnitStamp } from './sqlite.js';

/** Serves one build over `port`: units in, then `finish` (or `abort`); the first error is kept and answers both. */
function serve(port: NonNullable<typeof parentPort>, setup: BuildSetup): void {
  let build: DatabaseBuild | null = null;
  let failure: BuildReply | null = null;
  const fail = (err: unknown): void => {
    build?.abort();
    const e = err instanceof Error ? err : new Error(String(err));
    const code = (e as { code?: unknown }).code;
    failure = { t: 'error', name: e.name, message: e.message, ...(typeof code === 'string' ? { code } : {}) };
  };
  try {
    build = new DatabaseBuild(setup.path, new Calendar(setup.timezone), 'during');
  } catch (err) {
    fail(err);
  }
  const add = (unitOf: () => ReportUnit | null): void => {
    if (failure !== null || build === null) return;
    try {
      const unit = unitOf();
      if (unit !== null) build.add({ unit, stamp: runUnitStamp(unit.stamp), rename: (id) => id, ids: null });
    } catch (err) {
      fail(err);
    }
  };
  port.on('message', (m: BuildRequest) => {
    // An article whose report could not be written has none, as a database written after the run would find.
    if (m.t === 'file') add(() => (existsSync(m.path) ? reportFileUnit(setup.out, m.path) : null));
    else if (m.t === 'shard') add(() => shardUnit(setup.out, m.shard));
    else if (m.t === 'articles-done') {
      if (failure === null && build !== null) {
        try {
          build.articlesDone();
        } catch (err) {
          fail(err);
        }
      }
    } else if (m.t === 'corpus-rows') {
      if (failure === null && build !== null) {
        try {
          build.addCorpusRows(m.rows);
        } catch (err) {
          fail(err);
        }
      }
      port.postMessage({ t: 'taken' } satisfies BuildReply);
    } else if (m.t === 'abort') {
      build?.abort();
      port.postMessage({ t: 'aborted' } satisfies BuildReply);
    } else {
      if (failure === null && build !== null) {
        try {
          port.postMessage({ t: 'done', written: build.finish(m.signature) } satisfies BuildReply);
          return;
        } catch (err) {
          fail(err);
        }
      }
      port.postMessage(failure);
    }
  });
}

if (parentPort !== null) serve(parentPort, workerData as BuildSetup);
