/**
 * corroborate brief <inputs...>: reads the inputs, analyses them as one event and prints the brief (Markdown by
 * default, or JSON / HTML), to stdout or --out FILE; --report FILE also writes the HTML report. Each rejected input
 * is one line on stderr and the batch goes on. Exit 0 ok, 1 some inputs rejected, 2 usage error or nothing usable.
 */
import { writeFileSync } from 'node:fs';
import { analyzeDetailed } from '../../analyze/analyze.ts';
import type { ArticleInput } from '../../analyze/types.ts';
import type { Brief } from '../../brief/types.ts';
import { validateBrief } from '../../brief/validate.ts';
import { CorroborateError, formatError, type ErrorCode, type Rejection } from '../../errors.ts';
import { DEFAULT_MAX_BYTES } from '../../ingest/readers/index.ts';
import { renderHtml } from '../../render/html.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { openSqliteStore } from '../../store/sqlite.ts';
import type { CliIO, Command } from '../command.ts';
import { errorLine, INPUT_OPTIONS, parseCommandArgs, positiveInt, readCommandInputs, reportRejections as report, usageError as usage } from '../common.ts';
import { DEFAULT_DB } from './ingest.ts';

const FORMATS = ['md', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** Problems the validator finds are shown as warnings, at most this many (the rest are counted). */
const MAX_SHOWN_PROBLEMS = 5;

const USAGE = 'corroborate brief <inputs...> | --story ID [--db FILE]  [--format md|json|html] [--out FILE] [--report FILE] [--summary-words N] [--max-bytes N] [--allow-private]';

const HELP = `Usage: ${USAGE}

Reads news reports of one event and prints a cross-checked brief: summary with citations, facts (corroborated or
single-outlet), conflicts, quotes, entities, timeline, framing, and each article with the lines taken out of it.

Inputs: files (.txt, .md, .html, .json, .jsonl, RSS/Atom .xml/.rss/.atom), folders (read recursively, in sorted
order), http(s) URLs of pages or feeds, or - for stdin;
or --story ID to brief one story of the store (see \`corroborate ingest\` and \`corroborate stories\`).

Options:
  --format md|json|html  output format (default md). json is the corroborate.brief/1 contract (docs/brief.md);
                         html is one self-contained page with inline CSS
  --out FILE             write the output to FILE instead of stdout
  --report FILE          also write the HTML report to FILE
  --summary-words N      target length of the summary in words (default 120)
  --max-bytes N          largest input accepted, in bytes (default ${DEFAULT_MAX_BYTES})
  --allow-private        allow URLs on private or loopback addresses (refused by default)
  --story ID             brief the articles of one stored story instead of inputs
  --db FILE              the store to read --story from (default ${DEFAULT_DB})
  -h, --help             show this help

An article without an outlet is shown under its file name without extension (the JSON keeps outlet: null).
Exit status: 0 ok; 1 some inputs were rejected but a brief was made; 2 usage error or no usable input.
`;

const line = (message: string) => errorLine('brief', message);
const usageError = (io: CliIO, reason: string) => usage(io, 'brief', USAGE, reason);

function render(brief: Brief, format: Format): string {
  if (format === 'json') return `${JSON.stringify(brief, null, 2)}\n`;
  return format === 'html' ? renderHtml(brief) : renderMarkdown(brief);
}

function write(io: CliIO, file: string, content: string): boolean {
  try {
    writeFileSync(file, content);
    return true;
  } catch (err) {
    const code: ErrorCode = 'OUTPUT_FAILED';
    io.stderr(line(formatError(code, { input: file, reason: (err as NodeJS.ErrnoException).code ?? String(err) })));
    return false;
  }
}

const reportRejections = (io: CliIO, rejections: readonly Rejection[]) => report(io, 'brief', rejections);

/** The articles of one stored story, as analysis inputs. */
function storyArticles(io: CliIO, db: string, story: number): ArticleInput[] | null {
  try {
    const store = openSqliteStore(db);
    try {
      const articles = store.articlesOfStory(story);
      if (!articles.length) {
        io.stderr(line(`STORY_NOT_FOUND: ${formatError('STORY_NOT_FOUND', { input: story })}`));
        return null;
      }
      return articles.map((a) => ({
        source: a.source, title: a.title ?? undefined, text: a.text, published: a.published ?? undefined,
        outlet: a.outlet ?? undefined, byline: a.byline ?? undefined, url: a.url ?? undefined,
      }));
    } finally {
      store.close();
    }
  } catch (e) {
    if (e instanceof CorroborateError) { io.stderr(line(`${e.code}: ${e.message}`)); return null; }
    throw e;
  }
}

export const briefCommand: Command = {
  name: 'brief',
  summary: 'analyse reports of one event and print a cross-checked brief (Markdown, JSON or HTML)',
  usage: USAGE,
  async run(argv, io) {
    const parsed = parseCommandArgs(io, 'brief', USAGE, argv, {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      report: { type: 'string' },
      'summary-words': { type: 'string' },
      story: { type: 'string' },
      db: { type: 'string' },
      ...INPUT_OPTIONS,
    });
    if (typeof parsed === 'number') return parsed;
    const { positionals } = parsed;
    const values = parsed.values as Record<string, string | undefined> & { help?: boolean };
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    const format = (values.format ?? 'md') as Format;
    if (!FORMATS.includes(format)) return usageError(io, `--format must be one of ${FORMATS.join(', ')}, got '${values.format}'`);
    const summaryWords = positiveInt(values['summary-words'], 'summary-words');
    if (typeof summaryWords === 'string') return usageError(io, summaryWords);
    if (values.story !== undefined && !/^\d+$/.test(values.story)) {
      return usageError(io, `--story expects a story id (a whole number, see \`corroborate stories\`), got '${values.story}'`);
    }
    if (values.story !== undefined && positionals.length) return usageError(io, 'give inputs or --story, not both');

    let read: { inputs: ArticleInput[]; rejected: number };
    if (values.story !== undefined) {
      const fromStore = storyArticles(io, values.db ?? DEFAULT_DB, Number(values.story));
      if (!fromStore) return 2;
      read = { inputs: fromStore, rejected: 0 };
    } else {
      const got = await readCommandInputs(io, 'brief', USAGE, positionals, parsed.values);
      if (typeof got === 'number') return got;
      read = got;
    }
    const { brief, rejections } = analyzeDetailed(read.inputs, summaryWords === undefined ? {} : { summaryWords });
    reportRejections(io, rejections);
    if (brief.articles.length === 0) {
      const count = read.inputs.length + read.rejected || positionals.length;
      io.stderr(line(formatError('NOTHING_USABLE', { count })));
      return 2;
    }

    const problems = validateBrief(brief);
    for (const p of problems.slice(0, MAX_SHOWN_PROBLEMS)) io.stderr(line(`warning: ${formatError('BRIEF_INVALID', { reason: p })}`));
    if (problems.length > MAX_SHOWN_PROBLEMS) io.stderr(line(`warning: ${problems.length - MAX_SHOWN_PROBLEMS} more problems in the brief`));

    const output = render(brief, format);
    if (values.out !== undefined) {
      if (!write(io, values.out, output)) return 2;
    } else io.stdout(output);
    if (values.report !== undefined && !write(io, values.report, format === 'html' ? output : renderHtml(brief))) return 2;
    return read.rejected + rejections.length > 0 ? 1 : 0;
  },
};
