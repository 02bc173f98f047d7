import { describe, expect, it } from 'vitest';
import { detectIntent } from '../../nlp/intent';
import { normalize } from '../../nlp/text';

const intentOf = (text: string) => detectIntent(normalize(text));

// Commands by kind, the way each style writes them: summoning a person, chat spellings, reversed word order, starting
// over, wrong number, a paid or settled loan said plainly, an amount denied, complaints and threats.
const CASES: Record<string, Record<string, string[]>> = {
  human: {
    hinglish: ['manager bulao', 'apne supervisor ko bulaiye', 'koi insaan hai kya', 'koi hai kya yahan', 'kisi senior ko bulao yaar'],
    whatsapp: ['agnt plz', 'hooman pls', 'talk to agnt', 'mngr now'],
    manglish: ['nak cakap dgn org', 'ada orang tak', 'boleh sambung dgn staff', 'ada ejen betul ke'],
    hi: ['कोई इंसान है क्या', 'मैनेजर को बुलाओ', 'किसी अधिकारी को बुलाइए'],
  },
  opt_out: {
    whatsapp: ['no more msgs', 'no more sms pls', 'stop sending me these', 'stop sending reminders pls'],
    hinglish: ['mat bhejo message', 'aur msg mat bhejo', 'msg bhejna band karo', 'whatsapp karna band kar do'],
  },
  restart: {
    hinglish: ['shuru se karo', 'shuru se', 'sab dobara karte hain', 'phir se sab karo'],
    'en-IN': ['start from zero', 'can we start from 0'],
  },
  dispute: {
    'en-IN': ['not my number', 'this number is not mine', 'payment done', 'payment done already sir', 'I paid it on the 5th already', 'i paid it'],
    hinglish: [
      'yeh mera number nahi hai',
      'settle ho gaya',
      'loan band ho chuka hai',
      'maine pay kar diya',
      'bhar diya hai',
      'itna nahi hai mera',
      'amount zyada dikha rahe ho',
    ],
    hi: ['यह मेरा नंबर नहीं है', 'भुगतान कर दिया है', 'मैंने पेमेंट कर दी है', 'बकाया गलत है', 'ब्याज ज्यादा लगाया है'],
    manglish: ['bukan nombor saya', 'dah bayar dah', 'sudah settle bulan lepas'],
  },
  complaint: {
    hinglish: ['shikayat karni hai', 'aapke agent dhamki dete hain', 'aapke aadmi ne gaali di', 'bahut badtameezi ki aapke caller ne'],
    hi: ['मुझे शिकायत दर्ज करनी है', 'धमकी दे रहे हैं आपके लोग', 'आपके एजेंट ने गाली दी'],
    manglish: ['nak buat aduan', 'saya nak mengadu', 'ejen awak ugut saya', 'staff korang kurang ajar'],
  },
};

// Hardship stories and answers that share words with those commands.
const NONE = [
  'form bhar diya',
  'maine last month pay kar diya tha par is baar nahi ho payega',
  'maine 6 mahine tak emi bhar diya, phir naukri chali gayi',
  'मैंने 6 महीने ईएमआई भर दी, फिर नौकरी चली गई',
  'I paid the EMI regularly for 2 years until I lost my job',
  'itna nahi hai mere paas',
  'i paid rent and now nothing left',
  'my number changed recently',
  'manager ne salary kaat di',
  'bos saya potong gaji',
  'no more money left',
  'shuru mein sab theek tha',
  'dah bayar sewa, tak cukup untuk loan',
  'my shop close ho gaya',
  'dukaan band ho gayi',
  'koi option hai kya',
  'mujhe koi shikayat nahi hai bas time chahiye',
  'meri gali mein paani bhar gaya',
];

describe('commands by kind and style', () => {
  for (const [intent, styles] of Object.entries(CASES))
    for (const [style, messages] of Object.entries(styles))
      it(`recognises ${intent} written ${style}`, () => {
        expect(messages.filter((m) => intentOf(m) !== intent)).toEqual([]);
      });

  it('finds no command in stories that share their words', () => {
    expect(NONE.filter((m) => intentOf(m) !== 'none')).toEqual([]);
  });
});
