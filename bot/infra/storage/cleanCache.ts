/**
 * Recently used documents that are already in their files, as JSON (null: known
 * not to exist), least recently used first out once over `budgetBytes`. It
 * saves re-reading a conversation's state and transcript on its next turn
 * without letting memory grow with the number of conversations.
 */
export class CleanCache {
  private readonly entries = new Map<string, string | null>();
  private bytes = 0;

  constructor(private readonly budgetBytes: number) {}

  has(name: string): boolean {
    return this.entries.has(name);
  }

  get(name: string): string | null | undefined {
    const raw = this.entries.get(name);
    if (raw === undefined) return undefined;
    this.entries.delete(name);
    this.entries.set(name, raw);
    return raw;
  }

  set(name: string, raw: string | null): void {
    this.delete(name);
    this.entries.set(name, raw);
    this.bytes += sizeOf(name, raw);
    for (const [oldest, value] of this.entries) {
      if (this.bytes <= this.budgetBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(oldest, value);
    }
  }

  delete(name: string): void {
    const raw = this.entries.get(name);
    if (raw === undefined) return;
    this.entries.delete(name);
    this.bytes -= sizeOf(name, raw);
  }
}

/**
 * What an entry costs V8: a string with any character past U+00FF (a ₹ in a
 * transcript) is stored at two bytes a character, so counting characters let
 * the cache hold twice its budget.
 */
function sizeOf(name: string, raw: string | null): number {
  const chars = name.length + (raw?.length ?? 0);
  return (raw !== null && WIDE.test(raw) ? 2 * chars : chars) + 64;
}

const WIDE = /[\u0100-\uffff]/;
