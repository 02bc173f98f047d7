import { describe, expect, it } from 'vitest';
import { detectCorrection } from '../../nlp/correction';
import { normalize } from '../../nlp/text';

const correctionOf = (text: string) => detectCorrection(normalize(text));

describe('budget corrections', () => {
  it.each([
    ['go back, the rent is actually 21000', { line: 'housing', back: true }],
    ['change my rent', { line: 'housing', back: false }],
    ['the rent is actually 21000', { line: 'housing', back: false }],
    ['sorry I made a mistake with my salary, it is 50000', { line: 'income', back: false }],
    ['kiraya galat hai, 18000 hai', { line: 'housing', back: false }],
    ['my other loans are actually 5000', { line: 'otherDebtRepayments', back: false }],
    ['the bills figure was wrong', { line: 'essentials', back: false }],
    ['go back', { line: null, back: true }],
    ['can we go back to the last question', { line: null, back: true }],
    ['pichhe jao', { line: null, back: true }],
  ])('"%s"', (text, expected) => {
    expect(correctionOf(text)).toEqual(expected);
  });

  it('an answer is not a correction', () => {
    for (const text of ['21000', 'about 12000 monthly', 'rent is 12000 pm', 'None', "I don't know"]) expect(correctionOf(text)).toBeNull();
  });
});
