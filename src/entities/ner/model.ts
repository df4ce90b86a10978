/** The shipped NER weights, decoded once on first use (a static import: works the same in a browser bundle). */
import { NER_MODEL } from '../../../models/ner-model.ts';
import { decodeWeights } from './codec.ts';
import { setBits } from './features.ts';

let weights: Int16Array | null = null;

export function nerWeights(): Int16Array {
  if (!weights) {
    setBits(NER_MODEL.bits);
    weights = decodeWeights(NER_MODEL);
  }
  return weights;
}
