import type { Arrangement } from '../offers';

export interface ArrangementLedger {
  save(arrangement: Arrangement): Promise<void>;
}
