// What the agent console and the supervisor page share: DOM building, the API client (session cookie plus
// CSRF token), sign-in and sign-out, short messages, and how times, amounts and keys are shown.
// Everything from the server goes into the DOM as text (textContent or text nodes), never as HTML.

export const $ = (selector, root) => (root || document).querySelector(selector);

/** An element with attributes (`class`, `on<event>` listeners, the rest as attributes) and text or element children. */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const child of children.flat()) if (child !== undefined && child !== null && child !== false) node.append(child instanceof Node ? child : String(child));
  return node;
}

// ---- API and session
const session = { csrf: '', showSignIn: () => undefined };

/** JSON in and out with the session cookie; the CSRF token on every non-GET; a 401 sends the page back to sign-in. */
export async function api(method, path, body) {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(method !== 'GET' ? { 'X-CSRF-Token': session.csrf } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  if (res.status === 401 && path !== '/api/auth/login') session.showSignIn();
  if (!res.ok) throw new Error(json.error || `Request failed (${res.status})`);
  return json;
}

/**
 * Signs staff in and out. `form` holds `name` and `password` inputs and `error` shows why sign-in failed;
 * `signedIn` gets `{ user, csrfToken }` from the form or from a session the browser already has;
 * `showSignIn` puts the page back to its form (after sign-out, and after any 401); `onError` hears a failed sign-out.
 */
export function startSession({ form, error, signOut, showSignIn, signedIn, onError }) {
  session.showSignIn = showSignIn;
  const enter = (body) => {
    session.csrf = body.csrfToken;
    return signedIn(body);
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    const password = $('[name=password]', form);
    try {
      const body = await api('POST', '/api/auth/login', { name: $('[name=name]', form).value.trim(), password: password.value });
      password.value = '';
      await enter(body);
    } catch (err) {
      error.textContent = err.message;
    }
  });
  signOut.addEventListener('click', async () => {
    try {
      await api('POST', '/api/auth/logout', {});
      showSignIn();
    } catch (err) {
      onError(err);
    }
  });
  fetch('/api/auth/me', { credentials: 'same-origin' })
    .then((res) => (res.ok ? res.json().then(enter) : showSignIn()))
    .catch(showSignIn);
}

// ---- telling the user
let toastTimer;
/** A short message in the page's `#toast`, gone after four seconds. */
export function toast(text, bad) {
  const t = $('#toast');
  t.textContent = text;
  t.className = bad ? 'toast bad' : 'toast';
  t.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (t.hidden = true), 4000);
}

/** Runs `fn` and toasts what went wrong instead of throwing. */
export const attempt =
  (fn) =>
  (...args) =>
    fn(...args).catch((err) => toast(err.message, true));

/** For failures with nowhere on the page to show them. */
export function report(err) {
  console.warn(err);
}

// ---- display
// Times are the deployment's (locale and zone from its profile), not the browser's: an agent in another
// country still sees the borrower's clock, in the market's day-month order.
const deployment = await fetch('/api/public/config', { credentials: 'same-origin' })
  .then((res) => (res.ok ? res.json() : {}))
  .catch(() => ({}));
const locale = deployment.locale || 'en-IN';
const timeZone = deployment.timeZone || 'Asia/Kolkata';
const formats = {
  clock: new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }),
  dateTime: new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }),
  short: new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
  day: new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' }),
};
/** A calendar day (YYYY-MM-DD, a due date) in the profile's format: 5 Mar 2026. */
export const day = (ymd) => formats.day.format(new Date(`${ymd}T00:00:00Z`));
/** 14:05 */
export const clock = (iso) => formats.clock.format(new Date(iso));
/** 3 Mar 2025, 14:05 (empty for no time) */
export const dateTime = (iso) => (iso ? formats.dateTime.format(new Date(iso)) : '');
/** 3 Mar, 14:05 */
export const shortDateTime = (iso) => formats.short.format(new Date(iso));

/** How long since `iso`: just now, 12 min, 1 h 5 min. */
export function waited(iso) {
  const minutes = Math.max(0, Math.floor((Date.now() - Date.parse(iso)) / 60000));
  return minutes < 1 ? 'just now' : minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

const amounts = new Intl.NumberFormat(locale, { style: 'currency', currency: deployment.currency || 'INR', maximumFractionDigits: 0 });
/** A whole amount in the deployment's currency and locale (₹12,34,567 in India): the borrower's cards use the same form. */
export const money = (n) => (typeof n === 'number' ? amounts.format(n) : '—');

/** A number with `digits` decimals in the profile's locale (12,345.6 in India; the grouping follows the locale). */
export const decimal = (n, digits = 1) => n.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A key for people: high_risk → high risk. */
export const label = (key) => String(key).replace(/_/g, ' ');
