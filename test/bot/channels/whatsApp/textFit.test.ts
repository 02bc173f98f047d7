import { describe, expect, it } from 'vitest';
import { splitText, truncate } from '../../../../bot/channels/whatsApp/textFit';

describe('truncate', () => {
  it('leaves short text alone and marks cut text with an ellipsis within the limit', () => {
    expect(truncate('  Job   loss ', 20)).toBe('Job loss');
    const cut = truncate('Reduced hours or pay cut at work', 24);
    expect(cut).toBe('Reduced hours or pay cu…');
    expect(cut.length).toBe(24);
  });

  it('never splits an emoji in half', () => {
    const cut = truncate('ab😀😀😀', 4);
    expect(cut).toBe('ab…');
    expect(cut.length).toBeLessThanOrEqual(4);
  });
});

describe('splitText', () => {
  it('prefers paragraph, then sentence, then word boundaries', () => {
    expect(splitText('First para.\n\nSecond para here.', 20)).toEqual(['First para.', 'Second para here.']);
    expect(splitText('One sentence here. Another one here.', 25)).toEqual(['One sentence here.', 'Another one here.']);
    expect(splitText('alpha beta gamma delta', 12)).toEqual(['alpha beta', 'gamma delta']);
  });

  it('ends a Hindi piece at the sentence mark "।", not mid-sentence', () => {
    expect(splitText('आपको कुछ नहीं चुकाना है। फिर आपकी किस्त शुरू होगी।', 30)).toEqual(['आपको कुछ नहीं चुकाना है।', 'फिर आपकी किस्त शुरू होगी।']);
  });

  it('hard-cuts a word longer than the limit and keeps every character', () => {
    const word = 'x'.repeat(25);
    const pieces = splitText(word, 10);
    expect(pieces).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('returns nothing for blank text and refuses a useless limit', () => {
    expect(splitText('  \n ', 10)).toEqual([]);
    expect(() => splitText('abc', 1)).toThrow(RangeError);
  });
});
