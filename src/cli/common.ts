/** What every command shares: argument parsing with usage errors, error lines, rejection reporting. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatError, type Rejection } from '../errors.ts';
import type { CliIO } from './command.ts';

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
