import type { ConversationSummary, TranscriptDocument } from '../../casework/transcripts/transcriptRecord';
import type { ConversationFilter } from './conversationFilter';

/** CSV columns, in order; one row per conversation. */
export const CSV_COLUMNS = [
  'key',
  'channelId',
  'conversationId',
  'startedAt',
  'lastAt',
  'messages',
  'funnel',
  'loanId',
  'band',
  'probability',
  'reasons',
  'vulnerable',
  'crisis',
  'outcome',
  'escalated',
  'escalationReason',
  'escalatedAt',
  'caseId',
  'agent',
  'agentJoinedAt',
  'agentClosedAt',
  'disposition',
  'closedBy',
  'planType',
  'arrangementReference',
  'reasonsFirstRead',
  'reasonsCorrectedBy',
  'reasonsCorrectedAt',
] as const satisfies readonly (keyof ExportRow)[];

/** A summary as a CSV row: the correction is spread into columns, the reasons column holds the corrected reasons. */
type ExportRow = ConversationSummary & { reasonsFirstRead?: string[]; reasonsCorrectedBy?: string; reasonsCorrectedAt?: string };

function exportRow(s: ConversationSummary): ExportRow {
  const c = s.reasonCorrection;
  if (!c) return s;
  return { ...s, reasonsFirstRead: c.from, reasonsCorrectedBy: c.supervisor ? `supervisor ${c.supervisor}` : c.by, reasonsCorrectedAt: c.at };
}

/** Cells a spreadsheet would run as a formula are prefixed with ' (OWASP CSV injection advice). */
const FORMULA_START = /^[=+\-@\t\r]/;

const guard = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  // Every cell is guarded, list cells included: "=HYPERLINK(…)" is as live after a join as on its own.
  let text = Array.isArray(value) ? value.map((v) => guard(String(v))).join('; ') : String(value);
  text = guard(text);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: header row, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function csvTable<T>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function toCsv(summaries: readonly ConversationSummary[]): string {
  return csvTable(CSV_COLUMNS, summaries.map(exportRow));
}

export interface JsonExport {
  exportedAt: string;
  exportedBy: string;
  filter: ConversationFilter;
  count: number;
  conversations: TranscriptDocument[];
}

/** The whole filtered set with transcripts (already redacted at write time). */
export function toJsonExport(documents: TranscriptDocument[], meta: { filter: ConversationFilter; exportedBy: string; at: Date }): JsonExport {
  return { exportedAt: meta.at.toISOString(), exportedBy: meta.exportedBy, filter: meta.filter, count: documents.length, conversations: documents };
}

/** A download name such as forbear-conversations-2026-11-23.csv. */
export function exportFileName(format: 'csv' | 'json', at: Date, what = 'conversations'): string {
  return `forbear-${what}-${at.toISOString().slice(0, 10)}.${format}`;
}
