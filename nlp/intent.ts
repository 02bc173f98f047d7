import type { Intent } from '../models/language/analysis';
import { LOCAL_INTENT_RULES } from './intentLocal';

/**
 * Interrupting commands, checked in priority order: a borrower who asks us to stop
 * must never be treated as asking for help, and a dispute outranks a complaint.
 */
const INTENT_RULES: [Exclude<Intent, 'none'>, ...RegExp[]][] = [
  [
    'opt_out',
    /^(?:stop|unsubscribe|opt out|end)(?:\W+(?:now|please|all|it|this|that|messages|texts))*\W*$|\bunsubscribe\b|\bopt[- ]?out\b|\b(?:don'?t|do not|never|stop)\s+(?:ever\s+)?(?:contact|message|text|call|email|ring|messaging|texting|calling|contacting|emailing|ringing)(?:ing)?\s+(?:me|us|this number)\b|\bleave me alone\b|\bremove me from\b(?! (?:the |this |your )?(?:queue|line|waiting list|wait))|\bno more (?:messages|texts|calls|emails)\b/,
    // Chat shorthand, Hinglish and Malay: "pls stop msging me", "message mat karo", "jangan hantar mesej".
    /\b(?:don'?t|dont|do not|never|stop|pls stop|plz stop)\s+(?:ever\s+)?(?:msg|msging|msgs|sms|whatsapp|whatsapping|sending (?:me )?(?:messages|msgs|texts)|spamming)(?:\s+(?:me|us))?\b|\b(?:don'?t|dont|do not|never) send (?:me )?(?:these |any |more |your |such )?(?:messages|msgs|texts|sms|reminders)\b|\b(?:message|msg|call|sms|whatsapp|messages)\s+(?:mat|na|nahi)\s+(?:karo|kro|bhejo|bhejna|karna)\b|\bjangan (?:hantar|kirim|call|telefon|ganggu)\b|\bberhenti (?:hantar|mesej)\b/,
    /\b(?:remove|delete|take|erase) (?:me|my (?:number|no|contact|details|name))(?: off| from)?\b.{0,25}\b(?:list|records?|database|system|contacts?)\b|\b(?:remove|delete) my (?:number|no)\b|\bdnd\b|\bdo not disturb\b|\b(?:stop|quit|cease|end) (?:all |these |the |your )?(?:msgs?|messages|texts|sms|calls|messaging|texting|calling|contact)\b|\b(?:don'?t|dont|do not) (?:want|need) (?:any ?more |these |your |any )?(?:messages|msgs|texts|calls|sms)\b|^(?:stop|stahp|stopp+|unsub)[.! ]*(?:pls|please|plz|now|it|already|lah|la)?[.! ]*$/,
  ],
  [
    'dispute',
    /\b(?:not|isn'?t|isnt|aint)\s+my\s+(?:debt|loan|account)\b|\balready paid\b|\bpaid (?:it|this|that)(?: loan| debt)? off\b|\bnever (?:took out|borrowed|had|applied for|signed)\b|\bwrong person\b|(?<!\bdue to (?:a |some |the )?)(?<!\b(?:family|property|legal|land|court|business|partnership|office) )\bdispute\b|\bdon'?t owe\b|\b(?:used|stole) my identity\b|\bidentity (?:theft|fraud)\b|\bamount is wrong\b|\bnot mine\b/,
    /\bwrong (?:no|num|number|nmbr)\b|\balready (?:settle|settled|cleared|closed|paid|repaid)\b|\b(?:closed|settled|cleared) (?:this|that|the|my) (?:loan|account|debt)(?: already)?\b|\b(?:amount|balance|figure|outstanding|dues|bill|emi)s?\b.{0,30}\b(?:is|are) (?:wrong|incorrect|not right|not correct)\b|\b(?:amount|balance|figure|outstanding|bill) (?:wrong|incorrect)\b|^(?:already )?paid(?: it| already| yday| yesterday| today| last week| on the \w+)+\W*$|\b(?:pehle hi|already) (?:pay|paid|bhar) kar (?:diya|di|chuka|chuki)\b|\bsudah (?:bayar|jelas|settle)\b|\bnot my loan\b/,
    /\b(?:never|didn'?t|did not|have not|haven'?t) (?:ever )?(?:take|took|taken|borrow|borrowed|apply|applied|sign|signed) (?:for |up for |out )?(?:this|that|any|a|the|your)? ?(?:loan|debt|credit|money)\b|\b(?:don'?t|dont|do not) (?:know|recogni[sz]e) (?:this|that|any|the|about this|about any) (?:loan|debt|account|amount)\b|\b(?:no|not any) (?:loan|debt|account) with (?:you|u|your)\b|\b(?:already )?(?:paid|cleared|settled|closed|repaid) (?:it |this |that |the loan |the debt )?(?:in full|fully|completely|long ago|last year|last month|already)\b|\b(?:this|it) is (?:a )?(?:fraud|scam|fake)\b|(?<!\b(?:entered|typed|gave|put|filled|given|i) (?:the |some |in )?)\bwrong (?:guy|man|woman|lady|customer|account|details)\b|\b(?:charges?|interest|penalty|fees?|emi|dues) (?:is |are )?(?:wrong|incorrect|not correct|not right|too high|inflated|wrongly)\b|\bi (?:don'?t|dont|do not) owe\b|\bnot me\b/,
  ],
  [
    'complaint',
    /^(?!.*\b(?:police|cyber ?cell|thana|thane)\b).*?(?<!\b(?:not|no|never|nahi|koi) )\bcomplain\w*\b(?!\s+(?:nahi|nhi|nahin|nai)\b)|\bombudsman\b|\bdisgust\w*|\bdisgrace\w*|\bappalling\b|\bunacceptable\b|\bharass\w*|\brude\b|\breport(?:ing)? you\b|\b(?:service|company|bot|staff)\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:terrible|awful|useless|rubbish|a joke|shocking)\b/,
    /\b(?:rbi|banking ombudsman|consumer (?:court|forum)|bank negara|bnm|akpk|fos|financial ombudsman)\b|\b(?:your|ur|the|recovery|collection|you|bank|company'?s?) (?:agents?|staff|people|team|guys|executives?|callers?|calls?|men)?\s?(?:are|were|is|was|keep|kept)? ?(?:threaten\w*|abusive|abused|abusing|shouting|shouted|insult\w*|humiliat\w*)\b|\b(?:file|lodge|raise|register) (?:a )?(?:case|grievance|fir|ticket|complaint)\b|\bgrievance\b/,
  ],
  // Before 'human': "I don't need an agent any more" names an agent but withdraws the request.
  [
    'leave_queue',
    /^(?:ok(?:ay)?\W+|actually\W+)?(?:cancel|never ?mind|nevermind|nvm|forget it|no need)(?:\W+(?:that|it|then|please|pls|thanks|the (?:agent|callback|call|request)))*\W*$|\b(?:continue|carry on|go on|keep going|proceed|stay)\s+(?:with|using|on|here with)\s+(?:the |this |you |u )?(?:bot|chat ?bot|virtual assistant|assistant|automated (?:service|chat)|chat)\b|\b(?:go back|back|return) to (?:the |this )?(?:bot|chat ?bot|virtual assistant|assistant)\b/,
    /\b(?:don'?t|dont|do not|no longer)\s+(?:need|want)\s+(?:an? |the |to (?:talk|speak) to (?:an? |the )?)?(?:agent|person|human|callback|call back|call)\b|\bno need (?:for|of) (?:an? |the )?(?:agent|person|human|call|callback)\b|\bcancel (?:the |my |this )?(?:request|callback|call back|call|agent|queue)\b|\b(?:leave|get out of|exit|quit) (?:the )?queue\b|\bi'?ll (?:carry on|continue) (?:here|with (?:the )?(?:bot|you))\b/,
    // Hinglish: "bot ke saath hi continue karo", "agent nahi chahiye", "rehne do".
    /\bbot (?:ke saath|ke sath|se|ke through) (?:hi )?(?:continue|chalo|chalte|aage|baat)\b(?!\s+(?:nahi|nhi|nahin|mat|na)\b)|\b(?:agent|insaan|insan|aadmi|call) (?:ki )?(?:zarurat|zaroorat|jarurat|jaroorat) nahi\b|\b(?:agent|call|callback) (?:nahi|nhi) chahiye\b|^(?:rehne do|rahne do|chhodo|chodo|chhod do|chod do|cancel karo|cancel kar do)\W*$/,
  ],
  [
    'human',
    /\b(?:speak|talk|chat)(?:ing)?\s+(?:to|with)\s+(?:a\s+|an\s+|the\s+|some\s+)?(?:real\s+|actual\s+)?(?:person|human|agent|someone|somebody|advisor|adviser|manager|operator|representative|rep|staff|people)\b|^(?:agent|operator|human|representative|advisor)(?: please)?\W*$|\b(?:need|want)\s+(?:a|an|to speak to a)\s+(?:human|person|agent)\b|\bcall me(?: back)?\b|\bsomeone (?:to )?call\b|\bput me through\b|\bis there a person\b|\bnot a bot\b|\breal person\b/,
    /^(?:an? )?(?:agent|human|person|manager|operator)\s+(?:pls|plz|please|now)\W*$|\b(?:get|give|connect|transfer|put) (?:me )?(?:to |through to |with )?(?:a |an |the |your |ur )?(?:human|person|agent|manager|supervisor|customer care|customer service|executive|team|advisor|adviser|officer|representative)\b|\bis there (?:a|an|any) (?:actual |real |live )?(?:human|person|agent|people)\b|\b(?:want|need) (?:a |the )?(?:customer care|customer service|manager|supervisor)\b|\b(?:talk|speak|chat) (?:to|with) (?:ur|your) (?:team|staff|manager)\b|\bbaat kar(?:wa|wao|vao|a) do\b|^(?:kisi se )?baat (?:karwao|karwa do|karvao|karao|krwao)\W*(?:please|pls|plz)?\W*$|\b(?:kisi|insaan|insan|agent|aadmi) se baat\b|\bcakap dengan (?:orang|agent|manusia|pegawai)\b/,
    /\b(?:speak|talk|chat) (?:to|with) (?:a |an )?(?:real |actual |live )?(?:human being|live agent|live person|officer|executive|customer care|customer support)\b|\b(?:call ?back|callback|phone call|a call)\b.{0,10}\b(?:please|pls|plz|needed|required|request)\b|\b(?:request|want|need|book|arrange|schedule) (?:a |an )?(?:call ?back|callback|phone call|call from)\b|\b(?:human|person|agent|someone) (?:pls|plz|please)\b|\blive (?:agent|chat|person)\b|\bescalate\b|\b(?:can|could) (?:someone|somebody|a person|an agent|anyone) (?:call|ring|phone|contact|help) me\b|\bis (?:anyone|any one|somebody|someone|a human|anybody) (?:there|real|available)\b/,
  ],
  [
    'restart',
    /^(?:restart|reset|start over|start again|begin again)\b(?! (?:paying|payments?|my (?:emi|payments?)|the (?:emi|payments?)))|\b(?:start|begin) (?:over|again)\b|\bgo back to the (?:start|beginning)\b|\brestart\b(?! (?:paying|payments?|my (?:emi|payments?|business|shop|work)|the (?:emi|payments?)|work|from next))/,
    /\bstart (?:from )?(?:the )?(?:beginning|begining|start|scratch|fresh)\b|\b(?:phir|fir) se shuru\b|\bmula (?:semula|balik)\b/,
    /\b(?:start|begin) (?:afresh|anew|a ?new (?:chat|conversation|form)|from (?:the )?top|all over)\b|\bfrom the top\b|\b(?:redo|re-do) (?:this|it|everything|the (?:form|chat|whole thing))\b|\b(?:start|begin|do) (?:it |this |everything )?(?:all )?over again\b|\breset (?:this|the chat|chat|everything|conversation)\b|^(?:reset|redo|restart|start again|again from start)\W*(?:pls|please|plz)?\W*$/,
  ],
  [
    'help',
    /^(?:please )?help(?: me| please)?\W*$|\bwhat can you do\b|\bhow does (?:this|it) work\b|\bwhat are (?:my|the) options\b|\bi don'?t understand\b|^what is this\b|\bwhat do i (?:need|have) to do\b/,
    /^(?:\?+|help\W*(?:pls|plz|please|me)?|menu|options|what now|now what|confused|huh|i'?m confused|what)\W*$|\b(?:i'?m|im|i am) (?:so |bit |a bit |totally )?(?:confused|lost)\b.{0,20}\b(?:what|how|this|here)\b|\bhow (?:do|does|can|should) (?:i|this|we) (?:use|work|do this|proceed|continue)\b|\bwhat (?:can|should|do) i (?:do|say|type|reply) (?:here|now|next)\b|\bwhat (?:is|'s) (?:this|this chat|this message|this about) (?:about|for)\b|\bshow (?:me )?(?:the )?(?:options|menu|commands)\b|\bwhat (?:all )?options (?:do i have|i have|are there|are available)\b|^\W*what (?:do|should|can) i do\W*(?:now|here|next)?\W*$|\bwhat (?:am i supposed|do i need|should i|do i have) to (?:type|write|say|enter|reply)\b/,
  ],
];

// Hinglish, Hindi and Malay forms join their intent's English ones, so the priority order holds for every language.
const RULES = INTENT_RULES.map(
  ([intent, ...patterns]) => [intent, ...patterns, ...LOCAL_INTENT_RULES.filter(([local]) => local === intent).flatMap(([, ...more]) => more)] as const,
);

export function detectIntent(normalized: string): Intent {
  for (const [intent, ...patterns] of RULES) if (patterns.some((p) => p.test(normalized))) return intent;
  return 'none';
}
