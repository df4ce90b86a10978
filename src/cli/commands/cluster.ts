/**
 * corroborate cluster <inputs...> [--format json|text]: groups the articles into stories (same event, not same
 * topic) and links syndicated copies to their original. JSON: {"schema": "corroborate.stories/1", "stories":
 * [{"id", "title", "articles": [{"source", "duplicateOf"}]}]} with sources as given.
 */
import { clusterBatch } from '../../stories/batch.ts';
import type { Command } from '../command.ts';
import { INPUT_OPTIONS, parseCommandArgs, readCleanArticles, usageError } from '../common.ts';

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
      format: { type: 'string', short: 'f' }, ...INPUT_OPTIONS,
    });
    if (typeof args === 'number') return args;
    if (args.values.help) { io.stdout(HELP); return 0; }
    const format = (args.values.format as string | undefined) ?? 'text';
    if (!['json', 'text'].includes(format)) return usageError(io, 'cluster', USAGE, `--format must be json or text, got '${format}'`);
    const read = await readCleanArticles(io, 'cluster', USAGE, args.positionals, args.values);
    if (typeof read === 'number') return read;
    const { articles } = read;
    const result = clusterBatch(articles);
    if (format === 'json') io.stdout(JSON.stringify(result, null, 2) + '\n');
    else {
      io.stdout(result.stories.map((s) =>
        `${s.id}  ${s.title}\n${s.articles.map((a) => `    ${a.source}${a.duplicateOf ? `  (copy of ${a.duplicateOf})` : ''}`).join('\n')}\n`,
      ).join('\n'));
    }
    return read.rejected ? 1 : 0;
  },
};
