// The loan's earlier conversations (their outcomes) and arrangements (their status), under the open case.
// Transcripts open in a dialog, for the agent holding the case or a supervisor; they are stored redacted.
import { $, api, dateTime, el, label, money, toast } from './staff.js';
import { state } from './agentState.js';
import { entryNode } from './agentCase.js';
import { renderPromises } from './promiseHistory.js';

const caseUrl = (suffix) => `/api/agent/cases/${encodeURIComponent(state.selected)}/${suffix}`;

function conversationItem(c, mayRead) {
  const outcome = c.disposition ? `closed: ${label(c.disposition)}` : label(c.outcome);
  const who = c.agent ? ` · ${c.agent}` : '';
  return el(
    'li',
    {},
    el('div', {}, `${dateTime(c.startedAt)} · ${c.channelId} · ${outcome}${who}`),
    el(
      'div',
      { class: 'meta' },
      [
        c.caseId && `Case ${c.caseId}`,
        c.escalationReason && `escalated: ${label(c.escalationReason)}`,
        c.arrangementReference && `arrangement ${c.arrangementReference}`,
      ]
        .filter(Boolean)
        .join(' · ') || `${c.messages} messages`,
    ),
    mayRead ? el('button', { type: 'button', class: 'small', 'data-conversation': c.key }, 'Read transcript') : null,
  );
}

const arrangementItem = (a) =>
  el(
    'li',
    {},
    el('div', {}, `${a.reference} · ${a.title}`),
    el(
      'div',
      { class: 'meta' },
      `${a.status}${a.replacedBy ? ` by ${a.replacedBy}` : ''} · ${money(a.monthlyPayment)}/month × ${a.termMonths} · agreed ${dateTime(a.createdAt)} (${a.channel})`,
    ),
    a.terms ? recordedTerms(a) : el('div', { class: 'meta' }, 'No terms recorded (agreed before written confirmations).'),
    a.terms ? confirmationButtons(a) : null,
  );

// The written confirmation's link: a fresh one sent in this chat (lost or expired), or those already sent withdrawn
// (a shared or lost phone). The server allows it only to the agent holding the case (withdrawing: or a supervisor).
const confirmationButtons = (a) =>
  el(
    'div',
    { class: 'history-actions' },
    el('button', { type: 'button', class: 'small', 'data-resend': a.reference }, 'Send a new confirmation link'),
    el('button', { type: 'button', class: 'small', 'data-resend': a.reference, 'data-withdraw-earlier': 'yes' }, 'Withdraw old links and send a new one'),
    el('button', { type: 'button', class: 'small', 'data-withdraw': a.reference }, 'Withdraw links'),
  );

// The terms as the borrower accepted them; the digest is the one printed on their written confirmation.
const recordedTerms = (a) =>
  el(
    'details',
    { class: 'terms' },
    el('summary', {}, 'Recorded terms'),
    el('div', { class: 'meta' }, `Terms digest (SHA-256): ${a.termsDigest}`),
    el('div', { class: 'meta' }, `Policy ${a.terms.policyVersion} · language ${a.terms.language} · accepted ${dateTime(a.terms.acceptedAt)}`),
    el('pre', { class: 'terms-json' }, JSON.stringify(a.terms, null, 2)),
  );

/** Loads the history of the open case's loan; `mayRead` when this person may open the transcripts. */
export async function loadHistory(c, mayRead) {
  if (!c.loan) {
    $('#history').replaceChildren(el('p', { class: 'meta' }, 'Shown once the borrower is verified.'));
    $('#promises').replaceChildren(el('p', { class: 'meta' }, 'Shown once the borrower is verified.'));
    return;
  }
  const [{ conversations, arrangements }] = await Promise.all([api('GET', caseUrl('history')), renderPromises($('#promises'), c.loan.loanId)]);
  $('#history').replaceChildren(
    conversations.length
      ? el('ul', { class: 'history-list' }, ...conversations.map((h) => conversationItem(h, mayRead)))
      : el('p', { class: 'meta' }, 'No earlier conversations.'),
    arrangements.length ? el('ul', { class: 'history-list' }, ...arrangements.map(arrangementItem)) : el('p', { class: 'meta' }, 'No earlier arrangements.'),
  );
}

async function confirmationAction(data) {
  const base = `arrangements/${encodeURIComponent(data.resend || data.withdraw)}/confirmation`;
  if (data.withdraw) {
    if (!window.confirm(`Withdraw every confirmation link sent for ${data.withdraw}? They will stop opening. Nothing is sent to the borrower.`)) return;
    await api('POST', caseUrl(`${base}/withdraw`), {});
    toast(`Links for ${data.withdraw} withdrawn`);
    return;
  }
  const { expiresAt } = await api('POST', caseUrl(base), { withdrawEarlier: data.withdrawEarlier === 'yes' });
  toast(`New link for ${data.resend} sent to the borrower (opens until ${dateTime(expiresAt)})`);
}

export function wireHistory(onError) {
  $('#history').addEventListener('click', async (e) => {
    const data = e.target.dataset || {};
    if (data.resend || data.withdraw) return confirmationAction(data).catch(onError);
    const key = data.conversation;
    if (!key) return;
    try {
      const { transcript } = await api('GET', `${caseUrl('history/transcript')}?conversation=${encodeURIComponent(key)}`);
      $('#history-transcript').replaceChildren(...transcript.map((entry) => entryNode(entry, false)).filter(Boolean));
      $('#history-dialog').showModal();
    } catch (err) {
      onError(err);
    }
  });
}
