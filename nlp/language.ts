/**
 * English or not, cheaply: non-Latin script is 'other' outright; Latin text is 'other'
 * when function words of common borrower languages outnumber English ones. Mixed
 * messages ("RM 500 sebulan") stay English so their facts are still read.
 */
const ENGLISH = new Set(
  "i me my you your we our he she they it is am are was were be been have has had do does did not no can cant can't will would to of in on at for from with and but or the a an this that job work pay money month lost sick help please".split(
    ' ',
  ),
);
const FOREIGN = new Set(
  [
    // Spanish / Portuguese
    'yo mi tengo no puedo pagar trabajo dinero perdí perdi mes este esta para con por que el la los las una estoy está nao não eu meu minha dinheiro trabalho',
    // Malay / Indonesian
    'saya aku tak tidak boleh mampu bayar kerja hilang bulan ini lepas duit wang gaji sebulan dan untuk sudah belum',
    // French / German / Italian
    'je ne peux pas payer ce mois ci mon ma travail argent ich habe meine arbeit verloren kann nicht bezahlen geld und das ist non posso pagare lavoro soldi',
  ]
    .join(' ')
    .split(' '),
);

export function detectLanguage(text: string): 'en' | 'other' {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 'en';
  const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length;
  if (latin / letters.length < 0.5) return 'other';
  let english = 0;
  let foreign = 0;
  for (const word of text.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    if (ENGLISH.has(word)) english++;
    else if (FOREIGN.has(word)) foreign++;
  }
  return foreign >= 2 && foreign > english ? 'other' : 'en';
}
