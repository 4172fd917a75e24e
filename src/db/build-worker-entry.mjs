// The database thread's entry: a worker thread does not inherit the TypeScript loader of its process (neither tsx's
// command-line loader nor one registered at run time by bin/guanxi.js), so a small JavaScript entry registers it and
// imports the thread's module.
import { register } from 'tsx/esm/api';

register();
await import('./build-worker.ts');
