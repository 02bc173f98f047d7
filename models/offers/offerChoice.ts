/** What an offer card's button sends back; the same object arrives from Web Chat and from WhatsApp replies. */
export type OfferAction = { action: 'accept'; planId: string } | { action: 'other' } | { action: 'human' } | { action: 'later' } | { action: 'decline' };

/** How the borrower answered the offers: a card button, or typed words read as one. */
export type OfferChoice = OfferAction | { action: 'unclear' };

/** A card button's value, or undefined when the value is not one of ours. */
export function readOfferAction(value: unknown): OfferAction | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (v.action === 'accept' && typeof v.planId === 'string') return { action: 'accept', planId: v.planId };
  if (v.action === 'other' || v.action === 'human' || v.action === 'later' || v.action === 'decline') return { action: v.action };
  return undefined;
}
