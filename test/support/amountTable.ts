import { describe, expect, it } from 'vitest';
import { analyze } from '../../nlp';
import { parseMoney } from '../../nlp/moneyAsMeant';
import type { Period } from '../../models/language/analysis';

/** [message, the amounts it means as [value, period] pairs, in the order written]. */
export type AmountCase = [string, [number, Period | null][]];
/** [budget answer, value, period, upper end of a range]. */
export type AnswerCase = [string, number, Period | null, number?];

/** One style's table: what `analyze` reads from whole messages, and what the budget reads from answers. */
export function amountTable(style: string, messages: AmountCase[], answers: AnswerCase[] = []): void {
  describe(`amounts written ${style}`, () => {
    it.each(messages)('%s', (text, expected) => {
      expect(analyze(text).amounts.map((a) => [a.value, a.period])).toEqual(expected);
    });
    if (answers.length === 0) return;
    it.each(answers)('budget answer %s', (text, value, period, high) => {
      expect(parseMoney(text)).toEqual(high === undefined ? { value, period } : { value, period, high });
    });
  });
}
