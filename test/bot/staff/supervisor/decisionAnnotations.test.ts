import { describe, expect, it } from 'vitest';
import { annotate, annotateEntries } from '../../../../bot/staff/supervisor/decisionAnnotations';
import { POPULATION, scriptedEntries } from './transcriptFixtures';

describe('decision annotations', () => {
  it('summarises risk, offers, escalation and arrangement in one readable line each', () => {
    expect(annotate({ kind: 'risk_score', value: { band: 'medium', probability: 0.6234, reasons: [{ text: '2 missed payments raised the risk' }] } })).toEqual({
      kind: 'risk_score',
      tone: 'info',
      label: 'risk: medium 0.62 — 2 missed payments raised the risk',
    });
    expect(annotate({ kind: 'offers_shown', value: { action: 'offer', plans: [{ id: 'deferral-3', monthlyPayment: 0, termMonths: 3 }] } }).label).toBe(
      'offers shown: deferral-3 (0/month × 3)',
    );
    expect(annotate({ kind: 'offers_shown', value: { action: 'escalate', escalationReason: 'high_risk', plans: [] } })).toMatchObject({
      tone: 'warn',
      label: 'offers shown: none — action: escalate (high_risk)',
    });
    expect(annotate({ kind: 'escalation', value: { reason: 'crisis', caseId: 'c-1' } })).toMatchObject({
      tone: 'alert',
      label: 'escalated: crisis — case c-1',
    });
    expect(annotate({ kind: 'arrangement', value: { type: 'deferral', reference: 'ARR-1' } })).toMatchObject({ tone: 'ok' });
  });

  it('never fails on an unknown kind or missing fields', () => {
    expect(annotate({ kind: 'something_new', value: {} })).toEqual({ kind: 'something_new', tone: 'info', label: 'something new' });
    expect(annotate({ kind: 'risk_score', value: {} }).label).toBe('risk: ? ?');
  });

  it('annotates only decision entries', () => {
    const annotated = annotateEntries(scriptedEntries(POPULATION[0]));
    expect(annotated.filter((e) => e.annotation).length).toBe(annotated.filter((e) => e.kind === 'decision').length);
    expect(annotated.find((e) => e.kind === 'message')).not.toHaveProperty('annotation');
  });
});
