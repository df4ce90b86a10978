/**
 * corroborate ingest <inputs...> [--db FILE]: keeps articles in the store, links copies, places each in a story.
 * The same article twice changes nothing; an interrupted run loses nothing it had committed and can be run again.
 */
import { ingest } from '../../store/ingest.ts';
import { openSqliteStore } from '../../store/sqlite.ts';
import { CorroborateError } from '../../errors.ts';
import type { Command } from '../command.ts';
import { errorLine, INPUT_OPTIONS, parseCommandArgs, progress, readCommandInputs, reportRejections } from '../common.ts';

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
      db: { type: 'string' }, ...INPUT_OPTIONS,
    });
    if (typeof args === 'number') return args;
    if (args.values.help) { io.stdout(HELP); return 0; }
    const read = await readCommandInputs(io, 'ingest', USAGE, args.positionals, args.values);
    if (typeof read === 'number') return read;
    const path = (args.values.db as string | undefined) ?? DEFAULT_DB;
    try {
      const store = openSqliteStore(path);
      try {
        const report = ingest(store, read.inputs, progress(io, 'ingest'));
        reportRejections(io, 'ingest', report.rejections);
        io.stdout(`ingested ${report.added} new articles (${report.skipped} already stored) into ${path}: ${store.count()} articles, ${store.stories().length} stories\n`);
        return read.rejected + report.rejections.length ? 1 : 0;
      } finally {
        store.close();
      }
    } catch (e) {
      if (e instanceof CorroborateError) { io.stderr(errorLine('ingest', `${e.code}: ${e.message}`)); return 2; }
      throw e;
    }
  },
};
