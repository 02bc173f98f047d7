// Child process for the crash-safety test: writes as fast as it can and reports
// each acknowledged write to the parent, until it is killed with SIGKILL.
import { DocumentStore } from '../../../../bot/infra/storage/documentStore';

const store = new DocumentStore<{ seq: number; padding: string }>(process.argv[2]);
const padding = 'x'.repeat(20_000);
for (let seq = 1; ; seq++) {
  await Promise.all([store.put('counter', { seq, padding }), store.put(`doc-${seq % 7}`, { seq, padding })]);
  process.send?.(seq);
}
