import { crisisProbeSuite, type CrisisProbeItem } from '../support/crisisProbeSuite';
import probe from './crisisProbe.json';

crisisProbeSuite('crisis probe', probe.items as CrisisProbeItem[]);
