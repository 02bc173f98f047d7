import { describe, expect, it } from 'vitest';
import type { FaqTopic } from '../../models/language/analysis';
import { detectQuestion } from '../../nlp/question';
import { normalize } from '../../nlp/text';

const topicOf = (text: string) => detectQuestion(normalize(text));

// The FAQ as borrowers ask it: English, Indian English and Hinglish.
const ASKED: Record<FaqTopic, string[]> = {
  cant_pay: [
    'what happens if I cant pay?',
    "What will happen if I don't pay my EMI",
    'what if i miss a payment',
    "if I can't pay this month what happens",
    'what will you do if i dont pay',
    'agar main emi nahi bhar paya to kya hoga',
    'payment nahi kiya toh kya karoge',
  ],
  credit_file: [
    'will this affect my cibil score?',
    'does it go on my credit report',
    'cibil kharab hoga kya',
    'will my credit score drop',
    'am I going to be blacklisted?',
    'i am worried about my credit history',
  ],
  property: [
    'will you take my house?',
    'are you going to repossess my car',
    'bank wale ghar le lenge kya',
    'they will seize my property right?',
    'can you auction my flat',
  ],
  in_writing: ['can I get this in writing?', 'please send me a written confirmation', 'will you email me a copy', 'mujhe likh ke do', 'i want it on paper'],
  data_use: [
    'how is my data used?',
    'who can see my personal details',
    'do you share my number with anyone?',
    'what about my privacy',
    'mera data safe hai kya',
  ],
};

// Stories and answers that mention the same things without asking.
const NOT_ASKED = [
  "I lost my job so I can't pay",
  'my credit score is already bad',
  'I had to sell my gold to pay rent',
  'work has dried up and my income dropped a lot',
  'rent is 12000 pm',
  'my husband passed away and I cannot pay the emi',
  'yes',
];

describe('FAQ questions', () => {
  for (const [topic, messages] of Object.entries(ASKED)) {
    it(`reads "${topic}" as borrowers ask it`, () => {
      expect(messages.filter((m) => topicOf(m) !== topic)).toEqual([]);
    });
  }

  it('leaves stories and answers that only mention those things alone', () => {
    expect(NOT_ASKED.filter((m) => topicOf(m) !== null)).toEqual([]);
  });
});
