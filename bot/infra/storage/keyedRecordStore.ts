import type { DocumentStore } from './documentStore';

/**
 * Records saved whole under one key each (arrangements by reference, borrower
 * progress by loan), for the stores that need nothing more than save and load.
 */
export class KeyedRecordStore<T> {
  constructor(
    private readonly documents: DocumentStore<T>,
    private readonly keyOf: (record: T) => string,
  ) {}

  async save(record: T): Promise<void> {
    await this.documents.put(this.keyOf(record), record);
  }

  async load(key: string): Promise<T | undefined> {
    return (await this.documents.get(key))?.value;
  }

  async *all(): AsyncGenerator<T> {
    for await (const doc of this.documents.all()) yield doc.value;
  }
}
