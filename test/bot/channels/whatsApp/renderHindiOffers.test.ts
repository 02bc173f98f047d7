import { describe, expect, it } from 'vitest';
import { renderActivity } from '../../../../bot/channels/whatsApp/renderer';
import type { ListBody } from '../../../../bot/channels/whatsApp/sendBody';
import { offerCard } from '../../../../dialogs/offerCard';
import { sayIn } from '../../../../models/i18n/translate';
import { computeBudget } from '../../../../models/offers/budget';
import { makeOffers } from '../../../../models/offers/makeOffers';
import { sendBodyProblem } from '../../../support/fakeGraphServer';
import { budgetInput, loan, policy } from '../../../models/offers/fixtures';

const TO = '919812345678';

describe('WhatsApp rendering of offers in Hindi', () => {
  it("renders the engine's offer cards in Hindi: the plan's words, the list's own words and buttons, ₹ figures on one line each, within every limit", () => {
    const inr = { ...policy, currency: 'INR', locale: 'en-IN' };
    const { plans, borrowerExplanation } = makeOffers(
      {
        loan: loan(),
        risk: { probability: 0.3, band: 'medium' },
        budget: computeBudget(budgetInput(2000, 20000), inr),
        vulnerable: false,
        crisis: false,
        temporary: true,
        today: new Date('2025-01-31T10:00:00Z'),
        language: 'hi',
      },
      inr,
    );
    expect(plans.length).toBeGreaterThan(1);
    const say = sayIn('hi');
    const cards = plans.map((plan, i) => offerCard(plan, { index: i + 1, total: plans.length }, say, 'hi'));
    const activity = { type: 'message', text: borrowerExplanation, attachmentLayout: 'carousel', attachments: cards, channelData: { language: 'hi' } } as const;
    const { bodies } = renderActivity(activity, TO);
    for (const body of bodies) expect(sendBodyProblem(body), JSON.stringify(body)).toBeUndefined();
    const text = bodies.map((b) => (b.type === 'text' ? b.text.body : b.type === 'interactive' ? b.interactive.body.text : '')).join('\n');
    for (const plan of plans) {
      expect(text).toContain(`*${plan.borrower!.title}*`);
      for (const { label, value } of plan.borrower!.figures) expect(text).toContain(`${label}: ${value}`);
    }
    expect(text).toMatch(/कुल भुगतान: ₹\d{1,2}(,\d\d)*,\d{3}(\.\d\d)?\n/);
    expect(text).not.toMatch(/Total you will pay|Overall you pay|Option \d of/);
    const lists = bodies.filter((b): b is ListBody => b.type === 'interactive' && b.interactive.type === 'list');
    expect(lists.length).toBeGreaterThan(0);
    const [list] = lists;
    expect(list.interactive.action.button).toBe('चुनें');
    expect(list.interactive.action.sections[0].title).toMatch(/^विकल्प/);
    const rows = lists.flatMap((l) => l.interactive.action.sections[0].rows);
    expect(rows.filter((r) => r.title.startsWith('योजना स्वीकार करें')).map((r) => r.description)).toEqual(plans.map((p) => p.borrower!.title.slice(0, 72)));
  });
});
