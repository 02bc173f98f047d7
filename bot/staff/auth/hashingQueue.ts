import { HttpError } from '../../infra/http/httpErrors';

/**
 * Password hashing with bounded concurrency. scrypt runs on libuv's small
 * thread pool, which borrower turns need for every file write; unbounded, a
 * burst of sign-ins starves them. At most `concurrency` hashes run at once and
 * at most `maxQueued` wait; beyond that the sign-in is refused at once (503).
 */
export class HashingQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency = 1,
    private readonly maxQueued = 16,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxQueued) throw new HttpError(503, 'Sign-in is busy; try again in a moment');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.running++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
