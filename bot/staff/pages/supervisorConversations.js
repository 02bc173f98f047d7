// The supervisor's conversation list: filters, paging and exports; a row opens its transcript beside the list.
import { $, api, dateTime, el, label, report, shortDateTime } from './staff.js';
import { openTranscript } from './supervisorTranscript.js';

const list = { offset: 0, limit: 25, total: 0, selected: '' };
let flags = [];

/** The filters' reason, channel and agent choices, and the QA review's flags, from the server. */
export async function loadFilterOptions() {
  const options = await api('GET', '/api/supervisor/options');
  flags = options.flags;
  fillSelect($('#filters [name=reason]'), options.reasons);
  fillSelect($('#filters [name=channel]'), options.channels);
  fillSelect($('#filters [name=agent]'), options.agents);
}

function fillSelect(select, values) {
  while (select.options.length > 1) select.remove(1);
  for (const v of values) select.append(el('option', { value: v }, label(v)));
}

function filterParams() {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData($('#filters'))) if (String(v).trim()) params.set(k, String(v).trim());
  return params;
}

export async function loadList() {
  const params = filterParams();
  params.set('offset', String(list.offset));
  params.set('limit', String(list.limit));
  const page = await api('GET', `/api/supervisor/conversations?${params}`);
  list.total = page.total;
  const shownTo = Math.min(page.total, list.offset + page.items.length);
  $('#list-count').textContent = page.total === 0 ? 'No conversations match.' : `${page.total} conversation(s) · showing ${list.offset + 1}–${shownTo}`;
  $('#conversation-table tbody').replaceChildren(
    ...page.items.map((s) =>
      el(
        'tr',
        {
          'data-key': s.key,
          class: s.key === list.selected ? 'selected' : '',
          // Rows open with Enter as well as a click, so the list works from the keyboard.
          tabindex: 0,
          onclick: () => select(s.key).catch(report),
          onkeydown: (event) => event.key === 'Enter' && select(s.key).catch(report),
        },
        el('td', { class: 'nowrap', title: dateTime(s.startedAt) }, shortDateTime(s.startedAt)),
        el('td', {}, s.channelId),
        el('td', { class: 'nowrap' }, s.loanId || '–'),
        el('td', {}, s.funnel),
        el('td', {}, s.band ? el('span', { class: `pill ${s.band}` }, s.band) : '–'),
        el(
          'td',
          {},
          s.reasons.map(label).join(', '),
          correctedMark(s.reasonCorrection),
          s.vulnerable ? el('span', { class: 'pill high', title: 'vulnerability noted' }, 'vulnerable') : '',
        ),
        el(
          'td',
          {},
          el('span', { class: `pill ${s.outcome}` }, label(s.outcome)),
          s.escalationReason && s.escalationReason !== s.outcome ? ` (${label(s.escalationReason)})` : '',
          s.disposition ? el('div', { class: 'muted small' }, `${label(s.disposition)} · ${s.closedBy || ''} ${shortDateTime(s.agentClosedAt)}`) : '',
        ),
        el('td', {}, s.review ? `${s.review.score}/5` : ''),
      ),
    ),
  );
  $('#prev').disabled = list.offset === 0;
  $('#next').disabled = list.offset + list.limit >= list.total;
}

/** "corrected" beside reasons someone set right, with the first reading and who corrected it in the tooltip. */
export function correctedMark(c) {
  if (!c) return '';
  const who = c.by === 'supervisor' ? `supervisor ${c.supervisor}` : 'the borrower';
  return el(
    'span',
    { class: 'pill corrected', title: `first read as ${c.from.map(label).join(', ') || 'none'}; corrected by ${who}, ${dateTime(c.at)}` },
    'corrected',
  );
}

/** Marks the row and opens its transcript; a saved review refreshes the list (its QA column). */
function select(key) {
  list.selected = key;
  for (const row of document.querySelectorAll('#conversation-table tbody tr')) row.classList.toggle('selected', row.dataset.key === key);
  return openTranscript(key, { flags, onReviewed: () => loadList().catch(report) });
}

function exportAs(format) {
  const params = filterParams();
  params.set('format', format);
  // A plain navigation downloads the file with the session cookie; the server audits it.
  window.location.href = `/api/supervisor/export?${params}`;
}

export function wireConversations() {
  $('#filters').addEventListener('submit', (event) => {
    event.preventDefault();
    list.offset = 0;
    loadList().catch(report);
  });
  $('#filters').addEventListener('reset', () => setTimeout(() => ((list.offset = 0), loadList().catch(report))));
  $('#prev').addEventListener('click', () => ((list.offset = Math.max(0, list.offset - list.limit)), loadList().catch(report)));
  $('#next').addEventListener('click', () => ((list.offset += list.limit), loadList().catch(report)));
  $('#export-csv').addEventListener('click', () => exportAs('csv'));
  $('#export-json').addEventListener('click', () => exportAs('json'));
  $('#export-arrangements').addEventListener('click', () => {
    const params = new URLSearchParams({ format: 'csv' });
    const filters = filterParams();
    for (const name of ['from', 'to']) if (filters.get(name)) params.set(name, filters.get(name));
    window.location.href = `/api/supervisor/arrangements?${params}`;
  });
}
