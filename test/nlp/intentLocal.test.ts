import { describe, expect, it } from 'vitest';
import { detectIntent } from '../../nlp/intent';
import { normalize } from '../../nlp/text';

const intentOf = (text: string) => detectIntent(normalize(text));

// Each command kind in Hindi (Devanagari), Hinglish, Malay/Manglish and Indian English office idiom.
const CASES: Record<string, string[]> = {
  human: [
    'मैनेजर से बात करवाइए',
    'किसी अधिकारी से बात करनी है',
    'mujhe kisi asli insaan se baat karni hai',
    'manager se connect karo',
    'agent chahiye abhi',
    'boleh saya bercakap dengan pegawai',
    'sambungkan saya kepada ejen',
    'tolong call saya balik',
    'please connect me to the concerned person',
    'kindly give me a call',
  ],
  opt_out: [
    'मुझे मैसेज मत भेजो',
    'कॉल मत करो',
    'परेशान मत करो',
    'ab message band karo',
    'call karna band karo',
    'jgn kacau saya lagi',
    'berhenti hantar mesej',
    'tak nak terima mesej dah',
    'kindly stop disturbing me',
  ],
  restart: ['फिर से शुरू करो', 'dobara shuru karte hain', 'mula dari awal', 'ulang semula boleh?', 'can we begin afresh'],
  help: ['मदद चाहिए', 'समझ नहीं आया', 'madad chahiye', 'kya karna hai ab?', 'tolong', 'saya tak faham', 'apa saya perlu buat', 'what is the procedure'],
  dispute: [
    'गलत नंबर है',
    'मैंने पहले ही भर दिया',
    'मैंने कोई लोन नहीं लिया',
    'galat number hai bhai',
    'pehle hi bhar diya tha',
    'maine koi loan nahi liya',
    'silap nombor ni',
    'sudah langsai bulan lepas',
    'bukan hutang saya',
    'jumlah tu salah',
    'loan is already closed, I have the NOC',
  ],
  leave_queue: ['एजेंट नहीं चाहिए', 'tak payah agent lah', 'rehne do, call nahi chahiye'],
};

// Hardship facts and answers that share a word with a command.
const NONE = [
  'naukri chali gayi, paise nahi hai',
  'नौकरी चली गई है',
  'saya kena buang kerja',
  'gaji tak masuk lagi bulan ni',
  'kharcha badh gaya hai',
  'I made the payment for May but cannot pay June',
  'my shop is closed since the floods',
  'my husband is abusive and takes my salary',
];

describe('commands in Hindi, Hinglish and Malay', () => {
  for (const [intent, messages] of Object.entries(CASES)) {
    it(`recognises ${intent}`, () => {
      expect(messages.filter((m) => intentOf(m) !== intent)).toEqual([]);
    });
  }

  it('finds no command in a hardship story', () => {
    expect(NONE.filter((m) => intentOf(m) !== 'none')).toEqual([]);
  });

  it('takes abuse by our agents as a complaint', () => {
    expect(intentOf('your recovery agents threatened me')).toBe('complaint');
  });

  it('keeps the priority: stop outranks asking for a call', () => {
    expect(intentOf('mujhe call mat karo')).toBe('opt_out');
    expect(intentOf('jangan call saya')).toBe('opt_out');
  });
});
