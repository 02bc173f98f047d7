import type { Storage, StoreItems } from 'botbuilder';
import type { Documents } from './documents';

/**
 * botbuilder's `Storage` (conversation and user state) on the sharded document
 * store, with the same eTag rules as MemoryStorage: '*' or no eTag overwrites,
 * any other eTag must match the stored one or the write is rejected.
 */
export class BotStateStorage implements Storage {
  constructor(private readonly documents: Documents<Record<string, unknown>>) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const doc = await this.documents.get(key);
        if (doc) items[key] = { ...doc.value, eTag: doc.eTag };
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([key, item]) => {
        const { eTag, ...value } = (item ?? {}) as Record<string, unknown> & { eTag?: string };
        await this.documents.put(key, value, eTag);
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.documents.delete(key)));
  }
}
