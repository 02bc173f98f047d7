import { CardFactory, type Attachment } from 'botbuilder';
import type { Plan } from '../models/offers';
import type { OfferAction } from '../models/offers/offerChoice';
import { TALK_TO_SOMEONE } from './interruptibleDialog';

export const NEED_TIME = 'I need time';
export const NONE_OF_THESE = 'None of these';

const submit = (title: string, data: OfferAction) => ({ type: 'Action.Submit', title, data });

/**
 * One figure as a row: the label takes what width is left and wraps, the
 * value keeps its natural width and never wraps, so "₹6,84,271.02" is never
 * split across lines on a narrow phone.
 */
function figureRow(figure: Plan['figures'][number]) {
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [{ type: 'TextBlock', text: figure.label, isSubtle: true, wrap: true }] },
      {
        type: 'Column',
        width: 'auto',
        verticalContentAlignment: 'Center',
        items: [{ type: 'TextBlock', text: figure.value, weight: 'Bolder', wrap: false, horizontalAlignment: 'Right' }],
      },
    ],
  };
}

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
      { type: 'Container', spacing: 'Medium', items: plan.figures.map(figureRow) },
    ],
    // Every card carries every way out: Web Chat shows quick replies only under the last message, which is a card.
    actions: [
      submit('Accept this plan', { action: 'accept', planId: plan.id }),
      submit(NEED_TIME, { action: 'later' }),
      submit(NONE_OF_THESE, { action: 'decline' }),
      submit(TALK_TO_SOMEONE, { action: 'human' }),
    ],
  });
}
