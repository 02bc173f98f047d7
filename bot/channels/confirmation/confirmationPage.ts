import { createHash } from 'node:crypto';
import type { AcceptedTerms } from '../../../models/offers';
import type { IntakeSettings } from '../../../models/ports/settings';
import { borrowerLocale, type BorrowerLanguage } from '../../../models/i18n/languages';
import { sayIn } from '../../../models/i18n/translate';
import { formatDate } from '../../../models/shared/calendar';
import { formatMoney } from '../../../models/shared/money';

export type PageSettings = Pick<
  IntakeSettings,
  'lenderName' | 'locale' | 'currency' | 'timeZone' | 'zoneLabel' | 'contactDetails' | 'debtAdvice' | 'ombudsman' | 'creditBureaus'
>;

// System fonts only and no images: the page loads nothing but itself, prints on one sheet per few payments, and fits 390 px.
const STYLE = `
:root{color-scheme:light}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Devanagari",sans-serif;color:#1b1b1b;background:#f4f4f4}
main{max-width:46rem;margin:0 auto;padding:1rem;background:#fff}
h1{font-size:1.4rem;margin:.25rem 0 .5rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #ccc}
.lender{font-weight:700;color:#0b3d66;margin:0}
dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem;margin:0}dt{color:#444}dd{margin:0;font-weight:600;overflow-wrap:break-word}
@media (max-width:36rem){dl{display:block}dd{margin:0 0 .5rem}}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd}td.amount,th.amount{text-align:right;white-space:nowrap}
.digest{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;overflow-wrap:anywhere;background:#f0f0f0;padding:.5rem}
.note{color:#444;font-size:.9rem}
@media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}.screen{display:none}h2{break-after:avoid}tr{break-inside:avoid}}
`;

/** The inline style's hash, so the page's CSP allows exactly this style and nothing else. */
export const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The loan reference a stranger looking over a shoulder should not read: all but the last 4 hidden. */
export function maskReference(reference: string): string {
  return reference.length <= 4 ? '••••' : `${'•'.repeat(Math.min(reference.length - 4, 6))}${reference.slice(-4)}`;
}

function page(language: BorrowerLanguage, title: string, body: string): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

const CHANNEL_KEYS = { whatsapp: 'confirmation.channelWhatsapp', agent: 'confirmation.channelAgent' } as const;

/** The borrower's written confirmation, in the language they accepted in, from the recorded terms only. */
export function confirmationPage(terms: AcceptedTerms, digest: string, settings: PageSettings): string {
  const say = sayIn(terms.language);
  const values = { ...settings, lenderName: terms.lenderName };
  const money = (x: number) => formatMoney(x, { currency: terms.currency, locale: settings.locale });
  // Dates read in the borrower's language ("5 मार्च 2026"); money keeps the deployment's format, as on the card.
  const dateLocale = borrowerLocale(terms.language, settings.locale);
  const date = (iso: string) => formatDate(iso, dateLocale);
  const at = new Intl.DateTimeFormat(dateLocale, { dateStyle: 'long', timeStyle: 'short', timeZone: terms.timeZone }).format(new Date(terms.acceptedAt));
  const channel = say(CHANNEL_KEYS[terms.channel as keyof typeof CHANNEL_KEYS] ?? 'confirmation.channelWebchat');
  const row = (label: string, value: string) => `<dt>${escape(label)}</dt><dd>${escape(value)}</dd>`;
  const rows = terms.schedule.map((p) => `<tr><td>${escape(date(p.dueDate))}</td><td class="amount">${escape(money(p.amount))}</td></tr>`).join('');
  const body = `
<p class="lender">${escape(terms.lenderName)}</p>
<h1>${escape(say('confirmation.title'))}</h1>
<p>${escape(say('confirmation.intro', values))}</p>
<dl>${row(say('confirmation.reference'), terms.reference)}${row(say('confirmation.loan'), maskReference(terms.loanId))}${row(say('confirmation.agreed'), `${at}, ${settings.zoneLabel}`)}${row(say('confirmation.via'), channel)}</dl>
<h2>${escape(say('confirmation.plan'))}: ${escape(terms.title)}</h2>
<dl>${terms.figures.map((f) => row(f.label, f.value)).join('')}${row(say('confirmation.ends'), date(terms.schedule.at(-1)?.dueDate ?? terms.endDate))}</dl>
<h2>${escape(say('confirmation.why'))}</h2><p>${escape(terms.explanation)}</p>
<h2>${escape(say('confirmation.schedule'))}</h2>
<table><thead><tr><th scope="col">${escape(say('confirmation.due'))}</th><th scope="col" class="amount">${escape(say('confirmation.amount'))}</th></tr></thead><tbody>${rows}</tbody></table>
<h2>${escape(say('confirmation.missedHeading'))}</h2><p>${escape(say('confirmation.missed', values))}</p>
<h2>${escape(say('confirmation.helpHeading'))}</h2><p>${escape(say('confirmation.help', values))}</p><p>${escape(say('confirmation.complain', values))}</p><p>${escape(say('confirmation.advice', values))}</p>
<h2>${escape(say('confirmation.digest'))}</h2><p class="digest">${escape(digest)}</p><p class="note">${escape(say('confirmation.digestNote'))}</p>
<p class="note screen">${escape(say('confirmation.print'))}</p>`;
  return page(terms.language, `${say('confirmation.title')} · ${terms.reference}`, body);
}

export type LinkProblem = 'forged' | 'expired' | 'malformed' | 'notFound' | 'withdrawn';

/** A plain page saying why the link does not open; never the request, the token or a stack. */
export function confirmationErrorPage(problem: LinkProblem, language: BorrowerLanguage = 'en'): string {
  const say = sayIn(language);
  return page(language, say('confirmation.errorTitle'), `<h1>${escape(say('confirmation.errorTitle'))}</h1><p>${escape(say(`confirmation.${problem}`))}</p>`);
}
