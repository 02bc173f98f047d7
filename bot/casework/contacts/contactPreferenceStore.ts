import type { ContactPreferences } from '../../../models/ports/contactPreferences';
import type { Documents } from '../../infra/storage/documents';

interface ContactRecord {
  optedOut: boolean;
  history: { at: string; optedOut: boolean }[];
}

/** STOP per channel and user, with its history (when the borrower opted out and back in). */
export class ContactPreferenceStore implements ContactPreferences {
  private readonly cache = new Map<string, boolean>();

  constructor(private readonly documents: Documents<ContactRecord>) {}

  private key(channelId: string, userId: string): string {
    return `${channelId}:${userId}`;
  }

  async isOptedOut(channelId: string, userId: string): Promise<boolean> {
    const key = this.key(channelId, userId);
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const optedOut = (await this.documents.get(key))?.value.optedOut ?? false;
    this.cache.set(key, optedOut);
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
    this.cache.set(key, optedOut);
  }
}
