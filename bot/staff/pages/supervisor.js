// Supervisor page entry: sign in (supervisors and admins only), then the dashboard, conversations, fraud signals and audit tabs.
// Everything from the server is put in the DOM as text (never innerHTML): transcripts are borrower words.
import { $, report, startSession } from './staff.js';
import { loadDashboard, wireDashboard } from './supervisorDashboard.js';
import { loadFilterOptions, loadList, wireConversations } from './supervisorConversations.js';
import { loadAudit, wireAudit } from './supervisorAudit.js';
import { loadFraud } from './supervisorFraud.js';

function showSignIn() {
  $('#signin').hidden = false;
  $('#tabs').hidden = true;
  $('#who').hidden = true;
  for (const tab of document.querySelectorAll('.tab')) tab.hidden = true;
}

async function signedIn(me) {
  if (me.user.role === 'agent') {
    $('#signin-error').textContent = 'This page is for supervisors. Agents use the agent console.';
    showSignIn();
    return;
  }
  $('#signin').hidden = true;
  $('#tabs').hidden = false;
  $('#who').hidden = false;
  $('#who-name').textContent = me.user.displayName;
  await loadFilterOptions();
  showTab('dashboard');
}

function showTab(name) {
  for (const button of document.querySelectorAll('#tabs button')) button.classList.toggle('active', button.dataset.tab === name);
  for (const tab of document.querySelectorAll('.tab')) tab.hidden = tab.id !== `tab-${name}`;
  if (name === 'dashboard') loadDashboard().catch(report);
  if (name === 'conversations') loadList().catch(report);
  if (name === 'audit') loadAudit().catch(report);
  if (name === 'fraud') loadFraud().catch(report);
}

for (const button of document.querySelectorAll('#tabs button')) button.addEventListener('click', () => showTab(button.dataset.tab));
wireConversations();
wireDashboard(report);
wireAudit();
startSession({ form: $('#signin-form'), error: $('#signin-error'), signOut: $('#logout'), showSignIn, signedIn, onError: report });
