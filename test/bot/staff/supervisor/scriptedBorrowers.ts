import type { Activity } from 'botbuilder';
import { DirectLineClient } from '../../../support/directLineClient';

/** The Luhn-valid card number and date of birth the redaction test plants in a conversation. */
export const CARD_NUMBER = '4111 1111 1111 1111';
export const DATE_OF_BIRTH = '02/07/1980';

async function verified(url: string, loanId: string, secret: string): Promise<DirectLineClient> {
  const client = new DirectLineClient(url);
  await client.start();
  await client.botReplies(1);
  await client.say('yes');
  await client.say(loanId);
  await client.say(secret);
  return client;
}

function acceptAction(replies: Partial<Activity>[]): Record<string, unknown> {
  const card = replies.flatMap((a) => a.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  const actions = (card?.content as { actions?: { data: Record<string, unknown> }[] } | undefined)?.actions ?? [];
  const accept = actions.find((a) => a.data.action === 'accept');
  if (!accept) throw new Error('no offer card with an accept action was shown');
  return accept.data;
}

/** Demo borrower LN_90002 (medium band) tells their story, gives a budget and accepts the first plan. */
export async function borrowerReachingArrangement(
  url: string,
  story = 'work has dried up, I am self employed and my income dropped a lot',
): Promise<DirectLineClient> {
  const client = await verified(url, 'LN_90002', DATE_OF_BIRTH);
  for (const answer of [story, 'yes', 'In 3 to 6 months', '60k a month', '15,000', 'about 12000 monthly']) await client.say(answer);
  const offers = await client.say('None');
  await client.say({ type: 'message', value: acceptAction(offers) });
  return client;
}

/** Demo borrower LN_90003 (high band): no self-serve offer, handed to an agent. */
export async function borrowerEscalated(url: string): Promise<DirectLineClient> {
  const client = await verified(url, 'LN_90003', '0303');
  for (const answer of ['I lost my job when the plant closed and there is no work around here', 'yes', 'Not for a long time', '15000', '5000', '6000', 'None'])
    await client.say(answer);
  return client;
}

/** A borrower whose story contains crisis language. */
export async function borrowerInCrisis(url: string): Promise<DirectLineClient> {
  const client = await verified(url, 'LN_90001', '0101');
  await client.say('I was ill and lost my overtime and honestly I just want to end it all');
  return client;
}
