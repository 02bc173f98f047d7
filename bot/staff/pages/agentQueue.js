// The agent console's queue: open cases by priority, then by how long they have waited. Crisis cases are
// pinned above the rest with a running timer, so nobody in crisis waits unseen.
import { $, clock, el, waited } from './staff.js';
import { LABELS, REASONS } from './agentLabels.js';
import { state } from './agentState.js';

const isCrisis = (c) => c.label === 'crisis';

/** Minutes and seconds since `iso` (1:05:09 past an hour): a crisis case's wait, to the second. */
export function timer(iso) {
  const seconds = Math.max(0, Math.floor((Date.now() - Date.parse(iso)) / 1000));
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const mmss = `${String(m).padStart(h ? 2 : 1, '0')}:${String(s).padStart(2, '0')}`;
  return h ? `${h}:${mmss}` : mmss;
}

function queueItem(c, freshId) {
  const crisis = isCrisis(c);
  const wait = crisis
    ? el('span', { class: 'timer', 'data-timer': c.createdAt, title: 'Waiting since the case opened' }, timer(c.createdAt))
    : el('span', { class: 'meta', 'data-wait': c.createdAt }, waited(c.createdAt));
  return el(
    'li',
    {
      class: `queue-item p-${c.label}${c.id === state.selected ? ' selected' : ''}${c.id === freshId ? ' fresh' : ''}`,
      'data-case': c.id,
      // A keyboard user reaches and opens a case like a mouse user: Tab to it, Enter or Space.
      tabindex: '0',
      role: 'button',
      'aria-label': `Case ${c.id}: ${REASONS[c.reason] || c.reason}${crisis ? ', crisis' : ''}`,
    },
    el('div', { class: 'row' }, el('span', { class: 'case-id' }, c.id), wait),
    el('div', { class: 'meta' }, REASONS[c.reason] || c.reason, ' · ', c.channelId, c.verified ? ' · verified' : ''),
    el(
      'div',
      { class: 'badges' },
      LABELS[c.label] ? el('span', { class: `badge ${c.label}` }, LABELS[c.label]) : null,
      c.status === 'assigned' ? el('span', { class: 'badge assigned' }, c.assignedTo === state.me.name ? 'Yours' : c.assignedTo) : null,
      c.status === 'callback' ? el('span', { class: 'badge callback' }, `Callback ${clock(c.callbackSlot)}`) : null,
      c.language && c.language !== 'English' ? el('span', { class: 'badge language' }, c.language) : null,
    ),
  );
}

/** Draws the queue; `freshId` marks a case that has just arrived. */
export function renderQueue(freshId) {
  const items = [...state.queue.values()].sort((a, b) => b.priority - a.priority || a.createdAt.localeCompare(b.createdAt));
  const crisis = items.filter(isCrisis);
  const waitingInCrisis = crisis.filter((c) => c.status !== 'assigned').length;
  $('#queue-count').textContent = items.length ? `(${items.length})` : '';
  $('#queue-empty').hidden = items.length > 0;
  $('#crisis-pinned').hidden = crisis.length === 0;
  $('#crisis-list').replaceChildren(...crisis.map((c) => queueItem(c, freshId)));
  $('#queue-list').replaceChildren(...items.filter((c) => !isCrisis(c)).map((c) => queueItem(c, freshId)));
  $('#tab-crisis').hidden = waitingInCrisis === 0;
  $('#tab-crisis').textContent = String(waitingInCrisis);
  document.title = waitingInCrisis ? `(${waitingInCrisis}) Crisis waiting · Agent console` : 'Agent console';
}

/** Calls `open` with the id of the queue item the agent clicks. */
export function onPick(open) {
  $('.queue').addEventListener('click', (event) => {
    const item = event.target.closest('.queue-item');
    if (item) open(item.dataset.case);
  });
  $('.queue').addEventListener('keydown', (event) => {
    const item = event.target.closest('.queue-item');
    if (!item || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    open(item.dataset.case);
  });
}

/** Brings every wait up to date: the crisis timers each second, the rest in minutes. */
export function refreshWaits() {
  document.querySelectorAll('[data-timer]').forEach((n) => (n.textContent = timer(n.dataset.timer)));
  document.querySelectorAll('[data-wait]').forEach((n) => (n.textContent = waited(n.dataset.wait)));
}
