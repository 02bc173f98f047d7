import { describe, expect, it } from 'vitest';
import { loadAnalyzer } from '../../nlp';
import type { HardshipReason } from '../../models/loanBook/loanRecord';
import { score } from '../../nlp/training/metrics';
import probe from './longStoriesProbe.json';

interface LongStory {
  text: string;
  reasons: HardshipReason[];
  style: string;
}

// Measured when the probe was written (6 December, whole-text reasons): 0.634 overall, en 0.653, en-IN 0.600, Hinglish
// 0.619, Hindi 0.462, Malay/Manglish 0.608. With reasons read per clause as well: 0.838, en 0.749, en-IN 0.835,
// Hinglish 0.822, Hindi 0.867, Malay/Manglish 0.792.
const FLOOR_ALL = 0.8;
const FLOOR_PER_STYLE = 0.7;
const items = probe.items as LongStory[];
const analyzer = loadAnalyzer();
const gold = (stories: readonly LongStory[]) => stories.map((s) => ({ reasons: s.reasons, intent: 'none' as const, crisis: false, amounts: [] }));
const macroF1 = (stories: readonly LongStory[]): number =>
  score(
    gold(stories),
    stories.map((s) => ({ reasons: analyzer.analyze(s.text).reasons.map((r) => r.reason) })),
  ).macroF1;

/**
 * Long stories with two or three reasons each, written blind to the classifier's features (the JSON's note). The
 * floor sits a few points under the figure measured when it was written, so it catches a regression without
 * listing the stories one by one: each style has about ten, too few for a per-story bar to mean much.
 */
describe('long multi-reason stories probe', () => {
  it('reads every style above the floor', () => {
    const styles = [...new Set(items.map((s) => s.style))];
    const perStyle = Object.fromEntries(styles.map((style) => [style, macroF1(items.filter((s) => s.style === style))]));
    for (const style of styles) expect(perStyle[style], style).toBeGreaterThanOrEqual(FLOOR_PER_STYLE);
  });

  it('reads the whole probe above the floor', () => {
    expect(macroF1(items)).toBeGreaterThanOrEqual(FLOOR_ALL);
  });
});
