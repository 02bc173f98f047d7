import { describe, expect, it } from 'vitest';
import { createAnalyzer, loadClassifier } from '../../nlp';

const analyzer = createAnalyzer(loadClassifier());
const reasonsOf = (text: string) => analyzer.analyze(text).reasons.map((r) => r.reason);

// Hardship stories as Indian and Malaysian borrowers write them, in English, Hinglish and Malay-English.
const STORIES: [string, string][] = [
  ['my mother expired in june, all savings went in hospital', 'death'],
  ['we lost our papa last week', 'death'],
  ['salary not credited since 2 months', 'income_reduction'],
  ['company giving half salary only, earlier 40k now 20k', 'income_reduction'],
  ['3 mahine se salary nahi mili', 'income_reduction'],
  ['gaji lambat this month boss', 'income_reduction'],
  ['on maternity leave, pay is much lower', 'income_reduction'],
  ['ghar ka kharcha bahut badh gaya hai', 'increased_expenses'],
  ['our crops were damaged in the rains', 'disaster'],
  ['naukri chhoot gayi last month', 'unemployment'],
  ['my dhandha is down since diwali', 'business_failure'],
  ['met with an accident, bed rest for 2 months', 'illness'],
  ['my ex husband stopped the maintenance', 'divorce_separation'],
];

describe('hardship reasons in our borrowers’ words', () => {
  for (const [story, reason] of STORIES) {
    it(`"${story}" → ${reason}`, () => {
      expect(reasonsOf(story)).toContain(reason);
    });
  }

  it('a dead phone or battery is not a bereavement', () => {
    for (const text of ['my phone died last night', 'sorry, battery died', 'my laptop died and I lost the letter']) {
      expect(reasonsOf(text)).not.toContain('death');
    }
  });

  it('money trouble with no stated cause is other', () => {
    expect(reasonsOf('paisa nahi hai abhi, bahut pareshani hai')).toEqual(['other']);
    expect(reasonsOf('not enough money this month')).toEqual(['other']);
  });
});
