import type { Activity } from 'botbuilder';
import { BORROWER_REVIEW_MESSAGE } from '../models/fraud/decision';

/** What a benchmark borrower answers; the prompts decide which answer is sent when (see STEPS). */
export interface BenchBorrower {
  loanId: string;
  secret: string;
  story: string;
  outlook: string;
  income: string;
  housing: string;
  essentials: string;
  debts: string;
}

export type Outgoing = string | { value: Record<string, unknown> };

/** One transport to a bot: a conversation is opened, then messages go in order; each returns the bot's messages for that turn. */
export interface Conversation {
  open(): Promise<Partial<Activity>[]>;
  send(message: Outgoing): Promise<Partial<Activity>[]>;
}

interface Step {
  name: string;
  when: (text: string, last: Partial<Activity>) => boolean;
  answer: (borrower: BenchBorrower, last: Partial<Activity>) => Outgoing;
}

const says = (pattern: RegExp) => (text: string) => pattern.test(text);

function acceptAction(activity: Partial<Activity>): Record<string, unknown> | undefined {
  for (const attachment of activity.attachments ?? []) {
    const actions = (attachment.content as { actions?: { data?: Record<string, unknown> }[] } | undefined)?.actions ?? [];
    const accept = actions.find((a) => a.data?.action === 'accept');
    if (accept?.data) return accept.data;
  }
  return undefined;
}

/**
 * The intake as a table of prompts and answers, matched against the last
 * thing the bot said: a new confirmation turn ("… Is that right?") or a
 * resumed intake needs no change here, and an unknown prompt stops the run
 * with the bot's words.
 */
export const STEPS: Step[] = [
  { name: 'accept', when: (_t, last) => acceptAction(last) !== undefined, answer: (_b, last) => ({ value: acceptAction(last)! }) },
  { name: 'consent', when: says(/Would you like to continue\?/), answer: () => 'Yes, continue' },
  { name: 'reference', when: says(/loan reference/), answer: (b) => b.loanId },
  { name: 'identity', when: says(/date of birth/), answer: (b) => b.secret },
  { name: 'story', when: says(/What has made it hard/), answer: (b) => b.story },
  { name: 'confirm', when: says(/Is that right\?|Is that correct\?|Did I get that right/i), answer: () => "Yes, that's right" },
  { name: 'outlook', when: says(/get better/), answer: (b) => b.outlook },
  { name: 'income', when: says(/take-home income/), answer: (b) => b.income },
  { name: 'housing', when: says(/rent or mortgage/), answer: (b) => b.housing },
  { name: 'essentials', when: says(/bills, food/), answer: (b) => b.essentials },
  { name: 'debts', when: says(/other loans/), answer: (b) => b.debts },
];

// An intake also ends when the fraud watch holds the offers for a person (many bench borrowers share a few loans), or
// when another conversation on the same loan already agreed its arrangement (the shared-loan contention run).
const DONE = new RegExp(`first payment of .* is due|Your reference is FB-|${BORROWER_REVIEW_MESSAGE}|You already have an arrangement for this loan`);

function lastPrompt(replies: Partial<Activity>[]): Partial<Activity> | undefined {
  return replies.filter((a) => a.type === 'message' || a.type === undefined).at(-1);
}

export interface IntakeResult {
  /** Milliseconds of each turn, in order, by step name. */
  turns: { step: string; ms: number }[];
  /** What was sent, so a baseline bot can be sent exactly the same. */
  script: Outgoing[];
}

/** Drives one complete intake (consent → identity → story → budget → offers → accept); throws on a prompt it does not know. */
export async function runIntake(conversation: Conversation, borrower: BenchBorrower, maxTurns = 40): Promise<IntakeResult> {
  const turns: IntakeResult['turns'] = [];
  const script: Outgoing[] = [];
  let replies = await conversation.open();
  if (replies.length === 0) {
    // Channels that greet only on a first message (the Bot Framework endpoint).
    const t = performance.now();
    replies = await conversation.send('hello');
    turns.push({ step: 'hello', ms: performance.now() - t });
    script.push('hello');
  }
  for (let n = 0; n < maxTurns; n++) {
    const last = lastPrompt(replies);
    const text = replies.map((a) => a.text ?? '').join('\n');
    if (DONE.test(text)) return { turns, script };
    const step = last && STEPS.find((s) => s.when(last.text ?? '', last));
    if (!step) throw new Error(`intake driver: no answer for the bot's "${text.slice(0, 300)}"`);
    const message = step.answer(borrower, last);
    const t = performance.now();
    replies = await conversation.send(message);
    turns.push({ step: step.name, ms: performance.now() - t });
    script.push(message);
  }
  throw new Error(`intake driver: no arrangement after ${maxTurns} turns`);
}

/** Sends a recorded script to a bot that does not converse (the echo baseline), one message per turn. */
export async function runScript(conversation: Conversation, script: Outgoing[]): Promise<IntakeResult> {
  const turns: IntakeResult['turns'] = [];
  await conversation.open();
  for (const message of script) {
    const t = performance.now();
    await conversation.send(message);
    turns.push({ step: 'script', ms: performance.now() - t });
  }
  return { turns, script };
}
