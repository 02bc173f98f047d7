/**
 * Harrell's concordance index of a risk score against survival times: of the
 * pairs where the earlier time is an observed event, the share in which that
 * loan had the higher risk (ties in risk count half). 0.5 is chance, 1 is a
 * perfect ordering. Pairs with equal times, and pairs whose earlier time is
 * censored, are not comparable: nobody knows which came first.
 */
import type { SurvivalObservation } from './kaplanMeier';

export function concordanceIndex(observations: readonly SurvivalObservation[], risk: readonly number[]): number {
  if (observations.length !== risk.length) throw new RangeError(`${observations.length} observations but ${risk.length} risks`);
  let comparable = 0;
  let concordant = 0;
  for (let i = 0; i < observations.length; i++) {
    if (!observations[i].event) continue;
    for (let j = 0; j < observations.length; j++) {
      if (observations[j].time <= observations[i].time) continue;
      comparable++;
      if (risk[i] > risk[j]) concordant++;
      else if (risk[i] === risk[j]) concordant += 0.5;
    }
  }
  if (comparable === 0) throw new RangeError('no comparable pair: the C-index needs an event before some later time');
  return concordant / comparable;
}
