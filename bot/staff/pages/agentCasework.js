// The casework tools under the open case: the budget editor and the plan builder for the agent holding it,
// and the loan's history for anyone who may see the case. The history follows every update of the case (an
// arrangement recorded shows at once); the forms are filled again only when the case or who holds it changes,
// so a live update never wipes a form the agent is filling in.
import { $, attempt, toast } from './staff.js';
import { showPane } from './agentPanes.js';
import { state } from './agentState.js';
import { loadBudget, wireBudget } from './agentBudget.js';
import { resetPlanBuilder, wirePlanBuilder } from './agentPlanBuilder.js';
import { loadHistory, wireHistory } from './agentHistory.js';

let shownFor = '';

export const showCasework = attempt(async (c) => {
  const holding = c.status === 'assigned' && c.assignedTo === state.me.name;
  const key = `${c.id}:${holding}:${c.loan ? c.loan.loanId : ''}`;
  await loadHistory(c, holding || state.me.role !== 'agent');
  if (key === shownFor) return;
  shownFor = key;
  $('#holder-casework').hidden = !(holding && c.loan);
  if (holding && c.loan) {
    resetPlanBuilder();
    await loadBudget();
  }
});

export function wireCasework(reopen) {
  wireBudget(reopen);
  wirePlanBuilder(reopen);
  wireHistory((err) => toast(err.message, true));
}

/** The engine found no plan: not a dead end, the plan builder is opened for the agent instead. */
export function offerBuilderInstead(err) {
  if (!/found no plan/.test(err.message) || $('#holder-casework').hidden) throw err;
  toast('The policy engine found no plan: build one within policy with the borrower');
  showPane('summary');
  $('#plan-builder').open = true;
  $('#plan-builder').scrollIntoView({ block: 'start' });
  $('#plan-kind').focus();
}
