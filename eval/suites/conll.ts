/**
 * CoNLL-2003 named entities, development half (eng.testa). Each document goes through the product's own path:
 * its sentences are joined with spaces (one per line), tokenized by our tokenizer, tagged by mentionsStage; the
 * predicted spans are mapped back onto CoNLL tokens by character offsets and scored conlleval-style (exact span and
 * type). Types: person→PER, organization→ORG, place→LOC, other→MISC. Scores are fractions (0–1).
 */
import { resolve } from 'node:path';
import type { EvalSuite, Score } from '../suite.ts';
import { readConll, charSpanToConll, SpanScore, TYPE_NAMES, type ConllSpan, type ConllType } from '../../scripts/ner/conll.ts';
import { mentionsStage } from '../../src/entities/ner/stage.ts';
import { nerWeights } from '../../src/entities/ner/model.ts';
import type { Doc } from '../../src/doc/types.ts';
import type { EntityType } from '../../src/brief/types.ts';

const TO_CONLL: Record<EntityType, ConllType> = { person: 'PER', organization: 'ORG', place: 'LOC', other: 'MISC' };

export const conllSuite: EvalSuite = {
  name: 'conll',
  needs: 'eval/conll2003',
  async run(ctx) {
    const docs = readConll(resolve(ctx.shared, 'eval/conll2003/eng.testa'), ctx.quick ? 40 : Infinity);
    const score = new SpanScore();
    const l0 = performance.now();
    nerWeights();
    const loadMs = performance.now() - l0;
    let tokens = 0, ms = 0;
    for (const [k, d] of docs.entries()) {
      const doc: Doc = {
        id: `conll${k}`,
        meta: { id: `conll${k}`, source: '', title: null, outlet: null, byline: null, dateline: null, credits: [], published: null, publishedFrom: null, removed: [] },
        text: d.text, tokens: d.tokens, sentences: d.sentences, paragraphs: [],
      };
      const t0 = process.cpuUsage();
      const out = mentionsStage.run(doc);
      const dt = process.cpuUsage(t0);
      ms += (dt.user + dt.system) / 1000;
      tokens += d.tokens.length;
      const pred: ConllSpan[] = [];
      for (const m of out.mentions ?? []) {
        const span = charSpanToConll(d, m.start, m.end);
        if (span) pred.push({ ...span, type: TO_CONLL[m.type] });
      }
      score.add(d.gold, pred);
    }
    const all = score.prf();
    const scores: Score[] = [{
      metric: 'conll.f1',
      value: all.f1,
      reference: { 'Stanford CRF (testb)': 0.869, 'BERT-large (testb)': 0.928 },
      detail: `eng.testa, ${docs.length} docs: P ${all.p.toFixed(3)} R ${all.r.toFixed(3)}; ` +
        `tagging ${(1000 * ms / tokens).toFixed(2)} µs/token CPU, cold (model decoded in ${loadMs.toFixed(0)} ms)`,
    }];
    TYPE_NAMES.forEach((name, i) => {
      const s = score.prf(i + 1);
      scores.push({ metric: `conll.${name}.f1`, value: s.f1, detail: `P ${s.p.toFixed(3)} R ${s.r.toFixed(3)}` });
    });
    return { scores };
  },
};
