import type { Documents } from '../../infra/storage/documents';
import { KeyedMutex } from '../../infra/storage/keyedMutex';

/**
 * Webhook delivery ids already acted on, one small document each, so a captured delivery replayed within
 * its timestamp window is refused even after a restart. An id is written only once its work succeeded, so
 * a delivery that failed half-way can be retried under the same id.
 */
export class DeliveryLog {
  private readonly ids = new KeyedMutex();

  constructor(
    private readonly documents: Documents<{ receivedAt: string }>,
    private readonly now: () => Date,
  ) {}

  /** Runs `work` for a new id; returns undefined (nothing done) for an id seen before. */
  async once<T>(id: string, work: () => Promise<T>): Promise<T | undefined> {
    return this.ids.run(id, async () => {
      if (await this.documents.get(id)) return undefined;
      const result = await work();
      await this.documents.put(id, { receivedAt: this.now().toISOString() });
      return result;
    });
  }
}
