/**
 * corroborate cluster <inputs...> [--format json|text]: groups the articles into stories (same event, not same
 * topic) and links syndicated copies to their original. JSON: {"schema": "corroborate.stories/1", "stories":
 * [{"id", "title", "articles": [{"source", "duplicateOf"}]}]} with sources as given.
 */
import { prepareArticles } from '../../analyze/prepare.ts';
import { DEFAULT_MAX_BYTES, readInputs } from '../../ingest/readers/index.ts';
import { clusterBatch } from '../../stories/batch.ts';
import type { Command } from '../command.ts';
import { errorLine, parseCommandArgs, positiveInt, reportRejections, usageError } from '../common.ts';
import { formatError } from '../../errors.ts';

const USAGE = 'corroborate cluster <inputs...> [--format json|text] [--max-bytes N] [--allow-private]';
const HELP = `Usage: ${USAGE}

Groups articles into stories: each story is one event (two earthquakes are two stories), with syndicated and
near-identical copies linked to their original (duplicateOf).
  --format json   {"schema": "corroborate.stories/1", "stories": [{"id", "title", "articles": [{"source", "duplicateOf"}]}]}
  --format text   one block a story (default)
Inputs may also be RSS/Atom feeds and http(s) URLs (private and loopback addresses need --allow-private).
Exit status: 0 ok; 1 some inputs were rejected; 2 usage error or no usable input.
`;

export const clusterCommand: Command = {
  name: 'cluster',
  summary: 'group articles into stories and link syndicated copies',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs(io, 'cluster', USAGE, argv, {
      format: { type: 'string', short: 'f' }, 'max-bytes': { type: 'string' }, 'allow-private': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    });
    if (typeof args === 'number') return args;
    if (args.values.help) { io.stdout(HELP); return 0; }
    const format = (args.values.format as string | undefined) ?? 'text';
    if (!['json', 'text'].includes(format)) return usageError(io, 'cluster', USAGE, `--format must be json or text, got '${format}'`);
    const maxBytes = positiveInt(args.values['max-bytes'], 'max-bytes');
    if (typeof maxBytes === 'string') return usageError(io, 'cluster', USAGE, maxBytes);
    if (!args.positionals.length) return usageError(io, 'cluster', USAGE, 'no inputs given');
    const read = await readInputs(args.positionals, { maxBytes: maxBytes ?? DEFAULT_MAX_BYTES, readStdin: io.readStdin, fetch: { allowPrivate: Boolean(args.values['allow-private']) } });
    reportRejections(io, 'cluster', read.rejections);
    const { articles, rejections } = prepareArticles(read.articles);
    reportRejections(io, 'cluster', rejections);
    if (!articles.length) {
      io.stderr(errorLine('cluster', formatError('NOTHING_USABLE', { count: args.positionals.length })));
      return 2;
    }
    const result = clusterBatch(articles);
    if (format === 'json') io.stdout(JSON.stringify(result, null, 2) + '\n');
    else {
      io.stdout(result.stories.map((s) =>
        `${s.id}  ${s.title}\n${s.articles.map((a) => `    ${a.source}${a.duplicateOf ? `  (copy of ${a.duplicateOf})` : ''}`).join('\n')}\n`,
      ).join('\n'));
    }
    return read.rejections.length + rejections.length ? 1 : 0;
  },
};
