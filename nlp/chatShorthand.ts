/**
 * Chat shorthand spelt out ("dnt wanna b alive anymre", "evry1 better off w/o me", "thinkin of sucide"), so the
 * safety rules are written once in full words and still read a message typed with one thumb. Only tokens with
 * one meaning in a borrower's chat are expanded, and only for the crisis and concern rules: amounts and reasons
 * read the message as written.
 */
const WORDS: Record<string, string> = {
  dnt: "don't",
  dont: "don't",
  dun: "don't",
  cnt: "can't",
  cant: "can't",
  wnt: 'want',
  wnna: 'wanna',
  wana: 'wanna',
  b: 'be',
  u: 'you',
  ur: 'your',
  r: 'are',
  wl: 'will',
  wil: 'will',
  lyf: 'life',
  lyfe: 'life',
  nvr: 'never',
  wit: 'with',
  w: 'with',
  'w/o': 'without',
  witout: 'without',
  evry1: 'everyone',
  every1: 'everyone',
  evry: 'every',
  evrythng: 'everything',
  evrything: 'everything',
  everythng: 'everything',
  nthng: 'nothing',
  nemore: 'anymore',
  anymre: 'anymore',
  nymore: 'anymore',
  anymor: 'anymore',
  '2nite': 'tonight',
  '2night': 'tonight',
  tonite: 'tonight',
  jst: 'just',
  juz: 'just',
  msg: 'message',
  pls: 'please',
  plz: 'please',
  im: "i'm",
  ive: "i've",
  bldg: 'building',
  sucide: 'suicide',
  suiside: 'suicide',
  suicde: 'suicide',
  sucidal: 'suicidal',
  thinkin: 'thinking',
  jumpin: 'jumping',
  killin: 'killing',
  feelin: 'feeling',
  nothin: 'nothing',
  goin: 'going',
  tryin: 'trying',
  cryin: 'crying',
  livin: 'living',
  dis: 'this',
  af: '',
};

const TOKEN = /[a-z0-9/']+/g;

export function spellOutShorthand(normalized: string): string {
  return normalized
    .replace(TOKEN, (token) => WORDS[token] ?? token)
    .replace(/(?<=[a-z]) 2 (?=[a-z])/g, ' to ')
    .replace(/\s+/g, ' ')
    .trim();
}
