// A case sent to a person because signals did not add up: the bot's reasons, one per line, for the agent only.
// The borrower was told just that a member of the team will look at their options; nothing here goes to them.
import { el } from './staff.js';

/** Whether the case's bot note is the signals' reasons (shown by fraudSection instead of as a plain note). */
export const isFraudReview = (c) => c.escalation.reason === 'fraud_review';

export function fraudSection(c) {
  if (!isFraudReview(c)) return [];
  const reasons = String(c.escalation.note || '')
    .split('\n')
    .filter((line) => line.trim());
  return [
    el('h3', {}, 'Signals to review'),
    el(
      'div',
      { class: 'fraud-review', id: 'fraud-reasons' },
      el('ul', { class: 'reasons' }, ...(reasons.length ? reasons : ['No reasons were recorded.']).map((r) => el('li', {}, r))),
      el(
        'div',
        { class: 'meta' },
        'Settlement offers are withheld until a supervisor marks this false. Check the details with the borrower; do not tell them they were flagged.',
      ),
    ),
  ];
}
