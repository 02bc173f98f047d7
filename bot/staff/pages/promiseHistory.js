// A loan's promises (arrangements), each with its instalments' states, arrears and the payments received: shown
// to agents under the case and to supervisors beside the conversation. Read from /api/staff/loans/:loanId/promises.
import { api, day, el, label, money } from './staff.js';

const instalmentRow = (i) =>
  el(
    'tr',
    {},
    el('td', {}, day(i.dueDate)),
    el('td', {}, money(i.amount)),
    el('td', {}, money(i.paid)),
    el('td', { class: `promise-${i.state}` }, label(i.state)),
  );

function promiseItem(p) {
  const summary = [
    label(p.state),
    p.arrears > 0 && `arrears ${money(p.arrears)}`,
    p.daysPastDue > 0 && `${p.daysPastDue} days past due`,
    p.replacedBy && `replaced by ${p.replacedBy}`,
  ];
  return el(
    'li',
    {},
    el('div', {}, `${p.reference} · ${p.title}`),
    el('div', { class: 'meta' }, summary.filter(Boolean).join(' · ')),
    el(
      'div',
      { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': `Instalments of ${p.reference}` },
      el(
        'table',
        {},
        el('thead', {}, el('tr', {}, el('th', {}, 'Due'), el('th', {}, 'Amount'), el('th', {}, 'Paid'), el('th', {}, 'Status'))),
        el('tbody', {}, ...p.instalments.map(instalmentRow)),
      ),
    ),
  );
}

/** Fills `container` with the promise history of `loanId`. */
export async function renderPromises(container, loanId) {
  const { promises, payments } = await api('GET', `/api/staff/loans/${encodeURIComponent(loanId)}/promises`);
  container.replaceChildren(
    promises.length ? el('ul', { class: 'history-list' }, ...promises.map(promiseItem)) : el('p', { class: 'meta' }, 'No promises yet.'),
    payments.length
      ? el('p', { class: 'meta' }, `Payments: ${payments.map((p) => `${day(p.date)} ${money(p.amount)}`).join(' · ')}`)
      : el('p', { class: 'meta' }, 'No payments received.'),
  );
}
