import { amountTable } from '../../support/amountTable';

// Indian English: lakh grouping, L/lac/cr, LPA and CTC, Rs./₹/INR and "/-", "only", one-time settlements.
amountTable(
  'in Indian English',
  [
    ['My salary is 18,000 per month', [[18000, 'month']]],
    ['in-hand salary 22k pm', [[22000, 'month']]],
    ['I get INR 32000 p.m.', [[32000, 'month']]],
    [
      'CTC 6 LPA but in hand only 38k',
      [
        [600000, 'year'],
        [38000, null],
      ],
    ],
    ['package got reduced to 4.5 lakhs per annum', [[450000, 'year']]],
    ['my ctc is 7.2 lakh', [[720000, 'year']]],
    ['I can pay Rs. 5,000/- per month', [[5000, 'month']]],
    ['Rs.15000/- only', [[15000, null]]],
    ['outstanding amount is ₹1,45,000', [[145000, null]]],
    ['total dues 12,00,000', [[1200000, null]]],
    ['medical bill came to 2.5L', [[250000, null]]],
    ['the flat costs 1.2 cr', [[12000000, null]]],
    ['I can pay 3k to 4k monthly', [[3000, 'month']]],
    ['kindly accept 2000 rupees monthly', [[2000, 'month']]],
    ['I will pay 50,000 one time settlement', [[50000, 'once']]],
    ['my daily wage is 600 rupees', [[600, 'day']]],
    ['I am getting only 12 thousand per month', [[12000, 'month']]],
    [
      'Salary was 35k, now 18k pm',
      [
        [35000, null],
        [18000, 'month'],
      ],
    ],
    [
      'rent 8000 and EMI of other loan 4500',
      [
        [8000, null],
        [4500, null],
      ],
    ],
    ['I can pay 6000 sorry 5000 per month', [[5000, 'month']]],
    ['I can pay 15k, not 20k', [[15000, null]]],
    ['now only 18k fixed per month', [[18000, 'month']]],
    ['take home 32000 net per month', [[32000, 'month']]],
    // Not money.
    ['my hours went from 40 to 25 a week', []],
    ['around 60 customers daily before the app came', []],
    ['EMI of loan 2 is pending', []],
    ['I have 2 loans and one income', []],
    ['salary credited 25 days late', []],
    ['please contact me on 9876543210', []],
    ['my number is +91 98765 43210', []],
    ['loan account no 40012345 is closed', []],
    ['pincode 560001', []],
    ['my CIBIL score dropped to 620', []],
    ['I have taken 3 loans of 50k each', [[50000, null]]],
    ['my EMI date is 5th of every month', []],
  ],
  [
    ['1,20,000', 120000, null],
    ['Rs 1.5 lakh', 150000, null],
    ['2.5L', 250000, null],
    ['15-16k pm', 15000, 'month', 16000],
    ['around 12 to 14 thousand', 12000, null, 14000],
    ['8.5 LPA', 850000, 'year'],
    ['30000 one time', 30000, 'once'],
    ['18k pm now, earlier 35k pm', 18000, 'month'],
    ['earlier 35k pm, now 18k pm', 18000, 'month'],
    ['500 per day', 500, 'day'],
  ],
);
