import { describe, expect, it } from 'vitest';
import { annotate, annotateEntries } from '../../../../bot/staff/supervisor/decisionAnnotations';
import type { DecisionEvent } from '../../../../models/decisions/decisionEvent';
import { partialDecision } from '../../../support/decisions';
import { POPULATION, scriptedEntries } from './transcriptFixtures';

describe('decision annotations', () => {
  it('summarises risk, offers, escalation and arrangement in one readable line each', () => {
    expect(annotate(partialDecision('risk_score', { band: 'medium', probability: 0.6234, reasons: [{ text: '2 missed payments raised the risk' }] }))).toEqual({
      kind: 'risk_score',
      tone: 'info',
      label: 'risk: medium 0.62 — 2 missed payments raised the risk',
    });
    expect(annotate(partialDecision('offers_shown', { action: 'offer', plans: [{ id: 'deferral-3', monthlyPayment: 0, termMonths: 3 }] })).label).toBe(
      'offers shown: deferral-3 (0/month × 3)',
    );
    expect(annotate(partialDecision('offers_shown', { action: 'escalate', escalationReason: 'high_risk', plans: [] }))).toMatchObject({
      tone: 'warn',
      label: 'offers shown: none — action: escalate (high_risk)',
    });
    expect(annotate(partialDecision('escalation', { reason: 'crisis', caseId: 'c-1' }))).toMatchObject({
      tone: 'alert',
      label: 'escalated: crisis — case c-1',
    });
    expect(annotate(partialDecision('arrangement', { type: 'deferral', reference: 'ARR-1' }))).toMatchObject({ tone: 'ok' });
    expect(annotate(partialDecision('safety_check', { stage: 'verify', outcome: 'asked' }))).toMatchObject({
      tone: 'warn',
      label: 'safety check (stage verify): asked if safe — helpline shown',
    });
    expect(annotate(partialDecision('safety_check', { stage: 'budget', outcome: 'not_safe' }))).toMatchObject({
      tone: 'alert',
      label: 'safety check (stage budget): answered: not safe',
    });
  });

  it('never fails on an unknown kind or missing fields', () => {
    expect(annotate({ kind: 'something_new', value: {} } as unknown as DecisionEvent)).toEqual({ kind: 'something_new', tone: 'info', label: 'something new' });
    expect(annotate(partialDecision('risk_score', {})).label).toBe('risk: ? ?');
  });

  it('annotates only decision entries', () => {
    const annotated = annotateEntries(scriptedEntries(POPULATION[0]));
    expect(annotated.filter((e) => e.annotation).length).toBe(annotated.filter((e) => e.kind === 'decision').length);
    expect(annotated.find((e) => e.kind === 'message')).not.toHaveProperty('annotation');
  });
});
