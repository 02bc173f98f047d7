import type { BudgetLine } from '../models/language/analysis';
import { hindiRule } from './text';

/**
 * Budget corrections in Hinglish, Hindi (Devanagari, folded by nlp/text.ts, matched as substrings) and Malay/Manglish,
 * joined to the English words in nlp/correction.ts. "Changed" said of a life ("halat badal gaye", "हालात बदल गए",
 * "घर बदलना पड़ा", "tukar kerja", "company tukar saya") and "my fault" ("galti meri hai") are a story, not a change to an answer.
 */
const DEVANAGARI_EDGE = '(?![\\u0900-\\u097f])';

/** The previous question or step, named. */
const PREVIOUS =
  '\\b(?:pichle|pichhle|pichla|pichhla) (?:sawal|sawaal|savaal|question)\\b|\\b(?:ek )?(?:step|kadam) (?:peeche|pichhe|piche)\\b|\\b(?:kembali|balik) (?:ke )?soalan\\b|\\bsoalan (?:sebelum|tadi|lepas)\\w*|पिछल[ेा] सवाल';

export const LOCAL_CHANGES = hindiRule(
  new RegExp(
    [
      PREVIOUS,
      '\\basa?l (?:mein|me|mai|mei|mn)\\b|\\basli (?:mein|me)\\b|\\bdar ?asal\\b|\\bgalti\\b(?! (?:meri|hamari|humari|apni|mera)\\b)|\\bglt\\b|\\bchange (?:karo|kar|kr|karna|krna|karni)\\b',
      '\\b(?:sebenarnya|sebenarnye|sbnrnya|sbenarnya|sbnrnye|sebetulnya|silap|tersilap|betulkan|patah balik|undur)\\b',
      '\\bsalah\\b(?! (?:saya|aku|sy|dia|faham|siapa))|\\b(?:tukar|tukarkan|ubah|ubahkan|edit)\\b(?! (?:kerja|tempat|syarikat|majikan|bahasa|saya|aku|sy|kami))',
      `असल में|असली में|दरअसल|वास्तव में|गलत|गलती|बदल(?!\\s?(?:गए|गया|गई|गये|गयी|चुके|चुका|रहा|रहे|रही)|(?:ना|नी|ने) पड़)|पीछे${DEVANAGARI_EDGE}|वापस (?:जाओ|चलो|चलिए|जाइए|जाएं)`,
    ].join('|'),
  ),
);

/** Back to the previous question. */
export const LOCAL_BACK = hindiRule(new RegExp(`${PREVIOUS}|\\bpatah balik\\b|\\bundur\\b|पीछे (?:जाओ|चलो|जाएं|जाइए|चलिए)|वापस (?:जाओ|चलो|चलिए|जाइए|जाएं)`));

/** How borrowers name each budget line in those languages. */
export const LOCAL_LINE_WORDS: Record<BudgetLine, RegExp> = {
  housing: hindiRule(/\b(?:kira+y[ae]\w*|kiraye|rental|sewa|sewaan|(?:pinjaman|loan|ansuran|bayaran) rumah)\b|किराया|किराए|किराये|भाड़ा|होम लोन|मकान (?:का|की)/),
  income: hindiRule(
    new RegExp(`\\b(?:kamayi|kamaai|gaji|pendapatan|pendptn)\\b|(?<![\\u0900-\\u097f])आय${DEVANAGARI_EDGE}|आमदनी|कमाई|तनख्वाह|तनख़्वाह|तनखा|वेतन|सैलरी|सेलरी|इनकम`),
  ),
  essentials: hindiRule(
    new RegExp(
      `\\b(?:kharche|bijli|bil|belanja|perbelanjaan|makanan|barang dapur|pengangkutan|minyak|kos sara hidup)\\b|खर्च|बिल${DEVANAGARI_EDGE}|बिलों|राशन|बिजली|खाना`,
    ),
  ),
  otherDebtRepayments: hindiRule(
    /\b(?:(?:dusre|dusra|doosre|doosra|baaki|baki) (?:loan|loans|emi)|karz|karza|(?:hutang|pinjaman|loan|ansuran) lain|kad kredit|hutang)\b|(?:दूसरे|दूसरा|अन्य|बाकी) लोन|क्रेडिट कार्ड|ईएमआई|कर्ज/,
  ),
};
