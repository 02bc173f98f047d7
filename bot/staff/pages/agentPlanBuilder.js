// Building a plan within policy with the borrower, for when the engine found none: the agent picks a kind
// and its figures, checks them against the policy (every check is listed, passed or failed, with its reason),
// and sends the plan as the bot's own offer card. The server decides; this page only shows what it said.
import { $, api, el, money, toast } from './staff.js';
import { state } from './agentState.js';

const FIELDS = {
  token_payment: ['amount', 'months'],
  breathing_space: ['days'],
  reduced_payment: ['pctOfContract', 'months'],
  term_extension: ['extensionMonths'],
};
const MARKS = { pass: '✓', fail: '✗', note: '!' };
const OUTCOMES = { pass: 'Passed', fail: 'Failed', note: 'Note' };

const caseUrl = (suffix) => `/api/agent/cases/${encodeURIComponent(state.selected)}/${suffix}`;

/** Only the fields of the chosen kind are shown (and sent). */
function showFields() {
  const kind = $('#plan-kind').value;
  for (const label of document.querySelectorAll('#plan-form [data-kinds]')) label.hidden = !label.dataset.kinds.split(' ').includes(kind);
}

function request() {
  const kind = $('#plan-kind').value;
  const body = { kind };
  for (const name of FIELDS[kind]) {
    const text = $(`#plan-form [name=${name}]`).value.trim().replace(/,/g, '');
    body[name] = text !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
  }
  return body;
}

function showChecks({ plan, checks }, note) {
  const list = el(
    'ul',
    { class: 'checks' },
    ...checks.map((c) =>
      el(
        'li',
        { class: `check ${c.outcome}` },
        el('span', { class: 'mark', 'aria-hidden': 'true' }, MARKS[c.outcome]),
        el('span', { class: 'visually-hidden' }, `${OUTCOMES[c.outcome]}: `),
        el('span', {}, el('strong', {}, `${c.rule}: `), c.detail),
      ),
    ),
  );
  const summary = plan
    ? el(
        'div',
        { class: 'plan-summary' },
        el('strong', {}, plan.title),
        el('div', { class: 'meta' }, `${money(plan.monthlyPayment)}/month now · ${plan.termMonths} months in all · total ${money(plan.totalPaid)}`),
      )
    : el('p', { class: 'error' }, 'Outside the policy: change the figures.');
  $('#plan-result').replaceChildren(...(note ? [el('p', {}, note)] : []), summary, list);
}

export function resetPlanBuilder() {
  $('#plan-result').replaceChildren();
  showFields();
}

export function wirePlanBuilder(reopen) {
  $('#plan-kind').addEventListener('change', () => {
    showFields();
    $('#plan-result').replaceChildren();
  });
  $('#plan-check').addEventListener('click', async () => {
    try {
      showChecks(await api('POST', caseUrl('plans/check'), request()));
    } catch (err) {
      $('#plan-result').replaceChildren(el('p', { class: 'error', role: 'alert' }, err.message));
    }
  });
  $('#plan-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const result = await api('POST', caseUrl('plans'), request());
      showChecks(result, `Sent "${result.plan.title}" to the borrower as an offer card.`);
      toast(`Sent "${result.plan.title}"`);
      await reopen();
    } catch (err) {
      $('#plan-result').replaceChildren(el('p', { class: 'error', role: 'alert' }, err.message));
    }
  });
  showFields();
}
