import type { ContactPreferences } from '../../../models/ports/contactPreferences';
import type { Documents } from '../../infra/storage/documents';

interface ContactRecord {
  optedOut: boolean;
  history: { at: string; optedOut: boolean }[];
}

/** How many users' answers are remembered (the oldest are read again from the store, which caches too). */
const CACHED_USERS = 20_000;

/** STOP per channel and user, with its history (when the borrower opted out and back in). */
export class ContactPreferenceStore implements ContactPreferences {
  private readonly cache = new Map<string, boolean>();

  constructor(private readonly documents: Documents<ContactRecord>) {}

  private remember(key: string, optedOut: boolean): void {
    this.cache.delete(key);
    this.cache.set(key, optedOut);
    if (this.cache.size > CACHED_USERS) this.cache.delete(this.cache.keys().next().value!);
  }

  private key(channelId: string, userId: string): string {
    return `${channelId}:${userId}`;
  }

  async isOptedOut(channelId: string, userId: string): Promise<boolean> {
    const key = this.key(channelId, userId);
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const optedOut = (await this.documents.get(key))?.value.optedOut ?? false;
    this.remember(key, optedOut);
    return optedOut;
  }

  optOut(channelId: string, userId: string, at: Date): Promise<void> {
    return this.set(channelId, userId, at, true);
  }

  optIn(channelId: string, userId: string, at: Date): Promise<void> {
    return this.set(channelId, userId, at, false);
  }

  private async set(channelId: string, userId: string, at: Date, optedOut: boolean): Promise<void> {
    const key = this.key(channelId, userId);
    await this.documents.update(key, (record) => ({
      optedOut,
      history: [...(record?.history ?? []), { at: at.toISOString(), optedOut }],
    }));
    this.remember(key, optedOut);
  }
}
