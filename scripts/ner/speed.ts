/**
 * How much the NER stage costs next to a bare wink-nlp pass.   npx tsx scripts/ner/speed.ts [KB] [DIR]
 * Text: the *.txt articles in DIR (default samples/corpus, our invented articles; ../shared/seeds for real ones),
 * repeated to about KB kilobytes (default 300); an invented paragraph when there are none. Times, per run: wink readDoc alone on each paragraph; our tokenizer (wink +
 * Doc building); findMentions on the tokenized docs. Median of several runs after warm-up.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { nlp, its } from '../../src/doc/nlp.ts';
import { tokenizeText } from '../../src/doc/tokenize.ts';
import { findMentions } from '../../src/entities/ner/find.ts';

const KB = Number(process.argv[2] ?? 300);
const dir = resolve(process.argv[3] ?? resolve(import.meta.dirname, '../../samples/corpus'));
let base: string[] = existsSync(dir)
  ? readdirSync(dir).filter((f) => f.endsWith('.txt') || !f.includes('.')).sort().map((f) => readFileSync(resolve(dir, f), 'utf8'))
  : [];
if (!base.length) {
  base = ['Transport Minister Ilse Moreau said on Tuesday that the Harbour Workers Union had agreed to resume talks ' +
    'in Eastport. "We expect a deal within days," she told reporters outside the Ministry of Transport, adding that ' +
    'more than 1,200 containers were stuck at the Port Authority terminals near Marlow Bay.'];
}
const articles: string[] = [];
let size = 0;
while (size < KB * 1000) for (const t of base) { articles.push(t); size += t.length; }

/** CPU milliseconds of fn (the machine is shared: wall time would count other processes). */
function cpu(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

let tokenCount = 0;
const winkPass = () => {
  tokenCount = 0;
  for (const a of articles) for (const p of a.split('\n')) if (p.trim()) tokenCount += (nlp.readDoc(p).tokens().out(its.value) as string[]).length;
};
const docs = articles.map((a) => ({ text: a, ...tokenizeText(a) }));
const tokPass = () => { for (const a of articles) tokenizeText(a); };
let mentions = 0;
const nerPass = () => { mentions = 0; for (const d of docs) mentions += findMentions(d).length; };
for (let r = 0; r < 2; r++) { winkPass(); tokPass(); nerPass(); }
// Interleaved rounds, so that a busy moment on the machine weighs on all three alike.
const W: number[] = [], T: number[] = [], N: number[] = [], R: number[] = [];
for (let r = 0; r < 9; r++) {
  const w = cpu(winkPass), t = cpu(tokPass), n = cpu(nerPass);
  W.push(w); T.push(t); N.push(n); R.push(n / w);
}
const wink = median(W), tok = median(T), ner = median(N), ratio = median(R);
const us = (ms: number) => ((1000 * ms) / tokenCount).toFixed(3);
console.log(`${articles.length} articles, ${(size / 1000).toFixed(0)} KB, ${tokenCount} tokens, ${mentions} mentions; CPU time, median of 9 interleaved runs`);
console.log(`wink readDoc alone:         ${wink.toFixed(1)} ms  (${us(wink)} µs/token)`);
console.log(`our tokenizer (wink + Doc): ${tok.toFixed(1)} ms  (${us(tok)} µs/token)`);
console.log(`NER stage alone:            ${ner.toFixed(1)} ms  (${us(ner)} µs/token)`);
console.log(`NER / wink = ${(ratio * 100).toFixed(1)} % (median per-run ratio); speed of wink+NER vs wink alone = ${(1 / (1 + ratio)).toFixed(3)}×`);
