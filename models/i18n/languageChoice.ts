import { en } from './catalog/en';
import type { BorrowerLanguage } from './languages';

const NAMES: [BorrowerLanguage, string][] = [
  ['en', 'english|angrezi|angreji|inggeris|bahasa inggeris|अंग्रेज़ी|अंग्रेजी|इंग्लिश'],
  ['hi', 'hindi|हिंदी|हिन्दी'],
  ['ms', 'malay|melayu|bahasa melayu|bahasa malaysia|bahasa|bm'],
];
const POLITE = '(?:please|pls|plz|mein|me|main|mai|sahaja|je|में)';
const LEAD = '(?:(?:can we |can you |please |pls )?(?:chat|talk|speak|reply|continue|switch|change)(?: to| in)?|in|to|dalam|sila guna|use)';

const NAMED: [BorrowerLanguage, RegExp][] = NAMES.map(([language, names]) => [
  language,
  new RegExp(`^(?:${LEAD}\\s+)?(?:${names})(?:\\s+(?:language|bhasha|${POLITE}))*$`, 'u'),
]);

/** Asking to change language without naming one: the picker is shown. */
const ASK = new RegExp(
  `^(?:change|switch|other|another|choose|select|pick)(?: the| my)? language$|^language$|^languages$|^bhasha$|^भाषा(?: बदलें)?$|^tukar bahasa$|^${en.language.button.replace(/\//g, '\\/')}$`,
  'iu',
);

/**
 * A message that only chooses a language ("Hindi", "हिंदी", "Bahasa Melayu", "chat in English"), or
 * asks to change it ("change language", the language button): `ask`. Undefined for any other message,
 * so a story that mentions Hindi is still read as the story.
 */
export function chosenLanguage(text: string): BorrowerLanguage | 'ask' | undefined {
  const said = text
    .trim()
    .toLowerCase()
    .replace(/[\s.!?।]+$/u, '')
    .replace(/\s+/g, ' ');
  if (ASK.test(said)) return 'ask';
  return NAMED.find(([, pattern]) => pattern.test(said))?.[0];
}

/** Common Malay words a first message or a short reply ("tak betul la tu") is likely to hold; two or more make it Malay. */
const MALAY = new Set(
  'saya aku anda tak tidak boleh mampu bayar kerja hilang bulan ini duit wang gaji sebulan untuk sudah belum nak hendak tolong terima kasih selamat pagi petang apa macam mana pinjaman hutang betul salah silap bukan sebenarnya tukar sewa rumah lah la tu ni je'.split(
    ' ',
  ),
);

/**
 * The language a message is written in, when it is plainly Hindi in Devanagari or Malay; undefined
 * otherwise (English, Hinglish in Latin letters, or too little to tell), so nothing changes on a guess.
 */
export function writtenIn(text: string): BorrowerLanguage | undefined {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return undefined;
  const devanagari = letters.filter((letter) => /\p{Script=Devanagari}/u.test(letter)).length;
  if (devanagari / letters.length >= 0.5) return 'hi';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const malay = words.filter((word) => MALAY.has(word)).length;
  return malay >= 2 && malay * 2 >= words.length ? 'ms' : undefined;
}
