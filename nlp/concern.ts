import { rulesFor, safetyRules } from './clauses';
import { affirmedMatches } from './negation';
import { foldDevanagari } from './text';

/**
 * Distress that is not clearly about self-harm: overwhelm and hopelessness ("i cant do this
 * anymore", "this debt is killing me", "sab khatam ho gaya", "tak larat dah"). Most people who
 * write this are not in danger, some are; the dialog answers with a gentle "are you safe?"
 * rather than the crisis hand-over. Each cue carries its own negator ("can't", "no", "nahi"),
 * so a cue negated from outside ("I'm not giving up") does not count. Figures of speech about
 * anything but money and strain ("this traffic is killing me") are left alone.
 */
const rule = (source: string): RegExp => new RegExp(source);

const ENGLISH = [
  rule(
    "\\b(?:can'?t|cant|cannot|can not) (?:do this|do it|take (?:it|this|much more|any more)|cope|handle (?:it|this|all this)|bear (?:it|this)|deal with (?:it|this|all this))(?: any ?more| any longer| now)?\\b(?! (?:payment|instal|emi|month|week|amount))",
  ),
  rule(
    "\\b(?:debts?|loans?|emis?|hutang|karz|karza|qarz|stress|pressure|worry|worrying|tension|money|bills|calls|recovery agents?|situation|this|it) (?:is |are |'s )?(?:really |slowly |literally |truly )*killing me\\b",
  ),
  rule('\\b(?:tired|sick|exhausted|weary|fed up) (?:of|with) (?:everything|it all|all (?:of )?this|fighting|struggling|trying|this life|my life)\\b'),
  rule(
    "\\bwhat'?s (?:even |really |actually |then )?the (?:point|use)\\b(?! of (?:this|the|that|these|paying|calling|asking))|\\bwhat is the (?:point|use)(?: any ?more)?[.?!]*$|\\bno point (?:in )?trying\\b|\\bwhat (?:is|'?s) the (?:point|use) (?:of|in) (?:working|trying|earning|anything|everything|it all|struggling|fighting|living like this)\\b",
  ),
  rule(
    "\\b(?:no way out|(?:don'?t|dont|can'?t|cant|cannot) see (?:a|any) way out)\\b|\\bno hope (?:left|at all|any ?more)\\b|\\b(?:lost|losing|lose) (?:all )?hope\\b",
  ),
  rule("\\b(?:feel(?:ing)?|i'?m|im|i am|so|completely|totally) hopeless\\b|\\beverything (?:is|feels) hopeless\\b|\\bhopelessness\\b"),
  rule(
    '\\b(?:feel(?:s|ing)? like|thinking of|about to) giv(?:e|ing) up\\b|\\bgiv(?:e|ing) up on (?:everything|it all)\\b|\\bi (?:just )?give up(?: already| lah| la| liao| dah| now)*[.!]*$',
  ),
  rule(
    "\\bno light at the end of (?:the|this) tunnel\\b|\\b(?:hit|hitting|at) rock bottom\\b|\\bbarely (?:holding (?:it|myself) together|coping|hanging on|surviving)\\b|\\b(?:(?:don'?t|do not) know )?how (?:long|much longer) (?:i can|can i) (?:go on|keep going|take (?:it|this)|cope|last|survive)\\b|\\b(?:done|finished) (?:with|w) (?:everything|it all|life)\\b",
  ),
  rule(
    "\\b(?:end of my (?:rope|tether)|end of the road|breaking point|wits'? end)\\b|\\b(?:life|everything|world) is (?:falling apart|over|finished|ruined|hell)\\b",
  ),
  rule(
    "\\b(?:i'?m|im|i am) (?:so |totally |completely )?(?:done with (?:everything|it all|all of this)|finished|ruined|destroyed|broken)\\b(?! (?:with|paying|work))",
  ),
  rule(
    "\\b(?:don'?t|dont|do not) know (?:what to do|how to go on|how much longer i can (?:go on|keep going|do this|take (?:it|this)))(?: any ?more)?\\b|\\bit'?s (?:all )?(?:just )?too much(?: for me)?[.!]*$|\\bnothing matters(?: any ?more)?\\b",
  ),
  rule('\\b(?:just )?want to (?:disappear|run away from everything)\\b(?! (?:forever|for good|and never))|\\blosing my mind\\b'),
  rule(
    "\\b(?:can'?t|cant|cannot) (?:go on|live|keep living|carry on) like this\\b|\\b(?:nobody|no one|noone) (?:would|will) (?:even )?(?:miss|notice) me\\b|\\bsorry for everything\\b|\\bi (?:hate|hate my|am sick of my) life\\b|\\b(?:feel(?:ing)?|i'?m|im|i am) (?:like )?(?:so |such |a |an |completely |totally |just )*(?:worthless|useless|a failure|failure|trapped|empty|numb)\\b|\\bi'?ve failed (?:my|everyone)\\b|\\b(?:no one|nobody|noone) (?:cares|would care|understands)\\b",
  ),
  rule(
    "\\bhow much (?:more|longer) i can (?:take|handle|bear|cope|go on)\\b|\\b(?:i'?m|im|i am|feel like i'?m) (?:drowning|sinking|suffocating|falling apart|breaking down|going under)\\b(?! in (?:debt|bills|loans|work|paperwork))|\\b(?:everything|it all|all of this|life) is (?:just )?too much\\b|\\b(?:completely|so|totally) overwhelmed\\b|\\b(?:can'?t stop|keep) crying\\b|\\bcrying all (?:day|night)\\b|\\b(?:dark|bad|scary|intrusive) thoughts\\b|\\b(?:i'?m|im|i am) not (?:ok|okay|coping)\\b|^(?:i'?m|im|i am) (?:so |just )?done[.!]*$",
  ),
  rule(
    "\\b(?:just )?want (?:it|this|everything|all this) to (?:stop|be over)\\b|\\b(?:after|when) i die\\b|\\bafter my death\\b|\\b(?:can'?t|cant|cannot) (?:sleep|eat)\\b.{0,20}\\b(?:stress|tension|worry|crying|cry)\\w*",
  ),
  // No future, nothing will get better, nobody can help; asking what happens to the debt if they die.
  rule(
    "\\bno future (?:for me|left|ahead)\\b|\\b(?:don'?t|do not|can'?t|cannot) see (?:a|any) future\\b|\\b(?:don'?t|do not|can'?t|cannot) see how (?:things|it|life|this) (?:will|would|could|can|is going to) (?:ever )?(?:get|be) better\\b|\\bnothing will ever (?:get|be) better\\b|^no point (?:any ?more|anymore|now)\\b|\\b(?:nobody|no one|noone) can help me\\b|\\bif i (?:die|was dead|were dead|am dead|'?m dead)\\b",
  ),
];

const HINGLISH = [
  rule(
    '\\bsab(?: kuch)? (?:khatam|khtm|khatm|barbaa?d|tabah) ho (?:gaya|gya|gayi|gyi|chuka)\\b|\\b(?:main|mai|mein|hum) barbaa?d ho (?:gaya|gya|gayi|gyi|gaye)\\b',
  ),
  rule(
    '\\bmujhse (?:ab )?(?:aur )?(?:nahi|nhi|nahin|na) (?:hota|ho raha|hoga|ho payega)\\b|\\bab aur (?:nahi|nhi|nahin) (?:hota|hoga|ho raha|ho rha|sah|seh)\\w*',
  ),
  rule('\\bkoi (?:umeed|ummeed|umid|ummid|asha|raasta|rasta) (?:nahi|nhi|nahin|nai)\\b|\\bab (?:kya|kia) (?:fayda|faida|fayeda)\\b'),
  rule(
    '\\b(?:sab(?: kuch)?|sabse|har cheez) se thak (?:gaya|gya|gayi|gyi)\\b|\\bthak (?:gaya|gya|gayi|gyi)(?: hoon| hun| hu| hoo)? (?:sab(?: kuch)?|sabse|har cheez) se\\b|\\b(?:sehen|sahan|seh|sah|bardasht) (?:nahi|nhi|nahin) (?:hota|ho raha|hoga)\\b',
  ),
  rule(
    '\\bpagal ho (?:jaunga|jaungi|jaaunga|jaaungi|jaunga main|raha|rahi|rha|rhi|gaya|gayi|gya|gyi)\\b|\\bdimag (?:kaam )?(?:nahi|nhi|nahin) (?:kaam )?kar (?:raha|rha|rahi|rhi)\\b|\\bkisi (?:kaam|kam) (?:ka|ki|ke) (?:nahi|nhi|nahin)\\b|\\b(?:zindagi|jindagi|zindgi|jindgi|life) (?:barbaa?d|tabah|khatam|khtm|kharab|narak) ho (?:gayi|gyi|gai|gaya|gya|chuki)\\b|\\b(?:jeena|jina) (?:mushkil|muskil|haraam|haram|doobhar|dubhar) ho (?:gaya|gya|gayi|gyi)\\b',
  ),
  rule('\\b(?:karz|karza|karja|qarz|loan|emi|tension)\\b.{0,30}\\bmaar (?:dalega|dalegi|daalega|dega|degi|raha|rahi)\\b'),
  rule(
    '\\b(?:himmat|hausla|umeed) (?:nahi|nhi|nahin) (?:bachi|bacha|rahi|raha)\\b|\\b(?:haar|har) (?:gaya|gya|gayi|gyi) (?:hoon|hun|hu|main|mai)\\b|\\b(?:bahut|bohot|bht) (?:akela|akeli|pareshan|tension mein|depressed)\\b.{0,20}\\b(?:hoon|hun|hu)\\b|\\bkuch samajh (?:nahi|nhi) aa raha\\b|\\bbas ab (?:aur )?(?:nahi|nhi)\\b|\\bthak (?:gaya|gya|gayi|gyi) (?:hoon|hun|hu) (?:ab|main|mai|yaar)\\b',
  ),
  rule(
    '\\bhimmat (?:jawab de|toot|tut|khatam|haar)\\w*|\\b(?:thak|tang|pareshan|haar) (?:gaya|gayi|gya|gyi|chuka|chuki) (?:hoon |hu |hun )?(?:zindagi|jindagi|zindgi|jindgi|life) se\\b|\\b(?:zindagi|jindagi|zindgi|jindgi) (?:bojh|boj|bojha)\\b',
  ),
];

// Devanagari has no \b word boundary in JavaScript, so these match as substrings.
const HINDI = [
  rule('सब(?: कुछ)? (?:ख़?त्म|खतम|बर्बाद|तबाह) हो (?:गया|गई|गयी|चुका)|बर्बाद हो (?:गया|गई|गयी|गए)'),
  rule('मुझसे (?:अब )?(?:और )?(?:नहीं|ना) (?:होता|हो रहा|होगा)|अब और नहीं (?:होता|होगा|सहा|सह)|(?:बर्दाश्त|सहन) नहीं (?:होता|हो रहा|होगा)'),
  rule('कोई (?:उम्मीद|आशा|रास्ता) नहीं|अब क्या फ़?ायदा|(?:सब|हर चीज़?) से थक (?:गया|गई|गयी)'),
  rule('किसी काम (?:का|की|के) नहीं|जीना (?:मुश्किल|दूभर|हराम) हो (?:गया|गई|गयी)|(?:जिंदगी|जिन्दगी) (?:बर्बाद|तबाह|नरक) हो (?:गई|गयी)|पागल हो (?:जाऊंगा|जाऊंगी|रहा|रही)'),
  rule('(?:कर्ज़?|क़र्ज़?|कर्जा|लोन|टेंशन).{0,30}मार (?:डालेगा|डालेगी|देगा|देगी|रहा|रही)'),
  rule(
    '(?:हिम्मत|हौसला|उम्मीद) (?:नहीं|ना) (?:बची|बचा|रही|रहा)|हार (?:गया|गई|गयी) (?:हूं|हूँ)|कुछ समझ नहीं आ रहा|बहुत (?:अकेला|अकेली|परेशान) (?:हूं|हूँ)|(?:थक|टूट) (?:गया|गई|गयी|चुका|चुकी) (?:हूं|हूँ)',
  ),
  rule('(?:जिंदगी|जिन्दगी|जीवन) (?:एक )?बोझ'),
];

const MALAY = [
  rule(
    '\\b(?:tak|tidak|x|dah tak|dh tak) (?:larat|sanggup|mampu lagi)\\b(?! (?:nak )?bayar)|\\b(?:tak|tidak|x) tahan (?:lagi|dah|dh)\\b|\\bcannot tahan (?:already|anymore|liao)\\b',
  ),
  rule(
    '\\b(?:putus asa|buntu|hilang harapan|tiada harapan|tak ada harapan|takde harapan|tak de harapan)\\b|\\bapa (?:guna|gunanya)(?: lagi| hidup| semua ni)?[.?!]*$',
  ),
  rule(
    '\\b(?:rasa )?(?:tertekan|stress gila|sangat tertekan|depress)\\w*\\b.{0,20}\\b(?:sangat|gila|teruk|dah|sgt)\\b|\\brasa (?:tak berguna|tidak berguna|x berguna|kosong|sorang|keseorangan)\\b|\\bpenat (?:dengan )?(?:semua|segala)\\w*|\\bhidup (?:aku |saya |sy )?(?:dah )?(?:hancur|musnah|gelap)\\b|\\bhutang\\b.{0,30}\\bbunuh (?:aku|saya)\\b|\\bnak give up\\b|\\b(?:hutang|loan|bayaran|emi|bil)\\b.{0,20}\\b(?:buat|bikin) (?:saya|aku|sy|i) (?:gila|tertekan|stress|nak mati)\\b|\\b(?:tak ada|takde|tiada|x de|xde|tak nampak|tak jumpa) (?:lagi )?jalan (?:keluar|penyelesaian)\\b|\\bterperangkap\\b',
  ),
  rule(
    '\\bhutang\\b.{0,25}\\b(?:membunuh|bunuh) (?:saya|aku|sy)\\b|\\bhidup (?:saya|aku|sy) (?:dah |sudah )?(?:tak|tiada|takde|x) (?:ada )?(?:makna|erti|guna|harapan)\\b',
  ),
];

const CONCERN = safetyRules([...ENGLISH, ...HINGLISH, ...HINDI.map((pattern) => rule(foldDevanagari(pattern.source))), ...MALAY]);

export function expressesConcern(text: string): boolean {
  for (const [unit, { pattern, every }] of rulesFor(CONCERN, text)) if (pattern.test(unit) && affirmedMatches(unit, every).length > 0) return true;
  return false;
}
