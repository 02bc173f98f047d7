import { describe, expect, it } from 'vitest';
import { createAnalyzer, loadClassifier } from '../../nlp';
import { features } from '../../nlp/features';

const analyzer = createAnalyzer(loadClassifier());
const reasonsOf = (text: string) => analyzer.analyze(text).reasons.map((r) => r.reason);

// Written for this test, not copied from the corpus: Devanagari Hindi and Malay stories
// were not read for reasons at all before (language 'other' skipped the classifier).
describe('reasons in Devanagari Hindi and Malay', () => {
  it.each([
    ['कंपनी ने नौकरी से निकाल दिया, अब घर पर हूँ', 'unemployment'],
    ['बाढ़ से खेत की फसल डूब गई', 'disaster'],
    ['पति जेल में बंद हैं', 'incarceration'],
    ['syarikat buang saya, sekarang tiada kerja', 'unemployment'],
    ['rumah kami dinaiki air banjir minggu lepas', 'disaster'],
    ['bapa saya meninggal dunia semalam', 'death'],
  ])('%s -> %s', (text, reason) => {
    expect(reasonsOf(text)).toContain(reason);
  });

  it('reads a Devanagari story although its language is not English', () => {
    expect(analyzer.analyze('पति जेल में बंद हैं').language).toBe('other');
    expect(reasonsOf('पति जेल में बंद हैं')).toEqual(['incarceration']);
  });

  it('keeps commands, greetings and bare figures free of reasons in those languages', () => {
    expect(reasonsOf('नमस्ते जी')).toEqual([]);
    expect(reasonsOf('jangan hantar mesej lagi kepada saya')).toEqual([]);
  });

  it('gives a Hindi or Malay hardship word the feature of its English gloss', () => {
    expect(features('बीमार')).toContain(features('sick')[0]);
    expect(features('ayah meninggal')).toContain(features('died')[0]);
    // Hindi and Malay function words are not features.
    expect(features('है में saya dan')).toEqual([]);
  });
});
