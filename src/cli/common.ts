/** What every command shares: argument parsing with usage errors, error lines, rejection reporting. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatError, type Rejection } from '../errors.ts';
import type { CliIO } from './command.ts';
import type { ArticleInput } from '../analyze/types.ts';
import { prepareArticles } from '../analyze/prepare.ts';
import type { CleanArticle } from '../ingest/types.ts';
import { DEFAULT_MAX_BYTES, readInputs } from '../ingest/readers/index.ts';

export const errorLine = (command: string, message: string) => `corroborate ${command}: ${message.replace(/\s*\n\s*/g, ' ')}\n`;

export function usageError(io: CliIO, command: string, usage: string, reason: string): number {
  io.stderr(errorLine(command, formatError('USAGE', { reason })));
  io.stderr(`Usage: ${usage}\n`);
  return 2;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses argv; on a usage error prints it and returns the exit code instead. */
export function parseCommandArgs<O extends Options>(
  io: CliIO, command: string, usage: string, argv: string[], options: O,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } | number {
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (err) {
    return usageError(io, command, usage, (err as Error).message);
  }
}

/** A positive whole number option, or the reason it is not one. */
export function positiveInt(value: string | boolean | undefined, name: string): number | string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' && /^\d+$/.test(value) && Number(value) > 0
    ? Number(value)
    : `--${name} expects a positive whole number, got '${String(value)}'`;
}

export function reportRejections(io: CliIO, command: string, rejections: readonly Rejection[]): void {
  for (const r of rejections) io.stderr(errorLine(command, `${r.code}: ${r.message}`));
}

/** A one-line progress bar on a terminal (stderr), nothing otherwise. */
export function progress(io: CliIO, label: string): (done: number, total: number) => void {
  if (!io.isTTY) return () => undefined;
  return (done, total) => {
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : width;
    io.stderr(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done >= total ? '\n' : ''}`);
  };
}

/** The input options every reading command takes. */
export const INPUT_OPTIONS = {
  'max-bytes': { type: 'string' },
  'allow-private': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Reads the inputs named on the command line (files, folders, URLs, `-`) with the command's input options, reports
 * each rejected one, and returns the articles with the number of rejections — or an exit code on a usage error.
 */
export async function readCommandInputs(
  io: CliIO, command: string, usage: string, positionals: string[], values: Record<string, string | boolean | undefined>,
): Promise<{ inputs: ArticleInput[]; rejected: number } | number> {
  const maxBytes = positiveInt(values['max-bytes'], 'max-bytes');
  if (typeof maxBytes === 'string') return usageError(io, command, usage, maxBytes);
  if (!positionals.length) return usageError(io, command, usage, 'no inputs given');
  const read = await readInputs(positionals, {
    maxBytes: maxBytes ?? DEFAULT_MAX_BYTES, readStdin: io.readStdin, fetch: { allowPrivate: Boolean(values['allow-private']) },
  });
  reportRejections(io, command, read.rejections);
  return { inputs: read.articles, rejected: read.rejections.length };
}

/** Reads and cleans the inputs; exit code 2 (with a message) when none is usable. */
export async function readCleanArticles(
  io: CliIO, command: string, usage: string, positionals: string[], values: Record<string, string | boolean | undefined>,
): Promise<{ articles: CleanArticle[]; rejected: number } | number> {
  const read = await readCommandInputs(io, command, usage, positionals, values);
  if (typeof read === 'number') return read;
  const { articles, rejections } = prepareArticles(read.inputs);
  reportRejections(io, command, rejections);
  if (!articles.length) {
    io.stderr(errorLine(command, formatError('NOTHING_USABLE', { count: positionals.length })));
    return 2;
  }
  return { articles, rejected: read.rejected + rejections.length };
}
