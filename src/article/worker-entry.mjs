// The worker thread's entry when the process loaded the TypeScript sources through tsx's API (bin/guanxi.js) rather
// than its command-line loader: a worker does not inherit hooks registered at run time, so it registers them itself.
// Options the process was started with are inherited as they are (passing them again as execArgv fails for V8 and
// per-process options such as --v8-pool-size).
import { register } from 'tsx/esm/api';

register();
const { default: processInWorker } = await import('./worker.ts');
export default processInWorker;
