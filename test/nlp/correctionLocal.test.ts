import { describe, expect, it } from 'vitest';
import { detectCorrection } from '../../nlp/correction';
import { normalize } from '../../nlp/text';

const correctionOf = (text: string) => detectCorrection(normalize(text));

// Checked after the rules were written, with phrasings not in test/nlp/faqProbe.json.
describe('budget corrections in Hindi, Hinglish and Malay', () => {
  it.each([
    ['किराया गलत लिखा है, 15000 है', { line: 'housing', back: false }],
    ['वापस चलो', { line: null, back: true }],
    ['सैलरी बदलनी है', { line: 'income', back: false }],
    ['rent asal me 9000 hai', { line: 'housing', back: false }],
    ['kiraye me galti ho gayi', { line: 'housing', back: false }],
    ['pichla sawal dobara puchho', { line: null, back: true }],
    ['Maaf, sewa sebenarnya RM900', { line: 'housing', back: false }],
    ['gaji saya silap, patutnya 2800', { line: 'income', back: false }],
    ['nak tukar bil', { line: 'essentials', back: false }],
    ['balik ke soalan tadi', { line: null, back: true }],
    ['my salary wrong lah, actually 4k', { line: 'income', back: false }],
  ])('"%s"', (text, expected) => {
    expect(correctionOf(text)).toEqual(expected);
  });

  it('an answer or a story that names a line, or says life has changed, is not a correction', () => {
    for (const text of [
      'mera kiraya 9000 hai',
      'gaji RM3000 sebulan',
      'sewa 700, bil api air 200',
      'बिल्कुल, 5000',
      'ghar ka kharcha badal gaya hai jab se baby hua',
      'halat badal gaye hain, dukaan band ho gayi',
      'हालात बदल गए हैं, किराया भी बढ़ गया',
      'tukar kerja baru, gaji kurang sikit',
      'bukan salah saya, gaji dipotong',
      'हमें घर बदलना पड़ा, नया किराया और एडवांस देना पड़ा',
      'room badalna pada, naye room ka advance diya, kiraya bhi zyada',
      'sach bolun toh galti meri hai, salary sab trading mein gayi',
      'company tukar saya jadi contract, gaji kurang RM500',
    ])
      expect(correctionOf(text), text).toBeNull();
  });

  it('"wrong" or "correct" alone names no earlier answer', () => {
    for (const text of ['yes correct', 'nhi yaar galat hai', 'that is wrong', 'actually 9000']) expect(correctionOf(text), text).toBeNull();
  });
});
