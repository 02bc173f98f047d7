import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;

let common: Set<string> | undefined;

/** The ~49,000 most common passwords from zxcvbn-ts (maintained, MIT), loaded on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return common;
}

/**
 * Why a staff password is refused, or undefined: at least 12 characters and
 * not a common password (compared case-insensitively, and with trailing digits
 * and punctuation stripped, so "Password123!" counts as "password").
 */
export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/, '');
  if (commonPasswords().has(lower) || (stem.length >= 4 && commonPasswords().has(stem))) return 'password is too common; choose a longer passphrase';
  if (new Set(lower).size < 4) return 'password repeats too few characters';
  return undefined;
}
