// The open case in the agent console: the summary (facts, loan, hardship, budget, risk, plans, notes)
// and the transcript beside it. Borrower words and everything else from the server go in as text.
import { $, clock, dateTime, el, label, money, waited } from './staff.js';
import { LABELS, REASONS } from './agentLabels.js';
import { state } from './agentState.js';
import { renderQueue } from './agentQueue.js';
import { fraudSection, isFraudReview } from './agentFraud.js';

/** Closes the open case: both panes go back to their empty text. */
export function clearSelection() {
  state.selected = null;
  state.detail = null;
  $('#summary').hidden = true;
  $('#summary-empty').hidden = false;
  $('#conversation').hidden = true;
  $('#conversation-empty').hidden = false;
  renderQueue();
}

function fact(term, value) {
  return value === null || value === undefined || value === '' ? [] : [el('dt', {}, term), el('dd', {}, String(value))];
}
function section(title, ...body) {
  return [el('h3', {}, title), ...body.filter(Boolean)];
}

export function renderSummary(c) {
  const holding = c.status === 'assigned' && c.assignedTo === state.me.name;
  $('#summary').hidden = false;
  $('#summary-empty').hidden = true;
  $('#case-title').textContent = c.id;
  $('#case-badges').replaceChildren(
    ...(LABELS[c.label] ? [el('span', { class: `badge ${c.label}` }, LABELS[c.label])] : []),
    el('span', { class: `badge ${c.status}` }, c.status === 'assigned' ? (holding ? 'with you' : `with ${c.assignedTo}`) : c.status),
    ...c.vulnerability.map((v) => el('span', { class: 'badge vulnerable' }, label(v))),
    el('span', { class: 'badge language', title: 'The language the bot speaks with the borrower' }, c.language || 'English'),
  );
  $('#claim').hidden = !(c.status === 'queued' || c.status === 'callback');
  $('#case-facts').replaceChildren(
    ...fact('Why here', REASONS[c.escalation.reason] || c.escalation.reason),
    ...phoneFact(c, holding || state.me.role !== 'agent'),
    ...fact('Waiting since', `${clock(c.createdAt)} (${waited(c.createdAt)})`),
    ...fact('Channel', c.channelId),
    ...fact('Identity', c.borrower.verified ? 'Verified' : 'Not verified: no account details'),
    ...fact('Callback', c.escalation.callback && dateTime(c.escalation.callback)),
    ...fact('Note from bot', isFraudReview(c) ? null : c.escalation.note),
  );
  $('#case-sections').replaceChildren(...caseSections(c));
  $('#notes').replaceChildren(...c.notes.map(noteItem));
  $('#holder-tools').hidden = !holding;
}

const PHONE_SOURCES = { whatsapp: 'WhatsApp', loan_book: 'loan book' };

/** The number masked, with a reveal (audited on the server) for whoever may call: the holder, or a supervisor. */
function phoneFact(c, mayReveal) {
  if (!c.phone) return fact('Phone', c.crisis ? 'None on record: give the helpline in the chat' : null);
  return [
    el('dt', {}, 'Phone'),
    el(
      'dd',
      { class: 'phone' },
      el('span', { id: 'phone-number' }, c.phone.masked),
      el('span', { class: 'meta' }, ` (${PHONE_SOURCES[c.phone.source] || c.phone.source})`),
      mayReveal ? el('button', { type: 'button', id: 'phone-reveal', class: 'small' }, 'Reveal') : el('span', { class: 'meta' }, ' · claim to reveal'),
    ),
  ];
}

function caseSections(c) {
  const parts = [...fraudSection(c)];
  if (c.loan) {
    parts.push(
      ...section(
        'Loan',
        el(
          'dl',
          { class: 'facts' },
          ...fact('Loan', `${c.loan.loanId} · ${c.loan.type}`),
          ...fact('Outstanding', money(c.loan.outstanding)),
          ...fact('Instalment', `${money(c.loan.monthlyInstalment)} / month`),
          ...fact('Days past due', c.loan.daysPastDue),
          ...fact('Missed payments', c.loan.missedPayments),
          ...fact('Borrower', `${c.borrower.age} yrs · ${c.borrower.employment} · ${c.borrower.dependents} dependents`),
        ),
      ),
    );
  }
  if (c.hardship.reasons.length) {
    const temp = c.hardship.temporary === null ? 'not said' : c.hardship.temporary ? 'temporary' : 'long-term';
    parts.push(...section('Hardship', el('div', {}, `${c.hardship.reasons.map(label).join(', ')} (${temp})`)));
  }
  if (c.crisis) parts.push(...section('Crisis', el('div', { class: 'error' }, 'Crisis language: lead with support, no payment talk.')));
  if (c.budget) {
    parts.push(
      ...section(
        'Budget (monthly)',
        el(
          'dl',
          { class: 'facts' },
          ...fact('Income', money(c.budget.monthlyIncome)),
          ...fact('Essential costs', money(c.budget.essentialCosts)),
          ...fact('Other debts', money(c.budget.otherRepayments)),
          ...fact('Left over', money(c.budget.disposableIncome)),
          ...fact('Check', c.budget.needsReview ? 'Some figures need checking' : null),
        ),
      ),
    );
  }
  if (c.risk) {
    parts.push(
      ...section(
        `Risk: ${c.risk.band} (${Math.round(c.risk.probability * 100)}%)`,
        el('ul', { class: 'reasons' }, ...c.risk.reasons.slice(0, 4).map((r) => el('li', {}, r))),
      ),
    );
  }
  if (c.offers.plans.length || c.offers.choice) {
    const choice = c.offers.choice ? `Borrower's last choice: ${c.offers.choice.action}${c.offers.choice.planId ? ` ${c.offers.choice.planId}` : ''}` : null;
    parts.push(
      ...section(
        `Plans (${c.offers.shown} shown)`,
        el('ul', { class: 'reasons' }, ...c.offers.plans.map((p) => el('li', {}, `${p.title}: ${money(p.monthlyPayment)}/month × ${p.termMonths}`))),
        choice && el('div', { class: 'meta' }, choice),
      ),
    );
  }
  if (c.liveArrangement) {
    const live = c.liveArrangement;
    const next = live.nextPayment ? `Next payment ${money(live.nextPayment.amount)} on ${live.nextPayment.dueDate}` : 'No payment left to come';
    parts.push(
      ...section(
        `Live arrangement ${live.reference}`,
        el('div', {}, `${live.plan.title}: ${money(live.plan.monthlyPayment)}/month × ${live.plan.termMonths}`),
        el('div', { class: 'meta' }, `Agreed ${clock(live.agreedAt)} (${live.channel}). ${next}. A new plan replaces it.`),
      ),
    );
  } else if (c.offers.arrangementReference) parts.push(...section('Arrangement', el('div', {}, c.offers.arrangementReference)));
  return parts;
}

export const noteItem = (n) => el('li', {}, el('div', { class: 'meta' }, `${n.by} · ${clock(n.at)}`), n.text);

/** Shows the case's transcript from the start, scrolled to the latest entry. */
export function showTranscript(entries) {
  $('#transcript').replaceChildren();
  entries.forEach(appendEntry);
  $('#conversation').hidden = false;
  $('#conversation-empty').hidden = true;
  scrollTranscript();
}

const speakerName = (e) =>
  e.speaker === 'borrower' ? 'Borrower' : e.speaker === 'agent' ? (e.agent === state.me.name ? 'You' : e.agent || 'Agent') : 'Virtual assistant';

/** One message, or one decision worth an agent's attention, at the end of the transcript. */
export function appendEntry(e) {
  const node = entryNode(e, true);
  if (node) $('#transcript').append(node);
}

/** An entry as the console shows it; `live` (the open case's own chat) offers to record a tapped acceptance. */
export function entryNode(e, live) {
  let node;
  if (e.kind === 'decision') {
    const v = e.decision.value || {};
    const who = v.agent === state.me.name ? 'You' : v.agent;
    const text = {
      agent_joined: `${who} joined`,
      agent_closed: `${who} closed: ${label(v.disposition)}`,
      escalation: `Escalated: ${REASONS[v.reason] || v.reason}`,
      crisis: 'Crisis language',
      vulnerability: 'Vulnerability noted',
      budget: e.speaker === 'agent' ? `${e.agent === state.me.name ? 'You' : e.agent} corrected the budget` : '',
      arrangement: `Arrangement ${v.reference}${v.replaces ? ` (replaces ${v.replaces})` : ''}`,
      arrangement_in_place: `Shown the live arrangement ${v.reference}`,
      missed_payment: `Told of the missed payment on ${v.reference} (due ${v.dueDate})`,
      catch_up: `Will catch up on ${v.reference}${v.by ? ` by ${v.by}` : ''}`,
      opt_out: 'Borrower opted out (STOP)',
    }[e.decision.kind];
    if (!text) return null;
    node = el('li', { class: 'event' }, `${text} · ${clock(e.at)}`);
  } else {
    const card = e.card && e.card.length ? el('div', { class: 'card-lines' }, e.card.join('\n')) : null;
    const tap = e.value && TAPS[e.value.action];
    const body = tap ? tapText(e.value) : e.text || (e.value ? 'Tapped a button' : '');
    const accept =
      live && tap && e.value.action === 'accept' && holdingSelected() && !alreadyInPlace(e.value.planId)
        ? el('button', { type: 'button', class: 'small', 'data-accept-plan': e.value.planId }, 'Record acceptance')
        : null;
    node = el('li', { class: `msg ${e.speaker}${tap ? ' tap' : ''}` }, el('span', { class: 'who' }, `${speakerName(e)} · ${clock(e.at)}`), body, card, accept);
  }
  return node;
}

/** The offer card's buttons, as the borrower saw them. */
const TAPS = { accept: 'Accept this plan', other: 'Other options', human: 'Talk to someone', later: 'Later' };

/** The tapped plan is the loan's live arrangement already: nothing left to record. */
const alreadyInPlace = (planId) => state.detail.case.liveArrangement && state.detail.case.liveArrangement.plan.id === planId;

const holdingSelected = () => state.detail && state.detail.case.status === 'assigned' && state.detail.case.assignedTo === state.me.name;

function planTitle(planId) {
  const plan = state.detail && state.detail.case.offers.plans.find((p) => p.id === planId);
  return plan ? `"${plan.title}"` : 'the plan offered';
}

/** A tapped card button in words (never the raw value). */
function tapText(value) {
  return value.action === 'accept' ? `Tapped "${TAPS.accept}" on ${planTitle(value.planId)}` : `Tapped "${TAPS[value.action]}"`;
}

/** The plan a transcript entry says the borrower accepted on a card, or null. */
export const acceptedPlanTitle = (e) => (e.speaker === 'borrower' && e.value && e.value.action === 'accept' ? planTitle(e.value.planId) : null);

export const scrollTranscript = () => ($('#transcript').scrollTop = $('#transcript').scrollHeight);
