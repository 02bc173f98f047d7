import { describe, expect, it } from 'vitest';
import { IntakeConversation, intakeServices } from '../support/intakeConversation';
import { MEDIUM, TO, walk } from '../support/intakePaths';

/**
 * Questions and corrections written in the borrower's own language, Hinglish and Manglish included, at the steps where
 * the English ones are understood: answered in that language, the step asked again, the budget line changed and read back.
 */
const LANGUAGES = [
  {
    language: 'hi',
    hello: 'नमस्ते, मुझे मदद चाहिए',
    yes: 'हाँ, आगे बढ़ें',
    right: 'हाँ, यह सही है',
    dontKnow: 'पता नहीं',
    questions: ['अगर मैं किस्त नहीं भर पाया तो क्या होगा?', 'agr emi nhi di to kya hoga'],
    answer: /आप पर कोई दबाव नहीं डाला जाएगा/,
    housing: /किराया या होम लोन की किस्त कितनी है/,
    essentials: /बिल, खाना, आने-जाने और बच्चों की देखभाल पर/,
    corrections: ['kiraya asal mein 21000 hai', 'किराया असल में 21000 है'],
    corrected: /मैंने किराया या होम लोन का जवाब बदल दिया है। नोट कर लिया: ₹21,000 प्रति माह।/,
    story: 'मेरी नौकरी चली गई और घर का किराया भी नहीं दे पा रहा',
    readBack: /ऐसा लगता है कि/,
    notRight: 'nhi yaar galat hai',
    choose: /इनमें से कौन-सा कारण/,
    leave: 'एजेंट की जरूरत नहीं',
    left: /मैंने आपको कतार से हटा दिया है/,
  },
  {
    language: 'ms',
    hello: 'Selamat pagi, saya perlu bantuan',
    yes: 'Ya, teruskan',
    right: 'Ya, betul',
    dontKnow: 'Saya tidak pasti',
    questions: ['Kalau saya tidak bayar ansuran, apa tindakan pihak bank?', 'if I cannot pay then how ah?'],
    answer: /anda tidak akan didesak/,
    housing: /sewa atau pinjaman rumah anda setiap bulan/,
    essentials: /bil, makanan, pengangkutan dan penjagaan anak setiap bulan/,
    corrections: ['sewa sebenarnya 21000', 'silap la, sewa sebenarnya 21000'],
    corrected: /Saya telah menukar sewa atau pinjaman rumah anda\. Dicatat: ₹21,000 sebulan\./,
    story: 'Saya hilang kerja dan tak mampu bayar sewa rumah',
    readBack: /Nampaknya/,
    notRight: 'tak betul la tu',
    choose: /Yang manakah paling hampir/,
    leave: 'tak payah agent lah, saya teruskan dengan bot',
    left: /mengeluarkan anda daripada giliran/,
  },
] as const;

type Lang = (typeof LANGUAGES)[number];

/** To the story question, in the borrower's language. */
async function toStory(lang: Lang) {
  const { services, ports } = intakeServices();
  const conv = new IntakeConversation(services);
  await walk(conv, [lang.hello, lang.yes, MEDIUM.loanId, MEDIUM.phoneLast4]);
  return { conv, ports };
}

/** To the rent question (the outlook not known, an income given), in the borrower's language. */
async function toHousing(lang: Lang) {
  const at = await toStory(lang);
  await walk(at.conv, ['work has dried up and my income dropped a lot', lang.right, lang.dontKnow, '55000']);
  return at;
}

describe.each(LANGUAGES)('in $language', (lang) => {
  it.each(lang.questions)('"%s" at the budget is answered in that language and the same question is asked again', async (question) => {
    const { conv } = await toHousing(lang);
    const reply = await conv.sayText(question);
    expect(reply).toMatch(lang.answer);
    expect(reply).toMatch(lang.housing);
    expect((await conv.intake()).budgetAnswers?.housing).toBeUndefined();
    expect(await conv.sayText('15000')).toMatch(lang.essentials);
  });

  it.each(lang.corrections)('"%s" at the bills question changes the rent, reads it back and asks the bills again', async (correction) => {
    const { conv } = await toHousing(lang);
    await conv.say('15000');
    const reply = await conv.sayText(correction);
    expect(reply).toMatch(lang.corrected);
    expect(reply).toMatch(lang.essentials);
    expect((await conv.intake()).budgetAnswers?.housing?.value).toBe(21_000);
  });

  it('a story that mentions the home and the rent is read as the story, not as a question', async () => {
    const { conv } = await toStory(lang);
    const reply = await conv.sayText(lang.story);
    expect(reply).toMatch(lang.readBack);
    expect(reply).not.toMatch(lang.answer);
    expect(conv.decisions('reasons_found')).toHaveLength(1);
  });

  it('"no" to the read-back of the story asks which reason is closest', async () => {
    const { conv } = await toStory(lang);
    await conv.say('work has dried up and my income dropped a lot');
    expect(await conv.sayText(lang.notRight)).toMatch(lang.choose);
  });

  it('typed in that language, leaving the queue carries on where the borrower was', async () => {
    const { conv, ports } = await toHousing(lang);
    await walk(conv, ['15000', 'agent']);
    const reply = await conv.sayText(lang.leave);
    expect(reply).toMatch(lang.left);
    expect(reply).toMatch(lang.essentials);
    expect(ports.escalations.withdrawn).toEqual(['C-1']);
  });
});

describe('at the other steps', () => {
  it('before verification a Hindi question is answered in Hindi without a word about any debt, and the loan reference asked again', async () => {
    const conv = new IntakeConversation(intakeServices().services);
    await walk(conv, ['नमस्ते, मुझे मदद चाहिए', 'हाँ, आगे बढ़ें']);
    const [answer, question] = await conv.say('क्या इससे मेरा सिबिल स्कोर खराब होगा?');
    expect(answer.text).toMatch(/लोन देने वाले संस्थान/);
    expect(answer.text).not.toMatch(/₹|\d|LN_/);
    expect(question.text).toMatch(/आपका लोन संदर्भ \(loan reference\) क्या है\?/);
    expect(conv.decisions('identity_verified')).toEqual([]);
  });

  it('at the story and the offers, a Malay question is answered in Malay and the step comes back', async () => {
    const { conv } = await toStory(LANGUAGES[1]);
    const story = await conv.sayText('Adakah pihak bank akan merampas rumah saya?');
    expect(story).toMatch(/Berbincang dengan kami tentang pelan tidak meletakkan rumah[\s\S]*Apakah yang menyebabkan anda sukar membuat bayaran\?/);
    expect(conv.decisions('reasons_found')).toEqual([]);
    await walk(conv, ['work has dried up and my income dropped a lot', 'Ya, betul', 'Saya tidak pasti', '55000', '15000', '12000', 'Tiada']);
    expect(await conv.sayText('boleh bagi hitam putih tak')).toMatch(/surat atau e-mel pengesahan[\s\S]*\[Tiada yang sesuai\]/);
  });
});

describe('in English', () => {
  it('a Hinglish question is answered in English; one written in Devanagari switches to Hindi and is answered in Hindi', async () => {
    const conv = new IntakeConversation(intakeServices().services);
    await walk(conv, TO.housing);
    expect(await conv.sayText('bank wale meri bike utha lenge kya')).toMatch(/does not put your home or belongings at risk[\s\S]*rent or mortgage each month/);
    const hindi = await conv.sayText('क्या आप मेरा घर ले लेंगे?');
    expect(hindi).toMatch(/अब हम हिंदी में बात करेंगे[\s\S]*आपका घर या सामान खतरे में नहीं पड़ता[\s\S]*किराया या होम लोन की किस्त कितनी है/);
    expect(hindi).not.toMatch(/belongings/);
  });

  it('a story in Hinglish about the rent is the story, and a rent answer that names the bills is the rent', async () => {
    const conv = new IntakeConversation(intakeServices().services);
    await walk(conv, TO.story);
    expect(await conv.sayText('ghar ka kiraya dene ke baad kuch nahi bachta, naukri bhi chali gayi')).toMatch(/It sounds like/);
    const budget = new IntakeConversation(intakeServices().services);
    await walk(budget, TO.housing);
    expect(await budget.sayText('kiraya 12000 hai aur bijli ka bill alag')).toMatch(/Noted: ₹12,000 a month\.[\s\S]*bills, food/);
  });
});

describe('a conversation already in Hindi or Malay', () => {
  it('takes a message in it that the NLP cannot place as the answer to the step, never as a language the bot does not speak', async () => {
    const { conv } = await toStory(LANGUAGES[1]);
    const reply = await conv.sayText('kereta tak boleh pakai, dah rosak');
    expect(reply).not.toMatch(/boleh berbual dalam bahasa|can chat in/);
    // The story step takes it: read back, or asked which reason is closest.
    expect(reply).toMatch(new RegExp(`${LANGUAGES[1].readBack.source}|${LANGUAGES[1].choose.source}`));
  });
});
