import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, InvalidTextError, loadAnalyzer, ReasonClassifier } from '../../nlp';

const today = new Date('2025-01-15T12:00:00Z');
const reasonsOf = (text: string) => analyze(text, { today }).reasons.map((r) => r.reason);

describe('analyze: reasons', () => {
  it('finds several reasons in one message, sorted by confidence', () => {
    const result = analyze("got laid off in sept and my wife's sick", { today });
    expect(result.reasons.map((r) => r.reason).sort()).toEqual(['illness', 'unemployment']);
    const confidences = result.reasons.map((r) => r.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    for (const c of confidences) expect(c).toBeGreaterThan(0.5);
  });

  it('respects negation', () => {
    expect(reasonsOf("I didn't lose my job but my hours were cut")).toEqual(['income_reduction']);
    expect(reasonsOf("i'm not sick, i just lost my job")).toEqual(['unemployment']);
    expect(reasonsOf('no one died, we just divorced')).toEqual(['divorce_separation']);
  });

  it('reads slang, typos and non-native English', () => {
    expect(reasonsOf('hours cut AND rent went up').sort()).toEqual(['income_reduction', 'increased_expenses']);
    expect(reasonsOf('got laid of')).toEqual(['unemployment']);
    expect(reasonsOf('my father is die last week')).toEqual(['death']);
  });

  it("says 'other' for hardship without a known cause and [] for no hardship", () => {
    expect(reasonsOf('cant pay nothing rn')).toEqual(['other']);
    expect(reasonsOf('hello')).toEqual([]);
    expect(reasonsOf('this is not my debt')).toEqual([]);
  });
});

describe('analyze: other fields', () => {
  it('tells temporary from permanent hardship', () => {
    expect(analyze('off work for 3 months after surgery', { today }).temporary).toBe(true);
    expect(analyze('back to work in June', { today }).temporary).toBe(true);
    expect(analyze("i'll never be able to work again", { today }).temporary).toBe(false);
    expect(analyze('my pay cut is permanent', { today }).temporary).toBe(false);
    expect(analyze('lost my job', { today }).temporary).toBeNull();
    expect(analyze('been out of work for 3 months', { today }).temporary).toBeNull();
  });

  it('extracts amounts with periods', () => {
    expect(analyze('lost my job, can pay £30 a week from next month', { today }).amounts).toEqual([{ value: 30, period: 'week', text: '£30 a week' }]);
    expect(analyze("can't pay anything", { today }).amounts.map((a) => a.value)).toEqual([0]);
  });

  it('resolves dates against the reference day', () => {
    const { dates } = analyze('laid off since March, back at work in 6 weeks', { today });
    expect(dates).toEqual([
      { text: 'since march', start: '2024-03-01', end: '2024-03-31', kind: 'date' },
      { text: 'in 6 weeks', start: '2025-02-26', kind: 'date' },
    ]);
  });

  it('flags vulnerability with FCA categories, and crisis however indirect', () => {
    const bereaved = analyze('my husband passed away and i have a gambling problem', { today });
    expect(bereaved.vulnerable).toBe(true);
    expect(bereaved.vulnerability).toEqual(
      expect.arrayContaining([
        { driver: 'bereavement', category: 'life_events' },
        { driver: 'addiction', category: 'health' },
      ]),
    );
    expect(analyze("I don't see the point anymore", { today }).crisis).toBe(true);
    expect(analyze('everyone would be better off without me', { today })).toMatchObject({ crisis: true, vulnerable: true });
    expect(analyze('my rent went up', { today })).toMatchObject({ crisis: false, concern: false, vulnerable: false });
    expect(analyze('honestly the EMIs are killing me, I feel hopeless', { today })).toMatchObject({ crisis: false, concern: true });
    expect(analyze('i feel hopeless and want to end my life', { today })).toMatchObject({ crisis: true, concern: false });
  });

  it('detects interrupting intents', () => {
    expect(analyze('STOP', { today }).intent).toBe('opt_out');
    expect(analyze('stop it now!', { today }).intent).toBe('opt_out');
    expect(analyze('stop being so slow', { today }).intent).toBe('none');
    expect(analyze("don't contact me again", { today }).intent).toBe('opt_out');
    expect(analyze('not my debt', { today }).intent).toBe('dispute');
    expect(analyze('I want to make a complaint', { today }).intent).toBe('complaint');
    expect(analyze('can i speak to a real person', { today }).intent).toBe('human');
    expect(analyze('start over', { today }).intent).toBe('restart');
    expect(analyze('help', { today }).intent).toBe('help');
    expect(analyze('I lost my job, please help me find options to pay', { today }).intent).toBe('none');
  });

  it("marks clearly non-English text as 'other'", () => {
    expect(analyze('no puedo pagar este mes, perdí mi trabajo', { today })).toMatchObject({ language: 'other', reasons: [] });
    expect(analyze('saya hilang kerja bulan lepas', { today }).language).toBe('other');
    expect(analyze('我失业了，这个月付不起', { today }).language).toBe('other');
    expect(analyze('RM 500 sebulan', { today })).toMatchObject({ language: 'en', amounts: [{ value: 500, period: 'month' }] });
  });
});

describe('analyze: hostile input', () => {
  it('handles empty, emoji-only and huge input without crashing', () => {
    expect(analyze('', { today })).toMatchObject({ reasons: [], intent: 'none', crisis: false, amounts: [], language: 'en' });
    expect(analyze('😭😭🙏', { today }).reasons).toEqual([]);
    const huge = analyze('lost my job '.repeat(900), { today });
    expect(huge.reasons.map((r) => r.reason)).toEqual(['unemployment']);
    expect(analyze('Я потерял работу'.repeat(700), { today }).language).toBe('other');
  });

  it('rejects non-strings and invalid dates with clear errors', () => {
    expect(() => analyze(undefined as unknown as string)).toThrow(InvalidTextError);
    expect(() => analyze('hi', { today: new Date('nope') })).toThrow(/invalid Date/);
  });
});

describe('createAnalyzer', () => {
  it('uses the injected classifier for reasons the rules miss', () => {
    const classifier = ReasonClassifier.train(
      [
        { text: 'the zorblat ate my wages', reasons: ['disaster'] },
        { text: 'hello there', reasons: [] },
        { text: 'good morning', reasons: [] },
      ],
      { epochs: 200 },
    );
    const custom = createAnalyzer(classifier, { classifierThreshold: 0.5 });
    expect(custom.analyze('zorblat again').reasons.map((r) => r.reason)).toEqual(['disaster']);
    expect(loadAnalyzer().analyze('zorblat again').reasons).toEqual([]);
  });
});
