import { Command, InvalidArgumentError } from 'commander';
import { startServer } from '../server/index.js';

/** The options of `guanxi serve`, as commander gives them. */
interface ServeFlags {
  port: number;
  host: string;
}

/** A TCP port, 0 (any free port) to 65535. */
function portOf(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError('must be a port number from 0 to 65535');
  return n;
}

/** `guanxi serve`: the dashboard over a finished run's database, until interrupted. */
export function serveCommand(): Command {
  return new Command('serve')
    .description("open a read-only dashboard over a finished run's <out>/guanxi.sqlite in the browser")
    .argument('<out>', 'output folder of a finished `guanxi run` (or merge) holding guanxi.sqlite')
    .option('--port <n>', 'port to listen on (0: any free port)', portOf, 8080)
    .option('--host <address>', 'address to bind (anything but loopback opens the run to the network)', '127.0.0.1')
    .action(async (out: string, opts: ServeFlags) => {
      const server = await startServer({ out, port: opts.port, host: opts.host });
      process.stdout.write(`guanxi dashboard: ${server.url}\n`);
      await new Promise<void>((done) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          server.close().then(done, done);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
