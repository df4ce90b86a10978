/**
 * An outlet known only by its initials ("CPW") takes the full name another article of the batch spells out in its
 * credits or metadata lines ("(Continental Press Wire)"), when exactly one such name matches the initials.
 */
import type { Doc } from '../doc/types.ts';

const INITIALS = /^\p{Lu}{2,6}$/u;
/** Capitalised runs of two to six words, "of", "the", "and", "for" allowed inside. */
const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the|and|for|&)\s+)?\p{Lu}[\p{L}'’-]*){1,5}/gu;
const SMALL = new Set(['of', 'the', 'and', 'for', '&']);

function initialsOf(name: string): string {
  return name.split(/\s+/).filter((w) => !SMALL.has(w.toLowerCase())).map((w) => w[0]!).join('').toUpperCase();
}

/** The full name for `outlet` when it is a set of initials and the batch spells out exactly one name for them. */
export function fullOutletName(outlet: string | null, docs: readonly Doc[]): string | null {
  if (outlet === null || !INITIALS.test(outlet)) return outlet;
  const found = new Set<string>();
  for (const d of docs) {
    const lines = [...d.meta.credits, ...d.meta.removed.map((r) => r.text), d.meta.outlet ?? ''];
    for (const line of lines) {
      for (const m of line.matchAll(NAME_RUN)) {
        // the longest tail of the run whose initials match ("Reporting by Continental Press Wire")
        const words = m[0].split(/\s+/);
        for (let k = 0; k < words.length - 1; k++) {
          const name = words.slice(k).join(' ');
          if (!SMALL.has(words[k]!.toLowerCase()) && initialsOf(name) === outlet) { found.add(name); break; }
        }
      }
    }
  }
  return found.size === 1 ? [...found][0]! : outlet;
}
