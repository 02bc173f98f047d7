import { hindiRule } from './text';

/**
 * Yes and no in Hinglish, Hindi (Devanagari, folded by nlp/text.ts) and Malay/Manglish, for nlp/confirmation. A no-word
 * leads the answer and is followed by little else ("nahi", "nhi yaar galat hai", "tak betul la"), so a sentence that only
 * starts with "tak" ("tak boleh bayar bulan ni") or "nahi pata" (don't know) is not taken for an answer.
 */
const AFTER_NO =
  '(?:$|[\\s,.!।]+(?:ji|jee|yaar|yar|bhai|sir|madam|mam|sahab|galat|glt|aisa nahi|lah|la|lor|ye|yer|betul|tepat|setuju|nak|mahu|salah|ऐसा|गलत|जी)(?:$|[\\s,.!।]))';

export const LOCAL_NO = hindiRule(
  new RegExp(
    [
      `^(?:nahi|nahin|nahi ji|nhi|nai|na|naa|nope|galat|glt|tak|tidak|tdk|tk|x|bukan|bkn|salah|tak nak|taknak|tak mahu|नहीं|नही|ना|न|गलत|जी नहीं)${AFTER_NO}`,
      '\\b(?:sahi|theek|thik|thk) (?:nahi|nhi|nahin)\\b|\\bji (?:nahi|nahin|nhi)\\b|\\b(?:tak|tidak|x|bukan) (?:betul|tepat|setuju)\\b|(?:सही|ठीक) नहीं',
    ].join('|'),
  ),
);

export const LOCAL_YES = hindiRule(
  new RegExp(
    [
      '^(?:haan|haa|han|ha|hanji|haanji|ji haan|ji ha|ji|jee|theek hai|thik hai|thik h|theek h|sahi hai|sahi h|sahi|bilkul|betul|setuju|ya betul|yelah|ye lah)\\b(?! (?:nahi|nhi|nahin)\\b)',
      '^(?:can|boleh|ok|okay|okey|baik)(?: lah| la| lor| je| ja| boleh)?\\W*$',
      '^(?:हां|जी|ठीक है|सही है|सही|बिल्कुल|बिलकुल)(?= |$|[,.!।])(?! नहीं)',
    ].join('|'),
  ),
);
