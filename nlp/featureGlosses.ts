/**
 * English glosses for the Hindi (Devanagari and Latin), Malay and Manglish words borrowers
 * use for hardship, added to the classifier's features next to the word itself. Most of
 * the corpus is English, so a rare Malay or Hindi story borrows what the model learned
 * from English ones ("naukri chali gayi" reads like "job gone"). Keys are normalized
 * (lower case, Devanagari folded: no nukta, anusvara for chandrabindu).
 */
const GROUPS: Record<string, string> = {
  job: 'नौकरी नोकरी naukri naukari job kerja pekerjaan',
  lost: 'छूट छूटी छुट chhoot chhut chhooti chali chala hilang buang dibuang',
  fired: 'निकाल निकाला nikal nikaal nikala retrench diberhentikan berhenti',
  unemployed: 'बेरोजगार berozgaar berozgar menganggur',
  layoff: 'छंटनी chhatni chhantni',
  salary: 'तनख्वाह तनखा सैलरी वेतन tankhwah tankha salary gaji upah pendapatan kamai कमाई आमदनी aamdani',
  cut: 'कट काट आधी आधा घट घटा कम cut aadhi aadha kam ghat dipotong potong kurang berkurang separuh',
  sick: 'बीमार बीमारी तबीयत bimar beemar bimari tabiyat sakit',
  hospital: 'अस्पताल अस्पताल hospital aspatal wad',
  treatment: 'इलाज दवा दवाई दवाइयों ilaaj ilaj dawai dawa rawatan ubat',
  surgery: 'ऑपरेशन operation pembedahan',
  cancer: 'कैंसर cancer kanser',
  disabled: 'विकलांग अपाहिज लकवा viklang apahij paralysis lakwa oku lumpuh cacat buta',
  died: 'देहांत गुजर गुज़र मृत्यु मौत स्वर्गवास निधन guzar maut dehant expire meninggal arwah mati',
  divorce: 'तलाक talaq talak cerai bercerai',
  separated: 'अलग alag berpisah pisah',
  left: 'छोड़ छोड chhod tinggalkan',
  expenses: 'खर्चा खर्च kharcha kharch belanja kos perbelanjaan',
  increased: 'बढ़ बढ badh badha naik',
  expensive: 'महंगा महंगाई mehenga mehnga mehngai mahal',
  fees: 'फीस fees yuran',
  rent: 'किराया kiraya sewa',
  wedding: 'शादी shaadi shadi kahwin kenduri',
  shop: 'दुकान dukaan dukan kedai gerai',
  business: 'धंधा कारोबार व्यापार dhandha karobar vyapar bisnes perniagaan',
  loss: 'घाटा नुकसान ghata nuksan nuksaan rugi',
  closed: 'बंद band tutup',
  flood: 'बाढ़ बाढ baadh banjir',
  fire: 'आग aag kebakaran terbakar',
  drought: 'सूखा सूखे sukha kemarau',
  crop: 'फसल fasal tanaman',
  storm: 'तूफान ओलावृष्टि toofan tufan ole ribut',
  moved: 'शिफ्ट pindah',
  transfer: 'ट्रांसफर tabadla ditukarkan',
  jail: 'जेल jail penjara lokap',
  arrested: 'गिरफ्तार हिरासत giraftar hirasat custody ditangkap tangkap reman',
  bail: 'जमानत zamanat jamanat ikat',
  army: 'फौज फौजी सेना आर्मी fauj fauji sena army askar tentera atm',
  posted: 'तैनात तैनाती पोस्टिंग tainaat tainat posting bertugas',
  problem: 'परेशानी दिक्कत मुश्किल pareshani dikkat mushkil masalah susah',
  cheated: 'धोखा dhokha tipu ditipu',
};

import { foldDevanagari } from './text';

export const GLOSSES: ReadonlyMap<string, string> = new Map(
  Object.entries(GROUPS).flatMap(([gloss, words]) => words.split(' ').map((word) => [foldDevanagari(word), gloss] as const)),
);
