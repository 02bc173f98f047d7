import { describe, expect, it } from 'vitest';
import { FilterError, filterConversations, MAX_PAGE_SIZE, pageOf, parseFilterQuery } from '../../../../bot/staff/supervisor/conversationFilter';
import { POPULATION, summariesOf } from './transcriptFixtures';

const summaries = summariesOf(POPULATION);
const ids = (list: { conversationId: string }[]) => list.map((s) => s.conversationId);

describe('parseFilterQuery', () => {
  it('reads every filter from query strings and treats empty values as unset', () => {
    const { filter, paging } = parseFilterQuery({
      from: '2026-11-21',
      to: '',
      band: 'high',
      escalated: 'true',
      vulnerable: 'false',
      q: '  job ',
      reason: 'unemployment',
      offset: '25',
      limit: '25',
    });
    expect(filter).toEqual({ from: '2026-11-21', band: 'high', escalated: true, vulnerable: false, q: 'job', reason: 'unemployment' });
    expect(paging).toEqual({ offset: 25, limit: 25 });
    expect(parseFilterQuery({}).paging).toEqual({ offset: 0, limit: 50 });
  });

  it('refuses bad values with a message naming the parameter', () => {
    expect(() => parseFilterQuery({ band: 'extreme' })).toThrow(FilterError);
    expect(() => parseFilterQuery({ band: 'extreme' })).toThrow(/"band"/);
    expect(() => parseFilterQuery({ from: 'yesterday' })).toThrow(/"from" must be a date/);
    expect(() => parseFilterQuery({ escalated: 'maybe' })).toThrow(/"escalated"/);
    expect(() => parseFilterQuery({ limit: String(MAX_PAGE_SIZE + 1) })).toThrow(/"limit"/);
    expect(() => parseFilterQuery({ offset: '-1' })).toThrow(/"offset"/);
    expect(() => parseFilterQuery({ from: '2026-11-22', to: '2026-11-21' })).toThrow(/after "to"/);
  });
});

describe('filterConversations', () => {
  it('returns everything newest first with no filter', () => {
    expect(ids(filterConversations(summaries, {}))).toEqual(['a5', 'a4', 'a3', 'a2', 'a1']);
  });

  it('date range: a bare "to" date includes that whole day', () => {
    expect(ids(filterConversations(summaries, { from: '2026-11-21', to: '2026-11-21' }))).toEqual(['a3', 'a2']);
    expect(ids(filterConversations(summaries, { from: '2026-11-21T11:00:00Z' }))).toEqual(['a5', 'a4', 'a3']);
  });

  it('filters by channel, band, reason, outcome, escalated, agent and vulnerability, combined with AND', () => {
    expect(ids(filterConversations(summaries, { channel: 'whatsapp' }))).toEqual(['a3']);
    expect(ids(filterConversations(summaries, { band: 'medium' }))).toEqual(['a2']);
    expect(ids(filterConversations(summaries, { reason: 'unemployment' }))).toEqual(['a1']);
    expect(ids(filterConversations(summaries, { outcome: 'arrangement' }))).toEqual(['a3', 'a2']);
    expect(ids(filterConversations(summaries, { escalated: true }))).toEqual(['a4', 'a1']);
    expect(ids(filterConversations(summaries, { escalated: false }))).toEqual(['a5', 'a3', 'a2']);
    expect(ids(filterConversations(summaries, { agent: 'agent2' }))).toEqual(['a4']);
    expect(ids(filterConversations(summaries, { vulnerable: true }))).toEqual(['a4', 'a3']);
    expect(ids(filterConversations(summaries, { vulnerable: true, outcome: 'arrangement' }))).toEqual(['a3']);
    expect(filterConversations(summaries, { band: 'low', escalated: true })).toEqual([]);
  });

  it('full text goes through the given matcher and intersects with the other filters', () => {
    const asked: [string, string[]][] = [];
    const matcher = (q: string, among: Iterable<string>) => (asked.push([q, [...among]]), new Set(['directline:a1', 'directline:a2']));
    expect(ids(filterConversations(summaries, { q: 'job' }, matcher))).toEqual(['a2', 'a1']);
    expect(ids(filterConversations(summaries, { q: 'job', band: 'high' }, matcher))).toEqual(['a1']);
    // The text index is only asked about conversations the other filters kept.
    expect(asked[0][1]).toHaveLength(5);
    expect(asked[1]).toEqual(['job', ['directline:a1']]);
  });
});

describe('pageOf', () => {
  it('slices a page and reports the total', () => {
    const page = pageOf([1, 2, 3, 4, 5], { offset: 2, limit: 2 });
    expect(page).toEqual({ total: 5, offset: 2, limit: 2, items: [3, 4] });
    expect(pageOf([1, 2], { offset: 4, limit: 2 }).items).toEqual([]);
  });
});
