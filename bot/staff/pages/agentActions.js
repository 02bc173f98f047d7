// What an agent does with a case: open and claim it, reply (with canned responses), keep private notes,
// send or record a plan, close it or hand it back to the virtual assistant.
import { $, api, attempt, el, money, toast } from './staff.js';
import { state } from './agentState.js';
import { renderQueue } from './agentQueue.js';
import { clearSelection, noteItem, renderSummary, showTranscript } from './agentCase.js';
import { offerBuilderInstead, showCasework } from './agentCasework.js';

const caseUrl = (suffix) => `/api/agent/cases/${encodeURIComponent(state.selected)}/${suffix}`;

/** Loads a case and shows its summary, offers and transcript. */
export const openCase = attempt(async (id) => {
  const detail = await api('GET', `/api/agent/cases/${encodeURIComponent(id)}`);
  // Each case starts with no outcome chosen: one case's choice must never carry over to the next.
  if (state.selected !== id) $('#disposition').value = '';
  state.selected = id;
  state.detail = detail;
  renderQueue();
  renderSummary(detail.case);
  renderPlans(detail.case.offers.plans, detail.case.loan !== null);
  showTranscript(detail.transcript);
  showCasework(detail.case);
});

function renderPlans(plans, verified) {
  $('#fresh-plan').disabled = !verified;
  $('#plans').replaceChildren(
    ...(verified ? [] : [el('li', { class: 'meta' }, 'Offers need a verified borrower.')]),
    ...plans.map((p) =>
      el(
        'li',
        {},
        el('span', {}, `${p.title} · ${money(p.monthlyPayment)}/month`),
        el(
          'span',
          { class: 'inline' },
          el('button', { type: 'button', onclick: attempt(() => sendPlan({ planId: p.id })) }, 'Send'),
          el('button', { type: 'button', onclick: attempt(() => acceptPlan(p.id)) }, 'Record acceptance'),
        ),
      ),
    ),
  );
}

async function sendPlan(request) {
  const { plan } = await api('POST', caseUrl('offers'), request);
  toast(`Sent "${plan.title}"`);
  await openCase(state.selected);
}

async function acceptPlan(planId) {
  // One live arrangement per loan: accepting a new plan replaces the live one, so say so before doing it.
  const live = state.detail && state.detail.case.liveArrangement;
  const question = live
    ? `This loan already has live arrangement ${live.reference} ("${live.plan.title}"). Record that the borrower accepted this plan instead? It replaces ${live.reference}.`
    : 'Record that the borrower accepted this plan? This creates the arrangement.';
  if (!confirm(question)) return;
  const { arrangement } = await api('POST', caseUrl('offers/accept'), live ? { planId, replaces: live.reference } : { planId });
  toast(`Arrangement ${arrangement.reference} created`);
  $('#disposition').value = 'arrangement_made';
  await openCase(state.selected);
}

/** The in-page confirmation for closing: resolves true only when the agent presses "Close case" in it. */
function confirmClose(question) {
  const dialog = $('#close-dialog');
  $('#close-question').textContent = question;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'close'), { once: true }));
}

/** The canned responses in the reply box's menu. */
export async function loadCanned() {
  const { responses } = await api('GET', '/api/agent/canned-responses');
  $('#canned').replaceChildren(el('option', { value: '' }, 'Canned responses…'), ...responses.map((r) => el('option', { value: r.text }, r.title)));
}

/** Wires the claim button, the reply and note forms, the offer panel and the closing buttons. */
export function wireActions() {
  $('#claim').addEventListener(
    'click',
    attempt(async () => {
      await api('POST', caseUrl('claim'), {});
      toast(`You have ${state.selected}`);
      await openCase(state.selected);
      $('#reply-text').focus();
    }),
  );
  $('#reply-form').addEventListener(
    'submit',
    attempt(async (e) => {
      e.preventDefault();
      const text = $('#reply-text').value.trim();
      if (!text) return;
      await api('POST', caseUrl('messages'), { text });
      $('#reply-text').value = '';
    }),
  );
  $('#reply-text').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      $('#reply-form').requestSubmit();
    }
  });
  $('#canned').addEventListener('change', (e) => {
    if (e.target.value) $('#reply-text').value = e.target.value;
    e.target.selectedIndex = 0;
    $('#reply-text').focus();
  });
  $('#note-form').addEventListener(
    'submit',
    attempt(async (e) => {
      e.preventDefault();
      const text = $('#note-text').value.trim();
      if (!text) return;
      const { notes } = await api('POST', caseUrl('notes'), { text });
      $('#notes').replaceChildren(...notes.map(noteItem));
      $('#note-text').value = '';
    }),
  );
  $('#fresh-plan').addEventListener(
    'click',
    attempt(() => sendPlan({ fresh: true }).catch(offerBuilderInstead)),
  );
  $('#close-form').addEventListener(
    'submit',
    attempt(async (e) => {
      e.preventDefault();
      const choice = $('#disposition').selectedOptions[0];
      if (!(await confirmClose(`Close case ${state.selected} as "${choice.textContent}"?`))) return;
      const { borrowerNotified } = await api('POST', caseUrl('close'), { disposition: $('#disposition').value });
      toast(borrowerNotified ? `${state.selected} closed; the borrower has been told` : `${state.selected} closed (the borrower opted out, so was not told)`);
      $('#disposition').value = '';
      clearSelection();
    }),
  );
  $('#case-facts').addEventListener(
    'click',
    attempt(async (e) => {
      if (e.target.id !== 'phone-reveal') return;
      const { phone } = await api('POST', caseUrl('phone'), {});
      $('#phone-number').replaceChildren(el('a', { href: `tel:${phone}` }, phone));
      e.target.remove();
      toast('Number shown; this is recorded in the audit log');
    }),
  );
  $('#transcript').addEventListener(
    'click',
    attempt(async (e) => {
      const planId = e.target.dataset && e.target.dataset.acceptPlan;
      if (planId) await acceptPlan(planId);
    }),
  );
  $('#hand-back').addEventListener(
    'click',
    attempt(async () => {
      await api('POST', caseUrl('handback'), {});
      toast(`${state.selected} handed back to the virtual assistant`);
      clearSelection();
    }),
  );
}
