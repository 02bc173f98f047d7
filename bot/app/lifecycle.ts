import type { Server } from 'restify';
import type { InFlight } from '../infra/inFlight';
import type { Logger } from '../infra/logger';

type Step = () => unknown;

/**
 * Start and stop in one place: timers and background work are registered as
 * they are created, and `close` stops taking requests, stops them, lets
 * in-flight turns finish, then runs the final steps (flush stores, unlock).
 */
export class Lifecycle {
  private readonly stopping: Step[] = [];
  private readonly finally: Step[] = [];
  private closing = false;

  constructor(
    private readonly inFlight: InFlight,
    private readonly log: Logger,
  ) {}

  get accepting(): boolean {
    return !this.closing;
  }

  /** A repeating timer that never keeps the process alive and stops at close. */
  every(ms: number, run: () => unknown): void {
    const timer = setInterval(run, ms).unref();
    this.onStop(() => clearInterval(timer));
  }

  /** Runs when close begins, before in-flight turns are awaited (stop timers, end live feeds). */
  onStop(step: Step): void {
    this.stopping.push(step);
  }

  /** Runs after in-flight turns are done (flush stores, release DATA_DIR). */
  onClosed(step: Step): void {
    this.finally.push(step);
  }

  listen(server: Server, port: number, host: string): Promise<string> {
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve(`http://127.0.0.1:${server.address().port}`));
    });
  }

  async close(server: Server): Promise<void> {
    this.closing = true;
    for (const step of this.stopping) await step();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Idle keep-alive sockets would hold close() open; in-flight turns are awaited below.
      server.server.closeIdleConnections?.();
    });
    if (!(await this.inFlight.drain(10_000))) this.log.warn({ pending: this.inFlight.size }, 'shutdown: turns still running after 10 s');
    for (const step of this.finally) await step();
  }
}
