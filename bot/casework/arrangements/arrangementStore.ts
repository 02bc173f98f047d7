import { type Arrangement, liveArrangement, refuseSecondArrangement } from '../../../models/offers';
import type { ArrangementLedger } from '../../../models/ports/arrangements';
import type { Documents } from '../../infra/storage/documents';
import { KeyedMutex } from '../../infra/storage/keyedMutex';

/**
 * Arrangements, one document each under their reference, with a by-loan index (loan → references) built at
 * start so "does this loan have a live arrangement?" reads a loan's few records, never the whole folder.
 * Writes for one loan are serialised, so two channels (or the bot and an agent) cannot both add one; one
 * process owns the data directory, so the in-process lock is the whole story.
 */
export class ArrangementStore implements ArrangementLedger {
  private readonly byLoan = new Map<string, string[]>();
  private readonly loans = new KeyedMutex();

  private constructor(private readonly documents: Documents<Arrangement>) {}

  static async open(documents: Documents<Arrangement>): Promise<ArrangementStore> {
    const store = new ArrangementStore(documents);
    for await (const doc of documents.all()) store.index(doc.value);
    return store;
  }

  private index(arrangement: Arrangement): void {
    const references = this.byLoan.get(arrangement.loanId) ?? [];
    if (!references.includes(arrangement.reference)) this.byLoan.set(arrangement.loanId, [...references, arrangement.reference]);
  }

  /** Every arrangement the loan has had, replaced and finished ones included. */
  async forLoan(loanId: string): Promise<Arrangement[]> {
    const found = await Promise.all((this.byLoan.get(loanId) ?? []).map((reference) => this.documents.get(reference)));
    return found.flatMap((doc) => (doc ? [doc.value] : []));
  }

  async liveForLoan(loanId: string, today: Date): Promise<Arrangement | undefined> {
    return liveArrangement(await this.forLoan(loanId), loanId, today);
  }

  async save(arrangement: Arrangement): Promise<void> {
    await this.loans.run(arrangement.loanId, async () => {
      refuseSecondArrangement(await this.liveForLoan(arrangement.loanId, new Date(arrangement.createdAt)), arrangement);
      await this.write(arrangement);
    });
  }

  async replace(reference: string, next: Arrangement): Promise<void> {
    await this.loans.run(next.loanId, async () => {
      const live = await this.liveForLoan(next.loanId, new Date(next.createdAt));
      refuseSecondArrangement(live, next, reference);
      await this.write({ ...live!, replacedBy: { reference: next.reference, at: next.createdAt } });
      await this.write(next);
    });
  }

  private async write(arrangement: Arrangement): Promise<void> {
    await this.documents.put(arrangement.reference, arrangement);
    this.index(arrangement);
  }

  /** Withdraws every link to the arrangement's written confirmation issued before `at`; undefined for no such arrangement. */
  async withdrawLinks(reference: string, at: Date): Promise<Arrangement | undefined> {
    return this.documents.update(reference, (current) => current && { ...current, linksValidFrom: at.toISOString() });
  }

  async load(reference: string): Promise<Arrangement | undefined> {
    return (await this.documents.get(reference))?.value;
  }

  async *all(): AsyncGenerator<Arrangement> {
    for await (const doc of this.documents.all()) yield doc.value;
  }
}
