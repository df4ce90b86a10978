/**
 * corroborate ingest <inputs...> [--db FILE]: keeps articles in the store, links copies, places each in a story.
 * The same article twice changes nothing; an interrupted run loses nothing it had committed and can be run again.
 */
import { DEFAULT_MAX_BYTES, readInputs } from '../../ingest/readers/index.ts';
import { ingest } from '../../store/ingest.ts';
import { openSqliteStore } from '../../store/sqlite.ts';
import { CorroborateError } from '../../errors.ts';
import type { Command } from '../command.ts';
import { errorLine, parseCommandArgs, positiveInt, progress, reportRejections, usageError } from '../common.ts';

export const DEFAULT_DB = 'corroborate.db';
const USAGE = 'corroborate ingest <inputs...> [--db FILE] [--max-bytes N] [--allow-private]';
const HELP = `Usage: ${USAGE}

Stores articles in a SQLite database (default ${DEFAULT_DB}) with full-text search, links syndicated copies to their
original and places every article in a story. Ingesting the same article twice changes nothing.
Inputs may also be RSS/Atom feeds and http(s) URLs (private and loopback addresses need --allow-private).
Exit status: 0 ok; 1 some inputs were rejected; 2 usage error or the store failed.
`;

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'store articles (SQLite), link copies and group them into stories',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs(io, 'ingest', USAGE, argv, {
      db: { type: 'string' }, 'max-bytes': { type: 'string' }, 'allow-private': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    });
    if (typeof args === 'number') return args;
    if (args.values.help) { io.stdout(HELP); return 0; }
    const maxBytes = positiveInt(args.values['max-bytes'], 'max-bytes');
    if (typeof maxBytes === 'string') return usageError(io, 'ingest', USAGE, maxBytes);
    if (!args.positionals.length) return usageError(io, 'ingest', USAGE, 'no inputs given');
    const path = (args.values.db as string | undefined) ?? DEFAULT_DB;
    const read = await readInputs(args.positionals, { maxBytes: maxBytes ?? DEFAULT_MAX_BYTES, readStdin: io.readStdin, fetch: { allowPrivate: Boolean(args.values['allow-private']) } });
    reportRejections(io, 'ingest', read.rejections);
    try {
      const store = openSqliteStore(path);
      try {
        const report = ingest(store, read.articles, progress(io, 'ingest'));
        reportRejections(io, 'ingest', report.rejections);
        io.stdout(`ingested ${report.added} new articles (${report.skipped} already stored) into ${path}: ${store.count()} articles, ${store.stories().length} stories\n`);
        return read.rejections.length + report.rejections.length ? 1 : 0;
      } finally {
        store.close();
      }
    } catch (e) {
      if (e instanceof CorroborateError) { io.stderr(errorLine('ingest', `${e.code}: ${e.message}`)); return 2; }
      throw e;
    }
  },
};
