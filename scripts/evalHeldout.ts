/**
 * Scores the analyzer on the independent held-out sets in test/nlp/heldout, written by other
 * hands in a separate pass from the rules and the corpus (their own note says: never tune to
 * these strings). Prints each measure by writing style, so a change is judged on how borrowers
 * write rather than on the training corpus. What was missed is printed only with `--misses`: a
 * session that reads the misses and then writes rules has turned the held-out sets into training.
 */
import { readFileSync } from 'node:fs';
import { loadAnalyzer, parseMoney } from '../nlp';

interface Item {
  text: string;
  style: string;
}
const load = <T>(name: string): (Item & T)[] =>
  (JSON.parse(readFileSync(new URL(`../test/nlp/heldout/${name}.json`, import.meta.url), 'utf8')) as { items: (Item & T)[] }).items;

const showMisses = process.argv.includes('--misses');
const analyzer = loadAnalyzer();
const analyze = (text: string) => analyzer.analyze(text);

function report(title: string, rows: { style: string; ok: boolean; text: string; detail?: string }[]): void {
  const styles = new Map<string, [number, number]>();
  for (const r of rows) {
    const [ok, n] = styles.get(r.style) ?? [0, 0];
    styles.set(r.style, [ok + (r.ok ? 1 : 0), n + 1]);
  }
  const passed = rows.filter((r) => r.ok).length;
  console.log(`\n${title}: ${passed}/${rows.length} (${((passed / rows.length) * 100).toFixed(1)}%)`);
  console.log(`  by style: ${[...styles].map(([s, [ok, n]]) => `${s} ${ok}/${n}`).join(', ')}`);
  if (showMisses) for (const r of rows.filter((x) => !x.ok)) console.log(`  miss: ${r.text}${r.detail ? `  → ${r.detail}` : ''}`);
}

const crisis = load<{ level: 'crisis' | 'concern' }>('crisis').map((c) => ({ ...c, got: analyze(c.text) }));
const levelOf = (a: { crisis: boolean; concern: boolean }) => (a.crisis ? 'crisis' : a.concern ? 'concern' : 'none');
report(
  'crisis recall (clear)',
  crisis.filter((c) => c.level === 'crisis').map((c) => ({ ...c, ok: c.got.crisis, detail: levelOf(c.got) })),
);
// An ambiguous message is caught when it gets the safety check or, more than needed, the crisis reply.
report(
  'concern recall (ambiguous: safety check or crisis reply)',
  crisis.filter((c) => c.level === 'concern').map((c) => ({ ...c, ok: c.got.concern || c.got.crisis })),
);
report(
  'no false alarm (neither crisis nor concern)',
  load('falseAlarms').map((c) => {
    const got = analyze(c.text);
    return { ...c, ok: !got.crisis && !got.concern, detail: levelOf(got) };
  }),
);

const amounts = load<{ value: number | null; high?: number; period?: string | null }>('amounts');
report(
  'amounts',
  amounts.map((a) => {
    const got = parseMoney(a.text);
    const ok =
      a.value === null
        ? got === null
        : got !== null && got.value === a.value && (a.high === undefined || got.high === a.high) && (a.period === undefined || got.period === a.period);
    return { ...a, ok, detail: `${JSON.stringify(got)}, expected ${a.value}${a.high ? `-${a.high}` : ''} ${a.period ?? ''}` };
  }),
);

const intents = load<{ intent: string }>('intents').map((i) => ({ ...i, got: analyze(i.text).intent }));
report(
  'commands (intent other than none)',
  intents.filter((i) => i.intent !== 'none').map((i) => ({ ...i, ok: i.got === i.intent, detail: `${i.got}, expected ${i.intent}` })),
);
report(
  'no command where there is none',
  intents.filter((i) => i.intent === 'none').map((i) => ({ ...i, ok: i.got === 'none', detail: i.got })),
);

const stories = load<{ reasons: string[] }>('reasons').map((s) => ({ ...s, got: analyze(s.text).reasons.map((r) => r.reason as string) }));
const labels = [...new Set(stories.flatMap((s) => [...s.reasons, ...s.got]))];
const f1 = labels.map((label) => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of stories) {
    const gold = s.reasons.includes(label);
    const predicted = s.got.includes(label);
    if (gold && predicted) tp++;
    else if (predicted) fp++;
    else if (gold) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
});
report(
  'reasons (exact set)',
  stories.map((s) => ({
    ...s,
    ok: s.reasons.length === s.got.length && s.reasons.every((r) => s.got.includes(r)),
    detail: `${s.got.join(',') || 'none'}, expected ${s.reasons.join(',')}`,
  })),
);
console.log(`\nreasons macro-F1 over ${labels.length} labels: ${(f1.reduce((x, y) => x + y, 0) / f1.length).toFixed(3)}`);
