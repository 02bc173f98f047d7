import { describe, expect, it } from 'vitest';
import { loadAnalyzer } from '../../nlp';
import type { Period } from '../../models/language/analysis';
import probe from './amountsProbe.json';

// Written without looking at the amount rules, so they are held to how borrowers actually write;
// the JSON's note records the labelling conventions, including the decision on a written '0'.
interface AmountsProbeItem {
  text: string;
  style: string;
  kind: string;
  amounts: { value: number; period: Period | null }[];
}

const analyzer = loadAnalyzer();
const items = (probe.items as AmountsProbeItem[]).map((item) => [`[${item.style}/${item.kind}] ${item.text}`, item] as const);

describe('amounts probe', () => {
  it.each(items)('%s', (_title, { text, amounts }) => {
    const read = analyzer.analyze(text).amounts.map((a) => ({ value: a.value, period: a.period ?? null }));
    expect(read).toEqual(amounts);
  });
});
