import { amountTable } from '../../support/amountTable';

// Malay and Manglish: RM, ribu/juta/ratus and Malay number words, sebulan/sehari/setahun, sekali gus, antara ... hingga, silap/bukan corrections.
amountTable(
  'in Malay and Manglish',
  [
    ['gaji saya RM2,800 sebulan', [[2800, 'month']]],
    ['boleh bayar RM300 sebulan je', [[300, 'month']]],
    ['sewa rumah 900 sebulan', [[900, 'month']]],
    ['RM1.5k sebulan', [[1500, 'month']]],
    ['MYR 2000 setiap bulan', [[2000, 'month']]],
    ['seribu lima ratus sebulan', [[1500, 'month']]],
    ['dua ribu setiap bulan', [[2000, 'month']]],
    ['gaji 2 ribu 500 sebulan', [[2500, 'month']]],
    ['antara 1500 hingga 2000 sebulan', [[1500, 'month']]],
    ['RM500-RM600 a month can ah', [[500, 'month']]],
    ['bayar RM2000 sekali gus', [[2000, 'once']]],
    ['RM50 sehari je dapat', [[50, 'day']]],
    ['setahun dapat 30 ribu', [[30000, 'year']]],
    ['hutang tinggal RM12,000', [[12000, null]]],
    ['1500 eh silap, 2000 sebulan', [[2000, 'month']]],
    ['RM800 bukan RM600', [[800, null]]],
    [
      'gaji dulu 3k, sekarang 1.8k je',
      [
        [3000, null],
        [1800, null],
      ],
    ],
    // Not money.
    ['gaji kena potong 20 peratus sejak bulan lepas', []],
    ['kena potong gaji 30%', []],
    ['dah 2 bulan tak dapat gaji', []],
    ['ada 3 orang anak', []],
    ['no akaun saya 1234567', []],
    ['call me at 0123456789 lah', []],
    ['gaji masuk 7 hb', []],
  ],
  [
    ['RM 2,500', 2500, null],
    ['seribu', 1000, null],
    ['1500 atau 2000 sebulan', 1500, 'month', 2000],
    ['RM200 seminggu', 200, 'week'],
    ['tiada', 0, null],
  ],
);
