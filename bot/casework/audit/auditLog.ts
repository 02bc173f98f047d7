import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface AuditEntry {
  at: string;
  actor: string;
  role?: string;
  /** e.g. "login", "login_failed", "conversation.view", "conversation.search", "conversation.export", "case.claim", "user.add", "policy.change". */
  action: string;
  /** Conversation keys, case ids, user names… what the action touched. */
  targets?: string[];
  detail?: Record<string, unknown>;
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  target?: string;
  limit?: number;
}

/** What the product needs of the audit trail: append (durable before it resolves) and read, newest first. */
export interface AuditTrail {
  append(entry: Omit<AuditEntry, 'at'>): Promise<AuditEntry>;
  read(filter?: AuditFilter): Promise<AuditEntry[]>;
}

/**
 * Append-only audit trail, one JSON line per entry in a file per day. Appends
 * are fsynced before they resolve, so an action is never reported done
 * without its record. The product has no path that edits or deletes it, and
 * retention never touches it.
 */
export class AuditLog implements AuditTrail {
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly now = () => new Date(),
  ) {}

  append(entry: Omit<AuditEntry, 'at'>): Promise<AuditEntry> {
    const full: AuditEntry = { at: this.now().toISOString(), ...entry };
    const write = this.tail.then(async () => {
      await fs.mkdir(this.dir, { recursive: true });
      const handle = await fs.open(path.join(this.dir, `audit-${full.at.slice(0, 10)}.jsonl`), 'a');
      try {
        await handle.appendFile(`${JSON.stringify(full)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
    this.tail = write.catch(() => undefined);
    return write.then(() => full);
  }

  /** Entries newest first, optionally filtered; reads the day files, newest day first. */
  async read(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    const limit = filter.limit ?? 500;
    const files = (await fs.readdir(this.dir).catch(() => [] as string[]))
      .filter((f) => /^audit-\d{4}-\d{2}-\d{2}\.jsonl$/.test(f))
      .sort()
      .reverse();
    const out: AuditEntry[] = [];
    for (const file of files) {
      const lines = (await fs.readFile(path.join(this.dir, file), 'utf8')).split('\n').filter(Boolean).reverse();
      for (const line of lines) {
        let entry: AuditEntry;
        try {
          entry = JSON.parse(line) as AuditEntry;
        } catch {
          continue; // a torn last line after a crash is skipped, never fatal
        }
        if (filter.actor && entry.actor !== filter.actor) continue;
        if (filter.action && !entry.action.startsWith(filter.action)) continue;
        if (filter.target && !(entry.targets ?? []).includes(filter.target)) continue;
        out.push(entry);
        if (out.length >= limit) return out;
      }
    }
    return out;
  }
}
