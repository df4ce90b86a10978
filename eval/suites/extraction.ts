/**
 * Article extraction (ScrapingHub benchmark pages): our HTML → article body, scored with the benchmark's own
 * metric, beside the other extractors' stored answers in output/ scored the same way in the same run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../../src/ingest/html/extract.ts';
import { shingleMatch, shingleMetrics, type Tfn } from '../shingle-f1.ts';
import type { EvalSuite } from '../suite.ts';

export const extractionSuite: EvalSuite = {
  name: 'extraction',
  needs: 'eval/article-extraction/ground-truth.json',
  async run({ shared }) {
    const dir = join(shared, 'eval/article-extraction');
    const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
    const keys = Object.keys(truth).sort();
    const ours: Tfn[] = [];
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (const key of keys) {
      const html = gunzipSync(readFileSync(join(dir, 'html', `${key}.html.gz`))).toString('utf8');
      const r = extractHtml(html, key);
      ours.push(shingleMatch(truth[key]!.articleBody, r.ok ? r.value.text : ''));
    }
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const m = shingleMetrics(ours);
    const rows: [string, { precision: number; recall: number; f1: number }][] = [['corroborate (ours)', m]];
    for (const f of readdirSync(join(dir, 'output')).filter((x) => x.endsWith('.json')).sort()) {
      const out = JSON.parse(readFileSync(join(dir, 'output', f), 'utf8')) as Record<string, { articleBody?: string }>;
      if (Object.keys(out).length === 0) continue; // that extractor's answers are not stored here
      rows.push([f.replace(/\.json$/, ''), shingleMetrics(keys.map((k) => shingleMatch(truth[k]!.articleBody, out[k]?.articleBody ?? '')))]);
    }
    rows.sort((a, b) => b[1].f1 - a[1].f1);
    const table = [
      `article extraction, ${keys.length} pages, benchmark metric (4-token shingles)`,
      `${'extractor'.padEnd(22)} precision  recall     F1`,
      ...rows.map(([name, r]) => `${name.padEnd(22)} ${r.precision.toFixed(3).padStart(9)} ${r.recall.toFixed(3).padStart(7)} ${r.f1.toFixed(3).padStart(6)}`),
    ].join('\n');
    return {
      scores: [
        { metric: 'extraction.f1', value: m.f1, reference: { 'Readability.js': 0.947, trafilatura: 0.958, best: 0.97 },
          detail: `P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)}; ${((keys.length / ms) * 1000).toFixed(0)} pages/s wall, ${((keys.length / cpuMs) * 1000).toFixed(0)} per CPU-second` },
      ],
      tables: [table],
    };
  },
};
