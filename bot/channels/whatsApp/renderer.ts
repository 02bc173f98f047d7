import type { Activity, Attachment, CardAction } from 'botbuilder';
import { ADAPTIVE_CARD, summariseAdaptiveCard } from './adaptiveCard';
import { fromCardActions, linkLine, type Choice, type ChoicesAndLines, type Link } from './choice';
import { encodeReplyId, type ReplyPayload } from './replyId';
import { envelope, LIMITS, type ListRow, type ReplyButton, type SendBody } from './sendBody';
import { toWhatsAppMarkup } from './markup';
import { splitText, truncate } from './textFit';
import { speakingAgent } from '../agentVoice';
import { BORROWER_LANGUAGES, DEFAULT_LANGUAGE, type BorrowerLanguage } from '../../../models/i18n/languages';
import { sayIn } from '../../../models/i18n/translate';

export interface RenderOptions {
  /** Label of the button that opens a list. */
  listButton: string;
  /** Body used when a message has choices but no text (the API requires a body). */
  emptyPrompt: string;
}

/** The language a bot message was sent in (dialogs/languageTurn stamps it); an agent's message has none, so English. */
function languageOf(activity: Partial<Activity>): BorrowerLanguage {
  const stamped = (activity.channelData as { language?: unknown } | undefined)?.language;
  return BORROWER_LANGUAGES.find((l) => l === stamped) ?? DEFAULT_LANGUAGE;
}

export interface Rendered {
  bodies: SendBody[];
  /** Reply payloads too long to ride in an id, by the reference id sent instead; the adapter must store them. */
  storedReplies: Map<string, ReplyPayload>;
}

const HERO_CARDS = new Set(['application/vnd.microsoft.card.hero', 'application/vnd.microsoft.card.thumbnail']);

/**
 * One Bot Framework activity as the WhatsApp messages that say the same thing,
 * within every documented limit. Pure: the same activity always renders the
 * same bodies. Up to 3 choices become reply buttons; more become lists of at
 * most 10 rows, several lists if need be (stateless, so a row tapped in any of
 * them still carries its own answer, unlike a "More options" pager).
 */
export function renderActivity(activity: Partial<Activity>, to: string, options: Partial<RenderOptions> = {}): Rendered {
  const say = sayIn(languageOf(activity));
  const opts = { listButton: say('whatsApp.choose'), emptyPrompt: say('whatsApp.choosePrompt'), ...options };
  const rendered: Rendered = { bodies: [], storedReplies: new Map() };
  if (activity.type !== undefined && activity.type !== 'message') return rendered;

  const blocks: string[] = activity.text?.trim() ? [toWhatsAppMarkup(activity.text.trim())] : [];
  const choices: Choice[] = [];
  const links: Link[] = [];
  for (const summary of [...(activity.attachments ?? []).map(summariseAttachment), fromCardActions(activity.suggestedActions?.actions)]) {
    if (summary.lines.length) blocks.push(summary.lines.join('\n'));
    choices.push(...distinct(summary.choices, choices));
    links.push(...(summary.links ?? []));
  }
  // One secure link and nothing to choose: a call-to-action button. Otherwise links are lines of text.
  const cta = choices.length === 0 && links.length === 1 && links[0].url.startsWith('https://') ? links[0] : undefined;
  if (!cta && links.length) blocks.push(links.map(linkLine).join('\n'));
  // WhatsApp shows every message as the business's, so an agent's name goes in front of what they wrote.
  const agent = speakingAgent(activity);
  const text = `${agent && blocks.length ? `*${agent.replace(/[*_~`]/g, '')}:* ` : ''}${blocks.join('\n\n').trim()}`;

  if (!cta && choices.length === 0) {
    for (const piece of splitText(text, LIMITS.textBody)) rendered.bodies.push({ ...envelope(to), type: 'text', text: { body: piece } });
    return rendered;
  }

  // The text that does not fit an interactive body goes first, as plain messages.
  const tail = splitText(text, LIMITS.interactiveBody).pop() ?? '';
  const head = text.slice(0, text.length - tail.length);
  for (const piece of splitText(head, LIMITS.textBody)) rendered.bodies.push({ ...envelope(to), type: 'text', text: { body: piece } });
  if (cta) {
    const parameters = { display_text: truncate(cta.title || opts.emptyPrompt, LIMITS.ctaDisplayText), url: cta.url };
    rendered.bodies.push({
      ...envelope(to),
      type: 'interactive',
      interactive: { type: 'cta_url', body: { text: tail || cta.url }, action: { name: 'cta_url', parameters } },
    });
    return rendered;
  }
  const body = tail || opts.emptyPrompt;

  if (choices.length <= LIMITS.buttons) {
    const buttons = toButtons(choices, rendered.storedReplies);
    rendered.bodies.push({ ...envelope(to), type: 'interactive', interactive: { type: 'button', body: { text: body }, action: { buttons } } });
    return rendered;
  }
  const rows = toRows(choices, rendered.storedReplies);
  const pages = Math.ceil(rows.length / LIMITS.listRows);
  for (let page = 0; page < pages; page++) {
    const pageRows = uniqueRowTitles(rows.slice(page * LIMITS.listRows, (page + 1) * LIMITS.listRows));
    rendered.bodies.push({
      ...envelope(to),
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: page === 0 ? body : say('whatsApp.moreOptions', { page: page + 1, pages }) },
        action: {
          button: truncate(opts.listButton, LIMITS.listButton),
          sections: [
            {
              title: truncate(pages > 1 ? say('whatsApp.optionsPage', { page: page + 1, pages }) : say('whatsApp.options'), LIMITS.sectionTitle),
              rows: pageRows,
            },
          ],
        },
      },
    });
  }
  return rendered;
}

function summariseAttachment(attachment: Attachment): ChoicesAndLines {
  if (attachment.contentType === ADAPTIVE_CARD) return summariseAdaptiveCard(attachment.content);
  if (HERO_CARDS.has(attachment.contentType)) {
    const card = (attachment.content ?? {}) as { title?: string; subtitle?: string; text?: string; buttons?: CardAction[] };
    const actions = fromCardActions(card.buttons);
    const lines = [card.title && `*${card.title}*`, card.subtitle, card.text].filter((l): l is string => Boolean(l?.trim()));
    return { ...actions, lines: [...lines, ...actions.lines] };
  }
  return { choices: [], lines: attachment.contentUrl ? [attachment.name ? `${attachment.name}: ${attachment.contentUrl}` : attachment.contentUrl] : [] };
}

/** Choices with the same answer as one already offered (a carousel's shared "Other options") are offered once. */
function distinct(candidates: Choice[], offered: Choice[]): Choice[] {
  const seen = new Set(offered.map((c) => JSON.stringify(c.payload)));
  return candidates.filter((c) => {
    const key = JSON.stringify(c.payload);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function encodeAll(choices: Choice[], maxId: number, stored: Map<string, ReplyPayload>): { id: string; choice: Choice }[] {
  return choices.map((choice) => {
    const { id, stored: payload } = encodeReplyId(choice.payload, maxId);
    if (payload) stored.set(id, payload);
    return { id, choice };
  });
}

function toButtons(choices: Choice[], stored: Map<string, ReplyPayload>): ReplyButton[] {
  const encoded = encodeAll(choices, LIMITS.buttonId, stored);
  const titles = uniqueTitles(
    encoded.map((e) => e.choice.title),
    LIMITS.buttonTitle,
  );
  return encoded.map((e, i) => ({ type: 'reply', reply: { id: e.id, title: titles[i] } }));
}

function toRows(choices: Choice[], stored: Map<string, ReplyPayload>): ListRow[] {
  const encoded = encodeAll(choices, LIMITS.rowId, stored);
  const normalise = (title: string) => title.replace(/\s+/g, ' ').trim();
  const repeats = new Map<string, number>();
  for (const { choice } of encoded) {
    const key = normalise(choice.title).toLowerCase();
    repeats.set(key, (repeats.get(key) ?? 0) + 1);
  }
  return encoded.map(({ id, choice }) => {
    const full = normalise(choice.title);
    const title = truncate(full, LIMITS.rowTitle);
    // Underneath: the whole title if it was cut, else what a repeated title belongs to.
    const description = title !== full ? full : (repeats.get(full.toLowerCase()) ?? 0) > 1 ? choice.context : undefined;
    return description ? { id, title, description: truncate(description, LIMITS.rowDescription) } : { id, title };
  });
}

function uniqueRowTitles(rows: ListRow[]): ListRow[] {
  const titles = uniqueTitles(
    rows.map((r) => r.title),
    LIMITS.rowTitle,
  );
  return rows.map((row, i) => ({ ...row, title: titles[i] }));
}

/** Titles cut to `max` and made distinct (the API refuses repeats), numbering clashes as "Title (2)". */
export function uniqueTitles(titles: string[], max: number): string[] {
  const used = new Set<string>();
  return titles.map((raw, i) => {
    const base = raw.replace(/\s+/g, ' ').trim() || `Option ${i + 1}`;
    let title = truncate(base, max);
    for (let n = 2; used.has(title.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      title = truncate(base, max - suffix.length) + suffix;
    }
    used.add(title.toLowerCase());
    return title;
  });
}
