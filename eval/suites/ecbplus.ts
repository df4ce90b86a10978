/**
 * ECB+: each topic folder holds two different events of the same kind (`*ecb.xml`, `*ecbplus.xml`). All documents
 * are clustered at once, in a fixed order, and scored with B³ against those events (the sub-topics).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoryClusterer } from '../../src/stories/clusterer.ts';
import { groupArticles } from '../../src/stories/batch.ts';
import { b3 } from '../b3.ts';
import type { EvalSuite } from '../suite.ts';

export interface EcbDoc { id: string; event: string; text: string }

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function readEcbDocs(root: string): EcbDoc[] {
  const docs: EcbDoc[] = [];
  const topics = readdirSync(root).filter((t) => /^\d+$/.test(t)).sort((a, b) => Number(a) - Number(b));
  for (const topic of topics) {
    for (const f of readdirSync(join(root, topic)).filter((x) => x.endsWith('.xml')).sort()) {
      const plus = f.endsWith('ecbplus.xml');
      const xml = readFileSync(join(root, topic, f), 'utf8');
      const sentences = new Map<number, string[]>();
      for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
        const s = Number(m[1]);
        if (plus && s === 0) continue; // ECB+ files open with the source URL
        let list = sentences.get(s);
        if (!list) sentences.set(s, (list = []));
        list.push(decode(m[2]!));
      }
      const text = [...sentences.keys()].sort((a, b) => a - b).map((s) => sentences.get(s)!.join(' ')).join('\n');
      docs.push({ id: `${topic}/${f}`, event: `${topic}/${plus ? 'plus' : 'ecb'}`, text });
    }
  }
  return docs;
}

/** A fixed interleaving (by file name hash) so that neither event of a topic always comes first. */
function streamOrder(docs: EcbDoc[]): EcbDoc[] {
  const h = (s: string) => { let x = 2166136261; for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), 16777619); return x >>> 0; };
  return [...docs].sort((a, b) => h(a.id) - h(b.id) || (a.id < b.id ? -1 : 1));
}

export const ecbplusSuite: EvalSuite = {
  name: 'ecbplus',
  needs: 'eval/ecbplus/ECB+',
  async run({ shared }) {
    const docs = streamOrder(readEcbDocs(join(shared, 'eval/ecbplus/ECB+')));
    const gold = new Map(docs.map((d) => [d.id, d.event]));
    const topicGold = new Map(docs.map((d) => [d.id, d.event.split('/')[0]!]));
    // Batch: all documents at once (what `corroborate cluster` does).
    let t0 = performance.now();
    const groups = groupArticles(docs.map((d) => ({ source: d.id, title: null, text: d.text, published: null })));
    const batchMs = performance.now() - t0;
    const batch = new Map(docs.map((d, i) => [d.id, String(groups[i])]));
    // Stream: one document at a time, each placed on arrival.
    const clusterer = new StoryClusterer();
    t0 = performance.now();
    for (const d of docs) clusterer.add({ id: d.id, text: d.text });
    const streamMs = performance.now() - t0;
    const stream = new Map([...clusterer.assignment].map(([id, s]) => [id, String(s)]));
    const s = b3(batch, gold);
    const st = b3(stream, gold);
    const t = b3(batch, topicGold);
    const rate = (ms: number) => `${((docs.length / ms) * 1000).toFixed(0)} docs/s`;
    return {
      scores: [
        { metric: 'ecbplus.b3.f1', value: s.f1, reference: { 'aim on unseen topics': 0.9 },
          detail: `batch: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}; ${docs.length} docs → ${new Set(groups).size} stories (gold ${new Set(gold.values()).size}); ${rate(batchMs)}` },
        { metric: 'ecbplus.stream.b3.f1', value: st.f1,
          detail: `stream: P ${st.precision.toFixed(3)} R ${st.recall.toFixed(3)}; ${clusterer.storyMembers.length} stories; ${rate(streamMs)}` },
        { metric: 'ecbplus.topic.b3.f1', value: t.f1, detail: 'batch, against topics instead of events (nearly trivial)' },
      ],
    };
  },
};
