import { MONTH_PATTERN } from './calendar';

/**
 * Masks personal data before text reaches transcripts or logs, for the
 * markets we serve (India first, then Malaysia and the UK) and generally.
 * Every pattern is linear (bounded repeats, no nested quantifiers) so a
 * 10,000-character message cannot trigger catastrophic backtracking. Order
 * matters: emails and UPI ids before phones, checksummed numbers (cards by
 * Luhn, Aadhaar by Verhoeff) before looser digit runs.
 */
export type RedactionKind = 'email' | 'upi' | 'card' | 'ssn' | 'aadhaar' | 'pan' | 'national_id' | 'dob' | 'phone' | 'account' | 'link';

/**
 * The token of a written-confirmation link (bot/infra/security/signedLink): a bearer credential for the
 * borrower's page, so whoever reads a transcript or an export must not be able to open it.
 */
const CONFIRMATION_TOKEN = /(\/confirmation\/)[^\s"'<>)\]]+/g;
const EMAIL = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b/g;
/** A UPI virtual payment address: handle@bank, the bank part without dots (9876543210@ybl, name.x@okaxis). */
const UPI = /\b[\w.-]{2,64}@[a-z][a-z0-9]{1,31}\b(?!\.[a-z])/gi;
/** 13–19 digits, grouped by spaces, dashes or dots. */
const CARD = /\b\d(?:[ .-]?\d){12,18}\b/g;
const SSN = /\b\d{3}-\d{2}-\d{4}\b/g;
/** Aadhaar: 12 digits, never starting 0 or 1, often as 4-4-4. */
const AADHAAR = /\b[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}\b/g;
/** PAN: five letters (the fourth the holder type), four digits, a letter; any case. */
const PAN = /\b[a-z]{3}[abcfghljptk][a-z]\d{4}[a-z]\b/gi;
/** UK National Insurance number, and Malaysian MyKad (YYMMDD-PB-###G, with or without dashes). */
const NATIONAL_ID = /\b[a-ceghj-pr-tw-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d]\b|\b\d{6}-\d{2}-\d{4}\b/gi;
const MYKAD_PLAIN = /\b\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{6}\b/g;
const DOB_CUE = '(?:dob|d\\.o\\.b\\.?|date of birth|born(?: on)?|birthday(?: is)?)[:\\s]{0,3}';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const WORD_DATE = `(?:${DAY}(?: of)? ${MONTH_PATTERN},? \\d{4}|${MONTH_PATTERN} ${DAY},? \\d{4})`;
const DOB = new RegExp(`\\b${DOB_CUE}(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}|${WORD_DATE})`, 'gi');
/** Dates with a birth year (1900–2009) and no cue: "17th August 1969", "August 17, 1969", "1969-08-17", "17/08/1969". */
const BIRTH_YEAR = '(?:19\\d{2}|200\\d)';
const BARE_BIRTH_DATE = new RegExp(
  `\\b(?:${DAY}(?: of)? ${MONTH_PATTERN},? ${BIRTH_YEAR}|${MONTH_PATTERN} ${DAY},? ${BIRTH_YEAR}|${BIRTH_YEAR}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-]${BIRTH_YEAR})\\b`,
  'gi',
);
const BARE_DATE = /\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}\b/g;
const PHONE = new RegExp(
  [
    // International: +91 98765 43210, +44 (0)20 7946 0123, 0060 12-345 6789.
    '(?:\\+|\\b00)\\d{1,3}[ .-]?(?:\\(0\\)[ .-]?)?\\d{2,5}(?:[ .-]?\\d{2,5}){1,4}\\b',
    // UK with the area code in brackets: (020) 7946 0123, (0161) 496 0000.
    '\\(0\\d{2,4}\\) ?\\d{3,4}[ .-]?\\d{3,4}\\b',
    // National trunk forms: 07700 900123, 020 7946 0123, 098765 43210, 012-345 6789.
    '\\b0\\d{2,4}[ .-]?\\d{3,4}[ .-]?\\d{3,4}\\b',
    // Indian mobiles written bare (10 digits from 6–9), with or without 91: 9876543210, 98765 43210, 919876543210.
    '\\b(?:91[ -]?)?[6-9]\\d{4}[ -]?\\d{5}\\b',
    // North American (555) 123-4567.
    '\\(\\d{3}\\) ?\\d{3}-\\d{4}\\b',
  ].join('|'),
  'g',
);
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

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 8, 7, 6, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** The Verhoeff check (Aadhaar's last digit). */
export function verhoeff(digits: string): boolean {
  let c = 0;
  for (let i = 0; i < digits.length; i++) c = VERHOEFF_D[c][VERHOEFF_P[i % 8][digits.charCodeAt(digits.length - 1 - i) - 48]];
  return c === 0;
}

const tag = (kind: RedactionKind): string => `[REDACTED:${kind}]`;

export function redact(text: string): string {
  return (
    text
      .replace(CONFIRMATION_TOKEN, (_match, path: string) => `${path}${tag('link')}`)
      .replace(EMAIL, tag('email'))
      .replace(UPI, tag('upi'))
      .replace(CARD, (match) => (luhn(match.replace(/\D/g, '')) ? tag('card') : match))
      .replace(ACCOUNT_AFTER_CUE, (_match, cue: string) => `${cue}${tag('account')}`)
      .replace(ACCOUNT, tag('account'))
      // A Verhoeff-valid 12-digit number is an Aadhaar however it is written; one in Aadhaar's 4-4-4 grouping is masked
      // even with a wrong check digit (a typo of one is still someone's).
      .replace(AADHAAR, (match) => (verhoeff(match.replace(/\D/g, '')) || /^\d{4}[ -]\d{4}[ -]\d{4}$/.test(match) ? tag('aadhaar') : match))
      .replace(SSN, tag('ssn'))
      .replace(PAN, tag('pan'))
      .replace(NATIONAL_ID, tag('national_id'))
      .replace(MYKAD_PLAIN, tag('national_id'))
      .replace(DOB, tag('dob'))
      .replace(BARE_BIRTH_DATE, tag('dob'))
      .replace(BARE_DATE, tag('dob'))
      .replace(PHONE, tag('phone'))
  );
}
