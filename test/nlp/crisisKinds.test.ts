import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../nlp/crisis';
import { foldDevanagari, normalize } from '../../nlp/text';

const level = (text: string) => detectCrisis(normalize(text));

// One kind per block, several languages each: a phrasing nobody has quoted yet must still be caught.
const CRISIS_BY_KIND: Record<string, string[]> = {
  'wanting to die or not to exist': [
    'i honestly wish i was never born',
    'some nights i pray i dont wake up',
    'ready to die at this point',
    'i would rather be dead than keep begging',
    'ab zinda nahi rehna mujhe',
    'jeene ki koi wajah nahi bachi',
    'मौत चाहिए बस अब',
    'जिंदा नहीं रहना मुझे',
    'sy dah tak nak hidup',
    'rasa macam nak mati je',
    'i just want to sleep forever',
  ],
  burden: [
    "I've become a burden on my kids",
    'they will be happier without me',
    'main sab pe bojh ban gaya hoon',
    'mere bina ghar wale sukhi rahenge',
    'मैं बोझ बन गया हूँ सब पर',
    'saya cuma beban kepada keluarga',
    'family lebih senang tanpa saya',
  ],
  'plans and means': [
    'i have kept pesticide in the shed for myself',
    'drinking the weedkiller tonight',
    'stocking up paracetamol',
    'will take all the tablets in the cupboard',
    "there's a rope tied to the ceiling fan",
    'standing on the railway track right now',
    'going to jump off the 10th floor',
    'keetnashak pee lunga',
    'neend ki goliyan jama kar li hain',
    'pankhe se latak jaunga',
    'chhat se kood jaunga',
    'train ke aage kood jaunga',
    'पटरी पर लेट जाऊंगा',
    'कीटनाशक पी लूंगा',
    'छत से कूद जाऊंगा',
    'nak terjun bangunan',
    'nak minum racun rumput',
    'i want to gantung diri',
  ],
  goodbyes: [
    'wrote my final letter tonight',
    'gave away my clothes and books to my brother',
    'this is my last message to everyone',
    'please take care of my kids when im gone',
    'sabko alvida',
    'hamesha ke liye so jaunga',
    'ye mera aakhri message hai',
    'सबको अलविदा',
    'selamat tinggal semua',
    'saya nak pergi selamanya',
  ],
  'ending one’s life': [
    'thinking of ending my life this week',
    'i might off myself',
    'apni jaan le lungi',
    'khud ko khatam kar dunga',
    'khudkushi kar lunga',
    'अपनी जान ले लूंगा',
    'nak tamatkan hidup',
  ],
  'terse and misspelt': [
    'wnt to die',
    'i want die',
    'i wanna b dead',
    'death is the only way out',
    'dying seems like the only option left',
    'marjaungi main',
    'ab jeene ka koi matlab nahi',
    'better i mati lah',
    'biar aku mampus je',
  ],
  'asking god to take them': [
    'i pray for death every night',
    'god please take me',
    'bhagwan mujhe utha le',
    'upar wala utha le mujhe bas',
    'भगवान मुझे उठा ले',
    'ya allah ambil nyawa saya',
  ],
  'pills, cutting and searching for a way': [
    'swallowed all my pills an hour ago',
    'popped a whole strip of sleeping tablets',
    'took 30 paracetamol',
    'i cut myself again last night',
    'been cutting again since the calls started',
    'googled how many pills it takes',
    'looking up painless ways to go',
  ],
  'burden and goodbyes in other words': [
    'everyone would be happier if i wasnt here',
    'it would be easier for all if i just disappeared',
    "tell my mum i'm sorry for everything",
    'please take care of my kids for me',
    'mere jaane ke baad bachon ka khayal rakhna',
    'mere marne ke baad insurance se loan bhar dena',
    'saya dah tulis surat untuk anak-anak',
    'lebih baik saya tiada',
    'thinking to terjun from my flat',
    'i wont be a burden to anyone much longer',
  ],
  'buried in a long story': [
    'lost my job in march, the emi bounced twice, my wife went to her parents. i just want to end it. anyway what is the amount',
    'salary nahi aaya 3 mahine se, this is my last message, ghar wale pareshan hain',
    'the recovery agents came to my house again and i cant go on. my kids saw everything',
    'gaji tak masuk dua bulan, tak nak bangun lagi, tolong jangan call',
  ],
};

// Figures of speech and hardship stories that share a word with a crisis form.
const NOT_CRISIS = [
  'I hurt myself at work and cannot lift anything',
  'this loan took my life savings',
  'i want to end my life insurance policy',
  "I don't want to live in Pune any more",
  'I will not be here next month, moving to Chennai',
  'we bought pesticide on credit and the crop failed',
  'did you get my last message?',
  'I was going to the train station when you called',
  'papa ne duniya chhod di pichle mahine',
  'ghar mein kharche ka bojh badh gaya',
  'mere bina ghar mein koi kamane wala nahi',
  'main loan ke phande mein phas gayi',
  'ye last baat hai, 5000 de sakta hoon',
  'zindagi bhar ki kamai khatam kar di is loan ne',
  'ayah saya dah tak hidup lagi',
  'ayah pergi selamanya bulan lepas',
  'mesej terakhir awak saya tak faham',
  'I jumped at the offer',
  'the deadline is killing it',
  'EMI ka bojh hai',
  'कर्ज़ का फंदा',
  'पापा गुजर गए',
  'I will end it by paying in full',
  'cut myself while chopping onions, hand is bandaged',
  'been cutting back on everything, even milk',
  'my BP pills cost 2000 a month',
  'god knows how i will pay this',
  'mere jaane ke baad office band ho jata hai',
  'this was my last message about the bank details',
  'dying to get this loan closed',
  'I would never hurt myself, I have kids',
  'lebih baik saya tiada hutang langsung',
  'it would be better if i was there to sign',
  'god please take me off this list',
  'i wont die without paying you back',
  'mati kutu dah saya, tak tahu nak buat apa',
];

// A crisis phrase under a negator is still asked about, not ignored.
const NEGATED = ["don't worry, I'm not going to kill myself", 'i am not suicidal', 'main khudkushi nahi karunga, bas time chahiye'];

const CONCERN = [
  'sorry for everything, i tried my best',
  "can't live like this any more",
  'nobody would even miss me',
  'I cant go on like this',
  'i feel so worthless',
  'himmat nahi bachi',
  'हिम्मत नहीं बची',
  'rasa tak berguna',
];

describe('crisis detection by kind', () => {
  for (const [kind, messages] of Object.entries(CRISIS_BY_KIND)) {
    it(`recognises ${kind} in every language`, () => {
      expect(messages.filter((m) => level(m) !== 'crisis')).toEqual([]);
    });
  }

  it('leaves hardship stories and figures of speech alone', () => {
    expect(NOT_CRISIS.filter((m) => level(m) === 'crisis')).toEqual([]);
  });

  it('asks the safety check, not the crisis hand-over, when the borrower says they will not harm themselves', () => {
    expect(NEGATED.filter((m) => level(m) !== 'concern')).toEqual([]);
  });

  it('asks the safety check for ambiguous despair', () => {
    expect(CONCERN.filter((m) => level(m) !== 'concern')).toEqual([]);
  });
});

describe('Devanagari folding', () => {
  const precomposed = '\u095b\u0939\u0930 \u0916\u093e \u0932\u0942\u0902\u0917\u093e'; // ज़ as one code point
  const decomposed = '\u091c\u093c\u0939\u0930 \u0916\u093e \u0932\u0942\u0902\u0917\u093e'; // ज + nukta
  const plain = '\u091c\u0939\u0930 \u0916\u093e \u0932\u0942\u0901\u0917\u093e'; // no nukta, chandrabindu

  it('reads precomposed, decomposed and nukta-less spellings the same', () => {
    expect(foldDevanagari(precomposed)).toBe(foldDevanagari(decomposed));
    expect(foldDevanagari(decomposed)).toBe(foldDevanagari(plain));
    for (const text of [precomposed, decomposed, plain]) expect(level(text)).toBe('crisis');
  });

  it('ignores zero-width joiners inside words', () => {
    expect(level('आत्म\u200dहत्या कर लूंगा')).toBe('crisis');
    expect(level('मर\u200c जाना चाहता हूँ')).toBe('crisis');
  });

  it('reads Devanagari digits as ASCII and leaves Latin text untouched', () => {
    expect(foldDevanagari('₹१२,०००')).toBe('₹12,000');
    expect(foldDevanagari('naïve café')).toBe('naïve café');
  });
});
