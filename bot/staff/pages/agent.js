// Agent console entry: sign in, then the live queue over server-sent events, the open case beside its live
// transcript, and the agent's actions on it. All text from the server goes in as text, never as HTML.
import { $, startSession, toast } from './staff.js';
import { state } from './agentState.js';
import { onPick, refreshWaits, renderQueue } from './agentQueue.js';
import { acceptedPlanTitle, appendEntry, clearSelection, scrollTranscript } from './agentCase.js';
import { loadCanned, openCase, wireActions } from './agentActions.js';
import { alertIfCrisis, setUpAlerts } from './agentAlerts.js';
import { showPane, wirePanes } from './agentPanes.js';
import { wireCasework } from './agentCasework.js';

function showSignIn() {
  state.feed?.close();
  $('#console').hidden = true;
  $('#pane-tabs').hidden = true;
  $('#who').hidden = true;
  $('#sign-in').hidden = false;
  $('#name').focus();
}

function signedIn(body) {
  state.me = body.user;
  $('#who-name').textContent = `${body.user.displayName} · ${body.user.role}`;
  $('#sign-in').hidden = true;
  $('#who').hidden = false;
  $('#console').hidden = false;
  $('#pane-tabs').hidden = false;
  connect();
  loadCanned();
}

/** The live feed: the whole queue on connect, then each case, removal and new transcript entries as they happen. */
function connect() {
  state.feed?.close();
  const feed = new EventSource('/api/agent/stream');
  state.feed = feed;
  feed.onopen = () => $('#status-dot').classList.add('live');
  feed.onerror = () => $('#status-dot').classList.remove('live');
  feed.addEventListener('queue', (e) => {
    state.queue = new Map(JSON.parse(e.data).map((c) => [c.id, c]));
    renderQueue();
    state.queue.forEach(alertIfCrisis);
  });
  feed.addEventListener('case', (e) => {
    const item = JSON.parse(e.data);
    const isNew = !state.queue.has(item.id);
    state.queue.set(item.id, item);
    renderQueue(isNew ? item.id : null);
    alertIfCrisis(item);
    if (state.selected === item.id) openCase(item.id);
  });
  feed.addEventListener('case-removed', (e) => {
    const { id, status } = JSON.parse(e.data);
    state.queue.delete(id);
    renderQueue();
    if (state.selected === id && status !== 'closed') {
      toast(`${id} was taken by another agent`);
      clearSelection();
    }
  });
  feed.addEventListener('transcript', (e) => {
    const { caseId, entries } = JSON.parse(e.data);
    if (caseId !== state.selected || !state.detail) return;
    state.detail.transcript.push(...entries);
    entries.forEach(appendEntry);
    scrollTranscript();
    for (const title of entries.map(acceptedPlanTitle).filter(Boolean))
      toast(`The borrower tapped Accept on ${title}: record the acceptance to make the arrangement`);
  });
}

const pick = (id) => {
  showPane('summary');
  return openCase(id);
};
onPick(pick);
wireActions();
wireCasework(() => openCase(state.selected));
wirePanes();
setUpAlerts(pick);
setInterval(refreshWaits, 1000);
startSession({
  form: $('#sign-in-form'),
  error: $('#sign-in-error'),
  signOut: $('#sign-out'),
  showSignIn,
  signedIn,
  onError: (err) => toast(err.message, true),
});
