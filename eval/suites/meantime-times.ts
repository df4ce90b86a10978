/**
 * MEANTIME times (WikiNews, CC BY 4.0): the TIMEX3 annotations of its 120 articles, scored as the TimeML suite scores
 * TimeBank + AQUAINT (overlap, then value; percent). The article text is rebuilt from the CAT tokens (one line per
 * sentence) and the date is the document's CREATION_TIME, whose words (the date line) are blanked and not scored, as
 * TempEval gives the DCT apart from the text; the two articles without one are read undated. Times are annotated only in the title, the date line and
 * the first four sentences (sentences 0–5 of each file: none further on), so the text is cut there. Our time rules were written and tuned on other text, so
 * this is the closest we have to a measure on news never seen: keep it that way (read its errors, never fit them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalSuite, Score } from '../suite.ts';
import { scoreDocs, type GoldTimex, type TimemlDoc } from './timeml.ts';
import { attrs, readCatText } from './meantime.ts';

const ROOT = 'eval/meantime/intra_cross-doc_annotation';
const ANNOTATED_LINES = 6;

/** One CAT file → its text, its creation date and the TIMEX3 expressions anchored to its tokens. */
export function readMeantimeTimes(id: string, xml: string): TimemlDoc {
  const cat = readCatText(xml);
  const span = cat.span;
  let text = cat.text;
  let dct: string | null = null;
  const timexes: GoldTimex[] = [];
  for (const m of xml.matchAll(/<TIMEX3 ([^>]*?)(\/)?>([\s\S]*?)(?=<\/TIMEX3>|<TIMEX3 |<\/Markables>)/g)) {
    const a = attrs(m[1]!);
    if (m[2]) continue;
    const anchors = [...m[3]!.matchAll(/<token_anchor t_id="(\d+)"\/>/g)].map((x) => span.get(x[1]!)).filter((x) => x !== undefined);
    if (anchors.length === 0) continue;
    const start = Math.min(...anchors.map((x) => x[0]));
    const end = Math.max(...anchors.map((x) => x[1]));
    if (a.functionInDocument === 'CREATION_TIME') {
      // The article's date line: given as the date (as TempEval gives the DCT), blanked out of the text, not scored.
      if (/^\d{4}-\d{2}-\d{2}/.test(a.value ?? '')) dct = a.value!.slice(0, 10);
      text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
      continue;
    }
    timexes.push({ start, end, text: text.slice(start, end), value: a.value ?? '', type: a.type ?? '' });
  }
  // Only sentences 0–5 carry TIMEX3 annotations: the text ends with the sixth line.
  let cut = -1;
  for (let k = 0; k < ANNOTATED_LINES && cut < text.length; k++) {
    const next = text.indexOf('\n', cut + 1);
    cut = next < 0 ? text.length : next;
  }
  return { id, dct, text: text.slice(0, cut), timexes: timexes.filter((t) => t.end <= cut) };
}

const pct = (a: number, b: number): number => (b === 0 ? 0 : (100 * a) / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export const meantimeTimesSuite: EvalSuite = {
  name: 'meantime-times',
  needs: ROOT,
  async run(ctx) {
    const docs: TimemlDoc[] = [];
    for (const corpus of ['corpus_airbus', 'corpus_apple']) {
      const dir = join(ctx.shared, ROOT, corpus);
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.xml')).sort()) {
        docs.push(readMeantimeTimes(`${corpus}/${f}`, readFileSync(join(dir, f), 'utf8')));
      }
    }
    const t = scoreDocs(docs);
    const p = pct(t.value, t.sys);
    const r = pct(t.value, t.gold);
    const scores: Score[] = [
      { metric: 'meantime.times.value.f1', value: f1(p, r),
        detail: `percent; P ${p.toFixed(1)} R ${r.toFixed(1)}; ${docs.length} docs, ${t.gold} gold, ${t.sys} ours` },
      { metric: 'meantime.times.span.f1', value: f1(pct(t.relaxed, t.sys), pct(t.relaxed, t.gold)), detail: 'relaxed (overlap)' },
    ];
    return { scores };
  },
};
