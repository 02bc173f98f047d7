import { STAFF_NAMES } from '../../../models/i18n/languages';
import type { DecisionEvent, DecisionValues } from '../../../models/decisions/decisionEvent';
import type { TranscriptEntry } from '../../casework/transcripts/transcriptRecord';

/** How a badge is coloured: alert = a person must look (crisis, escalation), warn = care needed, ok = good outcome. */
export type AnnotationTone = 'info' | 'ok' | 'warn' | 'alert';

export interface Annotation {
  kind: string;
  tone: AnnotationTone;
  /** One line a supervisor reads inline, e.g. "risk: medium 0.62 — 2 missed payments raised the risk". */
  label: string;
  /** A reading of the hardship reasons that a later correction replaced (by the borrower or a supervisor). */
  superseded?: true;
}

export type AnnotatedEntry = TranscriptEntry & { annotation?: Annotation };

const num = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) ? v.toLocaleString('en') : '?');
const yesNo = (v: unknown): string => (v === true ? 'yes' : v === false ? 'no' : 'unknown');

// Stored decisions may predate a field, so every reader below tolerates one missing.
function riskLabel(v: Partial<DecisionValues['risk_score']>): string {
  const reasons = (v.reasons ?? []).slice(0, 3).map((r) => r.text ?? r.feature);
  const probability = typeof v.probability === 'number' ? v.probability.toFixed(2) : '?';
  return `risk: ${v.band ?? '?'} ${probability}${reasons.length ? ` — ${reasons.join('; ')}` : ''}`;
}

function offersLabel(v: Partial<DecisionValues['offers_shown']>): string {
  const plans = (v.plans ?? []).map((p) => `${p.id ?? p.type} (${num(p.monthlyPayment)}/month${p.termMonths ? ` × ${num(p.termMonths)}` : ''})`);
  const action = v.action && v.action !== 'offer' ? `${v.action}${v.escalationReason ? ` (${v.escalationReason})` : ''}` : '';
  return `offers shown: ${plans.length ? plans.join(', ') : 'none'}${action ? ` — action: ${action}` : ''}`;
}

function describe(decision: DecisionEvent): [AnnotationTone, string] {
  switch (decision.kind) {
    case 'consent':
      return ['info', `consent: ${decision.value.agreed === false ? 'declined' : 'agreed'}`];
    case 'identity_verified':
      return ['ok', `identity verified: ${decision.value.loanId}`];
    case 'identity_failed':
      return ['warn', `identity check failed (${num(decision.value.failures)} so far)`];
    case 'identity_locked':
      return ['alert', 'identity locked after repeated failures'];
    case 'fraud_review': {
      const signals = (decision.value.signals ?? []).map((s) => `${s.kind} ${num(s.score)}`).join(', ');
      return ['alert', `fraud review: ${signals || 'signals'}${decision.value.withholdSettlements ? ' — settlements withheld' : ''}`];
    }
    case 'reasons_found': {
      const v = decision.value;
      const reasons = (v.reasons ?? []).map((r) => `${r.reason}${typeof r.confidence === 'number' ? ` ${r.confidence.toFixed(2)}` : ''}`).join(', ');
      return ['info', `reasons found: ${reasons || 'none'}; temporary: ${yesNo(v.temporary)}${v.vulnerable ? '; vulnerability cues' : ''}`];
    }
    case 'reasons_confirmed':
      return ['ok', `reasons confirmed: ${(decision.value.reasons ?? []).join(', ') || 'none'}; temporary: ${yesNo(decision.value.temporary)}`];
    case 'reasons_corrected':
      return ['warn', `reasons corrected by supervisor ${decision.value.supervisor ?? '?'}: ${(decision.value.reasons ?? []).join(', ') || 'none'}`];
    case 'vulnerability':
      return ['warn', `vulnerability: ${(decision.value.drivers ?? []).join(', ') || 'noted'}`];
    case 'crisis':
      return ['alert', `crisis language (stage ${decision.value.stage ?? '?'}) — helpline shown`];
    case 'safety_check': {
      const { stage, outcome } = decision.value;
      const said = outcome === 'asked' ? 'asked if safe — helpline shown' : `answered: ${String(outcome ?? '?').replace(/_/g, ' ')}`;
      return [outcome === 'not_safe' ? 'alert' : 'warn', `safety check (stage ${stage ?? '?'}): ${said}`];
    }
    case 'budget': {
      const b: Partial<DecisionValues['budget']['budget']> = decision.value.budget ?? {};
      return [
        b.needsHumanReview ? 'warn' : 'info',
        `budget: income ${num(b.monthlyIncome)}, essentials ${num(b.monthlyEssentialCosts)}, disposable ${num(b.disposableIncome)}${b.needsHumanReview ? ' — needs review' : ''}`,
      ];
    }
    case 'risk_score':
      return [decision.value.band === 'high' ? 'warn' : 'info', riskLabel(decision.value)];
    case 'offers_shown':
      return [decision.value.action === 'escalate' ? 'warn' : 'info', offersLabel(decision.value)];
    case 'offer_choice': {
      const choice = decision.value.choice;
      return ['info', `choice: ${choice?.action ?? '?'}${choice?.action === 'accept' ? ` ${choice.planId}` : ''}`];
    }
    case 'arrangement':
      return [
        'ok',
        `arrangement: ${decision.value.type} — ${decision.value.reference}${decision.value.replaces ? ` (replaces ${decision.value.replaces})` : ''}`,
      ];
    case 'arrangement_in_place':
      return ['info', `live arrangement shown instead of offers: ${decision.value.type} — ${decision.value.reference}`];
    case 'missed_payment':
      return ['warn', `missed payment shown: ${decision.value.reference}, due ${decision.value.dueDate}, ${decision.value.arrears} in arrears`];
    case 'catch_up':
      return ['ok', `will catch up on ${decision.value.reference}${decision.value.by ? ` by ${decision.value.by}` : ''}`];
    case 'escalation': {
      const v = decision.value;
      return [
        'alert',
        `escalated: ${v.reason}${v.caseId ? ` — case ${v.caseId}` : ''}${typeof v.estimatedWaitMinutes === 'number' ? `, est. wait ${v.estimatedWaitMinutes} min` : ''}`,
      ];
    }
    case 'agent_joined':
      return ['info', `agent joined: ${decision.value.agent}`];
    case 'agent_closed':
      return ['info', `agent closed${decision.value.disposition ? `: ${decision.value.disposition}` : ''}`];
    case 'opt_out':
      return ['warn', 'opted out of contact'];
    case 'opt_in':
      return ['info', 'opted back in'];
    case 'language':
      return ['info', `language: ${STAFF_NAMES[decision.value.language] ?? decision.value.language} (${decision.value.how.replace(/_/g, ' ')})`];
    case 'dispute':
      return ['warn', 'dispute raised'];
    case 'complaint':
      return ['warn', 'complaint raised'];
    case 'parked':
      return ['info', `parked at ${decision.value.stage ?? '?'}`];
    case 'resumed':
      return ['info', `resumed at ${decision.value.stage ?? '?'}`];
    default:
      // A kind written by a newer version: shown by name rather than hidden.
      return ['info', String((decision as { kind: unknown }).kind).replace(/_/g, ' ')];
  }
}

export function annotate(decision: DecisionEvent): Annotation {
  const [tone, label] = describe({ ...decision, value: decision.value ?? {} } as DecisionEvent);
  return { kind: decision.kind, tone, label };
}

const READINGS = new Set(['reasons_found', 'reasons_confirmed', 'reasons_corrected']);
const readingOf = (e: TranscriptEntry): string[] => {
  const v = (e.decision?.value ?? {}) as { reasons?: (string | { reason: string })[] };
  return (v.reasons ?? []).map((r) => (typeof r === 'string' ? r : r.reason)).filter((r) => r !== 'other');
};
const same = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();

/**
 * The transcript as the supervisor reads it: every decision entry carries its
 * one-line annotation, and a reading of the reasons that a later, different
 * reading replaced is marked superseded (the first guess stays visible).
 */
export function annotateEntries(entries: readonly TranscriptEntry[]): AnnotatedEntry[] {
  const readings = entries.flatMap((e, i) => (e.kind === 'decision' && e.decision && READINGS.has(e.decision.kind) ? [i] : []));
  const superseded = new Set(
    readings.filter((i, n) => {
      const mine = readingOf(entries[i]);
      return mine.length > 0 && readings.slice(n + 1).some((j) => !same(readingOf(entries[j]), mine));
    }),
  );
  return entries.map((e, i) => {
    if (e.kind !== 'decision' || !e.decision) return e;
    const annotation = annotate(e.decision);
    return { ...e, annotation: superseded.has(i) ? { ...annotation, superseded: true, label: `${annotation.label} (superseded)` } : annotation };
  });
}
