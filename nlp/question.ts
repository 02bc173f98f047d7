import type { FaqTopic } from '../models/language/analysis';
import { LOCAL_ASKS, LOCAL_TOPICS } from './questionLocal';

/**
 * Questions the bot answers at any step, in English, Indian English and Hinglish here, and in Hindi and Malay
 * (with more Hinglish) from nlp/questionLocal.
 * Some topics are read only when the message asks or worries ("will it hurt my CIBIL?"), so a
 * story that mentions them ("my credit score is already bad") is still read as the story.
 */
const ASKS =
  /\?|^(?:what|will|would|can|could|does|do|is|are|how|who|why|when|where|should|shall|kya|agar)\b|\b(?:kya|kaise|kaisa|hoga|hogi|karoge|karenge|worried|worry|scared|afraid|fear|tension)\b/;

/** The lender, not the borrower, as the one who would act: "they'll take", "bank can seize". */
const THEY_WOULD = /\b(?:you|u|they|bank|lender|company|collectors?|recovery agents?)\b.{0,20}(?:\bwill\b|'ll\b|\bgoing to\b|\bgonna\b|\bcan\b|\bcould\b)/;

const PAYING = '(?:pay|paying|payments?|emis?|instal?ments?|repay|the loan)';
const NOT_PAYING = "(?:can'?t|cannot|cant|don'?t|dont|do not|unable to|couldn'?t|fail to|stop|miss|skip|not able to|am unable to|am not able to)";

const TOPICS: [FaqTopic, { pattern: RegExp; needsAsking: boolean }][] = [
  [
    'cant_pay',
    {
      pattern: new RegExp(
        [
          `\\bwhat (?:happens|will happen|would happen|happen|if)\\b.{0,30}\\b${NOT_PAYING}\\b.{0,20}\\b${PAYING}`,
          `\\bif i ${NOT_PAYING}\\b.{0,20}\\b${PAYING}\\b.{0,25}\\b(?:what (?:happens|will happen|then|next|now)|what will you do|will you|then how)\\b`,
          `\\bwhat (?:will|would|do) (?:you|the bank|the lender|they) do if\\b`,
          // Hinglish: "EMI nahi bhar paya to kya hoga", "agar pay nahi kiya toh kya karoge".
          `\\b(?:pay|payment|emi|paise|paisa|bhar|bharna|chuka)\\b.{0,20}\\b(?:nahi|nhi)\\b.{0,25}\\bkya (?:hoga|karoge|karenge|hota)\\b`,
          `\\bkya hoga agar\\b.{0,40}\\b(?:nahi|nhi)\\b`,
        ].join('|'),
      ),
      needsAsking: false,
    },
  ],
  [
    'credit_file',
    {
      pattern:
        /\b(?:cibil|ccris|ctos|experian|equifax|transunion|credit (?:score|file|report|rating|record|history|bureau|profile)s?|credit reference|credit check|black ?list\w*)\b/,
      needsAsking: true,
    },
  ],
  [
    'property',
    {
      pattern:
        /\b(?:take|taking|seize|seizing|repossess\w*|auction\w*|sell|selling|attach|confiscate\w*|grab|snatch|evict\w*|throw (?:me|us) out)\b.{0,25}\b(?:house|home|flat|property|land|car|bike|scooter|vehicle|gold|belongings|things|ghar|makaan|makan|zameen|dukaan|shop)\b|\brepossess\w*|\bforeclos\w*|\b(?:ghar|makaan|makan|property|zameen|gaadi|gadi|sona)\b.{0,20}\b(?:le lo|le lenge|le loge|le jaoge|le jayenge|cheen|chheen|utha|nilaam|nilam|kabza|kabja|seal)\w*/,
      needsAsking: true,
    },
  ],
  [
    'in_writing',
    {
      pattern:
        /\b(?:in|on) (?:writing|paper|black and white)\b|\bwritten (?:confirmation|proof|copy|record|agreement|letter|statement)\b|\b(?:send|email|e-mail|mail|give|post|sms|whatsapp) (?:me |us )?(?:a |an |the )?(?:copy|confirmation|letter|proof|written|document|pdf|agreement|receipt)\b|\bconfirmation (?:letter|email|e-mail|mail|sms|message)\b|\blikh ?(?:kar|ke)\b|\blikhit\b|\bwritten (?:me|mein|mai)\b/,
      needsAsking: false,
    },
  ],
  [
    'data_use',
    {
      pattern:
        /\b(?:my|your|our|the) (?:data|personal (?:data|information|info|details))\b|\bprivacy\b|\bpersonal (?:data|information|info|details)\b|\bwho (?:can|will|gets? to) see\b|\b(?:share|sell|pass on|give) (?:my|our) (?:data|details|info|information|number|story|messages?)\b|\b(?:data|info|information|details)\b.{0,20}\b(?:used|stored|kept|shared)\b|\bmera data\b|\bdata ka kya\b/,
      needsAsking: true,
    },
  ],
];

/** The FAQ topic a message asks about, or null (the first that fits, in the order above). */
export function detectQuestion(normalized: string): FaqTopic | null {
  const asks = ASKS.test(normalized) || LOCAL_ASKS.test(normalized);
  for (const [topic, { pattern, needsAsking }] of TOPICS) {
    if (!pattern.test(normalized) && !LOCAL_TOPICS[topic].test(normalized)) continue;
    if (!needsAsking || asks || (topic === 'property' && THEY_WOULD.test(normalized))) return topic;
  }
  return null;
}
