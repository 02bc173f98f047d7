import { amountTable } from '../../support/amountTable';

// Terse WhatsApp replies: the figure, its multiplier and a period abbreviation, little else.
amountTable(
  'as short WhatsApp replies',
  [
    ['15k pm', [[15000, 'month']]],
    ['12k/month', [[12000, 'month']]],
    ['1k/mo', [[1000, 'month']]],
    ['15k/m', [[15000, 'month']]],
    ['3k pw', [[3000, 'week']]],
    ['500/day', [[500, 'day']]],
    ['2.5L', [[250000, null]]],
    ['1.2L', [[120000, null]]],
    ['rs 8k', [[8000, null]]],
    ['₹9000', [[9000, null]]],
    ['5k?', [[5000, null]]],
    ['15-16k', [[15000, null]]],
    ['20k not 15k', [[20000, null]]],
    ['sorry 20k not 15k', [[20000, null]]],
    ['14000 wait 14500', [[14500, null]]],
    ['RM800 je', [[800, null]]],
    ['8k only', [[8000, null]]],
    ['nil', [[0, null]]],
    // Not money.
    ['ok', []],
    ['2 kids', []],
    ['24/7', []],
    ['at 5pm', []],
    ['LN-40012', []],
  ],
  [
    ['15k', 15000, null],
    ['12-13k', 12000, null, 13000],
    ['20k not 15k', 20000, null],
    ['5k pm', 5000, 'month'],
  ],
);
