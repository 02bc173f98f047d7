import type { Campaign } from '../../../models/outreach/campaign';
import { liftOverHoldout, type Lift } from '../../../models/outreach/lift';
import type { CampaignSend, SuppressionRecord } from '../../../models/ports/campaigns';
import type { SendOutcome } from './ledger';

export interface Tally {
  sends: number;
  deliveries: number;
  reads: number;
  failures: number;
  replies: number;
  intakesStarted: number;
  intakesVerified: number;
  arrangements: number;
  optOuts: number;
}

export interface CampaignOutcomes {
  campaignId: string;
  status: Campaign['status'];
  totals: Tally & { queued: number; uncertain: number; heldOut: number; suppressed: number };
  byChannel: Record<string, Tally>;
  /** By the borrower's local send hour. */
  byHour: Record<string, Tally>;
  /** Distinct sends each rule stopped (a send stopped on several days counts once per rule). */
  suppressionsByRule: Record<string, number>;
  /** Arrangement rate of borrowers contacted (sent or tried) against the holdout's, with a 95 % interval. */
  lift: Lift & { treatedBorrowers: number; controlBorrowers: number };
}

const empty = (): Tally => ({ sends: 0, deliveries: 0, reads: 0, failures: 0, replies: 0, intakesStarted: 0, intakesVerified: 0, arrangements: 0, optOuts: 0 });

function add(tally: Tally, row: CampaignSend, outcome: SendOutcome & { optedOut: boolean }): void {
  tally.sends++;
  if (row.statuses.delivered || row.statuses.read) tally.deliveries++;
  if (row.statuses.read) tally.reads++;
  if (row.state === 'failed') tally.failures++;
  if (row.repliedAt) tally.replies++;
  // A reply is taken into the verified intake, so every reply starts one.
  if (row.repliedAt) tally.intakesStarted++;
  if (outcome.verified) tally.intakesVerified++;
  if (outcome.arrangement) tally.arrangements++;
  if (outcome.optedOut) tally.optOuts++;
}

/**
 * A campaign's outcomes from its ledger: per send (what WhatsApp reported,
 * what the borrower did after), and per borrower for lift, so a borrower
 * written to twice counts once against the holdout.
 */
export async function campaignOutcomes(
  campaign: Campaign,
  rows: readonly CampaignSend[],
  suppressions: readonly SuppressionRecord[],
  outcomeOf: (row: CampaignSend) => Promise<SendOutcome & { optedOut: boolean }>,
): Promise<CampaignOutcomes> {
  const totals = { ...empty(), queued: 0, uncertain: 0, heldOut: 0, suppressed: 0 };
  const byChannel: Record<string, Tally> = {};
  const byHour: Record<string, Tally> = {};
  const treated = new Map<string, boolean>();
  const control = new Map<string, boolean>();
  for (const row of rows) {
    if (row.state === 'queued' || row.state === 'sending') totals.queued++;
    if (row.state === 'uncertain') totals.uncertain++;
    if (row.state === 'suppressed') totals.suppressed++;
    if (row.state === 'held_out') {
      totals.heldOut++;
      control.set(row.loanId, (control.get(row.loanId) ?? false) || (await outcomeOf(row)).arrangement);
    }
    if (row.state !== 'sent' && row.state !== 'failed') continue;
    const outcome = await outcomeOf(row);
    add(totals, row, outcome);
    add((byChannel[row.channel ?? 'whatsapp'] ??= empty()), row, outcome);
    add((byHour[String(row.hour ?? 0).padStart(2, '0')] ??= empty()), row, outcome);
    treated.set(row.loanId, (treated.get(row.loanId) ?? false) || outcome.arrangement);
  }
  const count = (m: Map<string, boolean>) => ({ successes: [...m.values()].filter(Boolean).length, trials: m.size });
  const suppressionsByRule: Record<string, number> = {};
  for (const s of suppressions) suppressionsByRule[s.rule] = (suppressionsByRule[s.rule] ?? 0) + 1;
  return {
    campaignId: campaign.id,
    status: campaign.status,
    totals,
    byChannel,
    byHour,
    suppressionsByRule,
    lift: { ...liftOverHoldout(count(treated), count(control)), treatedBorrowers: treated.size, controlBorrowers: control.size },
  };
}
