/** corroborate search "query" [--db FILE] [--limit N] [--format text|json]: full-text search of the store. */
import { openSqliteStore } from '../../store/sqlite.ts';
import { CorroborateError } from '../../errors.ts';
import type { Command } from '../command.ts';
import { errorLine, parseCommandArgs, positiveInt, usageError } from '../common.ts';
import { DEFAULT_DB } from './ingest.ts';

const USAGE = 'corroborate search "query" [--db FILE] [--limit N] [--format text|json]';

export const searchCommand: Command = {
  name: 'search',
  summary: 'find stored articles by their words',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs(io, 'search', USAGE, argv, {
      db: { type: 'string' }, limit: { type: 'string' }, format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' },
    });
    if (typeof args === 'number') return args;
    if (args.values.help) { io.stdout(`Usage: ${USAGE}\n\nEvery word of the query must occur; best matches first.\n`); return 0; }
    const limit = positiveInt(args.values.limit, 'limit');
    if (typeof limit === 'string') return usageError(io, 'search', USAGE, limit);
    const query = args.positionals.join(' ').trim();
    if (!query) return usageError(io, 'search', USAGE, 'no query given');
    try {
      const store = openSqliteStore((args.values.db as string | undefined) ?? DEFAULT_DB);
      try {
        const hits = store.search(query, limit ?? 20);
        if (args.values.format === 'json') io.stdout(JSON.stringify(hits, null, 2) + '\n');
        else io.stdout(hits.length ? hits.map((h) => `${h.id}\t${h.title ?? h.source}\n\t${h.snippet.replace(/\s+/g, ' ')}\n`).join('') : 'no match\n');
        return 0;
      } finally {
        store.close();
      }
    } catch (e) {
      if (e instanceof CorroborateError) { io.stderr(errorLine('search', `${e.code}: ${e.message}`)); return 2; }
      throw e;
    }
  },
};
