import { romanizeHindiMoney } from './hindiMoneyWords';

/**
 * Hinglish and Malay figures rewritten into the forms nlp/money.ts reads, before it reads them:
 * "dedh lakh" → "1.5 lakh", "sawa do lakh" → "2.25 lakh", "saadhe teen hazaar" → "3.5 thousand",
 * "dhai hazaar" → "2.5 thousand", "18 hazaar" → "18 thousand", "seribu" → "1000",
 * "dua ribu lima ratus" → "2500", Devanagari through its Hinglish spelling (nlp/hindiMoneyWords.ts). A number word only becomes a digit next to a multiplier, so
 * "do" (English) and "dua orang anak" (two children) are left alone.
 */
const HINDI_DIGITS: Record<string, number> = {
  ek: 1,
  do: 2,
  teen: 3,
  tin: 3,
  char: 4,
  chaar: 4,
  paanch: 5,
  panch: 5,
  pach: 5,
  chhe: 6,
  che: 6,
  chhah: 6,
  saat: 7,
  sat: 7,
  aath: 8,
  ath: 8,
  nau: 9,
  das: 10,
  dus: 10,
  gyarah: 11,
  barah: 12,
  baarah: 12,
  terah: 13,
  chaudah: 14,
  pandrah: 15,
  pandra: 15,
  solah: 16,
  satrah: 17,
  atharah: 18,
  athara: 18,
  unnees: 19,
  unnis: 19,
  bees: 20,
  bis: 20,
  pachees: 25,
  pachis: 25,
  tees: 30,
  paintees: 35,
  chalees: 40,
  chalis: 40,
  chaalis: 40,
  pachaas: 50,
  pachas: 50,
  saath: 60,
  sattar: 70,
  assi: 80,
  nabbe: 90,
};
const HINDI_MULTIPLIER = '(?:hazaar|hazar|hajar|hazzar|hzr|hazaar|hazaaar|lakh|lakhs|lac|lacs|crore|crores|cr|k|thousand|sau|hundred)';
const HINDI_NUMBER = new RegExp(`\\b(${Object.keys(HINDI_DIGITS).join('|')}) (?=${HINDI_MULTIPLIER}\\b)`, 'g');
/** Fractions said before a figure: sawa (+¼), saadhe (+½), paune (−¼); dedh and dhai stand alone. */
const FRACTION = /\b(sawa|sava|saadhe|sadhe|saade|sade|saarhe|paune|pone)\s(\d+(?:\.\d+)?)\s?(?=[a-z])/g;
const STANDALONE =
  /\b(?:(sawa|sava)|(dedh|derh|dedh)|(dhai|dhaai|adhai|dhaayi|adhaai))\s(?=(?:hazaar|hazar|hajar|hzr|lakh|lakhs|lac|lacs|crore|cr|k|thousand|sau|hundred)\b)/g;
const SPLIT = { sawa: 0.25, sava: 0.25, saadhe: 0.5, sadhe: 0.5, saade: 0.5, sade: 0.5, saarhe: 0.5, paune: -0.25, pone: -0.25 } as const;
const HINDI_WORD_MULTIPLIER = /\b(?:hazaar|hazar|hajar|hazzar|hzr|hazaaar)\b/g;
const HUNDRED = /\b(\d+(?:\.\d+)?) (?:sau|hundred)\b/g;
/** "1 lakh 20 thousand", "2 crore 50 lakh", "5 thousand 500": one figure said in parts. */
const SCALE: Record<string, number> = {
  crore: 10_000_000,
  crores: 10_000_000,
  lakh: 100_000,
  lakhs: 100_000,
  lac: 100_000,
  lacs: 100_000,
  thousand: 1_000,
  k: 1_000,
};
const COMPOUND =
  /(?<![\d.])(\d+(?:\.\d+)?) ?(crores?|lakhs?|lacs?) (?:aur |and )?(\d+(?:\.\d+)?) ?(lakhs?|lacs?|thousand|k)\b|(?<![\d.])(\d+) ?thousand (?:aur |and )?(\d{3})\b(?! ?(?:thousand|k|lakh|lac|crore))/g;

const MALAY_DIGITS: Record<string, number> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  lapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
  seratus: 100,
  seribu: 1_000,
  sejuta: 1_000_000,
};
const MALAY_SCALE: Record<string, number> = { puluh: 10, ratus: 100, ribu: 1_000, juta: 1_000_000 };
const MALAY_WORD = `(?:${[...Object.keys(MALAY_DIGITS), ...Object.keys(MALAY_SCALE), 'belas'].join('|')})`;
const MALAY_NUMBER = new RegExp(`\\b${MALAY_WORD}(?:\\s${MALAY_WORD})*\\b`, 'g');
/** "5 ribu", "1.2 juta": a digit with a Malay scale word. */
const MALAY_DIGIT_SCALE = /(?<![\d.])(\d+(?:\.\d+)?)\s?(ribu|juta|ratus)\b/g;
/** "2 ribu 500" is 2,500: a Malay thousand followed by its hundreds. */
const MALAY_THOUSAND_AND = /(?<![\d.])(\d+) ribu (\d{3})\b/g;

function malayValue(words: string[]): number | null {
  if (!words.some((w) => w in MALAY_SCALE || MALAY_DIGITS[w] >= 100)) return null;
  let total = 0;
  let current = 0;
  for (const word of words) {
    if (word in MALAY_DIGITS) {
      const value = MALAY_DIGITS[word];
      if (value >= 1_000) {
        total += value;
      } else current += value;
    } else if (word === 'belas') current += 10;
    else if (word === 'puluh' || word === 'ratus') current = (current || 1) * MALAY_SCALE[word];
    else {
      total += (current || 1) * MALAY_SCALE[word];
      current = 0;
    }
  }
  return total + current;
}

const round = (value: number): string => String(Math.round(value * 1000) / 1000);

function compound(whole: string, big: string, bigScale: string, small: string, smallScale: string, thousands: string, hundreds: string): string {
  if (thousands !== undefined) return String(Number(thousands) * 1_000 + Number(hundreds));
  const [high, low] = [Number(big) * SCALE[bigScale], Number(small) * SCALE[smallScale]];
  return low < high ? round(high + low) : whole;
}

export function localizeNumbers(normalized: string): string {
  const romanized = romanizeHindiMoney(normalized);
  if (!/[a-z]/.test(romanized)) return romanized;
  return romanized
    .replace(HINDI_NUMBER, (_, word: string) => `${HINDI_DIGITS[word]} `)
    .replace(STANDALONE, (_, quarter?: string, half?: string) => (quarter ? '1.25 ' : half ? '1.5 ' : '2.5 '))
    .replace(FRACTION, (_, word: keyof typeof SPLIT, figure: string) => `${round(Number(figure) + SPLIT[word])} `)
    .replace(HINDI_WORD_MULTIPLIER, 'thousand')
    .replace(HUNDRED, (_, figure: string) => round(Number(figure) * 100))
    .replace(COMPOUND, compound)
    .replace(MALAY_THOUSAND_AND, (_, thousands: string, hundreds: string) => String(Number(thousands) * 1_000 + Number(hundreds)))
    .replace(MALAY_DIGIT_SCALE, (_, figure: string, scale: string) => round(Number(figure) * MALAY_SCALE[scale]))
    .replace(MALAY_NUMBER, (span) => {
      const value = malayValue(span.split(' '));
      return value === null ? span : String(value);
    });
}
