/**
 * corroborate extract <inputs...> [--format jsonl|json|md]: the clean articles, one JSON object a line by default
 * ({source, title, text, published, publishedFrom, updated, byline, outlet, dateline, credits, removed}).
 */
import type { CleanArticle } from '../../ingest/types.ts';
import type { Command } from '../command.ts';
import { INPUT_OPTIONS, parseCommandArgs, readCleanArticles, usageError } from '../common.ts';

const USAGE = 'corroborate extract <inputs...> [--format jsonl|json|md] [--max-bytes N] [--allow-private]';
const HELP = `Usage: ${USAGE}

Prints each input as a clean article: the body without page furniture, metadata lines taken out and kept.
Inputs: files (.txt, .md, .html, .json, .jsonl), folders (recursive), or - for stdin.
  --format jsonl  one JSON object a line (default): {source, title, text, published, publishedFrom, updated,
                  byline, outlet, dateline, credits, removed}
  --format json   one JSON array
  --format md     readable Markdown, one section an article
Inputs may also be RSS/Atom feeds and http(s) URLs (private and loopback addresses need --allow-private).
Exit status: 0 ok; 1 some inputs were rejected; 2 usage error or no usable input.
`;

function markdown(a: CleanArticle): string {
  const updated = a.updated && a.updated !== a.published ? `updated ${a.updated}` : null;
  const meta = [a.outlet, a.byline, a.published, updated].filter(Boolean).join(' · ');
  return `# ${a.title ?? a.source}\n\n${meta ? `_${meta}_\n\n` : ''}${a.text}\n`;
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print clean articles (body, title, date, byline, outlet) from pages and files',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs(io, 'extract', USAGE, argv, {
      format: { type: 'string', short: 'f' }, ...INPUT_OPTIONS,
    });
    if (typeof args === 'number') return args;
    if (args.values.help) { io.stdout(HELP); return 0; }
    const format = (args.values.format as string | undefined) ?? 'jsonl';
    if (!['jsonl', 'json', 'md'].includes(format)) return usageError(io, 'extract', USAGE, `--format must be jsonl, json or md, got '${format}'`);
    const read = await readCleanArticles(io, 'extract', USAGE, args.positionals, args.values);
    if (typeof read === 'number') return read;
    const { articles } = read;
    if (format === 'jsonl') io.stdout(articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
    else if (format === 'json') io.stdout(JSON.stringify(articles, null, 2) + '\n');
    else io.stdout(articles.map(markdown).join('\n---\n\n'));
    return read.rejected ? 1 : 0;
  },
};
