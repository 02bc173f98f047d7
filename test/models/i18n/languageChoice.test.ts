import { describe, expect, it } from 'vitest';
import { chosenLanguage, writtenIn } from '../../../models/i18n/languageChoice';
import { englishLabel } from '../../../models/i18n/tappedLabel';

describe('choosing a language', () => {
  it.each([
    ['Hindi', 'hi'],
    ['हिंदी', 'hi'],
    ['हिन्दी', 'hi'],
    ['hindi please', 'hi'],
    ['Hindi mein', 'hi'],
    ['chat in Hindi', 'hi'],
    ['Malay', 'ms'],
    ['Bahasa Melayu', 'ms'],
    ['bahasa melayu.', 'ms'],
    ['English', 'en'],
    ['in English please', 'en'],
    ['change language', 'ask'],
    ['Language', 'ask'],
    ['भाषा', 'ask'],
    ['tukar bahasa', 'ask'],
    ['English/हिंदी/Melayu', 'ask'],
  ])('"%s" chooses %s', (text, language) => expect(chosenLanguage(text)).toBe(language));

  it.each(['I speak Hindi at home and I lost my job', 'my english is not good', 'Hindi film tickets cost too much', '', '   ', 'x'.repeat(10_000)])(
    '"%s" is no choice: a message that mentions a language is still read as what it says',
    (text) => expect(chosenLanguage(text)).toBeUndefined(),
  );

  it.each([
    ['नमस्ते, मुझे मदद चाहिए', 'hi'],
    ['मेरी नौकरी चली गई', 'hi'],
    ['Selamat pagi, saya perlu bantuan', 'ms'],
    ['saya tak mampu bayar bulan ini', 'ms'],
    // Short replies and corrections: particles and answer words count too.
    ['tak betul la tu', 'ms'],
    ['sewa sebenarnya 21000', 'ms'],
  ])('"%s" is written in %s', (text, language) => expect(writtenIn(text)).toBe(language));

  it.each(['hi', 'ok la thanks', 'I lost my job', 'mera kaam chala gaya, EMI nahi bhar pa raha', 'RM 500 sebulan', '12000', '😢😢', ''])(
    '"%s" changes nothing: English, Hinglish, a figure or too little to tell',
    (text) => expect(writtenIn(text)).toBeUndefined(),
  );
});

describe('tapped labels', () => {
  it('a quick reply tapped in Hindi or Malay is read as its English label; typed Hindi and Malay yes/no too', () => {
    expect(englishLabel('हाँ, आगे बढ़ें')).toBe('Yes, continue');
    expect(englishLabel('Ya, teruskan')).toBe('Yes, continue');
    expect(englishLabel('बॉट के साथ जारी रखें')).toBe('Continue with the bot');
    expect(englishLabel('नौकरी चली गई')).toBe('Lost my job');
    expect(englishLabel('हाँ')).toBe('yes');
    expect(englishLabel('नहीं।')).toBe('no');
    expect(englishLabel('tidak')).toBe('no');
  });

  it('English labels and any other text are left as they are', () => {
    for (const text of ['Yes, continue', 'I lost my job', '25000', 'हाँ मेरी नौकरी चली गई', '']) expect(englishLabel(text)).toBeUndefined();
  });
});
