import { describe, expect, it } from 'vitest';
import type { FaqTopic } from '../../models/language/analysis';
import { detectQuestion } from '../../nlp/question';
import { normalize } from '../../nlp/text';

const topicOf = (text: string) => detectQuestion(normalize(text));

// Checked after the rules were written, with phrasings not in test/nlp/faqProbe.json: Hindi, Hinglish, Malay, Manglish.
const ASKED: Record<FaqTopic, string[]> = {
  cant_pay: [
    'किस्त छूट गई तो क्या होगा',
    'अगर मैं पैसे न दे पाऊं तो आप क्या करोगे?',
    'emi nahi bhari to kya action loge',
    'agar main pay na kar paun to kya hoga',
    'Jika saya gagal membayar ansuran, apakah tindakan yang akan diambil?',
    'kalau tak bayar, apa jadi kat aku',
    'if cannot pay how ah',
  ],
  credit_file: ['क्या मेरा CIBIL खराब हो जाएगा', 'cibil score kharab hoga kya mera', 'CCRIS aku jadi teruk tak?', 'confirm will affect my ccris one ah?'],
  property: [
    'क्या बैंक मेरी जमीन जब्त कर लेगा?',
    'aap log ghar pe kabza kar loge kya',
    'gaadi to nahi le jaoge na',
    'Bolehkah pihak bank melelong rumah saya?',
    'motor aku kena tarik ke',
    'you all will auction my house meh?',
  ],
  in_writing: ['क्या ये सब मुझे लिखकर मिलेगा', 'likhit me confirmation milega?', 'Bolehkah saya mendapat surat pengesahan?', 'nak pengesahan bertulis boleh?'],
  data_use: ['मेरी निजी जानकारी कौन देखेगा?', 'meri jankari kahan use karoge', 'data saya dikongsi dengan siapa?'],
};

// Hardship stories and answers that name the house, the rent, the car or the salary without asking.
const NOT_ASKED = [
  'ghar ka saara kharcha main hi uthata hu, ab naukri chali gayi',
  'kiraya dene ke liye bhi paise nahi hai',
  'घर का किराया और बच्चों की फीस भरनी है, तनख्वाह कट गई',
  'मकान मालिक ने घर खाली करवा दिया',
  'bhai ne ghar bech diya aur paise le gaya',
  'gold bech ke emi bhari thi pichli baar',
  'kereta dah kena tarik tahun lepas',
  'rumah sewa saya mahal, gaji kecil',
  'tuan rumah nak naikkan sewa bulan depan',
  'saya tak mampu bayar sebab kena buang kerja',
  'my car kena tarik already last year lah',
];

describe('FAQ questions in Hindi, Hinglish and Malay', () => {
  for (const [topic, messages] of Object.entries(ASKED)) {
    it(`reads "${topic}"`, () => {
      expect(messages.filter((m) => topicOf(m) !== topic)).toEqual([]);
    });
  }

  it('leaves stories that only mention the house, the rent or the car alone', () => {
    expect(NOT_ASKED.filter((m) => topicOf(m) !== null)).toEqual([]);
  });
});
