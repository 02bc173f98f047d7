import { MONTH_PATTERN } from './calendar';

/**
 * Masks personal data before text reaches transcripts or logs. Every pattern is
 * linear (bounded repeats, no nested quantifiers) so a 10,000-character message
 * cannot trigger catastrophic backtracking. Order matters: emails before phones,
 * Luhn-valid cards before account numbers.
 */
export type RedactionKind = 'email' | 'card' | 'ssn' | 'national_id' | 'dob' | 'phone' | 'account';

const EMAIL = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b/g;
const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;
const SSN = /\b\d{3}-\d{2}-\d{4}\b/g;
/** UK National Insurance number and Malaysian MyKad (YYMMDD-PB-###G). */
const NATIONAL_ID = /\b[a-ceghj-pr-tw-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d]\b|\b\d{6}-\d{2}-\d{4}\b/gi;
const DOB_CUE = '(?:dob|d\\.o\\.b\\.?|date of birth|born(?: on)?|birthday(?: is)?)[:\\s]{0,3}';
const DOB = new RegExp(
  `\\b${DOB_CUE}(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH_PATTERN},? \\d{4}|${MONTH_PATTERN} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})`,
  'gi',
);
const BARE_DATE = /\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}\b/g;
const PHONE = /(?:\+|\b00)\d{1,3}[ .-]?(?:\(0\)[ .-]?)?\d{2,5}(?:[ .-]?\d{2,5}){1,4}\b|\b0\d{2,4}[ .-]?\d{3,4}[ .-]?\d{3,4}\b|\(\d{3}\) ?\d{3}-\d{4}\b/g;
/** A digit run introduced as an account (the cue words stay readable), a sort code, or an IBAN. */
const ACCOUNT_AFTER_CUE = /\b((?:account|acct|a\/c|iban|sort code)(?: (?:number|no\.?|#))?[:\s]{0,3})\d[\d -]{5,30}\d\b/gi;
const ACCOUNT = /\b\d{2}-\d{2}-\d{2}\b|\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){3,7}(?: ?[a-z0-9]{1,4})?\b/gi;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

const tag = (kind: RedactionKind): string => `[REDACTED:${kind}]`;

export function redact(text: string): string {
  return text
    .replace(EMAIL, tag('email'))
    .replace(CARD, (match) => (luhn(match.replace(/\D/g, '')) ? tag('card') : match))
    .replace(SSN, tag('ssn'))
    .replace(NATIONAL_ID, tag('national_id'))
    .replace(DOB, tag('dob'))
    .replace(BARE_DATE, tag('dob'))
    .replace(ACCOUNT_AFTER_CUE, (_match, cue: string) => `${cue}${tag('account')}`)
    .replace(ACCOUNT, tag('account'))
    .replace(PHONE, tag('phone'));
}
