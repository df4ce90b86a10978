/**
 * The peer every speed figure is compared with: a bare wink-nlp pass with wink-nlp's DEFAULT pipe (all its steps),
 * reading tokens, tags and sentences — what a user of wink-nlp alone would run over the same text.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const peer = winkNLP(model);
const its = peer.its;

export function bareWinkPass(texts: readonly string[]): void {
  for (const text of texts) {
    const d = peer.readDoc(text);
    d.tokens().out(its.value);
    d.tokens().out(its.pos);
    d.sentences().out(its.span);
  }
}
