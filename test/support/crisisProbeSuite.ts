import { describe, expect, it } from 'vitest';
import { loadAnalyzer } from '../../nlp';

type Level = 'crisis' | 'concern' | 'none';
export interface CrisisProbeItem {
  text: string;
  level: Level;
  kind: string;
  style: string;
}

/**
 * A probe set written without looking at the crisis rules, so the rules are held to how borrowers actually
 * write rather than to sentences chosen to pass; each JSON's note records its label decisions.
 */
export function crisisProbeSuite(name: string, items: CrisisProbeItem[]): void {
  const analyzer = loadAnalyzer();
  // Titles are built here because vitest shortens $-interpolated values to 40 characters.
  const at = (level: Level) =>
    items.filter((item) => item.level === level).map((item) => [`${item.level} [${item.style}/${item.kind}] ${item.text}`, item] as const);

  describe(name, () => {
    it.each(at('crisis'))('%s', (_title, { text }) => {
      expect(analyzer.analyze(text).crisis).toBe(true);
    });

    // An "are you safe?" check is the least these deserve; a hand-over is not wrong.
    it.each(at('concern'))('%s', (_title, { text }) => {
      const { crisis, concern } = analyzer.analyze(text);
      expect(crisis || concern).toBe(true);
    });

    it.each(at('none'))('%s', (_title, { text }) => {
      expect(analyzer.analyze(text)).toMatchObject({ crisis: false, concern: false });
    });
  });
}
