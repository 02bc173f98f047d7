import type { Campaign } from '../../../models/outreach/campaign';
import type { AccountFlags, CampaignSend, CampaignStore, SuppressionRecord } from '../../../models/ports/campaigns';
import type { Documents, StorageBackend } from '../../infra/storage/documents';
import { KeyedMutex } from '../../infra/storage/keyedMutex';

/**
 * Campaigns and their send ledger as documents under DATA_DIR: written to disk
 * before each call resolves, so the queue survives a restart. One process owns
 * DATA_DIR, so a claim serialised in-process is the whole story; an update per
 * key is atomic on disk.
 */
export class DocumentCampaignStore implements CampaignStore {
  private readonly campaignDocs: Documents<Campaign>;
  private readonly sendDocs: Documents<CampaignSend>;
  private readonly messages: Documents<{ key: string }>;
  private readonly suppressionDocs: Documents<SuppressionRecord>;
  private readonly flagDocs: Documents<AccountFlags>;
  private readonly claims = new KeyedMutex();

  constructor(backend: StorageBackend) {
    this.campaignDocs = backend.documents('outreach/campaigns');
    this.sendDocs = backend.documents('outreach/sends');
    this.messages = backend.documents('outreach/messages');
    this.suppressionDocs = backend.documents('outreach/suppressions');
    this.flagDocs = backend.documents('outreach/flags');
  }

  async saveCampaign(campaign: Campaign): Promise<void> {
    await this.campaignDocs.put(campaign.id, campaign);
  }

  async campaign(id: string): Promise<Campaign | undefined> {
    return (await this.campaignDocs.get(id))?.value;
  }

  async campaigns(): Promise<Campaign[]> {
    const all: Campaign[] = [];
    for await (const doc of this.campaignDocs.all()) all.push(doc.value);
    return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async insertSends(rows: CampaignSend[]): Promise<number> {
    let inserted = 0;
    for (const row of rows) {
      await this.sendDocs.update(row.key, (current) => {
        if (current) return undefined;
        inserted++;
        return row;
      });
    }
    return inserted;
  }

  private async allSends(): Promise<CampaignSend[]> {
    const rows: CampaignSend[] = [];
    for await (const doc of this.sendDocs.all()) rows.push(doc.value);
    return rows;
  }

  claimDue(now: Date, leaseMs: number, limit: number): Promise<CampaignSend[]> {
    return this.claims.run('claim', async () => {
      const due = (await this.allSends())
        .filter((r) => r.state === 'queued' && r.sendAt !== undefined && Date.parse(r.sendAt) <= now.getTime())
        .sort((a, b) => a.sendAt!.localeCompare(b.sendAt!))
        .slice(0, limit);
      const claimed: CampaignSend[] = [];
      const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
      for (const row of due) {
        const next = await this.updateSend(row.key, (r) =>
          r.state === 'queued' ? { ...r, state: 'sending', leaseUntil, updatedAt: now.toISOString() } : undefined,
        );
        if (next?.state === 'sending' && next.leaseUntil === leaseUntil) claimed.push(next);
      }
      return claimed;
    });
  }

  expireSending(now: Date): Promise<CampaignSend[]> {
    return this.claims.run('claim', async () => {
      const expired: CampaignSend[] = [];
      for (const row of await this.allSends()) {
        if (row.state !== 'sending' || !row.leaseUntil || Date.parse(row.leaseUntil) > now.getTime()) continue;
        const next = await this.updateSend(row.key, (r) => (r.state === 'sending' ? { ...r, state: 'uncertain', updatedAt: now.toISOString() } : undefined));
        if (next) expired.push(next);
      }
      return expired;
    });
  }

  async updateSend(key: string, change: (row: CampaignSend) => CampaignSend | undefined): Promise<CampaignSend | undefined> {
    let changed: CampaignSend | undefined;
    await this.sendDocs.update(key, (current) => (current ? (changed = change(current)) : undefined));
    if (changed?.messageId) await this.messages.put(changed.messageId, { key });
    return changed;
  }

  async deleteSend(key: string): Promise<void> {
    await this.sendDocs.delete(key);
  }

  async sends(campaignId: string): Promise<CampaignSend[]> {
    return (await this.allSends()).filter((r) => r.campaignId === campaignId);
  }

  async sendByMessageId(messageId: string): Promise<CampaignSend | undefined> {
    const key = (await this.messages.get(messageId))?.value.key;
    return key ? (await this.sendDocs.get(key))?.value : undefined;
  }

  async recordSuppression(entry: Omit<SuppressionRecord, 'count' | 'firstAt' | 'lastAt'>, at: Date): Promise<void> {
    const iso = at.toISOString();
    await this.suppressionDocs.update(`${entry.key}:${entry.rule}`, (current) => ({
      ...entry,
      count: (current?.count ?? 0) + 1,
      firstAt: current?.firstAt ?? iso,
      lastAt: iso,
    }));
  }

  async suppressions(campaignId: string): Promise<SuppressionRecord[]> {
    const rows: SuppressionRecord[] = [];
    for await (const doc of this.suppressionDocs.all()) if (doc.value.campaignId === campaignId) rows.push(doc.value);
    return rows;
  }

  async flags(loanId: string): Promise<AccountFlags | undefined> {
    return (await this.flagDocs.get(loanId))?.value;
  }

  async setFlags(loanId: string, flags: AccountFlags): Promise<void> {
    await this.flagDocs.put(loanId, flags);
  }
}
