/**
 * The one wink-nlp instance, loaded once. Only the steps we read run: sentence boundaries and part-of-speech tags
 * (wink-nlp's own negation, sentiment and entity steps are left out: our stages do that work). The tokens, tags and
 * sentences are the same as with wink-nlp's default pipe, at about two thirds of its cost.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export const WINK_PIPE = ['sbd', 'pos'];
export const nlp = winkNLP(model, WINK_PIPE);
export const its = nlp.its;
