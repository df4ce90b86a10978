/** corroborate stories [--db FILE] [--format text|json]: the stories in the store, largest first. */
import { openSqliteStore } from '../../store/sqlite.ts';
import { CorroborateError } from '../../errors.ts';
import type { Command } from '../command.ts';
import { errorLine, parseCommandArgs, usageError } from '../common.ts';
import { DEFAULT_DB } from './ingest.ts';

const USAGE = 'corroborate stories [--db FILE] [--format text|json]';

export const storiesCommand: Command = {
  name: 'stories',
  summary: 'list the stories in the store (title, dates, outlets, article count)',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs(io, 'stories', USAGE, argv, {
      db: { type: 'string' }, format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' },
    });
    if (typeof args === 'number') return args;
    if (args.values.help) { io.stdout(`Usage: ${USAGE}\n\nLists stories, largest first; brief one with \`corroborate brief --story ID\`.\n`); return 0; }
    const format = (args.values.format as string | undefined) ?? 'text';
    if (!['json', 'text'].includes(format)) return usageError(io, 'stories', USAGE, `--format must be json or text, got '${format}'`);
    try {
      const store = openSqliteStore((args.values.db as string | undefined) ?? DEFAULT_DB);
      try {
        const stories = store.stories();
        if (format === 'json') io.stdout(JSON.stringify(stories, null, 2) + '\n');
        else io.stdout(stories.map((s) =>
          `${String(s.id).padStart(5)}  ${s.title}\n       ${s.first ?? '?'} … ${s.last ?? '?'} · ${s.articles} articles · ${s.outlets.join(', ') || 'no outlet'}\n`).join(''));
        return 0;
      } finally {
        store.close();
      }
    } catch (e) {
      if (e instanceof CorroborateError) { io.stderr(errorLine('stories', `${e.code}: ${e.message}`)); return 2; }
      throw e;
    }
  },
};
