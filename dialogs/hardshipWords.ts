import type { HardshipReason } from '../models/loanBook/loanRecord';
import { en } from '../models/i18n/catalog/en';

/** The ten choices offered when the story could not be read (WhatsApp lists hold ten rows). */
export const REASON_CHOICES: HardshipReason[] = [
  'unemployment',
  'income_reduction',
  'illness',
  'death',
  'divorce_separation',
  'business_failure',
  'increased_expenses',
  'disaster',
  'disability',
  'other',
];

/** The reason whose quick reply this is (a tap in any language arrives as the English label, models/i18n/tappedLabel). */
export function reasonFromLabel(text: string): HardshipReason | undefined {
  const wanted = text.trim().toLowerCase();
  return (Object.keys(en.reasonLabel) as HardshipReason[]).find((reason) => en.reasonLabel[reason].toLowerCase() === wanted);
}
