/**
 * The one wink-nlp instance, loaded once. Only the step we read runs: part-of-speech tags (wink-nlp's sentence,
 * negation, sentiment and entity steps are left out: sentences come from split-sentences.ts, the rest from our
 * stages). The tokens and tags are the same as with wink-nlp's default pipe, at about half of its cost.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export const WINK_PIPE = ['pos'];
export const nlp = winkNLP(model, WINK_PIPE);
export const its = nlp.its;
