/**
 * The peer every speed figure is compared with: a bare wink-nlp pass with wink-nlp's DEFAULT pipe (all its steps),
 * reading tokens, tags and sentences — what a user of wink-nlp alone would run over the same text.
 *
 * The peer runs on its own copy of wink-nlp's module code. Two instances built from one copy share its functions,
 * so the JIT's type feedback mixes the two and both run slower (measured: the peer alone in its process 761 ms,
 * beside the pipeline in one process 1,065 ms). With its own copy each side runs as it would alone, and the figures
 * taken with the two alternating in one process match those of separate processes.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const WINK = /[\\/]node_modules[\\/]wink-[^\\/]+[\\/]/;

/** Loads wink-nlp and its model afresh, and leaves no trace in the module cache for whoever loads them next. */
function ownCopy(): { winkNLP: (model: unknown) => WinkNLP; model: unknown } {
  const forget = () => { for (const k of Object.keys(require.cache)) if (WINK.test(k)) delete require.cache[k]; };
  forget();
  const winkNLP = require('wink-nlp') as (model: unknown) => WinkNLP;
  const model = require('wink-eng-lite-web-model') as unknown;
  forget();
  return { winkNLP, model };
}

interface Out { out(what: unknown): unknown }
interface WinkNLP {
  its: { value: unknown; pos: unknown; span: unknown };
  readDoc(text: string): { tokens(): Out; sentences(): Out };
}

let loaded: WinkNLP | null = null;

export function bareWinkPass(texts: readonly string[]): void {
  // Loaded on first use: a process that never runs the peer does not hold a second model.
  if (loaded === null) {
    const { winkNLP, model } = ownCopy();
    loaded = winkNLP(model);
  }
  const peer = loaded;
  const its = peer.its;
  for (const text of texts) {
    const d = peer.readDoc(text);
    d.tokens().out(its.value);
    d.tokens().out(its.pos);
    d.sentences().out(its.span);
  }
}
