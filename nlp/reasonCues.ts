import type { HardshipReason } from '../models/loanBook/loanRecord';

/**
 * Hand-written cues per hardship reason, matched on normalized text and dropped when
 * negated. Rules carry the precise phrases (and misspellings) a small corpus cannot
 * teach a classifier; the classifier covers paraphrases the rules miss.
 */
type SpecificReason = Exclude<HardshipReason, 'other'>;

const g = (source: string): RegExp => new RegExp(source, 'g');
const GAP = "(?:\\s+[\\w'-]+){0,4}?\\s+";
const RELATIVE =
  '(?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|child|kid|baby|grandma|grandmother|nan|gran|grandad|grandfather|uncle|aunt|spouse|fianc[eé]e?|boyfriend|girlfriend)';

/** Things, not people, that "die" in borrowers' messages. */
const THINGS_THAT_DIE = '(?:phone|battery|laptop|mobile|car|bike|scooter|engine|tv|fridge|charger)';
/** "my phone died": the classifier learned "died" as bereavement, so it may not say so on these words alone. */
export const NOT_A_PERSON_DIED = new RegExp(`\\b${THINGS_THAT_DIE}\\s+(?:has\\s+|had\\s+|just\\s+)?died\\b`);

export const REASON_CUES: Record<SpecificReason, RegExp[]> = {
  unemployment: [
    g('\\b(?:lost|lose|losing|loose)\\s+(?:my|his|her|our|their|the|a)?\\s*(?:job|jobs|work|employment|position)\\b'),
    g('\\blaid\\s+(?:off|of)\\b|\\blay\\s?-?offs?\\b|\\blayoffs?\\b'),
    g('\\bredundan(?:t|cy|cies)\\b|\\bredundent\\b|\\bretrenched\\b'),
    g('\\b(?:fired|sacked|got the sack|dismissed|terminated)\\b|\\blet\\s+(?:me|him|her|us|them)?\\s*go\\b'),
    g(
      "\\b(?:unemployed|jobless|out of work|between jobs|no (?:job|work)(?! coming)|no longer (?:employed|have a job|working)|not working|job ?hunting|looking for (?:a )?(?:new )?(?:work|job)|can'?t find (?:a )?(?:job|work)|jobseekers?|no more job|work is finish)",
    ),
    g('\\bcontract\\s+(?:was\\s+|got\\s+)?(?:terminated|ended|finished)\\b'),
    // Indian and Malaysian English, Hinglish and Malay.
    g(
      '\\b(?:naukri|job|kaam)\\s+(?:chali|chhoot|chhut|chala|gaya|gayi|gai|nahi hai|nahi raha|khatam)\\b|\\bkena buang kerja\\b|\\b(?:hilang|berhenti|tiada) kerja\\b|\\bcompany (?:closed|shut)\\b|\\bsitting (?:at|in) home\\b',
    ),
  ],
  income_reduction: [
    g('\\b(?:hours?|hrs|shifts?)\\s+(?:got\\s+|were\\s+|was\\s+|have been\\s+|been\\s+|are\\s+|is\\s+)?(?:cut|cutt|reduced|slashed|halved|down)\\b'),
    g(
      "\\b(?:cut|cutt|reduced|slashed|halved|lowered)\\s+(?:my|our|his|her|the|everyone'?s?|everyones|all our)?\\s*(?:own\\s+)?(?:pay|salary|wages?|hours|shifts|income)\\b",
    ),
    g('\\b(?:less|fewer|reduced|short)\\s+(?:hours|hrs|shifts|work|pay|money|time working)\\b|\\bnot as many hours\\b|\\bnot getting as much work\\b'),
    g(
      `(?<!disability )\\b(?:pay|salary|wages?|income|earnings|commission|tips|bonus|overtime|benefits?|universal credit)${GAP}(?:cut|cutt|reduced|slashed|down|dropped|fell|decreased|dried up|stopped|cancell?ed|lower|went from)\\b`,
    ),
    g('\\b(?:pay|salary|wage)\\s+cut\\b|\\bcut in (?:pay|salary|wages)\\b|\\bhalf pay\\b|\\bpart[- ]?time\\b|\\bfurlough(?:ed)?\\b|\\bzero hours?\\b'),
    g(
      '\\b(?:earn|earning|make|making)\\s+(?:much\\s+|a lot\\s+|way\\s+)?less\\b|\\b(?:only|just)\\s+(?:getting|working)\\s+\\d+\\s+days\\b|\\bwork is (?:slow|quiet)\\b|\\bretired\\b|\\blost\\s+(?:his|her|half (?:of )?(?:our|my|his|her))\\s+income\\b|\\bnow instead of\\b',
    ),
    g(
      '\\b(?:salary|salery|sallary|pay|payment|wages?|tankhwah|tankha|gaji)\\s+(?:nahi|nhi|not|tak|tidak|belum|never)\\s+(?:aaya|aayi|aya|mila|mili|came|come|coming|credited|received|paid|masuk|dapat)\\b|\\b(?:without|no|pending|delayed|late|stuck)\\s+(?:salary|salery|pay|wages|gaji)\\b|\\b(?:salary|pay|gaji)\\s+(?:delayed|late|pending|stuck|on hold|lambat|dipotong)\\b|\\b(?:income|salary|kamai|kamaai|aamdani)\\s+(?:kam|half|aadhi)\\b|\\bearlier\\b.{0,30}\\bnow\\b|\\bnow\\b.{0,30}\\bearlier\\b|\\bmaternity leave\\b|\\bstatutory (?:pay|maternity)\\b|\\b(?:stopped|stop) paying (?:his|her|their) (?:share|part)\\b',
    ),
  ],
  illness: [
    g(
      '\\b(?:sick(?! of)|sik|ill|illness|sickness|unwell|not well|poorly|hospitali[sz]ed|hospital|surgery|operation|an op|cancer|chemo\\w*|stroke|heart attack|(?<!due to )covid(?! cutbacks| restrictions| lockdown)|diagnosed|dialysis|kidney failure|dementia|leuka?emia|tumou?r|depression|depressed|anxiety|(?<!relationship )breakdown|mental health|bipolar|medical|doctor|bed rest|pregnancy complications|health problems?|on medication)\\b',
    ),
    g('\\bbroke my (?:leg|arm|wrist|ankle|hip|back)\\b|\\bbad back\\b'),
    g('\\baccident\\b|\\b(?:bimar|beemar|bimaar)\\w*|\\b(?:sakit|masuk hospital)\\b|\\bhospital mein\\b'),
  ],
  disability: [
    g(
      "\\b(?:disabled|disability|wheelchair|paraly[sz]ed|blind|deaf|amputation|amputee|lost my sight|autism|autistic|multiple sclerosis|ms|injury|injured|can'?t walk)\\b",
    ),
  ],
  death: [
    // A phone, battery or engine that died is no bereavement.
    g(`\\b(?:passed away|(?<!${THINGS_THAT_DIE} )died|die|death|funeral|bereave\\w*|widow\\w*|grieving|grief)\\b`),
    g(`\\b${RELATIVE}\\s+(?:has\\s+|had\\s+)?passed\\b|\\blost my ${RELATIVE}\\b`),
    g(
      `\\b${RELATIVE}\\s+(?:has\\s+|had\\s+)?expired\\b|\\blost (?:our|my|his|her) (?:dad|father|mum|mom|mother|son|daughter|husband|wife|papa|mummy|brother|sister)\\b|\\b(?:guzar gaye|guzar gayi|nahi rahe|meninggal|passed on)\\b|\\b(?:papa|mummy|father|mother|pitaji|mataji)\\s+(?:ki|ka)\\s+(?:death|maut|dehant)\\b`,
    ),
  ],
  divorce_separation: [
    g('\\b(?:divorc\\w*|separated|separation|split up|split with|broke up|break ?up|walked out|child support|maintenance|relationship breakdown)\\b'),
    g(`\\b(?:marriage|relationship)\\s+(?:ended|fell apart|broke down|is over)\\b|\\b${RELATIVE}\\s+(?:left|walked out)\\b|\\b(?:he|she) left me\\b`),
    g('\\bex[- ]?(?:wife|husband|partner)\\b|\\b(?:talaq|talak|bercerai|cerai)\\b'),
  ],
  disaster: [
    g('\\b(?:flood\\w*|fire|fires|wildfires?|bushfires?|storm|hurricane|typhoon|tornado|earthquake|cyclone|landslide|tsunami|natural disaster)\\b'),
    g(
      '\\bcrops?(?:\\s+\\w+){0,3}?\\s+(?:failed|failure|destroyed|damaged|ruined|lost|washed away)\\b|\\b(?:crop|harvest)\\s+(?:loss|failure)\\b|\\bfasal\\s+(?:kharab|barbaad|nasht)\\b|\\bdrought\\b|\\bno rain\\b|\\bbanjir\\b|\\bbaadh\\b',
    ),
  ],
  business_failure: [
    g(
      `\\b(?:business|shop|restaurant|cafe|salon|store|firm|my (?:own )?company)${GAP}(?:went bust|bust|closed|failed|failing|collapsed|went under|going under|went bankrupt|bankrupt|insolvent|into liquidation|into administration|folded|stopped making sales|can'?t survive|is slow|is struggling)\\b`,
    ),
    g(
      '\\bhad to (?:close|shut)\\s+(?:down\\s+)?(?:my|the|our)\\s+(?:shop|business|salon|restaurant|cafe|store)\\b|\\bself[- ]?employed\\b|\\bno (?:clients|customers)\\b|\\blost my (?:biggest )?client\\b|\\bwork dried up\\b',
    ),
    g(
      '\\b(?:dhanda|dhandha|business|bisnes|kedai)(?:\\s+\\w+){0,2}?\\s+(?:band|manda|thanda|down|slow|tutup|loss)\\b|\\bloss ho (?:gaya|gayi)\\b|\\bno (?:sales|orders|bookings)\\b',
    ),
  ],
  increased_expenses: [
    g(
      `\\b(?:rent|bills?|costs?|prices?|mortgage|interest|premiums|fees|council tax|childcare|expenses)${GAP}(?:went up|gone up|going up|goes up|increased|rose|risen|doubled|tripled|through the roof|huge|crazy|massive|went crazy|piling up)\\b`,
    ),
    g(
      '\\b(?:rent|bills?|costs?|prices?|mortgage|interest|premiums|fees)\\s+(?:went up|gone up|going up|increased|rose|doubled)\\b|\\b(?:increased|raised|put up)\\s+(?:the\\s+|my\\s+|our\\s+)?(?:rent|prices?|bills?)\\b|\\brent is now\\b',
    ),
    g(
      '\\b(?:cost of living|everything costs more|unexpected (?:bills?|expenses?|costs?)|medical bills|vet bill|repairs?|broke down|new boiler|school fees|nursery fees|childcare costs|new baby|food prices)\\b|\\b(?:pay|paid|cover|covered)\\s+(?:for\\s+)?(?:a|the)\\s+(?:new\\s+)?(?:boiler|funeral|roof|repairs?)\\b',
    ),
    g(
      '\\b(?:kharcha|kharche|kharchaa|expenses?|belanja)(?:\\s+\\w+){0,2}?\\s+(?:badh|bad|zyada|jyada|naik|bertambah)\\w*|\\bmehangai\\b|\\bkos sara hidup\\b|\\bhospital bills?\\b',
    ),
  ],
  relocation: [
    g('\\b(?:relocat\\w*|had to move|moving (?:house|home|costs?)|evicted|eviction|job transfer|transferred)\\b'),
    g(
      '\\bmoved\\s+(?:back|abroad|house|cities|country|to (?:another|a new|the other))\\b|\\bmove (?:abroad|cities|country)\\b|\\bhad to leave my (?:flat|house|home|apartment)\\b',
    ),
  ],
  military_service: [
    g(
      '\\b(?:deployed|deployment|military|army|navy|air force|marines|soldier|reservist|mobili[sz]ed|active duty|national service|called up|stationed|enlisted|armed forces)\\b',
    ),
  ],
  incarceration: [g('\\b(?:prison|jail|gaol|locked up|incarcerated|custody|serving (?:a )?(?:sentence|time)|behind bars|on remand)\\b')],
};

/** Money trouble stated without a cause: the reason becomes `other`. */
export const HARDSHIP_CUES: RegExp[] = [
  g(
    '\\b(?:struggl\\w*|hard time|tight|behind (?:on|with)|fell behind|skint|hardship|drowning|scammed|gambling|debts?|owe|tough|difficult\\w*|blip|temporary problem)\\b',
  ),
  g(
    "\\b(?:paisa|paise) (?:nahi|nhi)\\b|\\b(?:pareshan\\w*|mushkil|susah|tak cukup|duit tak cukup)\\b|\\bno (?:income|salary)\\b|\\bnot enough (?:money|income)\\b|\\bbroke\\b(?! (?:up|down|my|his|her))|\\bcan'?t (?:afford|pay|keep up)|\\bcannot (?:afford|pay)|\\bunable to pay|\\bmoney problems?\\b|\\bfinancial\\w*|\\bno money\\b",
  ),
];
