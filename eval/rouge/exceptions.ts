/** STUB: filled below. */
export function wordnetException(_token: string): string | undefined {
  return undefined;
}
