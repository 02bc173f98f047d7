import type { Activity, CardAction } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../../../../models/shared/random';
import { renderActivity, uniqueTitles } from '../../../../bot/channels/whatsApp/renderer';
import { decodeReplyId, type ReplyPayload } from '../../../../bot/channels/whatsApp/replyId';
import type { ButtonsBody, ListBody, SendBody } from '../../../../bot/channels/whatsApp/sendBody';
import { sendBodyProblem } from '../../../support/fakeGraphServer';
import { offerCard } from '../../../../dialogs/offerCard';
import { sayIn } from '../../../../models/i18n/translate';
import type { Plan } from '../../../../models/offers';

const TO = '919812345678';
const WORDS = ['loan', 'payment', 'hardship', 'deferral', 'income', '₹32,000', 'month.', 'please!', 'ok?', '🙂', 'x'.repeat(30)];

const randomText = (r: Random, maxWords: number): string =>
  Array.from({ length: r.int(maxWords) }, () => {
    const word = WORDS[r.int(WORDS.length)];
    return word + (r.chance(0.05) ? '\n\n' : r.chance(0.02) ? '\n' : ' ');
  }).join('');

const randomTitle = (r: Random): string => (r.chance(0.1) ? '' : r.chance(0.2) ? 'Same title' : randomText(r, 8));

function randomActivity(r: Random): Partial<Activity> {
  const actions: CardAction[] = Array.from({ length: r.chance(0.3) ? 0 : r.int(25) }, () => {
    const title = randomTitle(r);
    const kind = r.int(3);
    if (kind === 0) return { type: 'imBack', title, value: r.chance(0.1) ? randomText(r, 80) : title || 'v' };
    if (kind === 1) return { type: 'postBack', title, value: { step: r.int(1000), note: randomText(r, r.chance(0.1) ? 100 : 3) } };
    return { type: 'openUrl', title, value: 'https://example.com/plan' };
  });
  const submits = Array.from({ length: r.int(6) }, (_, i) => ({
    type: 'Action.Submit',
    title: randomTitle(r),
    data: { action: 'accept', planId: `plan-${i}` },
  }));
  const card = {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: {
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: randomText(r, 30) },
        { type: 'FactSet', facts: [{ title: 'Amount', value: '₹1,200' }] },
      ],
      actions: submits,
    },
  };
  return {
    type: 'message',
    text: randomText(r, r.chance(0.2) ? 2500 : 60),
    ...(actions.length ? { suggestedActions: { to: [], actions } } : {}),
    ...(r.chance(0.4) ? { attachments: [card] } : {}),
  };
}

const interactive = (b: SendBody) => (b.type === 'interactive' && b.interactive.type !== 'cta_url' ? b.interactive : undefined);

function replyIds(bodies: SendBody[]): string[] {
  return bodies.flatMap((b) => {
    const i = interactive(b);
    if (!i) return [];
    return i.type === 'button' ? i.action.buttons.map((x) => x.reply.id) : i.action.sections.flatMap((s) => s.rows.map((row) => row.id));
  });
}

describe('renderActivity (property: random activities)', () => {
  it('never exceeds a WhatsApp limit, keeps every word, and every tap decodes to its action', () => {
    const r = createRandom(20260105);
    for (let run = 0; run < 400; run++) {
      const activity = randomActivity(r);
      const { bodies, storedReplies } = renderActivity(activity, TO);
      for (const body of bodies) expect(sendBodyProblem(body), JSON.stringify(body).slice(0, 300)).toBeUndefined();

      // Every word of the text is still there, in order.
      const shown = bodies
        .map((b) => (b.type === 'text' ? b.text.body : b.type === 'interactive' ? b.interactive.body.text : ''))
        .filter((t) => !/^More options \(\d+ of \d+\)$/.test(t))
        .join(' ');
      const words = (activity.text ?? '').split(/\s+/).filter(Boolean);
      expect(shown.split(/\s+/).filter(Boolean).slice(0, words.length)).toEqual(words);

      // Every tappable reply resolves to a payload (inline, or stored by reference).
      const submitted = (activity.attachments ?? []).flatMap((a) => ((a.content as { actions: { data: unknown }[] }).actions ?? []).map((x) => x.data));
      const decoded: ReplyPayload[] = replyIds(bodies).map((id) => {
        const d = decodeReplyId(id);
        if (!d) throw new Error(`undecodable id ${id}`);
        return 'ref' in d ? storedReplies.get(d.ref)! : d.payload;
      });
      for (const data of submitted) expect(decoded).toContainEqual({ value: data });
      const taps = (activity.suggestedActions?.actions ?? []).filter((a) => a.type !== 'openUrl').length + submitted.length;
      if (taps === 0) expect(replyIds(bodies)).toEqual([]);
      else expect(replyIds(bodies).length).toBeGreaterThan(0);
    }
  });
});

describe('renderActivity', () => {
  it('turns up to 3 suggested actions into reply buttons carrying their values', () => {
    const { bodies } = renderActivity(
      {
        type: 'message',
        text: 'Temporary?',
        suggestedActions: {
          to: [],
          actions: [
            { type: 'imBack', title: 'Yes', value: 'Yes' },
            { type: 'imBack', title: 'No', value: 'No' },
          ],
        },
      },
      TO,
    );
    expect(bodies).toEqual([
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: TO,
        type: 'interactive',
        interactive: {
          type: 'button',
          body: { text: 'Temporary?' },
          action: {
            buttons: [
              { type: 'reply', reply: { id: 't:Yes', title: 'Yes' } },
              { type: 'reply', reply: { id: 't:No', title: 'No' } },
            ],
          },
        },
      },
    ]);
  });

  it('offers a repeated answer once, so 4 actions with one repeat still fit on buttons', () => {
    const actions: CardAction[] = ['Yes', 'No', 'Yes', 'Not sure'].map((v) => ({ type: 'imBack', title: v, value: v }));
    const [body] = renderActivity({ type: 'message', text: 'Temporary?', suggestedActions: { to: [], actions } }, TO).bodies as ButtonsBody[];
    expect(body.interactive.action.buttons.map((b) => b.reply.title)).toEqual(['Yes', 'No', 'Not sure']);
  });

  it('splits more than 10 choices across list messages of at most 10 rows', () => {
    const actions: CardAction[] = Array.from({ length: 23 }, (_, i) => ({ type: 'imBack', title: `Choice ${i + 1}`, value: `Choice ${i + 1}` }));
    const { bodies } = renderActivity({ type: 'message', text: 'Pick one', suggestedActions: { to: [], actions } }, TO);
    const lists = bodies.map((b) => (b as ListBody).interactive);
    expect(lists.map((l) => l.action.sections[0].rows.length)).toEqual([10, 10, 3]);
    expect(lists.map((l) => l.body.text)).toEqual(['Pick one', 'More options (2 of 3)', 'More options (3 of 3)']);
  });

  it('sends text longer than 4096 characters as several messages split between sentences', () => {
    const sentence = 'We can pause your payments for three months while you look for work. ';
    const { bodies } = renderActivity({ type: 'message', text: sentence.repeat(150) }, TO);
    expect(bodies.length).toBe(3);
    for (const b of bodies) {
      const body = (b as { text: { body: string } }).text.body;
      expect(body.length).toBeLessThanOrEqual(4096);
      expect(body.endsWith('work.')).toBe(true);
    }
  });

  it('summarises an Adaptive Card offer as text plus buttons whose ids carry the submit data', () => {
    const card = {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: {
        type: 'AdaptiveCard',
        body: [
          { type: 'TextBlock', text: 'Your plan', weight: 'Bolder' },
          {
            type: 'Container',
            items: [
              {
                type: 'FactSet',
                facts: [
                  { title: 'Monthly payment', value: '₹4,500' },
                  { title: 'Term:', value: '6 months' },
                ],
              },
            ],
          },
        ],
        actions: [
          { type: 'Action.Submit', title: 'Accept this plan', data: { action: 'accept', planId: 'deferral-3' } },
          { type: 'Action.OpenUrl', title: 'Terms', url: 'https://example.com/terms' },
        ],
      },
    };
    const [body] = renderActivity({ type: 'message', attachments: [card] }, TO).bodies as ButtonsBody[];
    expect(body.interactive.body.text).toBe('*Your plan*\nMonthly payment: ₹4,500\nTerm: 6 months\nTerms: https://example.com/terms');
    const [button] = body.interactive.action.buttons;
    expect(button.reply.title).toBe('Accept this plan');
    expect(decodeReplyId(button.reply.id)).toEqual({ payload: { value: { action: 'accept', planId: 'deferral-3' } } });
  });

  it("reads the bot's own offer card: each figure on one line with its label, then the four choices", () => {
    const plan = {
      id: 'term_extension-12',
      title: 'Spread your loan over 12 months more',
      explanation: 'Your monthly payment drops.',
      figures: [
        { label: 'New monthly payment', value: '₹16,689.54' },
        { label: 'Total you will pay', value: '₹6,84,271.02' },
      ],
    } as Plan;
    const [list] = renderActivity({ type: 'message', attachments: [offerCard(plan, { index: 1, total: 1 }, sayIn('en'))] }, TO).bodies as ListBody[];
    expect(list.interactive.body.text).toBe(
      'Option 1 of 1\n*Spread your loan over 12 months more*\nYour monthly payment drops.\nNew monthly payment: ₹16,689.54\nTotal you will pay: ₹6,84,271.02',
    );
    expect(list.interactive.action.sections[0].rows.map((r) => r.title)).toEqual(['Accept this plan', 'I need time', 'None of these', 'Talk to someone']);
  });

  it('turns a carousel of offer cards into one list whose repeated titles are told apart by the card heading', () => {
    const offer = (title: string, planId: string) => ({
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: {
        type: 'AdaptiveCard',
        body: [
          { type: 'TextBlock', text: 'Option 1 of 2', isSubtle: true },
          { type: 'TextBlock', text: title, weight: 'Bolder' },
        ],
        actions: [
          { type: 'Action.Submit', title: 'Accept this plan', data: { action: 'accept', planId } },
          { type: 'Action.Submit', title: 'Other options', data: { action: 'other' } },
          { type: 'Action.Submit', title: 'Talk to someone', data: { action: 'human' } },
        ],
      },
    });
    const [list] = renderActivity(
      { type: 'message', attachmentLayout: 'carousel', attachments: [offer('Payment holiday', 'deferral-3'), offer('Smaller payments', 'reduced-6')] },
      TO,
    ).bodies as ListBody[];
    const rows = list.interactive.action.sections[0].rows;
    expect(rows.map((r) => [r.title, r.description])).toEqual([
      ['Accept this plan', 'Payment holiday'],
      ['Other options', undefined],
      ['Talk to someone', undefined],
      ['Accept this plan (2)', 'Smaller payments'],
    ]);
    expect(decodeReplyId(rows[3].id)).toEqual({ payload: { value: { action: 'accept', planId: 'reduced-6' } } });
  });

  it('renders nothing for typing and other non-message activities', () => {
    expect(renderActivity({ type: 'typing' }, TO).bodies).toEqual([]);
    expect(renderActivity({ type: 'event', name: 'x', text: 'hidden' }, TO).bodies).toEqual([]);
  });
});

describe('uniqueTitles', () => {
  it('keeps titles within the limit and distinct even when they only differ after the cut', () => {
    const titles = uniqueTitles(['Reduced hours at work now', 'Reduced hours at work later', 'reduced hours at work now', ''], 20);
    expect(new Set(titles.map((t) => t.toLowerCase())).size).toBe(4);
    for (const t of titles) expect(t.length).toBeLessThanOrEqual(20);
    expect(titles[3]).toBe('Option 4');
  });
});
