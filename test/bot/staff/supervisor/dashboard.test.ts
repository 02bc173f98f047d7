import { describe, expect, it } from 'vitest';
import { buildDashboard, durationStats } from '../../../../bot/staff/supervisor/dashboard';
import { POPULATION, summariesOf } from './transcriptFixtures';

const countOf = (list: { key: string; count: number }[], key: string) => list.find((c) => c.key === key)?.count;

describe('buildDashboard', () => {
  const d = buildDashboard(summariesOf(POPULATION));

  it('counts intake per day with empty days filled in', () => {
    expect(d.conversations).toBe(5);
    expect(d.volumeByDay).toEqual([
      { key: '2026-11-20', count: 1 },
      { key: '2026-11-21', count: 2 },
      { key: '2026-11-22', count: 0 },
      { key: '2026-11-23', count: 2 },
    ]);
  });

  it('funnel counts conversations that reached at least each stage, so it never widens', () => {
    expect(d.funnel.map((f) => f.key)).toEqual(['started', 'verified', 'story', 'budget', 'offer', 'accepted']);
    expect(d.funnel.map((f) => f.count)).toEqual([5, 5, 3, 3, 3, 2]);
  });

  it('mixes reasons, bands (unscored included), accepted plans and escalation reasons', () => {
    expect(countOf(d.reasons, 'unemployment')).toBe(1);
    expect(countOf(d.reasons, 'illness')).toBe(1);
    expect(d.bands).toEqual([
      { key: 'low', count: 1 },
      { key: 'medium', count: 1 },
      { key: 'high', count: 1 },
      { key: 'not scored', count: 2 },
    ]);
    expect(d.acceptedByPlan).toEqual([
      { key: 'arrears_plan', count: 1 },
      { key: 'deferral', count: 1 },
    ]);
    expect(d.escalationsByReason).toEqual([
      { key: 'crisis', count: 1 },
      { key: 'high_risk', count: 1 },
    ]);
    expect(countOf(d.outcomes, 'arrangement')).toBe(2);
  });

  it('times escalation → agent and agent handling from the summaries', () => {
    expect(d.timeToAgent.count).toBe(2);
    expect(d.timeToAgent.medianMinutes).toBe(1);
    expect(d.timeToAgent.p90Minutes).toBe(4);
    expect(d.handlingTime.medianMinutes).toBe(12);
    expect(d.handlingTime.p90Minutes).toBe(30);
    expect(d.handlingTime.buckets.reduce((n, b) => n + b.count, 0)).toBe(2);
  });

  it('is empty but well-formed with no conversations', () => {
    const empty = buildDashboard([]);
    expect(empty.volumeByDay).toEqual([]);
    expect(empty.funnel.every((f) => f.count === 0)).toBe(true);
    expect(empty.timeToAgent).toMatchObject({ count: 0, medianMinutes: null, p90Minutes: null });
  });
});

describe('durationStats', () => {
  it('ignores negative or non-finite durations and buckets the rest', () => {
    const stats = durationStats([0.5, 3, 3, 10, 45, 300, -2, Number.NaN]);
    expect(stats.count).toBe(6);
    expect(stats.medianMinutes).toBe(3);
    expect(stats.p90Minutes).toBe(300);
    expect(stats.buckets.map((b) => b.count)).toEqual([1, 2, 1, 1, 0, 1]);
  });
});
