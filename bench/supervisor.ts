import type { DecisionEvent } from '../models/decisions/decisionEvent';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DocumentStore } from '../bot/infra/storage/documentStore';
import { filterConversations, pageOf, type ConversationFilter } from '../bot/staff/supervisor/conversationFilter';
import { applyEntry, emptySummary } from '../bot/casework/transcripts/summarize';
import type { ConversationSummary, TranscriptDocument, TranscriptEntry } from '../bot/casework/transcripts/transcriptRecord';
import { TranscriptStore } from '../bot/casework/transcripts/transcriptStore';
import { seededRandom } from '../models/shared/random';
import { percentile, type Bench } from './report';

const CONVERSATIONS = 10_000;
const ROUNDS = 30;
const SEED = 20261123;

const STORIES: [reason: string, text: string][] = [
  ['unemployment', 'I lost my job when the factory closed and I have been looking for work since'],
  ['income_reduction', 'my hours were cut at the warehouse and the overtime has gone'],
  ['illness', 'I was in hospital for three weeks after an operation and could not work'],
  ['business_failure', 'my shop has had no customers since the road works started'],
  ['increased_expenses', 'the rent went up again and the electricity bill doubled'],
  ['divorce_separation', 'my partner left and I am paying everything on one income now'],
  ['death', 'my husband passed away in the spring and his salary paid the loan'],
  ['disaster', 'the flood damaged the house and we had to move out for repairs'],
];
const BOT_LINES = [
  "Hello, I'm the virtual assistant. I'm here to help if you're finding it hard to keep up with a loan payment.",
  'First I need to check that I am talking to the right person. What is your loan reference?',
  'Thank you. And your date of birth, or the last 4 digits of the phone number we have for you?',
  "Thank you, you're verified. What has made it hard to keep up with payments?",
  'Do you expect things to get better?',
  'Roughly how much take-home income do you have each month?',
  'How much is your rent or mortgage each month?',
  'Roughly how much do bills, food, transport and childcare come to each month?',
  'Do you pay any other loans or credit cards? How much a month in total?',
];
const BANDS = ['low', 'medium', 'high'] as const;
const CHANNELS = ['directline', 'directline', 'directline', 'whatsapp', 'msteams'];

/** One realistic conversation: the bot's questions, the borrower's story and answers, and decision events. */
function conversation(i: number, next: () => number): TranscriptDocument {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const channelId = pick(CHANNELS);
  const start = Date.UTC(2026, 0, 1) + Math.floor(next() * 330 * 86_400_000);
  let minute = 0;
  const at = () => new Date(start + (minute += 0.2 + next()) * 60_000).toISOString();
  const [reason, story] = pick(STORIES);
  const band = pick(BANDS);
  const entries: TranscriptEntry[] = [];
  const say = (speaker: 'bot' | 'borrower', text: string) => entries.push({ at: at(), speaker, kind: 'message', text });
  // Synthetic decisions carry only the fields the summaries read.
  const decide = (kind: string, value: Record<string, unknown>) =>
    entries.push({ at: at(), speaker: 'bot', kind: 'decision', decision: { kind, value } as unknown as DecisionEvent });
  say('bot', BOT_LINES[0]);
  say('borrower', 'yes please');
  say('bot', BOT_LINES[1]);
  say('borrower', `LN_${10000 + i}`);
  say('bot', BOT_LINES[2]);
  say('borrower', '[REDACTED:dob]');
  decide('identity_verified', { loanId: `LN_${10000 + i}` });
  say('bot', BOT_LINES[3]);
  say('borrower', `${story}. It has been about ${2 + Math.floor(next() * 10)} months.`);
  decide('reasons_confirmed', { reasons: [reason], temporary: next() < 0.5 });
  if (next() < 0.8) {
    for (const line of BOT_LINES.slice(4)) {
      say('bot', line);
      say('borrower', `about ${Math.round(5 + next() * 60)},000`);
    }
    decide('risk_score', {
      band,
      probability: Math.round(next() * 100) / 100,
      reasons: [{ feature: 'missed', contribution: 0.1, text: 'missed payments raised the risk' }],
    });
    decide('offers_shown', {
      action: band === 'high' ? 'escalate' : 'offer',
      plans: [{ id: 'deferral-3', type: 'deferral', monthlyPayment: 0, termMonths: 3 }],
    });
    if (band === 'high') decide('escalation', { reason: 'high_risk', caseId: `C-${i}` });
    else if (next() < 0.7) decide('arrangement', { type: pick(['deferral', 'arrears_plan', 'term_extension']), reference: `FB-${i}` });
  }
  const summary = emptySummary(`${channelId}:conv-${i}`, channelId, `conv-${i}`, entries[0].at);
  for (const entry of entries) applyEntry(summary, entry);
  return { summary, entries };
}

/** Writes the documents in the store's own layout, without an fsync per file (that would take minutes). */
function seedStore(dir: string, docs: TranscriptDocument[]): void {
  const layout = new DocumentStore<TranscriptDocument>(dir);
  for (const [i, doc] of docs.entries()) {
    const file = layout.fileFor(doc.summary.key);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ key: doc.summary.key, eTag: `seed-${i}`, value: doc }));
  }
}

const SEARCHES: ConversationFilter[] = [
  { q: 'factory' },
  { q: 'hospital operation' },
  { q: '"rent went up"' },
  { q: 'flood', band: 'high' },
  { q: 'overtime', channel: 'whatsapp' },
  { q: 'LN_10042' },
  { q: 'nothing-matches-this' },
  { q: 'partner', from: '2026-03-01', to: '2026-06-30' },
];
const FILTERS: ConversationFilter[] = [
  { band: 'high', escalated: true },
  { outcome: 'arrangement', channel: 'directline' },
  { reason: 'illness', from: '2026-05-01', to: '2026-05-31' },
  { vulnerable: false, band: 'low' },
];

/** The baseline: a plain Array.filter over the same in-memory data, with the same predicate spelled out inline. */
function plainFilter(docs: { summary: ConversationSummary; text: string }[], f: ConversationFilter): ConversationSummary[] {
  const words = (f.q ?? '').toLowerCase().replace(/"/g, '').split(/\s+/).filter(Boolean);
  const from = f.from ? Date.parse(f.from) : -Infinity;
  const to = f.to ? Date.parse(`${f.to}T23:59:59.999Z`) : Infinity;
  return docs
    .filter(({ summary: s, text }) => {
      const started = Date.parse(s.startedAt);
      return (
        started >= from &&
        started <= to &&
        (!f.channel || s.channelId === f.channel) &&
        (!f.band || s.band === f.band) &&
        (!f.reason || s.reasons.includes(f.reason)) &&
        (!f.outcome || s.outcome === f.outcome) &&
        (f.escalated === undefined || s.escalated === f.escalated) &&
        (f.vulnerable === undefined || s.vulnerable === f.vulnerable) &&
        words.every((w) => text.includes(w))
      );
    })
    .map((d) => d.summary);
}

function time(run: () => unknown): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

export const bench: Bench = async (report) => {
  const next = seededRandom(SEED);
  const docs = Array.from({ length: CONVERSATIONS }, (_, i) => conversation(i, next));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'forbear-bench-transcripts-'));
  try {
    seedStore(dir, docs);
    const opened = performance.now();
    const store = await TranscriptStore.open(new DocumentStore<TranscriptDocument>(dir));
    report({ name: `open TranscriptStore, index ${CONVERSATIONS.toLocaleString('en')} transcripts`, value: performance.now() - opened, unit: 'ms' });

    const plain = docs.map((d) => ({
      summary: d.summary,
      text: d.entries
        .map((e) => e.text ?? '')
        .join('\n')
        .toLowerCase(),
    }));
    const ours = (f: ConversationFilter) =>
      pageOf(
        filterConversations(store.allSummaries(), f, (q, among) => store.matching(q, among)),
        { offset: 0, limit: 50 },
      );
    const measure = (queries: ConversationFilter[]) => {
      const mine: number[] = [];
      const base: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        for (const f of queries) {
          mine.push(time(() => ours(f)));
          base.push(time(() => plainFilter(plain, f)));
        }
      }
      return { mine, base };
    };
    measure([...SEARCHES, ...FILTERS]); // warm up both paths

    const searches = measure(SEARCHES);
    const filters = measure(FILTERS);
    for (const [what, result] of [
      ['full-text search + filters', searches],
      ['filters only', filters],
    ] as const) {
      for (const p of [50, 99]) {
        const value = percentile(result.mine, p);
        const baseline = percentile(result.base, p);
        report({
          name: `${what} over ${CONVERSATIONS.toLocaleString('en')} conversations p${p}`,
          value,
          unit: 'ms',
          baseline: { name: 'plain Array.filter over the same data', value: baseline },
          ratio: value / baseline,
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
