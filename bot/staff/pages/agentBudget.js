// Correcting the borrower's budget with them: the form shows the figures as they stand, sends only the ones
// changed, and shows what the server made of them (money left over, what a plan may ask, the engine's answer).
// The server checks every figure; its message is shown as it is, and nothing is lost on a refusal.
import { $, api, el, money } from './staff.js';
import { state } from './agentState.js';

const form = () => $('#budget-form');
const inputs = () => [...form().querySelectorAll('input[name]')];
let loaded = {};

const caseUrl = (suffix) => `/api/agent/cases/${encodeURIComponent(state.selected)}/${suffix}`;

/** Fills the form with the case's figures; an empty form when the borrower gave no budget. */
export async function loadBudget() {
  $('#budget-error').textContent = '';
  $('#budget-result').replaceChildren();
  const { figures } = await api('GET', caseUrl('budget'));
  loaded = figures;
  for (const input of inputs()) input.value = figures[input.name] ?? '';
}

/** A typed figure as a number, or as typed when it is not one, so the server can say what is wrong with it. */
const figure = (text) => (text.trim() !== '' && Number.isFinite(Number(text.replace(/,/g, ''))) ? Number(text.replace(/,/g, '')) : text.trim());

function changedFigures() {
  const changes = {};
  for (const input of inputs()) {
    if (input.value.trim() === '' && loaded[input.name] === undefined) continue;
    const value = figure(input.value);
    if (value !== loaded[input.name]) changes[input.name] = value === '' ? null : value;
  }
  return changes;
}

function showResult({ budget, affordability, decision, changes }) {
  const plans = decision.plans.length
    ? el('ul', { class: 'reasons' }, ...decision.plans.map((p) => el('li', {}, `${p.title}: ${money(p.monthlyPayment)}/month`)))
    : el('p', {}, 'The policy engine found no plan: build one below.');
  $('#budget-result').replaceChildren(
    el('p', {}, `Saved ${changes.length} change${changes.length === 1 ? '' : 's'}.`),
    el(
      'dl',
      { class: 'facts' },
      el('dt', {}, 'Left over'),
      el('dd', {}, `${money(budget.disposableIncome)} / month`),
      el('dt', {}, 'A plan may ask'),
      el('dd', {}, `${money(Math.max(0, affordability.monthlyLimit))} / month`),
    ),
    plans,
  );
}

export function wireBudget(reopen) {
  form().addEventListener('submit', async (e) => {
    e.preventDefault();
    $('#budget-error').textContent = '';
    const changes = changedFigures();
    if (Object.keys(changes).length === 0) {
      $('#budget-error').textContent = 'Nothing changed: correct a figure first.';
      return;
    }
    try {
      const result = await api('POST', caseUrl('budget'), changes);
      loaded = { ...loaded, ...changes };
      await reopen();
      showResult(result);
    } catch (err) {
      $('#budget-error').textContent = err.message;
    }
  });
}
