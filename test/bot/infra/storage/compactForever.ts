// Child process for the compaction crash test: small journal segments, so compaction runs all the time, while it
// writes bursts of documents and reports each acknowledged burst (and each compacted file) to the parent, until
// the parent kills it with SIGKILL.
import path from 'node:path';
import { DocumentStore } from '../../../../bot/infra/storage/documentStore';
import { EmbeddedStore } from '../../../../bot/infra/storage/embeddedStore';

const dir = process.argv[2];
const first = Number(process.argv[3]);
const engine = await EmbeddedStore.open(dir, {
  segmentBytes: 64 * 1024,
  sealEveryMs: 20,
  onCompaction: (event) => process.send?.({ compaction: event.phase }),
});
const docs = new DocumentStore<{ seq: number; padding: string }>(path.join(dir, 'docs'), engine);
const padding = 'x'.repeat(2_000);
for (let seq = first; ; seq++) {
  // One burst: a counter and 20 documents, the way a turn writes several stores at once.
  await engine.run(async () => {
    await docs.put('counter', { seq, padding });
    // Written once and never again: after a crash only the segment it was in (or its file) can bring it back.
    await docs.put(`once-${seq}`, { seq, padding });
    for (let i = 0; i < 20; i++) await docs.put(`doc-${(seq * 20 + i) % 300}`, { seq, padding });
  });
  process.send?.({ acknowledged: seq });
}
