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

// A third pass by kind: customer care, contact and data removal, "naye sire se", "what to do now" alone, a loan denied
// in another word order, identity taken, excess charges, agents calling family or the office, leaving the queue.
const MORE: Record<string, string[]> = {
  human: [
    'एजेंट से बात कराओ',
    'कस्टमर केयर से बात करनी है',
    'आपके किसी कर्मचारी से जोड़ दीजिए',
    'customer care ka number do',
    'real banda chahiye',
    'phone pe baat karo',
    'put me on call with someone',
    'ada sesiapa tak',
    'baat karwao',
    'kisi real bande se connect karo please',
    'is there an actual human I can speak to',
    'get me an advisor',
    'manager bulao, bot se baat nahi karni',
  ],
  opt_out: [
    'मुझसे संपर्क मत करो',
    'मुझे दोबारा संपर्क मत करना',
    'मेरा नंबर हटा दो',
    'अब और मैसेज नहीं चाहिए',
    'number hata do list se',
    'I dont want any communication',
    'no further communication please',
    'keluarkan nombor saya',
    'saya tak nak dihubungi lagi',
    "don't send me these messages",
  ],
  restart: [
    'शुरुआत से करो',
    'नए सिरे से शुरू करें',
    'सब दोबारा करो',
    'naye sire se karo',
    'lets start once again',
    'start from first',
    'I entered wrong details, please restart',
  ],
  help: [
    'क्या करूँ',
    'यह कैसे काम करता है',
    'मेरे पास क्या विकल्प हैं',
    'kya karu ab',
    'kaise karna hai',
    'options kya hain',
    'what to do now?',
    'please guide me',
    'i am not getting what to do',
    'apa pilihan saya',
    'tolong terangkan',
    'what all options do I have',
    '?? what do i do',
    'samajh nahi aaya, kya likhna hai',
  ],
  dispute: [
    'यह लोन मेरा नहीं है',
    'मेरा इस लोन से कोई लेना-देना नहीं',
    'मैं वह व्यक्ति नहीं हूँ',
    'लोन बंद हो चुका है',
    'किसी ने मेरे नाम पर लोन लिया है',
    'आपने गलत राशि बताई है',
    'ye loan maine nahi liya',
    'main wo insaan nahi hoon',
    'galat amount',
    'byaj galat lagaya hai',
    'maine already payment kar diya hai',
    'i have done full and final settlement',
    'excess amount charged',
    'you charged me extra interest',
    'outstanding shown is wrong, I paid 2 EMIs extra',
    'paid yday',
    'ni bukan saya',
    'caj tu tak betul',
  ],
  complaint: [
    'आपके एजेंट अभद्र भाषा बोलते हैं',
    'यह उत्पीड़न है',
    'आरबीआई लोकपाल के पास जाऊँगा',
    'aapke recovery wale gunde hain',
    'ghar pe aake dhamkaya',
    'your agent misbehaved with my wife',
    'your people are calling my relatives',
    'why are you messaging my office colleagues',
    'korang malukan saya depan jiran',
    'ejen korang kacau keluarga saya',
  ],
  leave_queue: [
    'कोई बात नहीं, बॉट से ही कर लूँगा',
    'कतार से मेरा नाम हटा दीजिए',
    'queue se hata do, baad mein baat karunga',
    'remove me from queue, I will call later',
    'cancel wait',
    "I don't want to wait for the agent, I will call later",
    'wait nahi karna, cancel karo',
    'tak nak tunggu lagi, batal',
    'forget it, take me out of the queue',
  ],
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
  'mere paas koi vikalp nahi',
  'मेरे पास कोई विकल्प नहीं बचा',
  'my relatives are helping me pay',
  'can I do full and final settlement?',
  'i am not getting salary since 2 months',
  'what to do, salary cut ho gaya',
  'kya karu naukri chali gayi',
  'मेरा लोन चुकता करने में समय लगेगा',
  'start from next month I will pay',
  'I will restart paying from next month',
  'maa guzar gayi, kuch samajh nahi aa raha',
  'बेटे का स्वर्गवास हो गया, कुछ समझ नहीं आ रहा',
  'bank froze my account due to some dispute, cannot pay from it',
  'maine police mein fraud ki complaint ki hai',
  'complaint nahi karni bhai, aapka agent theek tha',
  'I am not complaining, just need time',
  'manager roz gaali deta tha isliye naukri chhodi',
  'I have been calling my relatives for help',
];

describe('commands by kind and style', () => {
  for (const [intent, styles] of Object.entries(CASES))
    for (const [style, messages] of Object.entries(styles))
      it(`recognises ${intent} written ${style}`, () => {
        expect(messages.filter((m) => intentOf(m) !== intent)).toEqual([]);
      });

  for (const [intent, messages] of Object.entries(MORE))
    it(`recognises ${intent} by its other kinds`, () => {
      expect(messages.filter((m) => intentOf(m) !== intent)).toEqual([]);
    });

  it('finds no command in stories that share their words', () => {
    expect(NONE.filter((m) => intentOf(m) !== 'none')).toEqual([]);
  });
});
