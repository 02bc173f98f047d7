// The supervisor's audit log: read-only entries, filtered by actor, action and target.
import { $, api, dateTime, el, report } from './staff.js';

export async function loadAudit() {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData($('#audit-filters'))) if (String(v).trim()) params.set(k, String(v).trim());
  const { entries } = await api('GET', `/api/supervisor/audit?${params}`);
  $('#audit-table tbody').replaceChildren(
    ...entries.map((e) =>
      el(
        'tr',
        {},
        el('td', {}, dateTime(e.at)),
        el('td', {}, e.actor, e.role ? el('span', { class: 'muted' }, ` (${e.role})`) : ''),
        el('td', {}, e.action),
        el('td', {}, (e.targets || []).length > 3 ? `${e.targets.slice(0, 3).join(', ')} … +${e.targets.length - 3}` : (e.targets || []).join(', ')),
        el('td', {}, e.detail ? el('code', {}, JSON.stringify(e.detail)) : ''),
      ),
    ),
  );
}

export function wireAudit() {
  $('#audit-filters').addEventListener('submit', (event) => {
    event.preventDefault();
    loadAudit().catch(report);
  });
}
