import { describe, expect, it } from 'vitest';
import { parseConfirmation } from '../../nlp/confirmation';

describe('parseConfirmation', () => {
  it.each(['yes', 'Yep!', "that's right", 'correct', 'yeah sure', '👍', 'yes no problem'])('%s is yes', (text) => expect(parseConfirmation(text)).toBe('yes'));
  it.each(['no', 'nope', 'not really', "no that's wrong", "that's not right", 'nah'])('%s is no', (text) => expect(parseConfirmation(text)).toBe('no'));
  it.each(['', 'maybe', 'what?', 'yes no'])('%s is neither', (text) => expect(parseConfirmation(text)).toBeNull());
});
