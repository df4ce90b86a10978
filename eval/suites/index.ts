import type { EvalSuite } from '../suite.ts';
import { seedsSuite } from './seeds.ts';
import { samplesSuite } from './samples.ts';
import { conllSuite } from './conll.ts';
import { meantimeSuite } from './meantime.ts';
import { meantimeTimesSuite } from './meantime-times.ts';
import { polnearSuite } from './polnear.ts';
import { timemlSuite } from './timeml.ts';
import { duc2004Suite } from './duc2004.ts';
import { extractionSuite } from './extraction.ts';
import { ecbplusSuite } from './ecbplus.ts';
import { semevalSuite } from './semeval.ts';

export const SUITES: readonly EvalSuite[] = [
  samplesSuite, seedsSuite, conllSuite, meantimeSuite, polnearSuite, timemlSuite, meantimeTimesSuite, duc2004Suite, extractionSuite, ecbplusSuite, semevalSuite,
];
