import { describe, expect, it } from 'vitest';
import { loadAnalyzer, parseConfirmation } from '../../nlp';
import type { Correction, FaqTopic } from '../../models/language/analysis';
import probe from './faqProbe.json';

// Written before the Hindi, Hinglish and Malay question and correction rules, in several people's styles, so the
// rules are held to how borrowers write; the JSON's note records the labels. Negatives must stay null.
interface FaqProbeItem {
  text: string;
  style: string;
  question: FaqTopic | null;
  correction: Correction | null;
  confirmation?: 'yes' | 'no';
}

const analyzer = loadAnalyzer();
const items = (probe.items as FaqProbeItem[]).map((item) => [`[${item.style}] ${item.text}`, item] as const);

describe('questions, corrections and yes/no probe', () => {
  it.each(items)('%s', (_title, { text, question, correction, confirmation }) => {
    const analysis = analyzer.analyze(text);
    expect({ question: analysis.question, correction: analysis.correction }).toEqual({ question, correction });
    if (confirmation) expect(parseConfirmation(text)).toBe(confirmation);
  });
});
