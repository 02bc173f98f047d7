import { CardFactory, type Attachment } from 'botbuilder';
import { planWording, type Plan, type PlanText } from '../models/offers/plan';
import type { BorrowerLanguage } from '../models/i18n/languages';
import type { OfferAction } from '../models/offers/offerChoice';
import type { Say } from './speech';

const submit = (title: string, data: OfferAction) => ({ type: 'Action.Submit', title, data });

/**
 * One figure: its label, and under it the value in a block of its own that
 * never wraps. Beside each other, a long label squeezed the value until
 * "₹6,84,271.02" broke across lines or was cut short on a phone; one above
 * the other, the value has the card's full width at any screen size.
 */
function figure({ label, value }: PlanText['figures'][number]) {
  return {
    type: 'Container',
    spacing: 'Small',
    items: [
      { type: 'TextBlock', text: label, isSubtle: true, wrap: true, size: 'Small' },
      { type: 'TextBlock', text: value, weight: 'Bolder', wrap: false, spacing: 'None' },
    ],
  };
}

/**
 * One plan as an Adaptive Card: the figures, a plain-language explanation and
 * the borrower's choices. Channel-neutral: the WhatsApp renderer turns the
 * same card into a text summary with buttons. The plan's words are in the
 * borrower's language when the engine worded it in that one (planWording).
 */
export function offerCard(plan: Plan, position: { index: number; total: number }, say: Say, language?: BorrowerLanguage): Attachment {
  const { title, explanation, figures } = planWording(plan, language);
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    body: [
      { type: 'TextBlock', text: say('offer.optionOf', position), size: 'Small', isSubtle: true, spacing: 'None' },
      { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: explanation, wrap: true },
      { type: 'Container', spacing: 'Medium', items: figures.map(figure) },
    ],
    // Every card carries every way out: Web Chat shows quick replies only under the last message, which is a card.
    actions: [
      submit(say('button.acceptPlan'), { action: 'accept', planId: plan.id }),
      submit(say('button.needTime'), { action: 'later' }),
      submit(say('button.noneOfThese'), { action: 'decline' }),
      submit(say('button.talkToSomeone'), { action: 'human' }),
    ],
  });
}
