import type { FaqTopic } from '../models/language/analysis';
import { hindiRule } from './text';

/**
 * The FAQ in Hinglish (SMS spellings too), Hindi in Devanagari and Malay/Manglish, by kind: each topic's words as
 * borrowers write them, joined to the English ones in nlp/question.ts. Devanagari is matched after nlp/text.ts
 * folded it, as substrings; a short word that is part of longer ones is fenced with lookarounds.
 */

/** Asking or worrying: a question mark, a question word or particle, "or not", fear. */
export const LOCAL_ASKS = hindiRule(
  /\b(?:padega|padegi|jayega|jayegi|jaega|jaegi|loge|lenge|doge|denge|kahan|kaha|kisko|kise|kaun|darr?|chinta)\b|\b(?:adakah|apakah|bolehkah|bagaimana|macam mana|mcm mana|camne|macam ne|kenapa|risau|takut|bimbang|or not)\b|\b(?:ke|kah|tak|x|ah|apa|na)\W*(?:nanti|lah|la)?\W*$|क्या|कैसे|होगा|होगी|पड़ेगा|पड़ेगी|जाएगा|जाएगी|जायेगा|लेंगे|लोगे|करोगे|करेंगे|डर|चिंता/,
);

/** Paying, and not paying, in each language. */
const PAY_HI = '(?:pay|payment|emi|kist|kisht|kisth|installment|instalment|paise|paisa|loan|bhar|bharna|chuka|jama)';
const PAY_MS = '(?:bayar|byr|bayaran|membayar|jelaskan|ansuran|pinjaman|hutang|loan|pay)';
const NOT_MS = "(?:tak|tidak|x|tk|tdk|gagal|belum|tak mampu|tidak mampu|cannot|can'?t)";
const IF_MS = '(?:kalau|kalo|klu|klau|kalu|kl|jika|sekiranya|andai|if)';
const WHAT_THEN_MS =
  '(?:(?:apa|apakah)(?: yang)? (?:jadi|akan jadi|akan berlaku|berlaku|tindakan|bank buat|korang buat|jadi kat)|macam mana|mcm mana|camne|bagaimana|how|apa)';
const HOLDINGS_HI = '(?:ghar|ghr|makaan|makan|mkan|property|zameen|zamin|jameen|gaadi|gadi|gaddi|bike|car|scooty|scooter|sona|gold|dukaan|dukan|saman|samaan)';
const SEIZE_HI =
  '(?:le lo|le lenge|le loge|le lega|le legi|le jaoge|le jayenge|le jaenge|cheen|chheen|chin|utha|nilaam|nilam|neelam|kabza|kabja|kabze|seal|jabt|zabt|kurk)';
const HOLDINGS_MS = '(?:rumah|umah|kereta|keta|kete|motor|moto|motosikal|harta|tanah|barang|emas|kedai|car|house|home|condo|property)';
const SEIZE_MS = '(?:tarik|ditarik|rampas|merampas|dirampas|lelong|dilelong|melelong|sita|disita|menyita|ambil|diambil|mengambil)';
const HOLDINGS_DEVA = '(?:घर|मकान|प्रॉपर्टी|संपत्ति|जमीन|ज़मीन|गाड़ी|बाइक|कार|सोना|दुकान|सामान)';
const SEIZE_DEVA = '(?:ले लेंगे|ले लोगे|ले लेगा|ले लेगी|ले जाएंगे|ले जाओगे|छीन|उठा|नीलाम|जब्त|कब्जा|कब्ज़ा|सील|कुर्क)';
const DATA_MS = '(?:maklumat|data|butiran)';

export const LOCAL_TOPICS: Record<FaqTopic, RegExp> = {
  cant_pay: hindiRule(
    new RegExp(
      [
        `\\b${PAY_HI}\\b.{0,25}\\b(?:nahi|nhi|nahin|nai|na|miss)\\b.{0,30}\\b(?:kya|kia) (?:hoga|hogi|hota|karoge|karenge|karega|karegi|action)\\b`,
        `\\b${IF_MS}\\b.{0,30}\\b${NOT_MS}\\b.{0,25}\\b${PAY_MS}\\b.{0,40}\\b${WHAT_THEN_MS}\\b`,
        `\\b(?:apa|apakah)\\b.{0,30}\\b(?:jadi|berlaku)\\b.{0,20}\\b${IF_MS}\\b.{0,30}\\b${NOT_MS}\\b.{0,20}\\b${PAY_MS}`,
        '(?:किस्त|किश्त|ईएमआई|emi|पैसे|पैसा|लोन|कर्ज|भुगतान|पेमेंट|बकाया|रकम).{0,25}(?:नहीं|ना|न |छूट|मिस|रुक).{0,30}क्या (?:होगा|होगी|होता|करेंगे|करोगे|करेगा|करेगी|कार्रवाई)',
        'अगर .{0,40}(?:नहीं|ना|न) .{0,30}क्या (?:होगा|होगी|होता|करेंगे|करोगे|करेगा|करेगी|कार्रवाई)',
      ].join('|'),
    ),
  ),
  credit_file: hindiRule(
    /\b(?:rekod|skor|laporan) (?:kredit|ccris|ctos)\b|\bsenarai hitam\b|\bsenarai ?hitam\w*|सिबिल|क्रेडिट (?:स्कोर|रिपोर्ट|रिकॉर्ड|हिस्ट्री|फाइल)|ब्लैकलिस्ट/,
  ),
  property: hindiRule(
    new RegExp(
      [
        `\\b${HOLDINGS_HI}\\b.{0,20}\\b${SEIZE_HI}\\w*`,
        `\\b${HOLDINGS_MS}\\b.{0,25}\\b(?:kena )?${SEIZE_MS}\\b`,
        `\\b${SEIZE_MS}\\b.{0,20}\\b${HOLDINGS_MS}\\b`,
        `${HOLDINGS_DEVA}.{0,20}${SEIZE_DEVA}`,
        `(?:जब्त|नीलाम|कब्जा|कब्ज़ा|कुर्क).{0,20}${HOLDINGS_DEVA}`,
      ].join('|'),
    ),
  ),
  in_writing: hindiRule(
    /\b(?:secara |dalam )?bertulis\b|\bhitam putih\b|\bsurat (?:pengesahan|rasmi)\b|\b(?:hantar|bagi|beri|berikan|email|emel) (?:saya |sy |aku )?(?:surat|salinan|pengesahan|dokumen|resit)\b|\blikh (?:kar|ke|k) (?:do|de|dijiye|bhej|bhejo|milega)\b|लिखित|लिख ?कर|लिख के|लिखके|(?:कागज|पेपर) (?:पर|में)/,
  ),
  data_use: hindiRule(
    new RegExp(
      [
        '\\b(?:meri|mera|hamari|humari) (?:details|detail|jankari|jaankari|info|information|data)\\b',
        '\\b(?:data|details|jankari|jaankari|info)\\b.{0,20}\\b(?:use|istemal|istemaal|upyog|share|dikha|dikhayi|dikhaya|bech|bechoge|kisko|kaun dekh)\\w*',
        `\\b${DATA_MS} (?:peribadi )?(?:saya|sy|aku|kami)\\b|\\bprivasi\\b|\\bdata peribadi\\b`,
        `\\b${DATA_MS}\\b.{0,25}\\b(?:digunakan|guna|gune|dikongsi|kongsi|share|dijual|jual|disimpan|simpan)\\b`,
        '(?:मेरी|मेरा|हमारी) (?:जानकारी|डेटा|डाटा|निजी जानकारी|डिटेल्स|विवरण)|गोपनीयता|प्राइवेसी|(?:जानकारी|डेटा|डाटा).{0,20}(?:इस्तेमाल|उपयोग|शेयर|साझा|बेच|कौन देख|किसके)',
      ].join('|'),
    ),
  ),
};
