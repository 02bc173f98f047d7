import { describe, expect, it } from 'vitest';
import { summarizeLine } from '../../nlp/cliLine';
import { loadAnalyzer } from '../../nlp';

const analyzer = loadAnalyzer();

describe('summarizeLine', () => {
  it('flattens an analysis into the ops format', () => {
    const out = summarizeLine(analyzer, JSON.stringify({ text: 'lost my job and my wife has cancer, can pay 2k a month' }), 1);
    expect(out).toMatchObject({
      reasons: ['unemployment', 'illness'],
      intent: 'none',
      crisis: false,
      vulnerable: true,
      amounts: [{ value: 2000, period: 'month' }],
    });
  });

  it('turns bad lines into an error object for that line', () => {
    expect(summarizeLine(analyzer, '{nope', 4)).toEqual({ line: 4, error: expect.stringMatching(/not valid JSON/) });
    expect(summarizeLine(analyzer, '{"text": 5}', 5)).toEqual({ line: 5, error: expect.stringMatching(/"text"/) });
    expect(summarizeLine(analyzer, 'null', 6)).toMatchObject({ line: 6 });
  });
});
