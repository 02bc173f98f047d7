import type { Intent } from '../models/language/analysis';
import { foldDevanagari } from './text';

/**
 * The same commands in Hinglish, Hindi (Devanagari, folded by nlp/text.ts: no nukta, anusvara
 * for chandrabindu) and Malay/Manglish, by kind rather than by sentence: asking for a person,
 * stopping messages, starting over, asking for help, wrong number, already paid, disputing;
 * and the Indian English office idiom for the same ("concerned person", "payment done").
 * Devanagari has no \b in JavaScript, so those alternatives match as substrings.
 */
const PERSON_HI = '(?:kisi|insaan|insan|aadmi|admi|banda|bande|agent|manager|officer|executive|staff|customer care|asli insaan)';
const PERSON_MS = '(?:orang|org|manusia|agent|ejen|pegawai|staf|staff|pekerja|wakil|customer service|khidmat pelanggan|live agent|officer)';

const hindi = (pattern: RegExp): RegExp => new RegExp(foldDevanagari(pattern.source));

export const LOCAL_INTENT_RULES: [Exclude<Intent, 'none'>, ...RegExp[]][] = [
  // Indian English: "kindly stop calling", "concerned person", "payment done already", "NOC received".
  [
    'opt_out',
    /\b(?:kindly |please |pls )?(?:stop|don'?t|dont|do not) (?:disturb|disturbing|bother|bothering|troubl\w*) (?:me|us)\b|\bdon'?t (?:call|msg|message) (?:again|further|here)\b/,
  ],
  [
    'dispute',
    /\balready (?:done|made|did) (?:the |my |full )?payment\b|\b(?:done|made|did) (?:the |my |full )?payment already\b|\bpayment (?:is |was )?already (?:done|made|completed|cleared)\b|\bpayment (?:done|completed|cleared) already\b|\b(?:loan|account) (?:is |was )?(?:already )?(?:closed|settled|foreclosed|cleared)\b|\bnoc\b|\b(?:no ?dues|no objection) certificate\b|\b(?:amount|figures?|balance|outstanding) (?:is |are )?not (?:matching|tallying)\b|\bi am not (?:the|that) (?:person|customer|borrower)\b|\bthis is not (?:\w+ )?(?:'s )?(?:number|no)\b/,
  ],
  [
    'human',
    /\b(?:concerned|senior|higher|responsible) (?:person|department|officer|official|authority|team|executive)\b|\b(?:talk|speak|connect) (?:to|with) (?:your |ur |the )?(?:senior|seniors|superior|boss|branch|head office)\b|\b(?:give|gimme) (?:me )?(?:a )?(?:call|ring)\b|\b(?:call|ring|phone) me (?:now|asap|immediately|today|pls|please|plz)\b/,
  ],
  ['help', /\b(?:what is|tell me|explain) (?:the )?(?:process|procedure|steps)\b|\bhow to proceed\b|\bnot understanding\b/],
  [
    'opt_out',
    /\b(?:message|messages|msg|msgs|mesej|sms|call|calls|phone|whatsapp|text|contact)\s+(?:karna|karne)?\s*(?:mat|na|nahi|band)\s+(?:karo|kro|karna|bhejo|bhejna|kijiye|kariye|karein|kare)\b|\b(?:band|bandh) (?:karo|kro|kar do|kardo|kijiye|kariye|karein)\b.{0,20}\b(?:message|msg|call|sms|whatsapp|ye sab)\w*|^(?:band karo|bandh karo|band kro|band kar do|bas karo|mat bhejo)\W*$|\b(?:pareshan|tang) (?:mat|na) (?:karo|kro|kijiye|kariye)\b|\bdobara (?:message|msg|call) (?:mat|na)\b/,
    /\b(?:jangan|jgn|x payah|tak payah|tak perlu|usah) (?:lagi )?(?:hantar|kirim|call|telefon|ganggu|mesej|msg|sms|whatsapp|text|contact|hubungi|kacau)\w*|\b(?:berhenti|stop|henti) (?:hantar|mesej|msg|sms|call|telefon|ganggu|hubungi)\w*|\b(?:tak nak|taknak|x nak|tidak mahu|tak mahu) (?:terima )?(?:mesej|msg|sms|call|panggilan)\b|^(?:berhenti|henti|stop la|stop lah)\W*$/,
    hindi(
      /(?:मैसेज|मेसेज|संदेश|कॉल|काल|फोन|एसएमएस|व्हाट्सएप)\s*(?:मत|ना|न)\s*(?:करो|करें|कीजिए|भेजो|भेजें|भेजिए)|(?:बंद|बन्द) (?:करो|करें|कीजिए|कर दो|कर दीजिए)|परेशान (?:मत|ना|न) (?:करो|करें|कीजिए)|दोबारा (?:मैसेज|कॉल|फोन) (?:मत|ना|न)/,
    ),
  ],
  [
    'dispute',
    /\b(?:galat|glt) (?:number|no|nmbr|num|numbr|insaan|aadmi|banda)\b|\b(?:pehle|pahle|already) (?:hi )?(?:pay|paid|bhar|chuka|bhugtan|de|jama|clear|settle) (?:kar )?(?:diya|di|chuka|chuki|diye|kiya|ho gaya|ho gya|hai)\b|\b(?:paise|payment|emi|loan) (?:de|bhar|chuka|jama) (?:diya|di|diye|chuka|chuki)(?: hai| tha| thi)?\b(?!.*\b(?:par|pr|lekin|magar|but|tapi|phir|fir|tak|baad)\b)|\b(?:mera|meri) (?:loan|karz|account|number|no|nmbr|phone|mobile) (?:nahi|nhi|nahin|nai) (?:hai|h|he)\b|\b(?:maine|mene|humne) (?:koi|ye|yeh)? ?(?:loan|karz) (?:nahi|nhi|nahin|kabhi nahi) (?:liya|li|lia)\b|\b(?:amount|rakam|raqam|balance|hisab|hisaab) (?:galat|glt|sahi nahi|sahi nhi)\b/,
    /\b(?:salah|silap) (?:nombor|nomor|number|no|orang)\b|\b(?:dah|sudah|udah|sdh|dh) (?:bayar|byr|jelas|jelaskan|settle|selesai|lunas|langsai|clear)\b(?! (?:sewa|bil|yuran|api|air|rumah|kereta|kad|separuh|sikit|sebahagian|hutang lain))(?!.*\b(?:tapi|tp|tetapi|cuma)\b)|\b(?:bukan|bkn) (?:hutang|loan|pinjaman|akaun|nombor|nomor|number|no|fon|telefon|phone) (?:saya|aku|sy)\b|\b(?:saya|aku|sy) (?:tak|tidak|x|tak pernah|tidak pernah|x pernah) (?:pernah )?(?:pinjam|ambil (?:loan|pinjaman)|buat (?:loan|pinjaman))\b|\b(?:jumlah|amaun|baki) (?:tu |ni |ini |itu )?(?:salah|silap|tak betul|tidak betul|x betul)\b/,
    hindi(
      /गलत (?:नंबर|नम्बर|व्यक्ति|आदमी|इंसान)|(?:पहले ही|पहले से|already) (?:भर|चुका|दे|जमा|भुगतान कर) (?:दिया|दी|चुका|चुकी|दिए)|(?:पैसे|पेमेंट|भुगतान|किस्त|ईएमआई|लोन) (?:दे|भर|चुका|कर|जमा कर) (?:दिया|दी|दिए|चुका|चुकी)(?!.*(?:फिर|लेकिन|मगर|पर |तक|बाद))|(?:मेरा|मेरी) (?:लोन|कर्ज|खाता|नंबर|नम्बर|फोन|मोबाइल) नहीं|मैंने (?:कोई |ये |यह )?(?:लोन|कर्ज) (?:नहीं|कभी नहीं) (?:लिया|ली)|(?:रकम|राशि|हिसाब|बैलेंस|अमाउंट|बकाया|बिल|ब्याज|जुर्माना) (?:गलत|सही नहीं|ज्यादा)/,
    ),
  ],
  [
    'leave_queue',
    /\b(?:rehne do|rahne do)\b.{0,15}\b(?:agent|call|callback|insaan)\b|\b(?:mat|na) (?:lagao|jodo) (?:agent|call)\b|\b(?:tak payah|x payah|tak perlu|tidak perlu|takpe|tak apa) (?:lah |la )?(?:agent|ejen|orang|call|panggil|sambung)\b|\b(?:sambung|teruskan) (?:dengan )?(?:bot|chat)\b/,
    hindi(/(?:एजेंट|इंसान|कॉल) (?:की )?(?:जरूरत|ज़रूरत) नहीं|(?:एजेंट|कॉल) नहीं चाहिए|बॉट (?:के साथ|से) (?:ही )?(?:जारी|आगे)/),
  ],
  [
    'human',
    new RegExp(
      `\\b${PERSON_HI}\\b.{0,15}\\b(?:se|sey|say)\\b.{0,8}\\bbaat\\b|\\bbaat (?:kar|karni|karna|karwa|karwao|krwa|krwao|karao|kara|karva|karvao)\\w*\\b.{0,20}\\b${PERSON_HI}\\b|\\b(?:call|phone) (?:karo|kro|kijiye|kariye|karwao|back karo|karwa do)\\b|\\b(?:mujhe|muje) (?:call|phone) (?:karo|kro|kijiye|kariye|chahiye)\\b|\\b(?:agent|insaan|insan|manager|koi banda|asli insaan) (?:chahiye|chaiye|chahie|do|dijiye|bhejo)\\b|\\b(?:insaan|insan|agent|manager) (?:se )?(?:jodo|jod do|connect karo|connect kro|milao)\\b`,
    ),
    new RegExp(
      `\\b(?:cakap|bercakap|sembang|borak|bincang|berbual|chat|talk) (?:dengan|dgn|dg|with) (?:seorang |sorang |orang |mana-mana )?${PERSON_MS}\\b|\\b(?:nak|mahu|mau|perlukan|perlu|minta|boleh|bagi|nk) (?:saya |aku |sy )?(?:cakap|bercakap|sembang|borak|bincang)? ?(?:dengan |dgn )?(?:orang|manusia|agent|ejen|pegawai|live agent|wakil)(?: betul| sebenar| real)?\\b(?! (?:lain|tu|itu))|\\b(?:sambungkan|sambung|pindahkan|transfer) (?:saya |sy |aku )?(?:kepada |ke |dengan |dgn |to )?${PERSON_MS}\\b|\\b(?:tolong |sila |pls |please )?(?:call|telefon|hubungi) (?:saya|sy|aku|balik)\\b`,
    ),
    hindi(
      /(?:किसी|इंसान|आदमी|एजेंट|मैनेजर|अधिकारी|कर्मचारी|व्यक्ति).{0,15}(?:से|सें) (?:बात|बातचीत)|बात (?:करवा|करवाओ|करवाइए|कराओ|कराइए|करा)|(?:मुझे|मुझको) (?:कॉल|फोन) (?:करो|करें|कीजिए|चाहिए)|(?:एजेंट|इंसान|मैनेजर) (?:चाहिए|दो|दीजिए|भेजो)|(?:इंसान|एजेंट|मैनेजर) से (?:जोड़ो|जोड़ें|जोड़िए|जोड़ दो|मिलाओ)/,
    ),
  ],
  [
    'restart',
    /\b(?:phir|fir|dubara|dobara|firse|phirse|wapas) (?:se )?(?:shuru|suru|start|shuruaat|shuruat)\w*|\b(?:shuru|suru|start) (?:se )?(?:karo|kro|karte|kijiye|karna)\b.{0,10}\b(?:phir|fir|dobara|dubara|wapas|shuru se)\b|\b(?:mula|bermula|start) (?:semula|balik|dari awal|balik dari awal|dari mula|baru)\b|\bulang (?:semula|balik|dari awal)\b|\breset (?:semula|balik)\b/,
    hindi(/(?:फिर|दोबारा|दुबारा|वापस|फिर से) (?:से )?(?:शुरू|शुरु|स्टार्ट)|शुरू से (?:करो|करें|कीजिए)/),
  ],
  [
    'help',
    /^(?:madad|help|sahayata|madat)(?: karo| kro| kijiye| chahiye| do| please| pls)?\W*$|\b(?:madad|sahayata|help) (?:chahiye|karo|kro|kijiye|kariye)\b|\bsamajh (?:nahi|nhi|nahin) (?:aaya|aa raha|aya|aata)\b|\b(?:kya|kia) (?:karna|karu|karoon|karun) (?:hai|hoga|padega)\b|\b(?:ye|yeh|yah) (?:kya|kia) (?:hai|h)\W*$/,
    /^(?:tolong|bantu|bantuan|help)(?: saya| sy| aku| lah| la| please| pls)?\W*$|\b(?:perlukan|perlu|nak|minta) (?:bantuan|tolong)\b|\b(?:saya |sy |aku )?(?:tak|tidak|x) (?:faham|paham|phm|fhm)\b|\b(?:apa|ape) (?:saya |sy |aku )?(?:perlu|kena|patut) (?:saya |sy |aku )?(?:buat|lakukan)\b|\bmacam mana (?:nak )?(?:guna|buat|ni)\b/,
    hindi(
      /^(?:मदद|सहायता|हेल्प)(?: करो| करें| कीजिए| चाहिए)?\W*$|(?:मदद|सहायता) (?:चाहिए|करो|करें|कीजिए)|समझ (?:नहीं|ना) (?:आया|आ रहा|आता)|(?:क्या|कया) करना (?:है|होगा|पड़ेगा)/,
    ),
  ],
  // Second pass, by kind: summoning a person ("manager bulao", "ada orang tak"), chat spellings of "agent", "X mat
  // bhejo" word order, starting over "shuru se", wrong number, a paid or settled loan said plainly, an amount denied,
  // complaints and threats. A paid claim followed by "but"/"par" is a hardship story ("paid last month, not this one").
  [
    'opt_out',
    /\bno more (?:msgs?|sms|whatsapps?|reminders|calls? or (?:msgs?|messages))\b|\bstop sending (?:me )?(?:these|this|them|it|anything|msgs?|reminders)\b|\b(?:mat|na|mt) (?:bhejo|bhejna|bhejiye|bhejein|karo) (?:koi |ye |yeh |aur )?(?:message|messages|msg|msgs|sms|whatsapp)\b|\b(?:message|messages|msg|msgs|sms|call|calls|whatsapp)\w* (?:bhejna|karna|karne|dena) (?:band|bandh) (?:karo|kro|kar do|kardo|kijiye|karein)\b/,
  ],
  [
    'dispute',
    /\b(?:not|isn'?t|isnt) (?:my|mine|his|her) (?:number|no|phone|mobile|nombor)\b|\b(?:this|that) (?:number|no|phone) (?:is not|isn'?t|isnt|does not belong to|doesn'?t belong to) (?:mine|me|my)\b|\b(?:ye|yeh|yah|is|ye wala) (?:mera|meri) (?:number|no|nmbr|phone|mobile) (?:nahi|nhi|nahin|nai)\b/,
    /\b(?:loan|account|khata|karz|karza|emi|dues) (?:toh |to |already |pehle hi )?(?:settle|clear|close|closed|band|khatam|foreclose) (?:ho|kar|kr) (?:gaya|gya|chuka|chuki|gayi|diya|di|diye)\b|^(?:sab |sabkuch |already |pehle hi )?(?:settle|clear) (?:ho|kar|kr) (?:gaya|gya|chuka|diya|di)(?: hai| h| he)?\W*(?:ji|sir|madam)?\W*$|^(?:payment|paymnt|pymt|emi|amount|full payment|full and final) (?:is |has been )?(?:done|made|paid|completed|cleared|sent|transferred)(?: already| yesterday| today| last week)?\W*(?:sir|madam|ma'?am|bro|ji)?\W*$/,
    /\b(?:maine|mene|humne|hamne)(?: toh| to| already| pehle hi| sab| poora| pura| full)? (?:(?:paise|paisa|payment|emi|amount|loan|dues|baki|bakaya|rakam|kist|kisht|installment) )?(?:pay|bhugtan|bhar|jama|clear|settle|chuka) (?:kar |kr )?(?:diya|di|diye|dia|chuka|chuki|chuke)\b(?!.*\b(?:par|pr|lekin|magar|but|tapi|is baar|is mahine|ab nahi|phir|fir|tak|baad)\b)|^(?:(?:paise|payment|emi|amount|sab) )?(?:bhar|jama|pay|chuka) (?:kar )?(?:diya|di|diye|dia)(?: hai| h| he)?\W*(?:ji|sir|madam)?\W*$|\bi (?:have |'ve )?already paid (?:it|this|that|the (?:emi|amount|dues|balance|loan|instalment|installment))\b(?!.*\b(?:but|however|now|this time|couldn'?t|can'?t|cannot)\b)|^i (?:have |'ve )?paid (?:it|this|that|the (?:emi|amount|dues|balance|loan|instalment|installment))(?: already| in full| on the \w+| yesterday| last week| today)*\W*$/,
    /\b(?:itna|itne|itni) (?:paisa |amount |baki |bakaya )?(?:nahi|nhi|nahin) (?:hai|h|banta|bante|tha) (?:mera|meri)\b|\b(?:mera|meri) (?:itna|itne|itni) (?:nahi|nhi|nahin) (?:hai|banta|h)\b|\b(?:amount|balance|bill|baki|bakaya|dues|rakam|charges|interest|byaj|penalty) (?:bahut |itna )?(?:zyada|jyada|galat|glt) (?:dikha|bata|laga|lag|bol|likh)\w* (?:rahe|raha|rhe|diya|diye|hai|ho|h)\b/,
  ],
  [
    'complaint',
    /\bshik(?:a|aa)y(?:a|e)?t\b(?!.{0,12}\b(?:nahi|nhi|nahin)\b)|\b(?:dhamki|dhamkiyan|dhamkaya|dhamka rahe|dhamkate|badtameezi|badtamizi|batameezi|gaali(?: galoch)?)\b|\bgali (?:de|di|dete|diya|nikal)\w*|\baduan\b|\bmengadu\b|\b(?:ugut|ugutan|mengugut|diugut|maki|memaki|dimaki|kurang ajar|biadap|biadab)\b/,
    hindi(/शिकायत(?!.{0,12}नहीं)|धमकी|धमका|गाली|बदतमीजी/),
  ],
  [
    'human',
    /\b(?:manager|supervisor|senior|agent|insaan|insan|aadmi|officer|boss|incharge|in-charge|kisi|kisi ko)\b(?: ko)? (?:bulao|bulaiye|bulaao|bula do|bulayiye|bulaye|bulwao|bulwaiye)\b|^koi (?:hai|h) (?:kya|kia)\b|\bkoi (?:insaan|insan|aadmi|banda|human|person|agent|asli insaan|real person|staff) (?:hai|h|he|milega|available hai)\b|^(?:an? )?(?:agnt|agt|hooman|humen|humn|persn|mngr|ajent)\b(?:\W+(?:pls|plz|please|now|asap))?\W*$|\b(?:talk|speak|chat) (?:to|with) (?:an? )?(?:agnt|hooman|humn|mngr)\b|\bada (?:orang|org|manusia|staff|staf|ejen|agent|pegawai)(?: betul| sebenar)? (?:tak|x|tidak|ke|kah)\b/,
    hindi(/(?:मैनेजर|सुपरवाइजर|एजेंट|इंसान|अधिकारी|किसी) (?:को )?(?:बुलाओ|बुलाइए|बुलाएं|बुला दो|बुलवाइए)|कोई (?:इंसान|आदमी|व्यक्ति|एजेंट) (?:है|हैं)/),
  ],
  [
    'restart',
    /^(?:shuru|suru) se\W*(?:karo|kro|kijiye|karte hain|start karo|chalo)?\W*$|\b(?:shuru|suru|starting) se (?:karo|kro|kijiye|karte hain|start karo|dobara)\b|\bstart (?:from )?(?:zero|0)\b|\b(?:sab|sabkuch|sab kuch|saara|sara) (?:dobara|dubara|phir se|fir se) (?:karo|karte hain|kijiye|karein)\b|\b(?:dobara|dubara|phir se|fir se) (?:sab|sabkuch|sab kuch) (?:karo|karte hain|kijiye)\b/,
  ],
];
