import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { DEMO_BORROWERS } from '../../models/loanBook/syntheticLoanBook';
import { formatMoney } from '../../models/shared/money';
import { IntakeConversation, intakeServices } from '../support/intakeConversation';

type Json = Record<string, unknown>;
interface Card {
  body: Json[];
  actions: { type: string; title: string; data: { action: string; planId?: string } }[];
}

const [LOW, MEDIUM] = ['low', 'medium'].map((band) => DEMO_BORROWERS.find((b) => b.expectedBand === band)!);
const INR = { currency: 'INR', locale: 'en-IN' };
const STORIES = [
  {
    borrower: MEDIUM,
    secret: MEDIUM.phoneLast4,
    answers: ['work has dried up and my income dropped a lot', 'yes', "I don't know", '58500', '15000', '12000', 'None'],
  },
  {
    borrower: LOW,
    secret: LOW.phoneLast4,
    answers: ["I was ill for a few weeks so I lost my overtime, it's temporary, back to normal in 2 months", 'yes', '135000', '30000 a month', '20k', 'None'],
  },
];

/** A borrower told the offers: the turn's messages and the cards among them. */
async function offersFor(story: (typeof STORIES)[number]) {
  const { services, ports } = intakeServices();
  const conv = new IntakeConversation(services);
  for (const text of ['hi', 'yes', story.borrower.loanId, story.secret]) await conv.say(text);
  let turn: Partial<Activity>[] = [];
  for (const answer of story.answers) turn = await conv.say(answer);
  const cards = turn.flatMap((a) => a.attachments ?? []).map((a) => a.content as Card);
  const stated = turn.map((a) => a.text ?? '').join(' ');
  return { conv, ports, cards, stated };
}

/** Every element of a card, however deeply nested in containers and columns. */
function elements(items: Json[]): Json[] {
  return items.flatMap((e) => [e, ...elements([...((e.items as Json[]) ?? []), ...((e.columns as Json[]) ?? [])])]);
}

/** The figures: a label and, in a block of its own beneath it, the value. */
function figures(card: Card): { label: Json; value: Json }[] {
  return elements(card.body)
    .filter((e) => e.type === 'Container' && (e.items as Json[]).every((i) => i.type === 'TextBlock'))
    .map((e) => {
      const [label, value] = e.items as Json[];
      return { label, value };
    });
}

describe('offer cards', () => {
  it.each(STORIES.map((s) => [s.borrower.expectedBand, s] as const))(
    '%s band: the number of options stated is the number of cards shown',
    async (_band, story) => {
      const { cards, stated } = await offersFor(story);
      expect(cards.length).toBeGreaterThan(0);
      const count = /Here are (\d+) options/.exec(stated)?.[1];
      expect(count ? Number(count) : /Here is an option/.test(stated) ? 1 : NaN).toBe(cards.length);
      cards.forEach((card, i) => expect(card.body[0].text).toBe(`Option ${i + 1} of ${cards.length}`));
    },
  );

  it('every card offers accept, "I need time", "None of these" and a person', async () => {
    const { cards } = await offersFor(STORIES[0]);
    for (const card of cards) {
      expect(card.actions.map((a) => [a.title, a.data.action])).toEqual([
        ['Accept this plan', 'accept'],
        ['I need time', 'later'],
        ['None of these', 'decline'],
        ['Talk to someone', 'human'],
      ]);
      expect(card.actions.every((a) => a.type === 'Action.Submit')).toBe(true);
    }
  });

  it('"I need time" on a card saves the options for later; "None of these" hands the case to a person', async () => {
    const thinker = await offersFor(STORIES[0]);
    const later = thinker.cards[1].actions.find((a) => a.title === 'I need time')!;
    expect(await thinker.conv.sayText({ type: 'message', value: later.data })).toMatch(/saved your options[\s\S]*type agent/);
    expect((await thinker.conv.intake()).stage).toBe('parked');
    expect(thinker.ports.escalations.requests).toHaveLength(0);

    const decliner = await offersFor(STORIES[0]);
    const none = decliner.cards[0].actions.find((a) => a.title === 'None of these')!;
    expect(await decliner.conv.sayText({ type: 'message', value: none.data })).toMatch(/member of our team/);
    expect(decliner.ports.escalations.requests.at(-1)?.reason).toBe('declined_offers');
    expect(decliner.ports.arrangements.saved).toHaveLength(0);
  });

  it('figures sit in their own non-wrapping blocks, each under its label, never beside it to be squeezed', async () => {
    const { cards, conv } = await offersFor(STORIES[0]);
    const plans = (await conv.intake()).decision!.plans;
    cards.forEach((card, i) => {
      const shown = figures(card);
      expect(shown.map(({ label, value }) => ({ label: label.text, value: value.text }))).toEqual(plans[i].figures);
      expect(elements(card.body).some((e) => e.type === 'FactSet' || e.type === 'ColumnSet')).toBe(false);
      for (const { label, value } of shown) {
        expect(value).toMatchObject({ type: 'TextBlock', wrap: false });
        expect(label).toMatchObject({ type: 'TextBlock', wrap: true, isSubtle: true });
      }
    });
  });

  it('every amount on the cards and in the message is written one way: the money formatter, Indian grouping', async () => {
    const { cards, stated } = await offersFor(STORIES[0]);
    const texts = [stated, ...cards.flatMap((card) => elements(card.body).map((e) => String(e.text ?? '')))];
    const amounts = texts.flatMap((t) => t.match(/(?:₹|Rs\.?|INR)\s?[\d,]+(?:\.\d+)?/g) ?? []);
    expect(amounts.length).toBeGreaterThan(10);
    for (const amount of amounts) expect(amount).toBe(formatMoney(Number(amount.replace(/[^\d.]/g, '')), INR));
    // Lakh grouping is in use, so a Western-grouped figure would have been caught above.
    expect(amounts.some((a) => /₹\d{1,2},\d{2},\d{3}/.test(a))).toBe(true);
  });
});
