import { describe, expect, it } from 'vitest';
import { IntakeConversation, intakeServices } from '../support/intakeConversation';
import { MEDIUM, TO, walk } from '../support/intakePaths';

/** One borrower's path in each language: how they start, the buttons they tap, and what the bot should say. */
const LANGUAGES = [
  {
    language: 'en',
    hello: 'hi',
    yes: 'Yes, continue',
    right: "Yes, that's right",
    dontKnow: "I don't know",
    income: /take-home income/,
    housing: /rent or mortgage each month/,
    essentials: /bills, food, transport and childcare come to/,
    noted: /Noted: ₹1,20,000 a month\./,
    corrected: /I've changed your rent or mortgage\. Noted: ₹21,000 a month\./,
    faq: /you won't be pressured[\s\S]*credit bureaus such as CIBIL/,
    securedLoan: /the law \(the SARFAESI Act\) requires a written demand notice and 60 days/,
    queue: /You're number 2 in the queue, and someone should be with you in about 4 minutes/,
    continueButton: 'Continue with the bot',
    left: /taken you out of the queue/,
  },
  {
    language: 'hi',
    hello: 'नमस्ते, मुझे मदद चाहिए',
    yes: 'हाँ, आगे बढ़ें',
    right: 'हाँ, यह सही है',
    dontKnow: 'पता नहीं',
    income: /परिवार की कुल मासिक आय/,
    housing: /किराया या होम लोन की किस्त कितनी है/,
    essentials: /बिल, खाना, आने-जाने और बच्चों की देखभाल पर/,
    noted: /नोट कर लिया: ₹1,20,000 प्रति माह।/,
    corrected: /मैंने किराया या होम लोन का जवाब बदल दिया है। नोट कर लिया: ₹21,000 प्रति माह।/,
    faq: /आप पर कोई दबाव नहीं डाला जाएगा[\s\S]*CIBIL जैसे क्रेडिट ब्यूरो को[\s\S]*वित्तीय साक्षरता केंद्र \(RBI द्वारा स्थापित\)/,
    securedLoan: /कानून \(SARFAESI अधिनियम\) के अनुसार[\s\S]*60 दिन/,
    queue: /कतार में आपका नंबर 2 है, और लगभग 4 मिनट में/,
    continueButton: 'बॉट के साथ जारी रखें',
    left: /मैंने आपको कतार से हटा दिया है/,
  },
  {
    language: 'ms',
    hello: 'Selamat pagi, saya perlu bantuan',
    yes: 'Ya, teruskan',
    right: 'Ya, betul',
    dontKnow: 'Saya tidak pasti',
    income: /pendapatan bersih isi rumah/,
    housing: /sewa atau pinjaman rumah anda setiap bulan/,
    essentials: /bil, makanan, pengangkutan dan penjagaan anak setiap bulan/,
    noted: /Dicatat: ₹1,20,000 sebulan\./,
    corrected: /Saya telah menukar sewa atau pinjaman rumah anda\. Dicatat: ₹21,000 sebulan\./,
    faq: /anda tidak akan didesak[\s\S]*biro kredit seperti CIBIL[\s\S]*Pusat Literasi Kewangan/,
    securedLoan: /undang-undang \(Akta SARFAESI\) mewajibkan notis tuntutan bertulis dan 60 hari/,
    queue: /Anda nombor 2 dalam giliran, dan seseorang akan bersama anda dalam kira-kira 4 minit/,
    continueButton: 'Teruskan dengan bot',
    left: /mengeluarkan anda daripada giliran/,
  },
] as const;

type Lang = (typeof LANGUAGES)[number];

/** To the income question in the borrower's language; the story is typed in English or Hinglish, which every language reads. */
async function toIncome(lang: Lang) {
  const { services, ports } = intakeServices();
  const conv = new IntakeConversation(services);
  await walk(conv, [lang.hello, lang.yes, MEDIUM.loanId, MEDIUM.phoneLast4, 'work has dried up and my income dropped a lot', lang.right]);
  const income = await conv.sayText(lang.dontKnow);
  return { conv, ports, income };
}

describe.each(LANGUAGES)('in $language', (lang) => {
  it('the first message sets the language, and it is kept on the intake', async () => {
    const { conv, income } = await toIncome(lang);
    expect(income).toMatch(lang.income);
    expect((await conv.intake()).language ?? 'en').toBe(lang.language);
  });

  it('every budget figure is read back in words and rupees, and a correction changes the right line', async () => {
    const { conv } = await toIncome(lang);
    const housing = await conv.sayText('1.2 lakh pm');
    expect(housing).toMatch(lang.noted);
    expect(housing).toMatch(lang.housing);
    expect(await conv.sayText('15,000')).toMatch(lang.essentials);
    const corrected = await conv.sayText('go back, the rent is actually 21000');
    expect(corrected).toMatch(lang.corrected);
    expect(corrected).toMatch(lang.essentials);
    expect((await conv.intake()).budgetAnswers?.housing?.value).toBe(21_000);
  });

  it('a question mid-flow is answered, and the step is asked again', async () => {
    const { conv } = await toIncome(lang);
    await conv.say('1.2 lakh pm');
    const reply = await conv.sayText("what happens if I can't pay?");
    expect(reply).toMatch(lang.faq);
    expect(reply).toMatch(lang.housing);
  });

  it("the market's own sentences are in that language: the secured-loan law in the FAQ", async () => {
    const { conv } = await toIncome(lang);
    const reply = await conv.sayText('will you take my house?');
    expect(reply).toMatch(lang.securedLoan);
    if (lang.language !== 'en') expect(reply).not.toMatch(/For a loan secured on property/);
  });

  it('a queued borrower sees their place, taps the translated button and carries on where they were', async () => {
    const { conv, ports } = await toIncome(lang);
    await walk(conv, [`${MEDIUM.intake.currentMonthlyIncome} a month`, '15,000', 'agent']);
    const help = await conv.say('help');
    expect(help[0].text).toMatch(lang.queue);
    expect(help[0].suggestedActions?.actions.map((a) => a.title)).toEqual([lang.continueButton]);
    const back = await conv.sayText(lang.continueButton);
    expect(back).toMatch(lang.left);
    expect(back).toMatch(lang.essentials);
    expect(ports.escalations.withdrawn).toEqual(['C-1']);
  });
});

describe('switching language', () => {
  it('mid-flow, by name or with the language button, the current question is asked again in the new language', async () => {
    const { services } = intakeServices();
    const conv = new IntakeConversation(services);
    await walk(conv, TO.housing);
    expect(await conv.sayText('हिंदी')).toMatch(/अब हम हिंदी में बात करेंगे[\s\S]*किराया या होम लोन की किस्त कितनी है/);
    expect(await conv.sayText('Bahasa Melayu')).toMatch(/dalam Bahasa Melayu[\s\S]*sewa atau pinjaman rumah/);
    // Each message says which language it is in (the Web Chat page's own words follow it), the switch itself included.
    const malay = await conv.say('Bahasa Melayu');
    expect(malay.map((a) => [a.locale, (a.channelData as { language?: string }).language])).toEqual(malay.map(() => ['ms-MY', 'ms']));
    const picker = await conv.say('change language');
    expect(picker.at(-1)?.suggestedActions?.actions.map((a) => a.title)).toEqual(['English', 'हिंदी', 'Bahasa Melayu']);
    const english = await conv.say('English');
    expect(english.map((a) => a.text).join('\n')).toMatch(/in English[\s\S]*rent or mortgage each month/);
    expect(english.map((a) => a.locale)).toEqual(english.map(() => 'en-IN'));
    expect((await conv.intake()).budgetAnswers?.income).toBeDefined();
    expect(conv.decisions('language').map((d) => d.language)).toEqual(['hi', 'ms', 'ms', 'en']);
  });

  it('the welcome offers the language button, and the choice survives a restart', async () => {
    const { services } = intakeServices();
    const conv = new IntakeConversation(services);
    expect(await conv.sayText('hi')).toMatch(/\[Yes, continue\] \[Not now\] \[English\/हिंदी\/Melayu\]/);
    expect(await conv.sayText('English/हिंदी/Melayu')).toMatch(/Which language[\s\S]*\[हिंदी\]/);
    expect(await conv.sayText('हिंदी')).toMatch(/नमस्ते[\s\S]*क्या आप आगे बढ़ना चाहेंगे\?/);
    await conv.say('हाँ');
    expect(await conv.sayText('restart')).toMatch(/फिर से शुरू करते हैं[\s\S]*क्या आप आगे बढ़ना चाहेंगे/);
    expect((await conv.intake()).language).toBe('hi');
  });

  it('Hinglish is understood and answered in the language the borrower has', async () => {
    const english = new IntakeConversation(intakeServices().services);
    await walk(english, TO.housing);
    expect(await english.sayText('mujhe kisi se baat karni hai, baat karwa do')).toMatch(/passing you to a member of our team/);
    const hindi = new IntakeConversation(intakeServices().services);
    await walk(hindi, ['नमस्ते', 'हाँ', MEDIUM.loanId, MEDIUM.phoneLast4]);
    expect(await hindi.sayText('baat karwa do kisi se')).toMatch(/हमारी टीम के एक सदस्य से जोड़ रहा हूँ/);
  });

  it('a story that mentions a language is read as the story, not as a choice', async () => {
    const conv = new IntakeConversation(intakeServices().services);
    await walk(conv, TO.story);
    expect(await conv.sayText('I teach Hindi and I lost my job in March')).toMatch(/It sounds like you lost your job/);
    expect((await conv.intake()).language).toBeUndefined();
  });
});
