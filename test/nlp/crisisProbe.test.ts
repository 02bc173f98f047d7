import { describe, expect, it } from 'vitest';
import { loadAnalyzer } from '../../nlp';
import probe from './crisisProbe.json';

// Written without looking at the crisis rules (a separate pass), so the rules are held to how borrowers
// actually write rather than to sentences chosen to pass; the JSON's note records the two relabelled decisions.
type Level = 'crisis' | 'concern' | 'none';
interface ProbeItem {
  text: string;
  level: Level;
  kind: string;
  style: string;
}

const analyzer = loadAnalyzer();
const items = probe.items as ProbeItem[];
// Titles are built here because vitest shortens $-interpolated values to 40 characters.
const at = (level: Level) =>
  items.filter((item) => item.level === level).map((item) => [`${item.level} [${item.style}/${item.kind}] ${item.text}`, item] as const);

describe('crisis probe', () => {
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
