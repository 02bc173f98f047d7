import { describe, expect, it } from 'vitest';
import { parseSafetyAnswer } from '../../nlp/safetyAnswer';

describe('parseSafetyAnswer', () => {
  it.each(["I'm safe", 'yes', 'yeah I am ok', 'im fine thanks', 'Yes, continue', 'haan theek hoon', 'saya ok', '👍'])('%s is safe', (text) =>
    expect(parseSafetyAnswer(text)).toBe('safe'),
  );
  it.each(["I'm not safe", 'no', 'nope', 'not really', "I don't know", 'not sure tbh', "i'm not okay", 'I feel unsafe', 'yes im fine... no actually not ok'])(
    '%s is not safe',
    (text) => expect(parseSafetyAnswer(text)).toBe('not_safe'),
  );
  it.each(['LN_90002', 'what is my balance', ''])('%s is neither', (text) => expect(parseSafetyAnswer(text)).toBeNull());
});
