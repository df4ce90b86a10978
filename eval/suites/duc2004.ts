/**
 * DUC 2004 task 2 (multi-document summary of 10 news reports, 100 words): the engine's real path
 * (analyzeDetailed) on each dev cluster, its summary sentences in order as the system summary, scored with our
 * ROUGE-1.5.5 (-n 4 -m -l 100 -c 95 -r 1000 -f A -p 0.5 -t 0) beside the 13 SumRepo systems re-scored on the same
 * clusters. Metrics are recall in percent, as the published table gives them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EvalSuite } from '../suite.ts';
import { analyzeDetailed } from '../../src/analyze/analyze.ts';
import type { ArticleInput } from '../../src/analyze/types.ts';
import { readDucClusters, type DucCluster } from '../rouge/duc-files.ts';
import { formatTable, rescoreSystems, scoreSystem, PUBLISHED } from '../rouge/systems.ts';

/** Summary length asked of the engine: ROUGE reads the first 100 words, so the budget runs a little past them. */
export const DUC_SUMMARY_WORDS = 110;

/** One DUC SGML document → an article: paragraphs unwrapped, `` '' turned into quote marks, date from DOCNO. */
export function ducArticle(sgml: string, name: string): ArticleInput {
  const docno = /<DOCNO>\s*(\S+)\s*<\/DOCNO>/.exec(sgml)?.[1] ?? name;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(sgml)?.[1] ?? '';
  const paragraphs = body
    .split(/<\/?P>|\n[ \t]*\n|\n(?=[ \t]+\S)/)
    .map((p) => p.replace(/<[^>]+>/g, ' ').replace(/``/g, '“').replace(/''/g, '”').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const date = /(\d{4})(\d{2})(\d{2})/.exec(docno);
  const dt = /<DATE_TIME>\s*(\d{4}-\d{2}-\d{2})/.exec(sgml)?.[1];
  return {
    source: docno,
    text: paragraphs.join('\n\n'),
    published: dt ?? (date ? `${date[1]}-${date[2]}-${date[3]}` : undefined),
  };
}

export function readClusterDocs(c: DucCluster): ArticleInput[] {
  return readdirSync(c.docsDir).sort().map((f) => ducArticle(readFileSync(join(c.docsDir, f), 'latin1'), f));
}

/** The engine's summary of one cluster, one sentence per line (ROUGE's SPL format). */
export function engineSummary(docs: ArticleInput[], words = DUC_SUMMARY_WORDS): { text: string; uncited: number; sentences: number; multi: number } {
  const { brief } = analyzeDetailed(docs, { summaryWords: words });
  const uncited = brief.summary.filter((s) => s.evidence.length === 0).length;
  const multi = brief.summary.filter((s) => s.articles.length >= 2).length;
  return { text: brief.summary.map((s) => s.text.replace(/\s+/g, ' ')).join('\n'), uncited, sentences: brief.summary.length, multi };
}

export const duc2004Suite: EvalSuite = {
  name: 'duc2004',
  needs: 'eval/duc2004',
  async run(ctx) {
    const all = readDucClusters(resolve(ctx.shared, 'eval/duc2004'));
    const clusters = ctx.quick ? all.slice(0, 8) : all;
    const ours = new Map<string, string>();
    let uncited = 0;
    let sentences = 0;
    let multi = 0;
    for (const c of clusters) {
      const s = engineSummary(readClusterDocs(c));
      ours.set(c.id, s.text);
      uncited += s.uncited;
      sentences += s.sentences;
      multi += s.multi;
    }
    const mine = scoreSystem('Corroborate', clusters, ours);
    const rows = rescoreSystems(clusters);
    const table = formatTable([...rows, mine], `DUC 2004 task 2, ${clusters.length} dev clusters: ROUGE recall (%), ours and the 13 SumRepo systems re-scored with our ROUGE (sorted by R-2)`);
    const ref = (i: 0 | 1) => Object.fromEntries(['LexRank', 'ICSISumm', 'DPP'].map((s) => [`${s} (50, published)`, PUBLISHED[s]![i]]));
    const here = (i: 'r1' | 'r2') => Object.fromEntries(rows.filter((r) => ['LexRank', 'ICSISumm', 'DPP'].includes(r.system)).map((r) => [`${r.system} (here)`, r[i]]));
    return {
      scores: [
        { metric: 'duc2004.rouge1.recall', value: mine.r1, reference: { ...here('r1'), ...ref(0) }, detail: `percent; ${clusters.length} clusters, summaryWords ${DUC_SUMMARY_WORDS}; ${sentences} summary sentences, ${uncited} uncited, ${multi} citing 2+ articles` },
        { metric: 'duc2004.rouge2.recall', value: mine.r2, reference: { ...here('r2'), ...ref(1) }, detail: 'percent' },
      ],
      tables: [table],
    };
  },
};
