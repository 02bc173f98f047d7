import { CardFactory, type Attachment } from 'botbuilder';
import type { Plan } from '../models/offers';
import type { OfferAction } from '../models/offers/offerChoice';

/**
 * One plan as an Adaptive Card: the figures, a plain-language explanation and
 * the borrower's choices. Channel-neutral: the WhatsApp renderer turns the
 * same card into a text summary with buttons.
 */
export function offerCard(plan: Plan, position: { index: number; total: number }): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    body: [
      { type: 'TextBlock', text: `Option ${position.index} of ${position.total}`, size: 'Small', isSubtle: true, spacing: 'None' },
      { type: 'TextBlock', text: plan.title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: plan.explanation, wrap: true },
      { type: 'FactSet', facts: plan.figures.map((f) => ({ title: f.label, value: f.value })) },
    ],
    actions: [
      { type: 'Action.Submit', title: 'Accept this plan', data: { action: 'accept', planId: plan.id } satisfies OfferAction },
      { type: 'Action.Submit', title: 'Other options', data: { action: 'other' } satisfies OfferAction },
      { type: 'Action.Submit', title: 'Talk to someone', data: { action: 'human' } satisfies OfferAction },
    ],
  });
}
