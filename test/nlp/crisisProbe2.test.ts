import { crisisProbeSuite, type CrisisProbeItem } from '../support/crisisProbeSuite';
import probe from './crisisProbe2.json';

// A second blind set with new sentences, so a rule tuned on the first probe is measured again.
crisisProbeSuite('crisis probe 2', probe.items as CrisisProbeItem[]);
