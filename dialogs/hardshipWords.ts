import type { HardshipReason } from '../models/loanBook/loanRecord';

/** How each reason is read back to the borrower, and the short label of its quick reply. */
export const REASON_WORDS: Record<HardshipReason, { readBack: string; label: string }> = {
  unemployment: { readBack: 'you lost your job', label: 'Lost my job' },
  income_reduction: { readBack: 'your income has gone down', label: 'Income went down' },
  illness: { readBack: 'illness is affecting things', label: 'Illness' },
  disability: { readBack: 'a disability is affecting things', label: 'Disability' },
  death: { readBack: "you've lost someone close to you", label: 'Bereavement' },
  divorce_separation: { readBack: "you've been through a separation", label: 'Separation' },
  disaster: { readBack: 'a disaster or emergency has hit you', label: 'Disaster' },
  business_failure: { readBack: 'your business is struggling', label: 'Business trouble' },
  increased_expenses: { readBack: 'your costs have gone up', label: 'Costs went up' },
  relocation: { readBack: "you've had to move", label: 'Had to move' },
  military_service: { readBack: 'military service has affected your income', label: 'Military service' },
  incarceration: { readBack: 'time in custody has affected things', label: 'In custody' },
  other: { readBack: 'something else has affected your finances', label: 'Something else' },
};

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

export function reasonFromLabel(text: string): HardshipReason | undefined {
  const wanted = text.trim().toLowerCase();
  return (Object.keys(REASON_WORDS) as HardshipReason[]).find((reason) => REASON_WORDS[reason].label.toLowerCase() === wanted);
}
