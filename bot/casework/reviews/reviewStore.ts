import { DomainError } from '../../../models/shared/domainError';
import { firstIssue } from '../../../models/shared/firstIssue';
import { z } from 'zod';
import type { Documents } from '../../infra/storage/documents';
import type { Redact } from '../transcripts/toEntries';

export const REVIEW_FLAGS = ['pressure', 'missed_vulnerability', 'wrong_offer', 'identity_concern', 'tone', 'good_practice'] as const;
export type ReviewFlag = (typeof REVIEW_FLAGS)[number];

export interface Review {
  /** 1 (poor) to 5 (exemplary). */
  score: number;
  notes: string;
  flags: ReviewFlag[];
  reviewer: string;
  at: string;
}

/** A conversation's QA review: the current one plus every earlier version, oldest first. */
export interface ReviewRecord {
  key: string;
  current: Review;
  history: Review[];
}

export type ReviewInput = Pick<Review, 'score' | 'notes' | 'flags'>;

/** A review body that cannot be saved; the message says what to send. */
export class ReviewInputError extends DomainError {
  readonly kind = 'invalid';
  override name = 'ReviewInputError';
}

const MAX_NOTES = 4000;
const inputSchema = z.object({
  score: z.number().int().min(1).max(5),
  notes: z.string().max(MAX_NOTES).optional().default(''),
  flags: z.array(z.enum(REVIEW_FLAGS)).max(REVIEW_FLAGS.length).optional().default([]),
});

export function parseReviewInput(body: unknown): ReviewInput {
  const parsed = inputSchema.safeParse(body);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    throw new ReviewInputError(
      `Review field "${issue.where}" ${issue.message}. Send {"score": 1-5, "notes": "...", "flags": [${REVIEW_FLAGS.map((f) => `"${f}"`).join(', ')}]}`,
    );
  }
  return { ...parsed.data, flags: [...new Set(parsed.data.flags)] };
}

/**
 * QA reviews, one document per conversation. A new review replaces the
 * current one and the old version moves to the history, so nothing a
 * reviewer wrote is lost. Notes are redacted like transcripts: a reviewer
 * quoting the borrower must not put raw card numbers back on disk.
 */
export class ReviewStore {
  private readonly current = new Map<string, Review>();

  private constructor(
    private readonly documents: Documents<ReviewRecord>,
    private readonly redact: Redact,
    private readonly now: () => Date,
  ) {}

  static async open(documents: Documents<ReviewRecord>, redact: Redact, now: () => Date = () => new Date()): Promise<ReviewStore> {
    const store = new ReviewStore(documents, redact, now);
    for await (const doc of documents.all()) store.current.set(doc.value.key, doc.value.current);
    return store;
  }

  async get(key: string): Promise<ReviewRecord | undefined> {
    return (await this.documents.get(key))?.value;
  }

  /** The current review of `key` from the in-memory index (for the conversation list). */
  latest(key: string): Review | undefined {
    return this.current.get(key);
  }

  async save(key: string, input: ReviewInput, reviewer: string): Promise<ReviewRecord> {
    const review: Review = { score: input.score, notes: this.redact(input.notes), flags: input.flags, reviewer, at: this.now().toISOString() };
    const record = await this.documents.update(key, (existing) =>
      existing ? { key, current: review, history: [...existing.history, existing.current] } : { key, current: review, history: [] },
    );
    this.current.set(key, review);
    return record!;
  }
}
