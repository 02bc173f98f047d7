import { describe, expect, it } from 'vitest';
import { detectIntent } from '../../nlp/intent';
import { normalize } from '../../nlp/text';

const intentOf = (text: string) => detectIntent(normalize(text));

// Commands the way borrowers type them in chat: short, abbreviated, Hinglish or Malay.
const CASES: Record<string, string[]> = {
  human: [
    'agent pls',
    'baat karwa do',
    'get me a manager',
    'connect me to an agent plz',
    'kisi insaan se baat karni hai',
    'pls transfer to customer care',
    'can i talk to ur team',
    'nak cakap dengan orang',
    'i want customer service',
    'give me a human',
  ],
  opt_out: [
    'pls stop msging me',
    'Dont msg me again',
    'stop sending me messages',
    'message mat karo',
    'mujhe message mat bhejo',
    'jangan hantar mesej lagi',
    'stop spamming me',
    'dont whatsapp me',
  ],
  leave_queue: [
    'I want to continue with the bot',
    'cancel',
    'never mind',
    'nvm',
    "I don't need an agent any more",
    'no need for a callback',
    'take me back to the bot',
    'agent nahi chahiye',
    'bot ke saath hi continue karo',
    'rehne do',
  ],
  restart: ['start from beginning pls', 'start from the start', 'phir se shuru karo', 'mula semula', 'can we start fresh'],
  dispute: [
    'wrong no.',
    'wrong number',
    'already settle',
    'already settled this loan last year',
    'the amount you say I owe is wrong',
    'maine pehle hi pay kar diya',
    'sudah bayar',
    'this is not my loan bro',
    'i closed this loan already',
  ],
};

const NOT_COMMANDS = [
  'my manager cut my hours',
  'my salary stopped two months ago',
  'the agent from the bank visited my home',
  'I need time to pay',
  'i lost my job in march',
  'rent is 12000 pm',
  'work stopped since the monsoon',
];

describe('intent detection', () => {
  for (const [intent, messages] of Object.entries(CASES)) {
    it(`reads ${intent} as borrowers write it`, () => {
      expect(messages.filter((m) => intentOf(m) !== intent)).toEqual([]);
    });
  }

  it('leaves hardship stories that mention managers, agents or stopping as no command', () => {
    expect(NOT_COMMANDS.filter((m) => intentOf(m) !== 'none')).toEqual([]);
  });
});
