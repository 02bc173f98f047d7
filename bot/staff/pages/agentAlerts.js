// Crisis alerts: a browser notification (when the agent has allowed them) and a short tone when a crisis case
// arrives or is already waiting, so a borrower in crisis is seen even while the console is in a background tab.
import { $, report } from './staff.js';
import { REASONS } from './agentLabels.js';

const alerted = new Set();
let audio = null;
let openCase = () => undefined;

const canAsk = () => 'Notification' in window && Notification.permission === 'default';

/** Offers the "Turn on crisis alerts" button while the browser has not been asked; calls `open(id)` when a notification is clicked. */
export function setUpAlerts(open) {
  const button = $('#alerts-on');
  button.hidden = !canAsk();
  button.addEventListener('click', async () => {
    unlockSound();
    await Notification.requestPermission().catch(report);
    button.hidden = !canAsk();
  });
  // Browsers let a page play sound only after someone has interacted with it.
  document.addEventListener('pointerdown', unlockSound, { once: true });
  document.addEventListener('keydown', unlockSound, { once: true });
  openCase = open;
}

function unlockSound() {
  try {
    audio = audio || new window.AudioContext();
    if (audio.state === 'suspended') audio.resume().catch(report);
  } catch (err) {
    report(err);
  }
}

/** Two short beeps. */
function tone() {
  try {
    audio = audio || new window.AudioContext();
    const start = audio.currentTime;
    for (const offset of [0, 0.3]) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = 880;
      gain.gain.setValueAtTime(0.2, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.001, start + offset + 0.2);
      osc.connect(gain).connect(audio.destination);
      osc.start(start + offset);
      osc.stop(start + offset + 0.2);
    }
  } catch (err) {
    report(err);
  }
}

/** Alerts once per case: the first time the console sees it as a crisis that nobody holds yet. */
export function alertIfCrisis(item) {
  if (item.label !== 'crisis' || item.status === 'assigned' || alerted.has(item.id)) return;
  alerted.add(item.id);
  tone();
  if (!('Notification' in window) || Notification.permission !== 'granted') return;
  try {
    const note = new Notification('Crisis: someone needs help now', {
      body: `${item.id} · ${REASONS[item.reason] || item.reason} · ${item.channelId}. Open the console to take it.`,
      tag: item.id,
      requireInteraction: true,
    });
    note.onclick = () => {
      window.focus();
      openCase(item.id);
      note.close();
    };
  } catch (err) {
    // Some mobile browsers only notify from a service worker; the tone and the pinned queue still stand.
    report(err);
  }
}
