/**
 * Clear self-harm and suicidal language in English as written in India, Malaysia, the UK and
 * the US, grouped by kind so a new phrasing of a known kind is caught, not one quoted sentence.
 * Written on the normalized text (lower case, straight apostrophes).
 */
/** Intent before an act that is also an everyday accident ("I hurt myself at work"). */
const INTENT =
  "(?:i'?ll|ill|i will|i would|i'?d|gonna|going to|want to|wanna|thinking (?:of|to|about)|plan(?:ning)? to|might|feel like|urge to|stop myself from|keep|kept|started|will)";
const SELF = '(?:myself|my ?self|meself)';

/** Saying it outright: suicide, killing or harming oneself, ending one's life. */
const DIRECT = [
  /\bsuicid\w*|\bself[- ]?harm\w*|\bkms\b|\bunalive\b|\bkill(?:ing)? me ?self\b/,
  new RegExp(
    `\\b(?:kill|killing|finish|finishing|hang|hanging|off|offing|top|topping|drown|drowning|end|ending|poison|poisoning|shoot|shooting|hurting|harming) ${SELF}\\b`,
  ),
  new RegExp(`\\b${INTENT} (?:(?!(?:never|not|no)\\b)\\w+ )?(?:hurt|harm|cut|burn|injure) ${SELF}\\b`),
  /\b(?:take|taking|took|end|ending|finish|finishing) (?:my|my own) (?:own )?life\b(?! ?(?:savings|insurance|cover|policy|partner))|\bend(?:ing)? (?:it all|my life(?! ?(?:savings|insurance|cover|policy|partner))|things|everything|my existence)\b|\bend(?:ing)? it(?: all)?(?: now| tonight| today| for good| forever| here)?[.!]*$/,
  /\bdo something (?:stupid|silly|drastic) (?:to myself|tonight|today|soon)\b|\b(?:scared|afraid|worried|frightened) (?:of|about) what i (?:might|may|will|could) do(?: to myself)?\b|\b(?:had enough of|done with|finished with) (?:life|living|being alive)\b|\bdo something (?:to|with) myself\b|\bset myself on fire\b|\b(?:slit|cut|cutting|slitting) (?:my )?(?:wrists?|veins?|throat)\b/,
];

/** Wanting to be dead or not to exist, sleep forever or disappear for good. */
const WISH = [
  /\bwant(?:ed|ing)? to die\b|\bwanna die\b|\bready to die\b|\b(?:wish|hope) (?:i|i'?d|that i) (?:was|were|could be|would be|had) (?:dead|gone|never born|not born|not here|not alive)\b|\bwish i could (?:die|disappear forever|just not exist)\b|\bwish i (?:would|could) (?:not|never) wake up\b/,
  /\b(?:don'?t|dont|do not|no longer|never) (?:want|wanna|wish) (?:to )?(?:be here|be alive|live|exist|wake up|continue living|be around)\b(?! (?:in|here|there|with|at|near|on|under|by|like that)\b)|\b(?:hope|wish|pray|praying)\w* (?:that )?(?:i )?(?:do )?(?:not|never|don'?t) wake up\b|\b(?:sleep|go to sleep|sleeping) (?:forever|and never wake|and not wake|for ever|permanently)\b|\bnever wake up again\b/,
  /\b(?:rather|better|easier|best) (?:be |if i (?:was|were|am) )?dead\b|\bi(?:'d| would) rather die\b|\bbetter (?:i|to|that i|if i|for me to) (?:just )?die\b|\b(?:easier|better) (?:for everyone )?if i (?:just )?(?:died|die|was gone|were gone|disappeared)\b/,
  /\bdisappear (?:forever|for good|permanently|from this world|from (?:this|the) earth)\b|\bdisappear and never come back\b|\bleave this world\b|\bnot be (?:here|around|alive) (?:any ?more|much longer)\b|\bstop existing\b|\bcease to exist\b/,
  /\b(?:tired|sick|weary) of (?:living|life|being alive|existing)\b|\bgiv(?:e|ing) up on (?:life|living)\b|\beven living\b|\bno (?:will|wish|desire|reason) to (?:live|go on|keep living)\b|\blife (?:is|feels|seems) (?:pointless|meaningless)\b/,
  /\bno(?:thing)? (?:left )?(?:reason )?to (?:live|go on) for\b|\b(?:can'?t|cant|cannot) go on(?: living| any ?more| any longer)?[.!]*$|\b(?:can'?t|cant|cannot) go on (?:living|any ?more)\b|\bnot worth living\b|\blife(?:'s| is)? (?:not|n'?t|no longer) worth\b|\bno point (?:in )?(?:living|being alive|going on|to life|staying alive)\b|\bwhat'?s the point (?:in|of) (?:living|life|being alive|going on)\b|\b(?:don'?t|dont|can'?t|cant) see (?:the |any )?point\b(?! (?:of|in|to) (?:this|the|that|these|those|paying|calling|asking|your|a |an |it\b|them))/,
  /\bwant (?:it all|everything|my life|life) to (?:stop|end|be over)\b/,
  // Typed fast: "wnt to die", "i want die", "wanna b dead".
  /\b(?:i )?(?:want|wnt|wan|wana|wanna|wnna|wanted|wamt)(?: to| 2| too)? (?:die|dye|b dead|be dead|dead)\b|\bi (?:wan|want|wnt|wanna) (?:to )?(?:kill|kil) (?:my ?self|myslf|meself)\b/,
  /\b(?:death|dying|to die|suicide) (?:is|seems|feels|looks) (?:like )?(?:the |my )?(?:only|best|easiest|last|one) (?:way(?: out)?|option|solution|answer|escape|choice|thing left)\b|\bonly (?:way out|option|solution|escape) (?:is|left is) (?:death|to die|dying|suicide)\b/,
  // Asking God to take them.
  /\b(?:pray|praying|prayed|wish|wishing|longing|waiting|begging|hoping) (?:for|to) (?:death|die|my death|god to take me)\b|\b(?:god|allah|lord|bhagwan|ya allah)\W+(?:please |pls |plz |just |why (?:don'?t|dont|won'?t) (?:you|u) )?(?:take|takes) me\b(?! (?:to|through|back|off|out|away from (?:this|your|the) list))|\b(?:pray|praying|hope|wish|want)\w* (?:that )?(?:god|allah|the lord) (?:would |will |to |just )?(?:take|takes|call|calls) me\b/,
];

/** Being a burden; the world or family better off without them; "when I'm gone". */
const BURDEN = [
  /\b(?:i'?m|im|i am|being|feel like|i feel like|i have become|i'?ve become) (?:just |only |such |nothing but )?(?:a |an )?(?:burden|liability)\b|\bburden (?:to|on|for) (?:everyone|everybody|my family|my kids|my wife|my husband|them|all|others)\b/,
  /\bbetter off (?:without me|with me gone|dead|if i (?:was|were|am|wasn'?t|weren'?t|was not|were not)\b.{0,20}\b(?:here|around|alive|gone|dead|in the picture))\b|\b(?:happier|better|easier) (?:off )?(?:without me|with me gone|once i'?m gone)\b/,
  /\b(?:nobody|no one|noone|no body) (?:would|will) (?:even )?(?:notice|care|miss me)\b.{0,30}\b(?:gone|dead|died|disappeared|not here)\b|\b(?:if|when|after|once) i'?m (?:gone|dead|no more)\b|\b(?:if|when|after|once) i (?:am|was|were) (?:gone|dead|no more)\b/,
  /\b(?:better|happier|easier|lighter|simpler)(?: off)?(?: for (?:everyone|everybody|all|them|my family|my kids|you all))? (?:if|when|once) i (?:(?:wasn'?t|weren'?t|was not|were not|'?m not|am not|wasnt|werent) (?:here|around|alive|in the picture)|(?:was|were|am|'m) (?:gone|dead)|(?:just |could just )?(?:disappeared|died|vanished|left this world|disappear|die))\b|\b(?:easier|better) (?:to )?(?:just )?not (?:be here|exist|be alive|be around|wake up)\b|\b(?:won'?t|will not|wont) be (?:a )?(?:burden|problem|trouble) (?:for|to|on) (?:anyone|you|anybody|my family|everyone|them)(?: much longer| for long| any ?more| soon| after (?:today|tonight))\b/,
  /\b(?:insurance|policy)\b.{0,40}\b(?:if|when|after|once) i (?:die|am gone|'m gone|am dead)\b|\b(?:if|when|after|once) i (?:die|am gone|'m gone)\b.{0,40}\b(?:insurance|policy|loan (?:is|gets|will be) (?:waived|cleared|closed))\b/,
];

/** Plans and means: pills, rope, jumping, train tracks, poison and pesticide, drowning. */
const MEANS = [
  /\boverdos\w*|\b(?:saving|saved|collecting|collected|stock\w*|hoard\w*|bought|buying|gathering|kept|keeping) (?:up )?(?:a lot of |lots of |all |enough |many |a strip of |strips of )?(?:my |the )?(?:(?:sleeping |sleep |bp |pain ?killer |paracetamol )?(?:pills|tablets|tabs)|paracetamol|pain ?killers|crocin|dolo|insulin)\b|\b(?:take|taking|swallow|swallowing|swallowed|eat|eating|ate|have|had|took|pop|popped|popping|down|downed) (?:all|the whole|a whole|a bottle of|a strip of|a lot of|lots of|many|all the|all my|enough|too many|a bunch of|a handful of|handful of|a box of|a pack of|\d{2,}) (?:the |my |of |strips? of )?(?:\w+ )?(?:pills|tablets|tabs|paracetamol|painkillers|sleeping pills|crocin|dolo)\b/,
  /\b(?:cut|cutting|cuts) (?:myself|my ?self|my (?:arm|arms|wrist|wrists|thigh|thighs|legs?|skin))\b(?!.{0,30}\b(?:while|whilst|cooking|shaving|chopping|cutting (?:veg|onion)|accident\w*|by mistake|on (?:a|the|some|glass|tin)|at work|in the kitchen|kitchen))|\b(?:been|started|start|began|keep|kept|back to|relapsed(?: and)?|went back to) (?:self )?cutting(?: myself| again)\b|\b(?:razor|blade)\b.{0,25}\b(?:my ?self|wrists?|my arm|my skin)\b/,
  /\b(?:search|searching|searched|google|googled|googling|looked up|looking up|look up|research\w*|reading about)\b.{0,15}\b(?:how to (?:die|end (?:it|my life)|kill (?:myself|my ?self)|overdose|hang)|ways to (?:die|end (?:it|my life)|kill)|how many (?:pills|tablets|tabs)|painless (?:way|ways|death|method)|lethal dose)|\b(?:painless|quick|easy) (?:way|ways|death|method) (?:to (?:die|go|end it)|of dying)\b|\bpainless ways? to go\b|\blethal dose\b|\bhow many (?:pills|tablets|tabs)\b.{0,25}\b(?:die|kill|fatal|lethal|enough|it takes)\b/,
  /\b(?:bought|buy|buying|got|have|had|tie|tied|tying|ready) (?:a |some |the )?(?:rope|noose)\b|\bnoose\b|\brope (?:to|for|from) (?:the )?(?:fan|ceiling|hook|tree|myself)\b|\bceiling fan\b.{0,20}\b(?:rope|dupatta|hang)\b|\b(?:rope|noose|dupatta|saree)\b.{0,20}\b(?:ceiling fan|fan|ceiling|hook)\b/,
  /\b(?:drink|drinking|drank|take|taking|took|consume|consuming|swallow|swallowing|eat|eating) (?:the |some |a bottle of |bottle of )?(?:poison|pesticide|insecticide|rat poison|weed ?killer|herbicide|phenyl|phenol|acid|bleach|kerosene|keetnashak|sulphas|celphos)\b|\b(?:poison|pesticide|insecticide|kerosene)\b.{0,30}\b(?:myself|drink it|and die|to die|end it|end my life|finish it)\b/,
  /\bjump(?:ing|ed)? (?:off|from|in front of|into|in|under|down from|down) (?:the |a |my |our |this |that )?(?:\d+\w* )?(?:storey|building|bridge|roof|rooftop|terrace|train|balcony|cliff|flat|floor|window|river|well|lake|sea|dam|canal|tower|condo|apartment|block|hdb|overhead bridge|flyover|mall)\b|\bjump (?:to my death|and die|and end)\b|\b(?:want|wanna|thinking|think|going|gonna|feel like|ready|planning)\b.{0,10}\bjump(?:ing)?(?: down| off)?(?: lah| la| liao| already| sia| only)?[.!]*$|\b(?:step|stepping|walk|walking) (?:out )?(?:in front of|into) (?:a |the )?(?:train|bus|lorry|truck|traffic|sea|river)\b|\b(?:drive|driving|crash|crashing) (?:my )?(?:car|bike|scooter)? ?into (?:a |the )?(?:wall|tree|lorry|truck|river)\b.{0,20}\b(?:on purpose|deliberately|and end|to end)\b/,
  /\b(?:lie|lying|lay|laying|sleep|sleeping|stand|standing|sit|sitting|walk|walking|go|going|went|looking at|staring at|look at|stare at|thinking about) (?:on |near |by |onto |down on |to |in front of |under )?(?:the )?(?:train |railway |rail(?:way)? )?(?:tracks?|railway line)\b|\b(?:throw|throwing|threw|jump|jumping|lie|lying|go|going) (?:myself )?(?:under|in front of) (?:a |the )?(?:train|truck|bus|lorry)\b/,
  /\bplann?(?:ing|ed) (?:how to (?:do it|end it|die|go)|my (?:death|suicide|exit|end)|to (?:die|end (?:it|my life|everything)))\b|\b(?:decided|made up my mind|figured out) (?:how|when|where) (?:to|i will|i'?ll) (?:do it|end it|die)\b|\b(?:know|knows|decided) (?:how|when) i(?:'ll| will) do it\b/,
];

/** Goodbyes: letters, last messages, giving things away, putting affairs in order. */
const GOODBYE = [
  /\b(?:letters?|notes?|messages?|videos?) (?:to|for) (?:my )?(?:kids|children|family|wife|husband|son|daughter|parents|mother|father|mum|mom|dad|loved ones)\b.{0,40}\b(?:just in case|in case|goodbye|when i'?m gone|after i'?m gone|for after|to read later|explain(?:ing)? why)\b|\bsuicide note\b|\b(?:wrote|written|writing) (?:my |a )?(?:last|final|goodbye) (?:letter|note|message|words)\b/,
  /\b(?:my|a) (?:last |final )?goodbye\b|\bthis is goodbye\b|\bsaying goodbye to (?:everyone|my family|you all|all|the world)\b|\bsaid (?:my )?goodbyes\b|\bsaid goodbye to (?:everyone|my family|my kids|the world)\b|\bthis (?:is|will be) my (?:last|final) (?:message|msg|text|words)(?: ever| to (?:anyone|everyone|you all))?[.!]*$|\bgoodbye (?:forever|world|everyone)\b|\bforgive me for (?:everything|what i am about to|what i'?m about to)\b/,
  /\bwon'?t be (?:around|here|alive) (?:much longer|for long|any ?more|to pay)\b|\b(?:giv(?:e|ing)|gave) away (?:all )?(?:my )?(?:things|belongings|stuff|possessions|clothes|books)\b|\b(?:look|looking|take|taking) (?:after|care of) (?:my )?(?:kids|children|family|wife|husband|mother|mum|mom) (?:for me )?(?:when|after|once) i'?m (?:gone|not here)\b/,
  /\btell (?:my )?(?:mum|mom|mother|amma|dad|father|papa|wife|husband|kids|children|family|son|daughter|parents|everyone|sister|brother) (?:that )?(?:i'?m|i am|im|i was) (?:so )?sorry\b|\b(?:look|looking) after (?:my )?(?:kids|children|family|wife|husband|mother|mum|mom|son|daughter) for me\b|\b(?:take|taking) care of (?:my )?(?:kids|children|family|wife|husband|mother|mum|mom|son|daughter) for me\b|\blove (?:you|u) all\b.{0,20}\b(?:goodbye|bye|sorry|forgive)\b/,
  /\b(?:sort(?:ed|ing)?|put(?:ting)?|got) (?:my )?(?:affairs|things) (?:in order|sorted)\b.{0,30}\b(?:before i (?:go|die)|for when i'?m gone|just in case)\b|\b(?:updated|wrote|made|made out) (?:my )?will\b.{0,30}\b(?:just in case|before i (?:go|do it|die))\b/,
];

export const ENGLISH_CRISIS: readonly RegExp[] = [...DIRECT, ...WISH, ...BURDEN, ...MEANS, ...GOODBYE];
