/** English month names as borrowers type them, shared by date mentions, dates of birth and redaction. */
export const MONTH_PATTERN =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 0-based month for a name matched by MONTH_PATTERN, or -1. */
export function monthIndex(name: string): number {
  return MONTH_PREFIXES.indexOf(name.slice(0, 3).toLowerCase());
}
