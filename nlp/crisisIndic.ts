import { hindiRule } from './text';

/**
 * Clear self-harm and suicidal language in Hinglish (Hindi in Latin letters, spelt every way
 * phones spell it) and in Hindi (Devanagari), by kind: wanting to die, ending one's life,
 * burden, means (poison and pesticide, pills, hanging, jumping, train tracks), goodbyes.
 * Devanagari is matched after nlp/text.ts folded it (no nukta, anusvara for chandrabindu),
 * and as substrings, because JavaScript's \b does not see Devanagari word edges.
 */
const WILL =
  '(?:lunga|lungi|loonga|loongi|lu|loon|lun|lenge|dunga|dungi|doonga|doongi|du|doon|dun|denge|jaunga|jaungi|jaaunga|jaaungi|jaoonga|jaun|jaau|jau|jaoon|jaaun)';

const HINGLISH = [
  // Wanting to die; "mar jaun", "marna hai", "marne ka mann".
  /\bmarr? (?:hi )?(?:jaunga|jaungi|jaaunga|jaaungi|jaoonga|jaun|jaau|jau|jaoon|jaaun|jana chaht\w*|jaana chaht\w*|jaana hai|jana hai|jaate|jaata|jaati|jaenge|jayenge)\b|\bmarna (?:hai|chahta|chahti|chahte|chaahta|chaahti)\b|\bmarne (?:ka|ki|ko) (?:mann?|dil|man|ichha|iccha|soch|sochta|sochti|socha|plan|irada|khayal|khyal)\b|\bmar(?:na|ne) (?:chah|chaah)\w*|\bmaut (?:chahiye|chahta|chahti|aa jaye|aaye)\b|\bmarne ke (?:baare|bare) (?:mein|me|mai) soch\w*|\bnas (?:kaat|kat)\w*|\bsab(?: kuch)? (?:khatam|khtm) kar (?:dunga|dungi|lunga|lungi|du|doon)\b(?! (?:payment|emi|loan|dues|baki|baaki))|\b(?:so|chala|chali) (?:jaana|jana|jaunga|jaungi|jaun|jau)\b.{0,25}\bhamesha ke (?:liye|liya|lie)\b/,
  /\bmarr?(?:jaunga|jaungi|jaaunga|jaaungi|jaoonga|jaoongi|jaun|jau|jaaun|jaoon|jaana|jana)\b|\bmar (?:jana|jaana|jaun|jau|jaaun) (?:hi )?(?:behtar|better|accha|acha|achha|theek|thik)\b|\b(?:bhagwan|bhagwaan|bhagvan|upar ?wala|uparwala|upar wale|allah|khuda|rab|ishwar|god)\b.{0,20}\b(?:utha (?:le|lo|lena|leta)|uthale|uthalo|bula (?:le|lo|lena)|apne (?:paas|pas) bula)\w*|\b(?:utha (?:le|lo)|uthale|bula le)\b.{0,10}\b(?:bhagwan|bhagwaan|upar ?wala|uparwala|allah|khuda|rab|ishwar|god)\b/,
  /\bso (?:jaun|jau|jaaun|jaoon|jaunga|jaungi|jaana|jana)\b.{0,25}\b(?:uth|uthu|uthun|uthoon|uthunga|uthungi|jaagu|jagu|jaagun|jagun)\b.{0,4}\b(?:hi )?(?:nahi|nhi|na|nahin)\b|\b(?:kabhi|phir|fir|dobara) (?:na|nahi|nhi) (?:uthu|uthun|uthoon|uthunga|uthungi|jaagu|jagu)\b|\b(?:main|mai|me) (?:na|nahi|nhi) (?:rahu|rahun|rahoon|raha|rahi|rahoo|rahunga|rahungi) (?:to|toh)\b/,
  // Not wanting to live: "jeene ka mann nahi", "zinda nahi rehna", "jeene ki wajah nahi".
  /\bjee?ne (?:ka|ki|ko) (?:koi )?(?:mann?|maksad|fayda|faida|dil|man|ichha|iccha|wajah|vajah|koi wajah|koi vajah|himmat|matlab)\b.{0,12}\b(?:nahi|nhi|nahin|nai|na|ni|khatam|nahi raha|nahi rahi|nahi bachi|nahi bacha)\b|\bjee?na (?:nahi|nhi|nahin|nai|ni) (?:hai|chahta|chahti|chahte|chaahta)\b|\bab jee?na (?:nahi|nhi|nahin|nai)\b|\bzinda (?:nahi|nhi|nahin|nai) (?:rehna|rahna|rehnaa|rahunga|rahungi|rehunga|rehungi|rehna chahta|rehna chahti)\b/,
  // Ending one's life, suicide words: "apni jaan le lunga", "khud ko khatam kar dunga", "khudkushi".
  /\b(?:khudkushi|khudkhushi|khudkhusi|khudkushee|aatmhatya|atmhatya|aatmahatya|atmahatya)\b|\bsuicide (?:kar|karna|karne|karunga|karungi|karlu|karloon)\w*|\b(?:apni|apne) (?:jaan|zindagi|jindagi|life) (?:le|khatam|khtm|khatm)\w*|\bjaan (?:de (?:dunga|dungi|du|doon|denge)|dena hai|deni hai|de doon|de du)\b/,
  /\b(?:apne aap|khud|apne ap|khudko|apneaap)(?: hi)? ko (?:khatam|khtm|khatm|maar|mar|nuksan|nuksaan|hurt|khatam kar|khatm kar|khatam kr|jala|latka|faansi|aag)\w*|\b(?:khatam|khtm|maar)\b.{0,20}\b(?:apne aap|khud|khudko) ko\b/,
  /\b(?:zindagi|jindagi|zindgi|jindgi|life)\b.{0,30}\b(?:khatam|khtm|khatm) (?:karunga|karungi|karlu|karloon|kar lunga|kar lungi|kar lu|kar loon|kar dunga|kar dungi|kar du|kar doon|karna hai|karni hai|karna chahta|karna chahti|ho jaye|ho jaaye)\b|\b(?:khatam|khtm) kar (?:dunga|dungi|lunga|lungi) (?:sab|sab kuch|zindagi|jindagi|khud|apne)\b|\b(?:zindagi|jindagi|zindgi|jindgi) se (?:tang|thak|pareshan|haar|bezaar|ub) (?:aa )?(?:gaya|gya|gayi|gyi|gai|chuka|chuki|hoon|hun|hu)\b/,
  // Burden and "better without me": "main bojh hoon", "mere bina sab khush rahenge", "mere jaane ke baad".
  /\b(?:bojh|boj|bojha|burden) (?:(?:ban|bn) (?:gaya|gayi|gya|gyi|chuka|chuki) )?(?:hoon|hun|hu|hoo)\b|\bmere (?:bina|baghair|bagair|na hone se|na rehne se|jaane ke baad|jane ke baad|marne ke baad|marne se)\b.{0,40}\b(?:better|behtar|khush|accha|acha|achha|sukhi|aasaan|asaan|azaad|free)\w*|\bmere (?:marne|mar jaane|mar jane|maut) ke (?:baad|bad)\b|\bmere (?:jaane|jane|na rehne) ke (?:baad|bad)\b.{0,30}\b(?:bach\w*|bacch\w*|family|parivar|ghar walon|gharwalon|biwi|maa|khayal|khyal|dhyan|maaf|sorry|insurance)\b/,
  // Means: poison or pesticide, pills, hanging, jumping, trains: "zeher kha lunga", "fanda laga lunga".
  new RegExp(
    `\\b(?:zeher|zehar|jahar|jeher|zaher|zahar|jehar|keetnashak|kitnashak|keet nashak|pesticide|chuhe maarne ki dawai|chuha maar dawai|sulphas|celphos|phenyl|tezaab|tezab)\\b.{0,40}\\b(?:kha|pee|pi) ?(?:${WILL}|liya|li|ke|kar|kr|jaunga|jaungi)\\b|\\b(?:khaunga|khaungi|piyunga|piyungi|peeunga)\\b|\\b(?:neend|nind|sleeping) (?:ki )?(?:goli|goliyan|goliya|goliyaan|tablet|tablets|pills)\\b.{0,30}(?:\\b(?:jama|ikatth|ikath|collect|stock)\\w*|\\bsaari\\b|\\bsab\\b.{0,6}\\bkha|\\bkha ?${WILL})|\\b(?:saari|sari|sab|bahut|dher|poori|puri) (?:goli|goliyan|goliya|goliyaan|tablets)\\b.{0,12}\\b(?:kha|le)\\s?(?:${WILL}|li|liya|leni|lena)\\b`,
  ),
  /\b(?:fansi|phansi|faansi|phaansi|fanda|phanda|fandaa|phandaa)\b.{0,20}\b(?:laga|lagaa|lga|lagaunga|lagaungi|lagalu|lagalunga|lagalungi|jhool|jhul|latak|kha ?(?:lunga|lungi|lu))\w*|\b(?:pankhe|pankha|fan|ceiling) (?:se|pe|par)\b.{0,20}\b(?:latak|jhool|jhul|fanda|phanda|rassi|dupatta|dupatte)\w*|\brassi\b.{0,20}\b(?:gale|latak|fanda|phanda|pankh)\w*/,
  new RegExp(
    `\\b(?:chhat|chhath|terrace|building|bridge|pul|balcony|chhajje|floor|manzil|nadi|nahar|kuan|kuen|kuein|kuye|kuwe|talab|samundar|dam|train|metro|pahad|pahaadi)\\b.{0,15}\\b(?:se|mein|me|mai|ke aage|ke neeche|ke niche|ke saamne|ke samne)\\b.{0,8}\\b(?:kood|kud|koodh|chhalang|jump)\\w*|\\b(?:patri|patriyon|patriyo|railway line|railway track)\\b.{0,12}\\b(?:pe|par|pr|mein)\\b.{0,15}\\b(?:let|lete|kood|kud|khad|baith|baitha|baithi|baithe)\\w*|\\b(?:patri|patriyon|railway track)\\b.{0,20}\\bso ${WILL}\\b|\\b(?:train|gaadi|gadi|truck) (?:ke )?(?:aage|neeche|niche|saamne|samne)\\b.{0,15}(?:\\b(?:kood|kud|let|jump)\\w*|\\b(?:aa|ja|chala|chali|so) ${WILL}\\b)`,
  ),
  // Goodbyes and disappearing for good: "hamesha ke liye so jaunga", "alvida", "aakhri message".
  /\bhamesha ke (?:liye|liya|lie|leye)\b.{0,20}\b(?:(?:so|chala|chali|chale) (?:jaunga|jaungi|jaaunga|jaaungi|jau|jaun|jaau|jaana|jana)|gayab|gaayab|alvida|neend|aankhen band)\b|\b(?:alvida|alwida|alvidaa)\b|\b(?:mera|meri|ye mera|yeh mera) (?:aakhri|akhri|aakhiri|last) (?:message|msg|sandesh|khat|chitthi|salaam|salam)\b|\b(?:bachon|bacchon|bachcho|bachchon|family|ghar walon|gharwalon|biwi|pati|maa|papa)\b.{0,20}\b(?:letter|chitthi|khat|note)\b.{0,20}\b(?:likh|likha|likhi)\w*/,
  /\b(?:main|mai|mujhe)\b.{0,15}\b(?:duniya|dunia) (?:chhod|chod)\w*|\b(?:duniya|dunia) (?:chhod|chod) (?:dunga|dungi|du|doon|jaunga|jaungi|ke chala jaunga|ke chali jaungi)\b|\b(?:duniya|dunia) se (?:chala|chali) (?:jaunga|jaungi|jau|jaun)\b|\bupar (?:chala|chali) (?:jaunga|jaungi|jaaunga|jaaungi|jaun|jaau)\b|\b(?:main|mai) (?:nahi|nhi) (?:rahunga|rahungi|rahoonga|rahoongi|rahuga|rahugi|rahu)\b(?! (?:ghar|yahan|wahan|is|us|udhar|idhar|city|sheher|shahar|delhi|mumbai))/,
  // Cutting themselves ("haath kaat liya", not "haath kat gaya" by accident) and poison brought home (not for rats or crops).
  /\b(?:haath|hath|kalai|nas|nass|nasein|wrist|baazu|bazu)\b.{0,10}\b(?:kaat|kat) (?:li|liya|leta|leti|lunga|lungi|di|diya|dali|daali|dunga|dungi)\b|\b(?:zeher|zehar|jahar|zahar|jeher|keetnashak|sulphas|celphos)\b.{0,20}\b(?:la|laa|le aaya|le aayi|kharid|rakh|rakha|rakhi|chhupa)\w*(?!.{0,30}\b(?:chuhe|chuhon|chuha|keede|keedon|fasal|khet|kheti|deemak)\b)/,
  /\bmere (?:baad|bad|jaane ke baad|jane ke baad)\b.{0,20}\b(?:bachon|bacchon|bachche|bacche|bachcho|family|ghar walon|maa|mummy|biwi|beti|bete)\w* (?:ka|ki|ko) (?:dhyan|dhyaan|khayal|khyal|khyaal) (?:rakhna|rakhiye|rakhe|rakhein)\b/,
];

const HINDI = [
  // Wanting to die, suicide words, ending one's life; asking God to take them; "after I'm gone".
  /सो (?:जाऊं|जाउं|जाऊंगा|जाऊंगी|जाना).{0,25}(?:न|नहीं) (?:उठूं|उठूंगा|उठूंगी|जागूं)|कभी (?:न|नहीं) (?:उठूं|उठूंगा|उठूंगी|जागूं)|(?:मैं|मै) (?:न|ना|नहीं) (?:रहूं|रहा|रही) तो|(?:भगवान|ऊपर वाला|ऊपरवाला|ऊपर वाले|अल्लाह|खुदा|ईश्वर|रब).{0,20}(?:उठा ले|उठा लो|बुला ले|बुला लो|अपने पास बुला)|मेरे (?:मरने|मर जाने) के बाद|मेरे जाने के बाद.{0,30}(?:बच्च|परिवार|ख्याल|खयाल|ध्यान|माफ)|मर जाना (?:ही )?(?:बेहतर|अच्छा|ठीक)/,
  /मर (?:ही )?(?:जाऊं|जाउं|जाऊंगा|जाऊंगी|जाउंगा|जाउंगी|जाना चाह|जाना है|जाते|जाएंगे|जायेंगे)|मरना (?:चाह|है)|मरने (?:का|की|को) (?:मन|दिल|इच्छा|सोच|इरादा|ख्याल|खयाल)|मौत (?:चाहिए|चाहता|चाहती|आ जाए)|आत्महत्या|आत्म हत्या|खुदकुशी|सुसाइड|मरने के बारे में|नस काट|सब(?: कुछ)? खत्म कर (?:दूंगा|दूंगी|लूंगा|लूंगी|दूं)|(?:मैं|मै) नहीं (?:रहूंगा|रहूंगी)|(?:सो|चला|चली) (?:जाना|जाऊं|जाऊंगा|जाऊंगी).{0,25}हमेशा के लिए/,
  /जीने (?:का|की|को) (?:कोई )?(?:मन|दिल|इच्छा|वजह|कोई वजह|हिम्मत|मतलब).{0,12}(?:नहीं|ना|खत्म)|जीना नहीं|जिंदा नहीं (?:रहना|रहूंगा|रहूंगी)|जान दे (?:दूं|दूंगा|दूंगी|दूँ|देंगे)|(?:अपनी|अपने) (?:जान|जिंदगी|ज़िंदगी) (?:ले|खत्म)|(?:खुद|अपने आप|अपने-आप) को (?:खत्म|मार|नुकसान|जला|लटका|आग)/,
  /(?:जिंदगी|जिन्दगी|ज़िंदगी).{0,30}(?:खत्म|खतम) (?:कर (?:दूंगा|दूंगी|लूंगा|लूंगी|दूं|लूं)|करना है|करनी है|हो जाए)|(?:जिंदगी|जिन्दगी) से (?:तंग|थक|परेशान|हार|ऊब)|दगी ख?त्म|दुनिया (?:छोड़|छोड) (?:दूंगा|दूंगी|दूं|जाऊंगा|जाऊंगी)|दुनिया से (?:चला|चली) (?:जाऊंगा|जाऊंगी|जाऊं)/,
  // Burden and "better without me".
  /बोझ (?:(?:बन|बना) (?:गया|गई|गयी|चुका|चुकी) )?(?:हूं|हूँ)|मेरे (?:बिना|बगैर|न होने से|जाने के बाद|मरने के बाद).{0,40}(?:खुश|अच्छ|बेहतर|सुखी|आसान|आजाद)/,
  // Means: poison, pesticide, pills, hanging, jumping, trains.
  /(?:जहर|जेहर|कीटनाशक|कीड़े मारने की दवा|कीडे मारने की दवा|चूहे मारने की दवा|सल्फास|फिनाइल|तेजाब).{0,20}(?:खा |खाकर|खा ल|खाऊं|खाउं|खाना है|पी |पीकर|पी ल|पीऊं|पियूं|पिऊं|पीना है)|(?:नींद|नीन्द) की (?:गोली|गोलियां|गोलियाँ).{0,30}(?:जमा|इकट्ठ|सारी|सब.{0,6}खा|खा लूं)|(?:सारी|सब|बहुत) (?:गोली|गोलियां|गोलियाँ).{0,12}(?:खा ल|खाऊं|खा जाऊं)/,
  /(?:फांसी|फाँसी|फंदा|फन्दा).{0,20}(?:लगा|लगाऊं|लगाउं|लगा लूं|ले|झूल|लटक)|(?:पंखे|पंखा) (?:से|पर|पे).{0,20}(?:लटक|झूल|फंदा|रस्सी|दुपट्टा)|रस्सी.{0,20}(?:गले|लटक|फंदा)/,
  /(?:छत|छत्त|बिल्डिंग|पुल|बालकनी|मंजिल|नदी|नहर|कुएं|कुँए|कुएँ|तालाब|समुद्र|पहाड़|पहाड).{0,15}(?:से|में|मे).{0,8}(?:कूद|कुद|छलांग)|(?:पटरी|रेल की पटरी|रेलवे ट्रैक|ट्रैक).{0,12}(?:पर|पे|में).{0,12}(?:लेट|सो जा|कूद|खड़)|(?:ट्रेन|रेल|गाड़ी|गाडी) के (?:आगे|नीचे|सामने).{0,15}(?:कूद|लेट|(?:आ|चला|चली|सो) (?:जाऊं|जाउं|जाऊंगा|जाऊंगी|जाउंगा|जाउंगी))/,
  // Goodbyes and leaving for good.
  /हमेशा के लिए.{0,20}(?:(?:सो|चला|चली) जा|गायब)|अलविदा|(?:मेरा|मेरी|ये मेरा|यह मेरा) (?:आखिरी|आख़िरी|अंतिम) (?:संदेश|मैसेज|खत|चिट्ठी)|(?:बच्चों|परिवार|घरवालों|पत्नी|पति|मां|माँ).{0,20}(?:चिट्ठी|खत|पत्र|लेटर).{0,20}(?:लिख)/,
  // "After me, look after my children".
  /मेरे (?:बाद|जाने के बाद).{0,20}(?:बच्चों|बच्चे|परिवार|मां|मम्मी|पत्नी|बेटी|बेटे)\S* (?:का|की|को) (?:ध्यान|ख्याल|खयाल) (?:रखना|रखिए|रखें)/,
];

export const INDIC_CRISIS: readonly RegExp[] = [...HINGLISH, ...HINDI.map(hindiRule)];
