import { describe, expect, it } from 'vitest';
import { parseConfirmation } from '../../nlp/confirmation';

describe('yes and no in Hindi, Hinglish and Malay', () => {
  it.each(['nahi bhai', 'nahin', 'na', 'नहीं जी', 'ji nahi', 'जी नहीं', 'tak', 'tidak, salah', 'taknak', 'sahi nahi hai', 'x betul'])('%s is no', (text) =>
    expect(parseConfirmation(text)).toBe('no'),
  );
  it.each(['haan', 'ha ji', 'हाँ जी', 'हां', 'ठीक है', 'ya', 'betul', 'boleh', 'ok lah', 'theek hai'])('%s is yes', (text) =>
    expect(parseConfirmation(text)).toBe('yes'),
  );
  // Not knowing, or a sentence that only starts with a no-word, is not an answer.
  it.each(['nahi pata', 'tak pasti', 'tak boleh bayar bulan ni', 'पता नहीं', 'can i pay later', 'haan nahi', 'nahi maloom'])('%s is neither', (text) =>
    expect(parseConfirmation(text)).toBeNull(),
  );
});
