/**
 * Remembers the results of a pure function of one string. The same words and names come back in every article, so
 * keys, folds and list lookups are computed once; the table is emptied when it grows past `max` entries, which
 * bounds memory and keeps the results the same as without it.
 */
/** Longer strings (whole sentences) are computed each time and never held. */
const MAX_LENGTH = 200;

export function memo<T>(f: (s: string) => T, max = 50_000): (s: string) => T {
  const known = new Map<string, T>();
  return (s: string): T => {
    if (s.length > MAX_LENGTH) return f(s);
    const hit = known.get(s);
    if (hit !== undefined || known.has(s)) return hit as T;
    const value = f(s);
    if (known.size >= max) known.clear();
    known.set(s, value);
    return value;
  };
}
