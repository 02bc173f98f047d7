import path from 'node:path';
import { writeFileDurably } from './durableJsonFile';

const WRITE_FAILURES = new Set(['EROFS', 'ENOSPC', 'EACCES', 'EPERM', 'EIO', 'EDQUOT']);

/** True for the errors a full, read-only or failing disk produces. */
export function isWriteFailure(err: unknown): boolean {
  return WRITE_FAILURES.has((err as NodeJS.ErrnoException | undefined)?.code ?? '');
}

/**
 * Whether DATA_DIR is taking writes, for `/readyz` and for edges that must
 * answer 503 rather than acknowledge what they could not store. A failure
 * turns it red at once; a probe file written (fsynced) every `probeMs` turns
 * it green again when the disk recovers.
 */
export class StorageHealth {
  private failure: string | undefined;
  private probe: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly probeMs = 1000,
    /** What proves storage takes writes again; a database backend passes its own round trip. */
    private readonly probeWrite = () => writeFileDurably(path.join(this.dataDir, '.write-probe'), new Date().toISOString()),
  ) {}

  get ok(): boolean {
    return this.failure === undefined;
  }

  get detail(): string {
    return this.failure ?? 'writable';
  }

  failed(err: unknown): void {
    this.failure = (err as NodeJS.ErrnoException | undefined)?.code ?? 'write failed';
    this.probe ??= setInterval(() => void this.check(), this.probeMs).unref();
  }

  async check(): Promise<boolean> {
    try {
      await this.probeWrite();
      this.failure = undefined;
      clearInterval(this.probe);
      this.probe = undefined;
      return true;
    } catch (err) {
      this.failure = (err as NodeJS.ErrnoException).code ?? 'write failed';
      return false;
    }
  }

  stop(): void {
    clearInterval(this.probe);
  }
}
