import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportFileName, toCsv, toJsonExport } from '../../../../bot/staff/supervisor/exportFormats';
import { parseCsv } from './csvReader';
import { POPULATION, scriptedEntries, summariesOf } from './transcriptFixtures';

describe('toCsv', () => {
  it('writes a header and one row per conversation that parse back to the summaries', () => {
    const summaries = summariesOf(POPULATION);
    const rows = parseCsv(toCsv(summaries));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(summaries.length + 1);
    const records = rows.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])));
    for (const [i, s] of summaries.entries()) {
      expect(records[i].key).toBe(s.key);
      expect(records[i].outcome).toBe(s.outcome);
      expect(records[i].reasons).toBe(s.reasons.join('; '));
      expect(records[i].band).toBe(s.band ?? '');
      expect(records[i].escalated).toBe(String(s.escalated));
    }
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const [base] = summariesOf(POPULATION);
    const tricky = { ...base, conversationId: 'a,"b"\nc', agent: '=HYPERLINK("http://x")', loanId: '-1+1' };
    const csv = toCsv([tricky]);
    expect(csv).toContain('"a,""b""\nc"');
    const [, row] = parseCsv(csv);
    expect(row[CSV_COLUMNS.indexOf('conversationId')]).toBe('a,"b"\nc');
    expect(row[CSV_COLUMNS.indexOf('agent')]).toBe(`'=HYPERLINK("http://x")`);
    expect(row[CSV_COLUMNS.indexOf('loanId')]).toBe("'-1+1");
  });

  it('an empty set is just the header', () => {
    expect(toCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('toJsonExport and exportFileName', () => {
  it('carries every document with its transcript, the filter and who exported it', () => {
    const docs = summariesOf(POPULATION).map((summary, i) => ({ summary, entries: scriptedEntries(POPULATION[i]) }));
    const out = JSON.parse(JSON.stringify(toJsonExport(docs, { filter: { band: 'high' }, exportedBy: 'supervisor', at: new Date('2026-11-23T12:00:00Z') })));
    expect(out).toMatchObject({ exportedAt: '2026-11-23T12:00:00.000Z', exportedBy: 'supervisor', filter: { band: 'high' }, count: 5 });
    expect(out.conversations).toEqual(docs);
    expect(exportFileName('json', new Date('2026-11-23T12:00:00Z'))).toBe('forbear-conversations-2026-11-23.json');
  });
});
