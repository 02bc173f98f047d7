import { amountTable } from '../../support/amountTable';

// Long stories: several figures, each with its own period or none, counts and durations among them.
amountTable('in long stories', [
  [
    'sir my salary was 32,000 per month but from april the company has cut it to 20,000 per month, rent is 7000 and I have 2 kids in school, I can pay maybe 3000 or 4000 per month',
    [
      [32000, 'month'],
      [20000, 'month'],
      [7000, null],
      [3000, 'month'],
    ],
  ],
  [
    'I was working as a driver earning about 600 a day but after the accident I have not worked for 3 months, my wife earns 9000 a month from tailoring and we pay 4500 rent, I can give 1500 a month till I am back',
    [
      [600, 'day'],
      [9000, 'month'],
      [4500, null],
      [1500, 'month'],
    ],
  ],
  [
    'bhai sahab sach bata raha hoon, pehle meri salary 28 hazaar thi, lockdown ke baad company ne 15 hazaar kar di, ghar ka kiraya 6000 hai aur maa ki dawai pe 2000 lag jata hai, main har mahine 3000 de sakta hoon',
    [
      [28000, null],
      [15000, null],
      [6000, null],
      [2000, null],
      [3000, 'month'],
    ],
  ],
  [
    'saya kerja kilang dulu gaji RM2,500 sebulan tapi sekarang kena potong jadi RM1,600, sewa rumah RM650, anak 3 orang, saya boleh bayar RM200 sebulan',
    [
      [2500, 'month'],
      [1600, null],
      [650, null],
      [200, 'month'],
    ],
  ],
  [
    'My husband passed away in 2023 and since then I have been managing on my own with two children, I got a one-off insurance payout of 3 lakh which went into the hospital bills, now I earn 14k pm from tuitions',
    [
      [300000, 'once'],
      [14000, 'month'],
    ],
  ],
  ['I have been with this bank for 10 years, never missed an EMI until loan 2 started, I have called 5 times, my customer id is 778812 and nobody helps', []],
]);
