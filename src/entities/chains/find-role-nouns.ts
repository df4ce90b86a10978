/**
 * Role noun phrases that stand for a person named elsewhere in the article: "the Ruritanian president", "the
 * Kremlin's spokesman", "Ruritania's defence minister". One becomes a mention of the chain it denotes only when
 * exactly one person chain carries a title or description with the same head and every qualifier (demonyms read
 * as their country: "Ruritanian" matches "Ruritania's"). At least one qualifier is required: a bare "the
 * president" is left alone.
 */
import type { Descriptor, Doc, EntityMention, Token } from '../../doc/types.ts';
import { countryOf as countryOf_ } from '../lexicon/demonyms.ts';
import { nameKey as nameKey_ } from '../lexicon/name-key.ts';
import { roleWordKey as roleWordKey_ } from '../lexicon/role-key.ts';
import { memo as memo_ } from '../lexicon/memo.ts';
import { isCapitalised as isCapitalised_, isPossessive as isPossessive_, isSingularRoleHead as isSingularRoleHead_ } from './tokens.ts';
// Local copies: imported bindings compile to property getters (tsx/CommonJS), slow in per-token loops.
const countryOf = countryOf_;
const nameKey = nameKey_;
const roleWordKey = roleWordKey_;
const memo = memo_;
const isCapitalised = isCapitalised_;
const isPossessive = isPossessive_;
const isSingularRoleHead = isSingularRoleHead_;

/** Longest qualifier run before the head. */
const MAX_QUALIFIERS = 4;

/** Heads that may stand for one another. */
const HEAD_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['leader', ['leader', 'president', 'premier', 'chancellor', 'prime']],
  ['head', ['head', 'chief', 'leader']],
  ['chief', ['chief', 'head']],
]);

/** A qualifier or descriptor word, as compared: countries for demonyms, name keys for names, role keys else. */
const qualifierKey = memo((word: string): string =>
  countryOf(word) ?? (/^\p{Lu}/u.test(word) ? nameKey(word) : roleWordKey(word)));

/** The words of one descriptor text as compared: qualifier and role keys of each word. */
const descriptorWords = memo((text: string): ReadonlySet<string> =>
  new Set(text.split(/[\s,]+/).filter(Boolean).flatMap((w) => {
    const bare = w.replace(/['’]s$/, '');
    return [qualifierKey(bare), roleWordKey(bare)];
  })));

/**
 * The word before a role head can start its qualifiers: an adjective, a noun, a name or a possessive (two
 * characters long: the offsets say so without reading the text).
 */
function mayQualify(t: Token): boolean {
  return t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || (t.end - t.start === 2 && isPossessive(t));
}

export interface RoleNounFound {
  mention: EntityMention;
  descriptor: Omit<Descriptor, 'mention'>;
}

/** The article's chains as role nouns compare them: `descriptors[c]` the descriptor texts of chain c, `types[c]` its type. */
export interface ChainTexts {
  descriptors: readonly (readonly string[])[];
  types: readonly string[];
}

/** `chains()` gives the article's chains; it is called only when a role phrase needs them (most articles have none). */
export function findRoleNouns(
  doc: Doc,
  taken: ArrayLike<number | boolean>,
  chains: () => ChainTexts,
): RoleNounFound[] {
  let chainType: readonly string[] = [];
  const found: RoleNounFound[] = [];
  /** Built when the first anchored role phrase is met: most articles have none. */
  let chainWords: (readonly ReadonlySet<string>[])[] | null = null;
  for (const s of doc.sentences) {
    for (let h = s.tokenStart + 1; h < s.tokenEnd; h++) {
      // A qualifier must stand just before the head (cheap test first: most tokens are not role heads).
      if (taken[h] || !mayQualify(doc.tokens[h - 1]!)) continue;
      const head = doc.tokens[h]!;
      if (!isSingularRoleHead(head)) continue;
      const next = doc.tokens[h + 1];
      if (next && (next.pos === 'PROPN' || (next.text === ',' && doc.tokens[h + 2]?.pos === 'PROPN'))) continue;
      const qualifiers: Token[] = [];
      let j = h - 1;
      let anchored = false;
      for (; j >= s.tokenStart && qualifiers.length < MAX_QUALIFIERS; j--) {
        const t = doc.tokens[j]!;
        if (taken[j] && !(t.pos === 'PROPN')) break;
        if (t.norm === 'the') { anchored = true; break; }
        if (isPossessive(t) && doc.tokens[j - 1]?.pos === 'PROPN') {
          qualifiers.unshift(doc.tokens[j - 1]!);
          j -= 1;
          anchored = true;
          break;
        }
        if (t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'PROPN' && isCapitalised(t))) { qualifiers.unshift(t); continue; }
        break;
      }
      if (!anchored || qualifiers.length === 0) continue;
      const headKey = roleWordKey(head.text);
      const heads = HEAD_SYNONYMS.get(headKey) ?? [headKey];
      const wanted = qualifiers.map((q) => qualifierKey(q.text));
      if (chainWords === null) {
        const { descriptors, types } = chains();
        chainType = types;
        chainWords = descriptors.map((texts, c) => (types[c] === 'person' ? texts.map(descriptorWords) : []));
      }
      const matches: number[] = [];
      chainWords.forEach((sets, c) => {
        if (chainType[c] !== 'person') return;
        if (sets.some((w) => heads.some((x) => w.has(x)) && wanted.every((q) => w.has(q)))) matches.push(c);
      });
      if (matches.length !== 1) continue;
      const firstTok = doc.tokens[doc.tokens[j]?.norm === 'the' ? j + 1 : j]!;
      const start = firstTok.start;
      const end = head.end;
      const tokenStart = doc.tokens[j]?.norm === 'the' ? j + 1 : j;
      const text = doc.text.slice(start, end);
      found.push({
        mention: { start, end, tokenStart, tokenEnd: h + 1, type: 'person', text, chain: matches[0]!, via: 'role-noun' },
        descriptor: { start, end, text, kind: 'role-noun' },
      });
    }
  }
  return found;
}
