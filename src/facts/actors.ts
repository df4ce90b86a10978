/**
 * Who a statement is about: actor mentions with a key that is the same across articles. Uses the entity layers
 * when present (doc.mentions + corpus.mentionEntity); without them, runs of capitalised words with the title words
 * before them left out, keyed by the last name ("Vladimir Putin" and "Putin" → putin), and he/she → the last person.
 */
import type { Doc, Token } from '../doc/types.ts';
import type { EntityId } from '../brief/types.ts';
import { isTitleWord } from './titles.ts';

export interface ActorMention {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  key: string;
  /** The name key ("n:putin") even when `key` is an entity id: one person split into two entities still meets. */
  alias: string;
  /** The words of the name as written (title words left out). */
  name: string;
  /** Token range of the title words directly before the name, when any. */
  titleStart: number | null;
  /** A person (so he/she can refer to it). */
  person: boolean;
}

const ALIASES: Readonly<Record<string, string>> = { turkiye: 'turkey', kiev: 'kyiv', burma: 'myanmar' };
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'i', 'the', 'a', 'an',
  'but', 'and', 'or', 'in', 'on', 'at', 'it', 'he', 'she', 'they', 'we', 'you', 'this', 'that', 'there', 'after',
  'before', 'as', 'if', 'when', 'while', 'meanwhile', 'however', 'yet', 'still', 'also', 'so', 'for', 'with', 'by',
  'from', 'to', 'of', 'only', 'now', 'then', 'both', 'his', 'her', 'their', 'its', 'our', 'my', 'mr', 'mrs', 'ms',
  'mr.', 'mrs.', 'ms.', 'dr', 'dr.', 'speaking', 'setting', 'despite', 'although', 'though', 'since', 'until',
  'other', 'some', 'many', 'most', 'all', 'no', 'not', 'one', 'two', 'what', 'who', 'why', 'how', 'where', 'which',
]);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);

/** A spelling-tolerant key for a name word: case, accents, doubled letters and possessives do not matter. */
export function nameKey(word: string): string {
  const w = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^a-z0-9]/g, '')
    .replace(/(.)\1+/g, '$1');
  return ALIASES[w] ?? w;
}

const capitalised = (t: Token): boolean => /^[A-Z]/.test(t.text) && /[a-z]/.test(t.text.slice(1)) || /^[A-Z]{2,}$/.test(t.text) || /^[A-Z]\.[A-Z]\.$/.test(t.text);

/**
 * A name key that does not depend on the entity layer: first and last name of a person ("n:marco_rubio", title
 * words before it dropped, so a mention mistyped as an organisation still meets), the whole name of anything else.
 */
export function aliasOf(text: string, type: string): string {
  let words = text.replace(/[’']s$/, '').split(/\s+/).filter(Boolean);
  let lastTitle = -1;
  words.forEach((w, i) => { if (isTitleWord(w) || w === 'of') lastTitle = i; });
  if (lastTitle >= 0 && lastTitle < words.length - 1) words = words.slice(lastTitle + 1);
  const personLike = type === 'person' || lastTitle >= 0;
  const kept = personLike ? words.slice(-2) : words;
  return `n:${kept.map(nameKey).join('_')}`;
}

/** Actor mentions from the entity layers. */
function fromLayers(doc: Doc, entities: readonly (EntityId | null)[] | undefined): ActorMention[] {
  const mentions = doc.mentions ?? [];
  const chainKey = new Map<number, string>();
  const chainAlias = new Map<number, string>();
  const lastName = (text: string): string => `n:${nameKey(text.split(/\s+/).pop() ?? text)}`;
  mentions.forEach((m, i) => {
    const e = entities?.[i];
    if (m.chain !== undefined && !chainKey.has(m.chain) && (e || m.via !== 'pronoun')) {
      chainKey.set(m.chain, e ? `e:${e}` : lastName(m.text));
    }
    if (m.chain !== undefined && m.via !== 'pronoun' && m.via !== 'role-noun') {
      const alias = aliasOf(m.text, m.type);
      const had = chainAlias.get(m.chain);
      if (!had || alias.split('_').length > had.split('_').length) chainAlias.set(m.chain, alias);
    }
  });
  const out: ActorMention[] = [];
  mentions.forEach((m, i) => {
    const e = entities?.[i];
    let key = e ? `e:${e}` : m.chain !== undefined ? chainKey.get(m.chain) : undefined;
    if (!key && m.via !== 'pronoun') key = lastName(m.text);
    if (!key) return;
    const alias = (m.chain !== undefined ? chainAlias.get(m.chain) : undefined) ?? (m.via === 'pronoun' ? key : aliasOf(m.text, m.type));
    out.push({ start: m.start, end: m.end, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, key, alias, name: m.text, titleStart: null, person: m.type === 'person' && m.via !== 'role-noun' });
  });
  return out.sort((a, b) => a.start - b.start);
}

/** Actor mentions from capitalised words, when no entity layer is there. */
function fromCapitals(doc: Doc): ActorMention[] {
  const { tokens } = doc;
  const out: ActorMention[] = [];
  for (const s of doc.sentences) {
    let i = s.tokenStart;
    const nameLike = (k: number): boolean => {
      const x = tokens[k]!;
      return capitalised(x) && (x.pos === 'PROPN' || k > s.tokenStart) && !NOT_NAMES.has(x.text.toLowerCase());
    };
    while (i < s.tokenEnd) {
      const t = tokens[i]!;
      if (!nameLike(i) && !(isTitleWord(t.text) && /^[A-Z]/.test(t.text))) { i++; continue; }
      // a run of capitalised words, title words inside it included ("Defence Minister Rustem Umerov")
      let j = i;
      while (j < s.tokenEnd && (nameLike(j) || (tokens[j]!.text === 'of' && j > i && nameLike(j + 1)))) j++;
      if (j === i) { i++; continue; }
      // the name is what follows the last title word of the run
      let nameStart = i;
      for (let k = i; k < j; k++) if (isTitleWord(tokens[k]!.text) || tokens[k]!.text === 'of') nameStart = k + 1;
      if (nameStart >= j) { i = j; continue; }
      let titleStart: number | null = null;
      if (nameStart > i) titleStart = i;
      // lower-case title words before the run ("former culture minister Ann Lee", "presidential aide X")
      let b = (titleStart ?? nameStart) - 1;
      while (b >= s.tokenStart && (isTitleWord(tokens[b]!.text) || /^[A-Z][A-Za-z.]*$/.test(tokens[b]!.text)) && !NOT_NAMES.has(tokens[b]!.text.toLowerCase())) b--;
      if (b + 1 < (titleStart ?? nameStart) && tokens.slice(b + 1, titleStart ?? nameStart).some((x) => isTitleWord(x.text))) titleStart = b + 1;
      const first = tokens[nameStart]!;
      const last = tokens[j - 1]!;
      const name = doc.text.slice(first.start, last.end).replace(/[’']s$/, '');
      const key = `n:${nameKey(last.text.replace(/[’']s$/, ''))}`;
      if (key !== 'n:') {
        out.push({ start: first.start, end: last.end, tokenStart: nameStart, tokenEnd: j, key, alias: key, name, titleStart, person: j - nameStart >= 2 || titleStart !== null });
      }
      i = j;
    }
  }
  return out;
}

/**
 * he / she / his / her → a person: the subject person of this sentence (named before its first verb), else the
 * first person named earlier in it, else the last subject person of an earlier sentence.
 */
function withPronouns(doc: Doc, names: ActorMention[]): ActorMention[] {
  const { tokens } = doc;
  const out: ActorMention[] = [];
  let n = 0;
  let subjectPerson: ActorMention | null = null;
  let lastPerson: ActorMention | null = null;
  for (const s of doc.sentences) {
    let firstVerb = s.tokenEnd;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (tokens[k]!.pos === 'VERB') { firstVerb = k; break; }
    let sentenceSubject: ActorMention | null = null;
    let sentencePerson: ActorMention | null = null;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      while (n < names.length && names[n]!.tokenStart < k) n++;
      while (n < names.length && names[n]!.tokenStart === k) {
        const m = names[n++]!;
        out.push(m);
        if (!m.person) continue;
        lastPerson = m;
        sentencePerson ??= m;
        if (m.tokenStart < firstVerb) sentenceSubject ??= m;
      }
      const t = tokens[k]!;
      const antecedent = sentenceSubject ?? sentencePerson ?? subjectPerson ?? lastPerson;
      if (PERSON_PRONOUNS.has(t.text.toLowerCase()) && antecedent && !out.some((m) => m.tokenStart <= k && k < m.tokenEnd)) {
        out.push({ start: t.start, end: t.end, tokenStart: k, tokenEnd: k + 1, key: antecedent.key, alias: antecedent.alias, name: t.text, titleStart: null, person: true });
      }
    }
    if (sentenceSubject) subjectPerson = sentenceSubject;
  }
  while (n < names.length) out.push(names[n++]!);
  return out;
}

export function findActors(doc: Doc, entities?: readonly (EntityId | null)[]): ActorMention[] {
  const names = doc.mentions && doc.mentions.length > 0 ? fromLayers(doc, entities) : fromCapitals(doc);
  const hasPronouns = names.some((m) => PERSON_PRONOUNS.has(m.name.toLowerCase()));
  return hasPronouns ? names : withPronouns(doc, names);
}
