import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { IntakeConversation, intakeServices } from '../support/intakeConversation';
import { ACCEPT_FIRST, MEDIUM, walk } from '../support/intakePaths';

type Json = Record<string, unknown>;
interface Card {
  body: Json[];
}

/** A borrower who chose Hindi or Malay, reaching the offers (the story is typed in English, which every language reads). */
const LANGUAGES = [
  {
    language: 'hi',
    hello: 'नमस्ते, मुझे मदद चाहिए',
    yes: 'हाँ, आगे बढ़ें',
    right: 'हाँ, यह सही है',
    dontKnow: 'पता नहीं',
    summary: /^धन्यवाद।[\s\S]*क्योंकि [\s\S]+, हमने ऐसे प्लान देखे हैं जो [\s\S]+।$/,
    decision: (count: number) => new RegExp(`आपके पास हर महीने लगभग ₹31,500 बचते हैं। ये ${count} विकल्प आपके बजट में ठीक बैठते हैं।`),
    optionOf: (count: number) => `विकल्प 1 / ${count}`,
    labels: ['कुल भुगतान', 'अभी के समझौते की तुलना में', 'पहली किस्त', 'अवधि'],
    length: /^\d+ (महीना|महीने)$/,
    overall: /कुल मिलाकर आप /,
    allSet: /^सब तय हो गया: "[^"]*\p{Script=Devanagari}[^"]*" अब लागू है।/u,
  },
  {
    language: 'ms',
    hello: 'Selamat pagi, saya perlu bantuan',
    yes: 'Ya, teruskan',
    right: 'Ya, betul',
    dontKnow: 'Saya tidak pasti',
    summary: /^Terima kasih\.[\s\S]*Oleh sebab [\s\S]+, kami telah meneliti pelan yang [\s\S]+\.$/,
    decision: (count: number) =>
      new RegExp(`Anda mempunyai baki kira-kira ₹31,500 sebulan [\\s\\S]* Berikut ialah ${count} pilihan yang sesuai dengan bajet anda\\.`),
    optionOf: (count: number) => `Pilihan 1 daripada ${count}`,
    labels: ['Jumlah yang akan anda bayar', 'Berbanding perjanjian semasa anda', 'Bayaran pertama', 'Tempoh'],
    length: /^\d+ bulan$/,
    overall: /Secara keseluruhan, anda membayar /,
    allSet: /^Selesai: "[^"]*(bulan|Bayar|Selesaikan|Tangguhkan|Lanjutkan|Kadar)[^"]*" kini berkuat kuasa\./,
  },
] as const;

/** Words of the English plan wording that must not reach a borrower who chose another language. */
const ENGLISH = /\b(month|months|payment|Overall|Total you will pay|Compared with|First payment|Length|less|more|instead)\b/;

async function offers(lang: (typeof LANGUAGES)[number]) {
  const { services } = intakeServices();
  const conv = new IntakeConversation(services);
  await walk(conv, [lang.hello, lang.yes, MEDIUM.loanId, MEDIUM.phoneLast4, 'work has dried up and my income dropped a lot', lang.right, lang.dontKnow]);
  await walk(conv, [`${MEDIUM.intake.currentMonthlyIncome} a month`, '15,000', 'about 12000 monthly']);
  const turn: Partial<Activity>[] = await conv.say('None');
  const cards = turn.flatMap((a) => a.attachments ?? []).map((a) => a.content as Card);
  const texts = turn.map((a) => a.text).filter((t): t is string => Boolean(t));
  return { conv, cards, texts };
}

function read(card: Card) {
  const [position, title, explanation, figures] = card.body;
  const rows = (figures.items as Json[]).map((row) => {
    const [label, value] = row.items as Json[];
    return { label: String(label.text), value: String(value.text), wraps: value.wrap };
  });
  return { position: String(position.text), title: String(title.text), explanation: String(explanation.text), rows };
}

describe.each(LANGUAGES)('offers in $language', (lang) => {
  it("the reasons, the decision and every card's title, explanation and figure labels are in the borrower's language, with ₹ figures intact", async () => {
    const { cards, texts } = await offers(lang);
    expect(cards.length).toBeGreaterThan(1);
    expect(
      texts.find((t) => lang.summary.test(t)),
      texts.join('\n'),
    ).toBeDefined();
    expect(texts.join('\n')).toMatch(lang.decision(cards.length));
    expect(texts.join('\n')).not.toMatch(/Here are|options that fit|Because /);

    const [first] = cards.map(read);
    expect(first.position).toBe(lang.optionOf(cards.length));
    for (const card of cards.map(read)) {
      const words = [card.title, card.explanation, ...card.rows.map((r) => r.label)].join('\n');
      expect(words, words).not.toMatch(ENGLISH);
      if (lang.language === 'hi') expect(card.title).toMatch(/\p{Script=Devanagari}/u);
      expect(card.explanation).toMatch(lang.overall);
      expect(card.explanation).toMatch(/₹\d{1,2}(,\d\d)*,\d{3}/);
      // The common figures close every card, in the borrower's words; the values stay the deployment's rupees, on one line.
      expect(card.rows.slice(-4).map((r) => r.label)).toEqual(lang.labels);
      expect(card.rows.at(-1)!.value).toMatch(lang.length);
      expect(card.rows.find((r) => r.label === lang.labels[0])!.value).toMatch(/^₹\d{1,2}(,\d\d)*,\d{3}(\.\d\d)?$/);
      for (const row of card.rows) expect(row.wraps).toBe(false);
    }
  });

  it('the arrangement is confirmed with the plan named in that language; staff keep the English wording', async () => {
    const { conv } = await offers(lang);
    await walk(conv, [ACCEPT_FIRST]);
    expect(conv.activities.map((a) => a.text ?? '').find((t) => lang.allSet.test(t))).toBeDefined();
    const [plan] = (await conv.intake()).decision!.plans;
    expect(plan.title).toMatch(/^(Catch up over|Pause payments|Spread your loan|Lower interest|Pay ₹|Settle for)/);
    expect(plan.borrower?.language).toBe(lang.language);
  });
});
