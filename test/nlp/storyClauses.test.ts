import { describe, expect, it } from 'vitest';
import { ReasonClassifier } from '../../nlp';
import { DEFAULT_REASON_OPTIONS, detectReasons } from '../../nlp/reasons';
import { storyClauses } from '../../nlp/storyClauses';
import { normalize } from '../../nlp/text';

describe('storyClauses', () => {
  it.each([
    ['lost my job in may. then the rent went up! what do i do?', ['lost my job in may', 'then the rent went up', 'what do i do']],
    ['naukri chali gayi phir papa bimar ho gaye', ['naukri chali gayi', 'papa bimar ho gaye']],
    ['kedai tutup lepas tu suami sakit', ['kedai tutup', 'suami sakit']],
    ['नौकरी चली गई। फिर पिताजी बीमार हो गए', ['नौकरी चली गई', 'पिताजी बीमार हो गए']],
    ['hours were cut and then my car broke down, also the kids need shoes', ['hours were cut', 'my car broke down', 'the kids need shoes']],
  ])('%s', (text, clauses) => {
    expect(storyClauses(normalize(text))).toEqual(clauses);
  });

  it('drops pieces too short to say anything', () => {
    expect(storyClauses('ok sir. lost my job in march. pls')).toEqual(['lost my job in march']);
  });

  it('keeps words that only contain a connector whole', () => {
    expect(storyClauses('the surplus staff were let go')).toEqual(['the surplus staff were let go']);
  });
});

// Words no rule cue knows, so only the classifier can find these reasons.
const classifier = ReasonClassifier.train(
  [
    { text: 'the tandoor stall folded', reasons: ['business_failure'] },
    { text: 'our tandoor stall folded in june', reasons: ['business_failure'] },
    { text: 'the monsoon wrecked our roof', reasons: ['disaster'] },
    { text: 'monsoon wrecked the village', reasons: ['disaster'] },
    { text: 'two kids at home', reasons: [] },
    { text: 'my wife teaches maths', reasons: [] },
    { text: 'we stay near the temple', reasons: [] },
    { text: 'hello', reasons: [] },
  ],
  { epochs: 100 },
);
const reasonsOf = (text: string, options = DEFAULT_REASON_OPTIONS) => detectReasons(normalize(text), classifier, false, true, options).map((r) => r.reason);
const story = 'The tandoor stall folded. We have two kids at home and my wife teaches maths near the temple. And then the monsoon wrecked our roof.';

describe('reasons read clause by clause', () => {
  it('finds each reason of a long story that the whole text dilutes', () => {
    expect(reasonsOf(story, { ...DEFAULT_REASON_OPTIONS, clauseThreshold: Infinity })).toEqual([]);
    expect(reasonsOf(story).sort()).toEqual(['business_failure', 'disaster']);
  });

  it('adds nothing for clauses about the household', () => {
    expect(reasonsOf('We have two kids at home. My wife teaches maths. We stay near the temple.')).toEqual([]);
  });
});
