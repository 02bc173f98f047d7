import type { TranscriptEntry } from '../../casework/transcripts/transcriptRecord';

/** How a badge is coloured: alert = a person must look (crisis, escalation), warn = care needed, ok = good outcome. */
export type AnnotationTone = 'info' | 'ok' | 'warn' | 'alert';

export interface Annotation {
  kind: string;
  tone: AnnotationTone;
  /** One line a supervisor reads inline, e.g. "risk: medium 0.62 — 2 missed payments raised the risk". */
  label: string;
}

export type AnnotatedEntry = TranscriptEntry & { annotation?: Annotation };

type Value = Record<string, unknown>;

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const num = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) ? v.toLocaleString('en') : '?');
const yesNo = (v: unknown): string => (v === true ? 'yes' : v === false ? 'no' : 'unknown');

function riskLabel(v: Value): string {
  const reasons = list(v.reasons)
    .slice(0, 3)
    .map((r) => String((r as Value).text ?? (r as Value).feature));
  const probability = typeof v.probability === 'number' ? v.probability.toFixed(2) : '?';
  return `risk: ${String(v.band ?? '?')} ${probability}${reasons.length ? ` — ${reasons.join('; ')}` : ''}`;
}

function offersLabel(v: Value): string {
  const plans = list(v.plans).map((p) => {
    const plan = p as Value;
    return `${String(plan.id ?? plan.type)} (${num(plan.monthlyPayment)}/month${plan.termMonths ? ` × ${num(plan.termMonths)}` : ''})`;
  });
  const action = v.action && v.action !== 'offer' ? `${String(v.action)}${v.escalationReason ? ` (${String(v.escalationReason)})` : ''}` : '';
  return `offers shown: ${plans.length ? plans.join(', ') : 'none'}${action ? ` — action: ${action}` : ''}`;
}

const LABELS: Record<string, (v: Value) => [AnnotationTone, string]> = {
  consent: (v) => ['info', `consent: ${v.agreed === false ? 'declined' : 'agreed'}`],
  identity_verified: (v) => ['ok', `identity verified: ${String(v.loanId)}`],
  identity_failed: (v) => ['warn', `identity check failed (${num(v.failures)} so far)`],
  identity_locked: () => ['alert', 'identity locked after repeated failures'],
  reasons_found: (v) => [
    'info',
    `reasons found: ${
      list(v.reasons)
        .map((r) => `${String((r as Value).reason)}${typeof (r as Value).confidence === 'number' ? ` ${((r as Value).confidence as number).toFixed(2)}` : ''}`)
        .join(', ') || 'none'
    }; temporary: ${yesNo(v.temporary)}${v.vulnerable ? '; vulnerability cues' : ''}`,
  ],
  reasons_confirmed: (v) => ['ok', `reasons confirmed: ${list(v.reasons).join(', ') || 'none'}; temporary: ${yesNo(v.temporary)}`],
  vulnerability: (v) => ['warn', `vulnerability: ${list(v.drivers).join(', ') || 'noted'}`],
  crisis: (v) => ['alert', `crisis language (stage ${String(v.stage ?? '?')}) — helpline shown`],
  budget: (v) => {
    const b = (v.budget ?? {}) as Value;
    return [
      b.needsHumanReview ? 'warn' : 'info',
      `budget: income ${num(b.monthlyIncome)}, essentials ${num(b.monthlyEssentialCosts)}, disposable ${num(b.disposableIncome)}${b.needsHumanReview ? ' — needs review' : ''}`,
    ];
  },
  risk_score: (v) => [v.band === 'high' ? 'warn' : 'info', riskLabel(v)],
  offers_shown: (v) => [v.action === 'escalate' ? 'warn' : 'info', offersLabel(v)],
  offer_choice: (v) => {
    const c = (v.choice ?? {}) as Value;
    return ['info', `choice: ${String(c.action ?? '?')}${c.planId ? ` ${String(c.planId)}` : ''}`];
  },
  arrangement: (v) => ['ok', `arrangement: ${String(v.type)} — ${String(v.reference)}`],
  escalation: (v) => [
    'alert',
    `escalated: ${String(v.reason)}${v.caseId ? ` — case ${String(v.caseId)}` : ''}${typeof v.estimatedWaitMinutes === 'number' ? `, est. wait ${v.estimatedWaitMinutes} min` : ''}`,
  ],
  agent_joined: (v) => ['info', `agent joined: ${String(v.agent)}`],
  agent_closed: (v) => ['info', `agent closed${v.disposition ? `: ${String(v.disposition)}` : ''}`],
  opt_out: () => ['warn', 'opted out of contact'],
  opt_in: () => ['info', 'opted back in'],
  dispute: () => ['warn', 'dispute raised'],
  complaint: () => ['warn', 'complaint raised'],
  parked: (v) => ['info', `parked at ${String(v.stage ?? '?')}`],
  resumed: (v) => ['info', `resumed at ${String(v.stage ?? '?')}`],
};

export function annotate(decision: NonNullable<TranscriptEntry['decision']>): Annotation {
  const describe = LABELS[decision.kind];
  const [tone, label] = describe ? describe(decision.value) : (['info', decision.kind.replace(/_/g, ' ')] as const);
  return { kind: decision.kind, tone, label };
}

/** The transcript as the supervisor reads it: every decision entry carries its one-line annotation. */
export function annotateEntries(entries: readonly TranscriptEntry[]): AnnotatedEntry[] {
  return entries.map((e) => (e.kind === 'decision' && e.decision ? { ...e, annotation: annotate(e.decision) } : e));
}
