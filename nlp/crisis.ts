import { expressesConcern } from './concern';

/**
 * Self-harm and suicidal language, including indirect phrasing: hopelessness, being a burden,
 * plans, means and goodbyes, in English, Indian and Malaysian English, Hinglish, Hindi and Malay.
 * Deliberately not negation-aware and tuned for recall: a false alarm costs a hand-over to a
 * person, a miss can cost a life. Ambiguous despair ("i cant do this anymore") is a `concern`
 * (nlp/concern.ts): the dialog asks whether the borrower is safe before handing over.
 */
const ENGLISH = [
  /\b(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?|finish(?:ing)?|hang(?:ing)?) (?:myself|my ?self)\b|\bsuicid\w*|\bself[- ]?harm\w*|\btak(?:e|ing) my (?:own )?life\b/,
  /\bend(?:ing)? (?:it all|my life|things|everything|myself|my own life)\b|\bend(?:ing)? it(?: now| tonight| today| for good)?[.!]*$/,
  /\b(?:don'?t|do not|dont) (?:want to|wanna) (?:be here|live|be alive|wake up|exist)\b|\b(?:not|never) (?:want to )?wake up\b|\b(?:don'?t|dont|can'?t|cant) see (?:the |any )?point\b|\bno point (?:in )?(?:living|anything|going on|anymore)\b|\bwhat'?s the point (?:in|of) (?:living|life|anything|going on)\b/,
  /\bbetter off (?:without me|dead|if i (?:was|were|am)(?:n'?t| not) (?:here|around|alive)|if i (?:was|were) (?:gone|dead))\b|\bno(?:thing)? (?:left )?(?:reason )?to (?:live|go on) for\b|\bno reason to (?:live|go on)\b|\bcan'?t go on\b|\bcant go on\b|\bnot worth living\b|\blife(?:'s| is)? (?:not|n'?t|no longer) worth\b|\bwish i (?:was|were) (?:dead|not here|never born)\b|\bwant to die\b/,
  /\b(?:i'?m|i am|being) (?:just |only )?(?:a )?burden\b|\bburden (?:to|on|for) (?:everyone|everybody|my family|them|all)\b|\b(?:nobody|no one|noone) would (?:even )?(?:notice|care|miss me)\b|\b(?:if|when|after|once) i'?m gone\b|\bif i (?:was|were) gone\b/,
  /\bwant (?:it all|everything) to (?:stop|end)\b|\btired of (?:living|life|being alive)\b|\bgiv(?:e|ing) up on (?:life|living)\b|\beven living\b/,
  /\boverdose\b|\b(?:saving|saved|collecting|stock\w*|hoard\w*|bought|buying) (?:up )?(?:a lot of |lots of |all )?(?:my )?(?:sleeping )?(?:pills|tablets)\b|\b(?:bought|buy|got|have) (?:a |some )?(?:rope|noose)\b|\bnoose\b|\b(?:drink|drinking|take|taking|consume|eat|have) (?:the |some )?poison\b/,
  /\bjump(?:ing)? (?:from|off|in front of) (?:the |a |my )?(?:building|bridge|roof|terrace|train|balcony|cliff|flat)\b|\b(?:looking at|standing (?:on|near)|go(?:ing)? to|sitting (?:on|by)) the (?:train |railway )?(?:tracks|track)\b/,
  /\b(?:letters?|notes?) (?:to|for) (?:my )?(?:kids|children|family|wife|husband|son|daughter|parents)\b.{0,30}\b(?:just in case|in case|goodbye)\b|\bsuicide note\b|\b(?:my|a) (?:last )?goodbye\b|\bthis is goodbye\b|\bsaying goodbye to (?:everyone|my family|you all)\b/,
  /\bwon'?t be (?:around|here) (?:much longer|for long|any ?more|to pay)\b|\bgiv(?:e|ing) away (?:all )?(?:my )?(?:things|belongings|stuff|possessions)\b|\bplann?(?:ing|ed) (?:how to do it|my death|to die|to end (?:it|my life))\b|\bdisappear (?:forever|for good)\b|\bdisappear and never come back\b/,
  /\bdo something (?:to|with) myself\b|\bbetter (?:i|to|that i) die\b|\b(?:rather|better) be dead\b|\bi(?:'d| would) rather die\b/,
];

const HINGLISH = [
  /\bmar (?:jaunga|jaungi|jaaunga|jaaungi|jaun|jaau|jaoon)\b|\bmarna (?:hai|chahta|chahti)\b|\bmar jana chaht\w*|\bmarne ka (?:mann?|dil)\b/,
  /\bjee?ne ka (?:mann?|dil) (?:nahi|nhi|nahin)\b|\bjee?na (?:nahi|nhi|nahin)\b/,
  /\bzindagi\b.{0,40}\b(?:khatam|khtm|tang)\b|\b(?:khatam|khtm)\b.{0,20}\bzindagi\b|\b(?:apne aap|khud) ko (?:khatam|maar|mar|nuksan)\w*|\b(?:khatam|khtm|maar)\b.{0,20}\b(?:apne aap|khud) ko\b/,
  /\bjaan (?:de (?:dunga|dungi|du|doon)|dena hai|deni hai)\b|\bmere bina\b.{0,30}\b(?:better|khush|accha|acha)\b|\b(?:zeher|zehar|jahar|zahar) kha\w*|\b(?:fansi|phansi|faansi)\b/,
];

// Devanagari has no \b word boundary in JavaScript, so these match as substrings.
const HINDI = [/मर जान|मरना चाह|मर जाऊ|जीने का मन नहीं|जीना नहीं|आत्महत्या|खुदकुशी|ख़ुदकुशी|दगी ख़?त्म|जान दे दू|फांसी|फाँसी|ज़?हर खा/];

const MALAY = [/\bbunuh diri\b|\bnak mati\b|\b(?:tak|tidak|x) (?:nak|mahu|mau|ingin) hidup\b|\bpenat hidup\b|\blebih baik (?:aku|saya) mati\b/];

const CRISIS = [...ENGLISH, ...HINGLISH, ...HINDI, ...MALAY];

/** A clear crisis wins over a concern in the same message. */
export type CrisisLevel = 'none' | 'concern' | 'crisis';

export function detectCrisis(normalized: string): CrisisLevel {
  if (CRISIS.some((pattern) => pattern.test(normalized))) return 'crisis';
  return expressesConcern(normalized) ? 'concern' : 'none';
}
