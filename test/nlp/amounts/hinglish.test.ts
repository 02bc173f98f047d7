import { amountTable } from '../../support/amountTable';

// Hinglish in Latin script: hazaar/lakh with Hindi number words, dedh/dhai/sawa/saadhe/paune, mahina/roz/ek baar, se/ya ranges, nahi corrections.
amountTable(
  'in Hinglish',
  [
    ['meri salary 15 hazaar mahina hai', [[15000, 'month']]],
    ['pachas hazaar baaki hai', [[50000, null]]],
    ['har mahine 5000 de sakta hoon', [[5000, 'month']]],
    ['dedh lakh ka loan hai', [[150000, null]]],
    ['ek lakh bees hazaar outstanding hai', [[120000, null]]],
    ['sawa lakh ka bill aaya hospital ka', [[125000, null]]],
    ['saadhe teen hazaar kiraya hai', [[3500, null]]],
    ['paune do lakh ho gaya total', [[175000, null]]],
    ['dhai hazaar har hafte', [[2500, 'week']]],
    ['pandrah hajar milte hai bas', [[15000, null]]],
    ['15 se 20 hazaar mahina kamata hoon', [[15000, 'month']]],
    ['10 ya 12 hazaar mahina', [[10000, 'month']]],
    ['roz ke 500 rupaye milte hain', [[500, 'day']]],
    ['dihadi 400 rupay hai', [[400, 'day']]],
    ['ek baar mein 20 hazaar de dunga', [[20000, 'once']]],
    ['12 hazaar, nahi nahi 14 hazaar', [[14000, null]]],
    ['8000 nahi 9000 mahina', [[9000, 'month']]],
    [
      'pehle 30k milte the ab sirf 15k',
      [
        [30000, null],
        [15000, null],
      ],
    ],
    [
      '25 hazaar se 15 hazaar ho gayi salary',
      [
        [25000, null],
        [15000, null],
      ],
    ],
    ['diwali bonus 20k mila tha', [[20000, 'once']]],
    ['ek saath 25 hazaar de sakta hoon', [[25000, 'once']]],
    ['mahine ki salary ab 12 hazaar hai', [[12000, 'month']]],
    ['roz ke 800 kamata hoon', [[800, 'day']]],
    // Not money.
    ['2 mahine se salary nahi aayi', []],
    ['do bachche hain aur ek income', []],
    ['3 saal se naukri kar raha tha', []],
    ['salary 20% kaat di', []],
    ['mera number 9812345678 hai', []],
    ['loan 2 ka EMI baaki hai', []],
    ['ek kaam karo, kal call karo', []],
    ['salary 15 tareekh ko aati hai', []],
    ['salary 7 ko aati hai', []],
  ],
  [
    ['15 hazaar', 15000, null],
    ['dedh lakh', 150000, null],
    ['15-16 hazaar mahina', 15000, 'month', 16000],
    ['12 nahi 13 hazaar', 13000, null],
    ['pehle 30k tha, ab 15k', 15000, null],
    ['ek baar 50 hazaar', 50000, 'once'],
    ['kuch nahi', 0, null],
    ['25 hazaar se 15 hazaar ho gayi', 15000, null],
  ],
);
