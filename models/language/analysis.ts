import type { HardshipReason } from '../loanBook/loanRecord';

/** How often an amount recurs; `once` is a lump sum, null when the text does not say. */
export const PERIODS = ['once', 'day', 'week', 'fortnight', 'month', 'year'] as const;
export type Period = (typeof PERIODS)[number];

/** Commands that interrupt whatever dialog is running. */
export const INTENTS = ['human', 'opt_out', 'dispute', 'complaint', 'leave_queue', 'restart', 'help', 'none'] as const;
export type Intent = (typeof INTENTS)[number];

/** Questions a borrower may ask at any step, answered briefly before the step is asked again. */
export const FAQ_TOPICS = ['cant_pay', 'credit_file', 'property', 'in_writing', 'data_use'] as const;
export type FaqTopic = (typeof FAQ_TOPICS)[number];

/** The budget's lines as a borrower names them ("my rent", "the bills"). */
export const BUDGET_LINES = ['income', 'housing', 'essentials', 'otherDebtRepayments'] as const;
export type BudgetLine = (typeof BUDGET_LINES)[number];

/** "go back", "change my rent", "the rent is actually 21000": an earlier answer to change. */
export interface Correction {
  /** The line named, when the message names one. */
  line: BudgetLine | null;
  /** Asks for the previous question ("go back", "the last one"), so a figure without a line is not the current answer. */
  back: boolean;
}

/** FCA FG21/1 drivers of vulnerability, grouped by the guidance's four categories. */
export const VULNERABILITY_CATEGORY = {
  serious_illness: 'health',
  mental_health: 'health',
  disability: 'health',
  addiction: 'health',
  bereavement: 'life_events',
  abuse: 'life_events',
  caring_duties: 'life_events',
  job_loss: 'life_events',
  relationship_breakdown: 'life_events',
  over_indebtedness: 'resilience',
  financial_shock: 'resilience',
  low_literacy: 'capability',
  language_barrier: 'capability',
  learning_difficulty: 'capability',
} as const;
export type VulnerabilityDriver = keyof typeof VULNERABILITY_CATEGORY;
export type VulnerabilityCategory = (typeof VULNERABILITY_CATEGORY)[VulnerabilityDriver];

export interface AmountMention {
  value: number;
  period: Period | null;
  /** The words the amount was read from. */
  text: string;
  /** The upper end when the borrower gave a range ("15-16k"); value is then the lower end. */
  high?: number;
}

export interface DateMention {
  text: string;
  /** ISO date (YYYY-MM-DD). */
  start: string;
  end?: string;
  kind: 'date' | 'duration';
}

export interface Analysis {
  /** Sorted by confidence, highest first; [] when the text states no hardship. */
  reasons: { reason: HardshipReason; confidence: number }[];
  /** Whether the hardship is expected to end; null when the text gives no cue. */
  temporary: boolean | null;
  amounts: AmountMention[];
  dates: DateMention[];
  vulnerable: boolean;
  vulnerability: { driver: VulnerabilityDriver; category: VulnerabilityCategory }[];
  /** Self-harm or suicidal language: the dialog must hand over to a human with support details. */
  crisis: boolean;
  /** Distress short of a clear crisis (overwhelm, hopelessness): the dialog asks gently whether the borrower is safe. Never true with `crisis`. */
  concern: boolean;
  intent: Intent;
  /** A question from the FAQ, or null. */
  question: FaqTopic | null;
  /** Asks to change an earlier budget answer, or null. */
  correction: Correction | null;
  /** 'other' for clearly non-English text so the dialog can fall back politely and offer a human. */
  language: 'en' | 'other';
}
