import { amountTable } from '../../support/amountTable';

// US and UK English: symbols, pcm, quid, fortnightly, per annum, one-offs, and the numbers that are not money.
amountTable(
  'in US and UK English',
  [
    ['I can pay £150 a month', [[150, 'month']]],
    ['take home is about $2,300 per month', [[2300, 'month']]],
    ['rent is 950 pcm', [[950, 'month']]],
    ['I get £84.80 a week statutory sick pay', [[84.8, 'week']]],
    ['universal credit pays me 650 monthly', [[650, 'month']]],
    ['could do 40 quid a fortnight', [[40, 'fortnight']]],
    ['I earn 28k a year', [[28000, 'year']]],
    ['my salary is 28,500 per annum', [[28500, 'year']]],
    ['I make about $120 a day driving', [[120, 'day']]],
    ['I could manage a one-off payment of £300', [[300, 'once']]],
    ['I got a redundancy lump sum of 4,000', [[4000, 'once']]],
    ['maybe 100 or 120 a month', [[100, 'month']]],
    ['between £200 and £250 a month', [[200, 'month']]],
    ['£200-£250 a month', [[200, 'month']]],
    ['I can pay 80, sorry, 60 a week', [[60, 'week']]],
    ['I can pay 80 a week, sorry I mean 60', [[60, 'week']]],
    [
      'about 1200 a month now, used to be 2000',
      [
        [1200, 'month'],
        [2000, null],
      ],
    ],
    [
      'rent went from 700 to 850 a month',
      [
        [700, null],
        [850, 'month'],
      ],
    ],
    // Not money.
    ['I have 2 kids and one income', []],
    ['my hours went down to 16 a week', []],
    ['call me after 5pm', []],
    ['call me at 5:30 pm please', []],
    ["it's been 3 months", []],
    ['they gave everyone a 20% pay cut', []],
    ['the helpline is open 24/7', []],
    ['my loan number is LN_90001', []],
    ['my number is 07700 900123', []],
    ['the payment is due on the 15th', []],
    ["I'll pay on 28/02", []],
    ['I was born in 1985', []],
    ['I have been with the company since 2019', []],
    ['just one thing after another', []],
  ],
  [
    ['about 2k a month', 2000, 'month'],
    ['£90 a week', 90, 'week'],
    ['maybe 100 or 120', 100, null, 120],
    ['1200 a month now, it used to be 2000', 1200, 'month'],
    ['it was 2000 before, now 1200', 1200, null],
    ['£500 one-off', 500, 'once'],
    ['none', 0, null],
  ],
);
