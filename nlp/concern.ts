import { affirms } from './negation';

/**
 * Distress that is not clearly about self-harm: overwhelm and hopelessness ("i cant do this
 * anymore", "this debt is killing me", "sab khatam ho gaya", "tak larat dah"). Most people who
 * write this are not in danger, some are; the dialog answers with a gentle "are you safe?"
 * rather than the crisis hand-over. Each cue carries its own negator ("can't", "no", "nahi"),
 * so a cue negated from outside ("I'm not giving up") does not count. Figures of speech about
 * anything but money and strain ("this traffic is killing me") are left alone.
 */
const g = (source: string): RegExp => new RegExp(source, 'g');

const ENGLISH = [
  g(
    "\\b(?:can'?t|cant|cannot|can not) (?:do this|do it|take (?:it|this|much more|any more)|cope|handle (?:it|this|all this)|bear (?:it|this)|deal with (?:it|this|all this))(?: any ?more| any longer| now)?\\b(?! (?:payment|instal|emi|month|week|amount))",
  ),
  g(
    "\\b(?:debts?|loans?|emis?|stress|pressure|worry|worrying|tension|money|bills|calls|recovery agents?|situation|this|it) (?:is |are |'s )?(?:slowly |literally )?killing me\\b",
  ),
  g('\\b(?:tired|sick|exhausted|weary|fed up) (?:of|with) (?:everything|it all|all (?:of )?this|fighting|struggling|trying|this life|my life)\\b'),
  g(
    "\\bwhat'?s (?:even |really |actually |then )?the (?:point|use)\\b(?! of (?:this|the|that|these|paying|calling|asking))|\\bwhat is the (?:point|use)(?: any ?more)?[.?!]*$|\\bno point (?:in )?trying\\b",
  ),
  g(
    "\\b(?:no way out|(?:don'?t|dont|can'?t|cant|cannot) see (?:a|any) way out)\\b|\\bno hope (?:left|at all|any ?more)\\b|\\b(?:lost|losing|lose) (?:all )?hope\\b",
  ),
  g("\\b(?:feel(?:ing)?|i'?m|im|i am|so|completely|totally) hopeless\\b|\\beverything (?:is|feels) hopeless\\b|\\bhopelessness\\b"),
  g('\\b(?:feel(?:s|ing)? like|thinking of|about to) giv(?:e|ing) up\\b|\\bgiv(?:e|ing) up on (?:everything|it all)\\b|\\bi (?:just )?give up[.!]*$'),
  g(
    "\\b(?:end of my (?:rope|tether)|end of the road|breaking point|wits'? end)\\b|\\b(?:life|everything|world) is (?:falling apart|over|finished|ruined|hell)\\b",
  ),
  g(
    "\\b(?:i'?m|im|i am) (?:so |totally |completely )?(?:done with (?:everything|it all|all of this)|finished|ruined|destroyed|broken)\\b(?! (?:with|paying|work))",
  ),
  g(
    "\\b(?:don'?t|dont|do not) know (?:what to do|how to go on|how much longer i can (?:go on|keep going|do this|take (?:it|this)))(?: any ?more)?\\b|\\bit'?s (?:all )?(?:just )?too much(?: for me)?[.!]*$|\\bnothing matters(?: any ?more)?\\b",
  ),
  g('\\b(?:just )?want to (?:disappear|run away from everything)\\b(?! (?:forever|for good|and never))|\\blosing my mind\\b'),
];

const HINGLISH = [
  g(
    '\\bsab(?: kuch)? (?:khatam|khtm|khatm|barbaa?d|tabah) ho (?:gaya|gya|gayi|gyi|chuka)\\b|\\b(?:main|mai|mein|hum) barbaa?d ho (?:gaya|gya|gayi|gyi|gaye)\\b',
  ),
  g('\\bmujhse (?:ab )?(?:aur )?(?:nahi|nhi|nahin|na) (?:hota|ho raha|hoga|ho payega)\\b|\\bab aur (?:nahi|nhi|nahin) (?:hota|hoga|sah|seh)\\w*'),
  g('\\bkoi (?:umeed|ummeed|umid|ummid|asha|raasta|rasta) (?:nahi|nhi|nahin|nai)\\b|\\bab (?:kya|kia) (?:fayda|faida|fayeda)\\b'),
  g(
    '\\b(?:sab(?: kuch)?|sabse|har cheez) se thak (?:gaya|gya|gayi|gyi)\\b|\\bthak (?:gaya|gya|gayi|gyi)(?: hoon| hun| hu| hoo)? (?:sab(?: kuch)?|sabse|har cheez) se\\b|\\b(?:sehen|sahan|seh|sah|bardasht) (?:nahi|nhi|nahin) (?:hota|ho raha|hoga)\\b',
  ),
  g('\\b(?:karz|karza|karja|qarz|loan|emi|tension)\\b.{0,30}\\bmaar (?:dalega|dalegi|daalega|dega|degi|raha|rahi)\\b'),
];

// Devanagari has no \b word boundary in JavaScript, so these match as substrings.
const HINDI = [
  g('सब(?: कुछ)? (?:ख़?त्म|खतम|बर्बाद|तबाह) हो (?:गया|गई|गयी|चुका)|बर्बाद हो (?:गया|गई|गयी|गए)'),
  g('मुझसे (?:अब )?(?:और )?(?:नहीं|ना) (?:होता|हो रहा|होगा)|अब और नहीं (?:होता|होगा|सहा|सह)|(?:बर्दाश्त|सहन) नहीं (?:होता|हो रहा|होगा)'),
  g('कोई (?:उम्मीद|आशा|रास्ता) नहीं|अब क्या फ़?ायदा|(?:सब|हर चीज़?) से थक (?:गया|गई|गयी)'),
  g('(?:कर्ज़?|क़र्ज़?|कर्जा|लोन|टेंशन).{0,30}मार (?:डालेगा|डालेगी|देगा|देगी|रहा|रही)'),
];

const MALAY = [
  g(
    '\\b(?:tak|tidak|x|dah tak|dh tak) (?:larat|sanggup|mampu lagi)\\b(?! (?:nak )?bayar)|\\b(?:tak|tidak|x) tahan (?:lagi|dah|dh)\\b|\\bcannot tahan (?:already|anymore|liao)\\b',
  ),
  g(
    '\\b(?:putus asa|buntu|hilang harapan|tiada harapan|tak ada harapan|takde harapan|tak de harapan)\\b|\\bapa (?:guna|gunanya)(?: lagi| hidup| semua ni)?[.?!]*$',
  ),
  g(
    '\\bpenat (?:dengan )?(?:semua|segala)\\w*|\\bhidup (?:aku |saya |sy )?(?:dah )?(?:hancur|musnah|gelap)\\b|\\bhutang\\b.{0,30}\\bbunuh (?:aku|saya)\\b|\\bnak give up\\b',
  ),
];

const CONCERN = [...ENGLISH, ...HINGLISH, ...HINDI, ...MALAY];

export function expressesConcern(normalized: string): boolean {
  return affirms(normalized, CONCERN);
}
