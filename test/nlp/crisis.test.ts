import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../nlp/crisis';
import { normalize } from '../../nlp/text';

const level = (text: string) => detectCrisis(normalize(text));

// Written as a set of their own, by style, before the patterns were widened: the shapes people use
// (hopelessness, burden, plans, means, goodbyes), not one phrasing each.
const CRISIS: Record<string, string[]> = {
  'reported in issue 14': [
    "sometimes I think everyone would be better off if I wasn't here",
    "I've been saving up my sleeping pills",
    "I've written letters to my kids just in case",
    'Jeene ka mann nahi karta ab',
    'thinking to jump from the building lah',
  ],
  'indirect English': [
    'my family would be better off without me around',
    "I'm just a burden to everyone now",
    "honestly I don't see a way out of this except ending things",
    "I won't be around much longer to pay it anyway",
    'I have started giving away my things',
    "there's no way out, i am tired of living",
    'I just want to go to sleep and never wake up',
    'nobody would even notice if I was gone',
    'I bought rope yesterday',
    'i have been looking at the train tracks near my house a lot',
    'this is my goodbye, tell my wife sorry',
    "I can't take it anymore, I want it all to stop",
    'life is not worth it anymore',
    'I feel like giving up on everything, even living',
    'I want to disappear and never come back',
    "I've been planning how to do it",
    'i have nothing left to live for',
    "I don't want to exist anymore",
  ],
  'Indian English': [
    'sir i am thinking of finishing myself',
    'madam please, i will do something to myself',
    'i will drink poison, no other option',
    'i am thinking of suicide only now',
    'better i die than face the recovery agents',
    'i will hang myself if they come home again',
    'no option left other than to end my life',
  ],
  Hinglish: [
    'main mar jaunga',
    'mujhe marna hai',
    'mar jana chahta hoon',
    'zindagi se tang aa gaya hoon, khatam kar dunga sab',
    'ab jeena nahi hai',
    'suicide kar lunga',
    'sab khatam kar dunga apne aap ko',
    'jaan de dunga',
    'mere bina sab better rahenge',
    'zeher kha lunga',
    'fansi laga lunga',
  ],
  Hindi: ['मैं मर जाना चाहता हूँ', 'अब जीने का मन नहीं करता', 'मैं आत्महत्या कर लूँगा', 'ज़िंदगी खत्म कर दूँगा'],
  'Malay and Manglish': [
    'saya nak bunuh diri',
    'rasa nak mati je',
    'tak nak hidup lagi',
    'i want to bunuh diri lah',
    'better i die lah, cannot tahan already',
    'penat hidup, nak mati',
  ],
};

const NOT_CRISIS = [
  'I will end it by paying in full',
  'my phone died so I missed your message',
  'dead tired after a double shift',
  'I am killing it at work, just need one more month',
  'this traffic is killing me',
  'i want to end this loan early',
  'can we end the standing instruction',
  'my father died last month and I had the funeral costs',
  'our cow died so milk income stopped',
  'the battery is dead',
  'I lost my job and cannot pay',
  'please stop the calls, I will pay next month',
  'I have no option but to ask for more time',
  'salary nahi aaya 2 months se',
  'kharcha badh gaya hai',
  'gaji lambat sebulan',
  'I could die laughing at this letter',
  "I'm dying to get this sorted",
  'the business is dead since the lockdown',
  'my husband passed away',
  'I am giving away my old car to pay the loan',
  'I jumped at the chance to get a new job',
  'mar gaya mera phone',
  'I am ready to end the arrangement',
];

// Ambiguous distress: a gentle "are you safe?" rather than the crisis hand-over. Written in a pass of
// their own, after the rules and without looking at them, the way borrowers put it.
const CONCERN: Record<string, string[]> = {
  English: [
    "honestly I just can't cope with any of this any more",
    'the stress of these loans is slowly killing me',
    "i'm exhausted with it all",
    'whats even the point anymore',
    'I feel completely hopeless about everything',
    "I don't know how much longer I can keep going like this",
    'everything is falling apart around me',
    'i am at breaking point with all these calls',
    'I feel like giving up',
    "there's no way out for me",
  ],
  'Indian English': [
    'sir tension of this EMI is killing me',
    'madam i am totally finished, no hope left',
    'my life is ruined because of this loan',
    'cannot handle this pressure anymore sir',
  ],
  Hinglish: [
    'ab mujhse nahi hota yaar',
    'sab kuch barbaad ho gaya mera',
    'koi umeed nahi bachi ab',
    'ye loan ki tension maar degi mujhe',
    'bahut thak gaya hoon sab se',
  ],
  Hindi: ['अब मुझसे और नहीं होता', 'मेरा सब कुछ बर्बाद हो गया', 'कोई रास्ता नहीं दिख रहा', 'ये कर्ज़ मुझे मार डालेगा'],
  'Malay and Manglish': [
    'saya dah tak larat nak hadap semua ni',
    'rasa putus asa sangat',
    'hidup saya dah hancur',
    'penat dengan semua benda ni',
    'tak tahan lagi dengan hutang ni',
    'apa gunanya lagi',
  ],
};

// Look-alikes of the concern cues that are only figures of speech, plain questions or hardship facts.
const NOT_CONCERN = [
  'this heat is killing me',
  'my feet are killing me after the shift',
  "I'm finished with the form, what next?",
  "can't do this payment till the 5th",
  "I'm not giving up, just need time",
  "there's no hope of me paying before friday",
  "what's the point of the reference number?",
  'I can cope if you give me two months',
  'my business is finished because of the lockdown',
  'mera phone ka balance khatam ho gaya',
  'is plan ka kya fayda hai',
  'saya tak sanggup bayar penuh bulan ni',
  'apa guna nombor rujukan ni?',
];

describe('crisis detection', () => {
  for (const [style, messages] of Object.entries(CRISIS)) {
    it(`recognises a clear crisis in ${style}`, () => {
      expect(messages.filter((m) => level(m) !== 'crisis')).toEqual([]);
    });
  }

  for (const [style, messages] of Object.entries(CONCERN)) {
    it(`reads ambiguous distress in ${style} as a concern, not a crisis`, () => {
      expect(messages.filter((m) => level(m) !== 'concern')).toEqual([]);
    });
  }

  it('does not fire on hardship stories and figures of speech', () => {
    expect(NOT_CRISIS.filter((m) => level(m) !== 'none')).toEqual([]);
    expect(NOT_CONCERN.filter((m) => level(m) !== 'none')).toEqual([]);
  });

  it('lets a clear crisis win when a message also says something ambiguous', () => {
    expect(level("this debt is killing me and I've been saving up pills")).toBe('crisis');
    expect(level('sab khatam ho gaya, ab jeena nahi hai')).toBe('crisis');
  });

  it('reads a message typed with a typographic apostrophe the same way', () => {
    expect(level('I don\u2019t want to be here anymore')).toBe('crisis');
    expect(level('I can\u2019t handle this any more')).toBe('concern');
  });
});
