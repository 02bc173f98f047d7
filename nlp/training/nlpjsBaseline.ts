import { NlpManager, type NlpEntity } from 'node-nlp';
import type { Intent, Period } from '../../models/language/analysis';
import type { CorpusExample } from './corpus';
import type { Prediction } from './metrics';
import type { HardshipReason } from '../../models/loanBook/loanRecord';

/**
 * NLP.js trained on the same split, as the yardstick the issue asks us to beat.
 * Its classifier is single-label, so a multi-reason message is added once per reason
 * and every class scoring at least `threshold` is predicted.
 */
const NONE = 'no_reason';
const DURATION_PERIOD: Record<string, Period> = { P1D: 'day', P1M: 'month', P1W: 'week', P2W: 'fortnight', P1Y: 'year' };

async function trainManager(pairs: [string, string][]): Promise<NlpManager> {
  const manager = new NlpManager({ languages: ['en'], forceNER: true, autoSave: false, nlu: { log: false } });
  for (const [text, label] of pairs) manager.addDocument('en', text, label);
  await manager.train();
  return manager;
}

function amountsFrom(entities: NlpEntity[]): NonNullable<Prediction['amounts']> {
  const durations = entities.filter((e) => e.entity === 'duration');
  return entities
    .filter((e) => e.entity === 'currency' && typeof e.resolution?.value === 'number')
    .map((e) => {
      const next = durations.find((d) => d.start > e.end && d.start - e.end <= 3);
      const timex = next?.resolution?.values?.[0]?.timex ?? '';
      return { value: e.resolution?.value as number, period: DURATION_PERIOD[timex] ?? null };
    });
}

export interface NlpjsBaseline {
  predict(text: string): Promise<Prediction>;
}

export async function trainNlpjsBaseline(train: readonly CorpusExample[], threshold = 0.5): Promise<NlpjsBaseline> {
  // Every style, as ours is trained: the comparison is on the same examples.
  const english = train;
  const reasons = await trainManager(english.flatMap((e) => (e.reasons.length ? e.reasons.map((r) => [e.text, r] as [string, string]) : [[e.text, NONE]])));
  const intents = await trainManager(english.map((e) => [e.text, e.intent]));
  const crisis = await trainManager(english.map((e) => [e.text, e.crisis ? 'crisis' : 'safe']));
  return {
    async predict(text) {
      const r = await reasons.process('en', text);
      const picked = r.classifications.filter((c) => c.score >= threshold && c.intent !== NONE).map((c) => c.intent as HardshipReason);
      const top = r.classifications[0];
      const labels = picked.length > 0 ? picked : top && top.intent !== NONE && top.score > 0 ? [top.intent as HardshipReason] : [];
      const i = await intents.process('en', text);
      const c = await crisis.process('en', text);
      return {
        reasons: labels,
        intent: (i.classifications[0]?.score ? i.classifications[0].intent : 'none') as Intent,
        crisis: c.classifications[0]?.intent === 'crisis' && c.classifications[0].score > 0,
        amounts: amountsFrom(r.entities),
      };
    },
  };
}
