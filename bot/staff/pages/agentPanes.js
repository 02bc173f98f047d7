// On a phone the console shows one pane at a time (queue, case, chat) under a row of tabs; on a wide screen
// the three sit side by side and the tabs are not shown.
import { $ } from './staff.js';

export function showPane(name) {
  $('#console').dataset.pane = name;
  document.querySelectorAll('#pane-tabs [data-pane]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.pane === name)));
}

export function wirePanes() {
  $('#pane-tabs').addEventListener('click', (event) => {
    const tab = event.target.closest('[data-pane]');
    if (tab) showPane(tab.dataset.pane);
  });
  showPane('queue');
}
