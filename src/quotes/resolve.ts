/**
 * From the words naming a speaker to a name: a pronoun goes to the nearest earlier person of a compatible gender
 * (a subject preferred over a name standing after a preposition), a role noun ("the spokeswoman") to the person
 * last introduced with that role, a surname to the full name first written. Nothing is invented: an unresolved
 * pronoun keeps its span and gets no name.
 */
import type { Doc, Span } from '../doc/types.ts';
import {
  FEMALE_PRONOUNS as FEMALE_PRONOUNS_, MALE_PRONOUNS as MALE_PRONOUNS_, PERSONAL_PRONOUNS as PERSONAL_PRONOUNS_,
  ROLE_NOUNS as ROLE_NOUNS_, ORG_NOUNS as ORG_NOUNS_, DETERMINERS as DETERMINERS_,
  NON_NAME_CAPITALS as NON_NAME_CAPITALS_, SPEECH_VERBS as SPEECH_VERBS_, TITLES as TITLES_
} from './lexicon.ts';
import type { TokRange } from './np.ts';
import { stripTitles as stripTitles_, type Gender, type Person } from './persons.ts';
import { firstNameGender as firstNameGender_ } from './first-names.ts';
import {
  isCapitalised as isCapitalised_, isPossessive as isPossessive_, isWord as isWord_, lower as lower_, type TokenView
} from './view.ts';

// Local copies: imported bindings compile to property getters under tsx, slow in per-token loops.
const FEMALE_PRONOUNS = FEMALE_PRONOUNS_;
const MALE_PRONOUNS = MALE_PRONOUNS_;
const PERSONAL_PRONOUNS = PERSONAL_PRONOUNS_;
const ROLE_NOUNS = ROLE_NOUNS_;
const ORG_NOUNS = ORG_NOUNS_;
const DETERMINERS = DETERMINERS_;
const NON_NAME_CAPITALS = NON_NAME_CAPITALS_;
const SPEECH_VERBS = SPEECH_VERBS_;
const TITLES = TITLES_;
const stripTitles = stripTitles_;
const firstNameGender = firstNameGender_;
const isCapitalised = isCapitalised_;
const isPossessive = isPossessive_;
const isWord = isWord_;
const lower = lower_;

/** The gender a courtesy title in the phrase gives ("Mrs. Clinton" → f), or null. */
function titleGender(v: TokenView, r: TokRange): Gender {
  for (let i = r.lo; i < r.hi; i++) {
    const w = lower(v.tokens[i]).replace(/\.$/, '');
    if (w === 'mrs' || w === 'ms' || w === 'miss') return 'f';
    if (w === 'mr') return 'm';
  }
  return null;
}

/** Does the phrase [lo, end) end with a title ("Gov.", "Secretary") rather than a name? */
function endsWithTitle(v: TokenView, lo: number, end: number): boolean {
  let e = end - 1;
  if (e > lo && v.tokens[e]!.text === '.') e--;
  return e >= lo && TITLES.has(lower(v.tokens[e]).replace(/\.$/, ''));
}

/** Possessive pronouns that may stand as a speaker ("his warning that …"), resolved like he, she and they. */
const OWNER_PRONOUNS = new Set(['his', 'her', 'their']);

export interface Speaker {
  span: Span;
  name: string | null;
  mention: number | null;
}

/** How far back (characters) a pronoun looks for its person. */
const MAX_PRONOUN_REACH = 1500;
/** A person of the pronoun's gender this close before a nearer person of unknown gender wins (characters). */
const KNOWN_GENDER_REACH = 400;
/** A subject this close before an object-position name still wins over it (characters). */
const SUBJECT_PREFERENCE_REACH = 1000;

function overlappingMention(doc: Doc, span: Span): number | null {
  let best: number | null = null;
  let bestLen = 0;
  const ms = doc.mentions ?? [];
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    const len = Math.min(m.end, span.end) - Math.max(m.start, span.start);
    if (len > bestLen) { best = i; bestLen = len; }
  }
  return best;
}

/** The longest person name in the mention's in-article chain (for a pronoun the NER already linked). */
function chainName(doc: Doc, mi: number): string | null {
  const ms = doc.mentions ?? [];
  const chain = ms[mi]?.chain;
  if (chain === undefined) return null;
  let name: string | null = null;
  for (const m of ms) {
    if (m.chain === chain && m.via !== 'pronoun' && !PERSONAL_PRONOUNS.has(m.text.toLowerCase())
      && (name === null || m.text.length > name.length)) name = m.text;
  }
  return name;
}

export function pickAntecedent(persons: readonly Person[], at: number, gender: Gender): Person | null {
  const ok = persons.filter((p) => p.end <= at && at - p.end <= MAX_PRONOUN_REACH
    && (gender === null || p.gender === null || p.gender === gender));
  let last = ok[ok.length - 1];
  if (!last) return null;
  // a person whose gender is known to match beats a nearer one whose gender is unknown
  if (gender !== null && last.gender === null && last.object) {
    for (let i = ok.length - 2; i >= 0; i--) {
      const p = ok[i]!;
      if (last.start - p.end > KNOWN_GENDER_REACH) break;
      if (p.gender === gender) { last = p; break; }
    }
  }
  if (last.object) {
    for (let i = ok.length - 2; i >= 0; i--) {
      const p = ok[i]!;
      if (last.start - p.end > SUBJECT_PREFERENCE_REACH) break;
      if (!p.object) return p;
    }
  }
  return last;
}

function spanOf(v: TokenView, r: TokRange): Span {
  return { start: v.tokens[r.lo]!.start, end: v.tokens[r.hi - 1]!.end };
}

/** The last run of name words in the phrase, titles stripped: "Turkish President Recep Tayyip Erdogan" → Erdogan's. */
function nameWords(v: TokenView, r: TokRange, label: boolean): string[] {
  const words: string[] = [];
  let dot = false;
  for (let i = r.hi - 1; i >= r.lo; i--) {
    const t = v.tokens[i]!;
    // "Laurence H. Tribe": an initial keeps its full stop
    if (t.text === '.') { dot = true; continue; }
    const initial = dot && /^\p{Lu}$/u.test(t.text);
    dot = false;
    if (initial && words.length > 0) { words.unshift(`${t.text}.`); continue; }
    if (isPossessive(t)) break;
    // "Al-Tabchi" split by the tokenizer: the piece before the hyphen joins the word after it
    const prev = v.tokens[i - 1];
    if (t.text === '-' && words.length > 0 && i > r.lo && prev !== undefined && isWord(prev) && prev.end === t.start
      && v.tokens[i + 1]?.start === t.end) {
      words[0] = `${prev.text}-${words[0]}`;
      i--;
      continue;
    }
    if (lower(t) === 'of' && i > r.lo && isCapitalised(v.tokens[i - 1]) && words.length > 0) { words.unshift('of'); continue; }
    if (!(isWord(t) && isCapitalised(t)) || DETERMINERS.has(lower(t))) break;
    const word = /^\p{Lu}\.$/u.test(t.text) ? t.text : t.text.replace(/\.$/, '');
    // a transcript label in capitals ("PENCE") is written as a name
    words.unshift(label && /^\p{Lu}{2,}$/u.test(word) ? word[0] + word.slice(1).toLowerCase() : word);
  }
  return stripTitles(words);
}

/**
 * The people of an article, built only as far as a speaker needs: `named` for a speaker written as a name (the
 * persons the NER found), `all` for a pronoun or a role noun (those and the persons found in the text alone).
 */
export interface PersonPool {
  named(): readonly Person[];
  all(): readonly Person[];
}

const poolOf = (persons: readonly Person[] | PersonPool): PersonPool =>
  (Array.isArray(persons) ? { named: () => persons, all: () => persons } : persons as PersonPool);

/** The name's last word is `word` (no slicing). */
const endsWithWord = (name: string, word: string): boolean =>
  name.length >= word.length && name.endsWith(word) && (name.length === word.length || name.charCodeAt(name.length - word.length - 1) === 32);
const wordCount = (name: string): number => {
  let n = 1;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 32) n++;
  return n;
};

export function resolveSpeaker(doc: Doc, v: TokenView, people: readonly Person[] | PersonPool, r: TokRange, label = false): Speaker {
  const pool = poolOf(people);
  const span = spanOf(v, r);
  // the mention of the phrase's head, not of a modifier ("Russia’s top negotiator" is no mention of Russia)
  const headTok = v.tokens[r.hi - 1]!;
  const overlap = overlappingMention(doc, { start: headTok.start, end: headTok.end });
  const head = lower(v.tokens[r.hi - 1]);
  if (r.hi - r.lo === 1 && (PERSONAL_PRONOUNS.has(head) || OWNER_PRONOUNS.has(head))) {
    const linked = overlap !== null ? chainName(doc, overlap) : null;
    if (linked) return { span, name: linked, mention: overlap };
    const gender: Gender = MALE_PRONOUNS.has(head) ? 'm' : FEMALE_PRONOUNS.has(head) ? 'f' : null;
    if (gender === null) return { span, name: null, mention: overlap };
    const p = pickAntecedent(pool.all(), span.start, gender);
    return { span, name: p?.name ?? null, mention: overlap ?? p?.mention ?? null };
  }
  if (!isCapitalised(v.tokens[r.hi - 1]) && (ROLE_NOUNS.has(head) || ORG_NOUNS.has(head))) {
    // "the Kremlin's spokesman, Dmitry Peskov, said": the name in apposition is the one meant
    const named = ROLE_NOUNS.has(head) ? appositionName(v, r.hi) : null;
    if (named) {
      const s = resolveSpeaker(doc, v, people, named, label);
      return { span, name: s.name, mention: s.mention };
    }
    const modifiers = [];
    for (let i = r.lo; i < r.hi - 1; i++) if (isWord(v.tokens[i]) && !DETERMINERS.has(lower(v.tokens[i]))) modifiers.push(lower(v.tokens[i]));
    // "one Clinton spokesman", "a senior aide": someone not named, never a person named before
    const definite = !INDEFINITES.has(lower(v.tokens[r.lo]));
    const p = ROLE_NOUNS.has(head) && definite ? roleHolder(pool.all(), span.start, head, modifiers) : null;
    const text = v.text.slice(span.start, span.end);
    return { span, name: p?.name ?? text, mention: overlap ?? p?.mention ?? null };
  }
  // "Jane Roe and John Doe": two speakers, each resolved, named together; no single mention stands for both
  for (let k = r.lo + 1; k < r.hi - 1; k++) {
    if (lower(v.tokens[k]) !== 'and' || !isCapitalised(v.tokens[k - 1]) || !isCapitalised(v.tokens[k + 1])) continue;
    // "former Pennsylvania Gov. and party Chairman Ed Rendell": two titles of one person
    if (endsWithTitle(v, r.lo, k)) continue;
    const a = resolveSpeaker(doc, v, people, { lo: r.lo, hi: k }, label);
    const b = resolveSpeaker(doc, v, people, { lo: k + 1, hi: r.hi }, label);
    return { span, name: a.name && b.name ? `${a.name} and ${b.name}` : a.name ?? b.name, mention: null };
  }
  const words = nameWords(v, r, label);
  if (words.length === 0) return { span, name: v.text.slice(span.start, span.end), mention: overlap };
  const last = words[words.length - 1]!;
  // "Mrs. Clinton": a courtesy title needs the people with their genders
  const titled = titleGender(v, r);
  const persons = titled ? pool.all() : pool.named();
  let full: Person | undefined;
  let anyFull: Person | undefined;
  let bare: Person | undefined;
  // "Mrs. Clinton" is no "Bill Clinton"; "Bill Clinton" is no "Hillary Clinton"
  const given = words.length >= 2 ? words[0]! : null;
  for (let k = 0; k < persons.length; k++) {
    const p = persons[k]!;
    if (!endsWithWord(p.name, last)) continue;
    if (titled && p.gender && p.gender !== titled) continue;
    if (given !== null && !p.name.split(' ').includes(given)) continue;
    anyFull ??= p;
    if (p.start > span.start) continue;
    // a full name written before wins over a bare surname written earlier still ("Trump" in a headline)
    if (p.name.includes(' ')) { full = p; break; }
    bare ??= p;
  }
  full ??= bare ?? anyFull;
  const name = full && wordCount(full.name) >= words.length ? full.name
    : words.length === 1 ? fullNameBefore(v.text, span.start, last) ?? last : words.join(' ');
  let own: Person | undefined;
  for (let k = 0; k < persons.length && own === undefined; k++) {
    const p = persons[k]!;
    if (p.start < span.end && span.start < p.end) own = p;
  }
  return { span, name, mention: overlap ?? own?.mention ?? null };
}

/** Most tokens of a name set off by commas after a role ("the spokesman, Dmitry S. Peskov,"). */
const MAX_APPOSITION_NAME = 5;

/** ", Jane A. Roe," right after the token before `at`: the range of that name (capitalised words and initials only,
 * closed by a comma, a full stop or a dash), else null. */
function appositionName(v: TokenView, at: number): TokRange | null {
  if (v.tokens[at]?.text !== ',' || v.inQuote[at]! >= 0) return null;
  let k = at + 1;
  while (k < v.tokens.length && k - at - 1 < MAX_APPOSITION_NAME && v.inQuote[k]! < 0) {
    const t = v.tokens[k]!;
    if (t.text === '.' && k > at + 1 && v.tokens[k - 1]!.text.length === 1) { k++; continue; }
    if (!isWord(t) || !isCapitalised(t) || DETERMINERS.has(lower(t)) || NON_NAME_CAPITALS.has(lower(t))) break;
    k++;
  }
  if (k - at - 1 < 2) return null;
  const end = v.tokens[k]?.text;
  if (end !== ',' && end !== '.' && end !== '—' && end !== '–') return null;
  return { lo: at + 1, hi: k };
}

/** Words opening a phrase for someone not named ("one aide", "a spokesman", "another official"). */
const INDEFINITES = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'two', 'three']);

/**
 * The person introduced with this role before `at` ("Kremlin spokesman Dmitry Peskov" for "the spokesman"): of
 * those given the role and the phrase's modifiers, the one named last before `at`; for a bare role, one of the last
 * people named before `at`, when given the role.
 */
function roleHolder(persons: readonly Person[], at: number, role: string, modifiers: string[]): Person | null {
  const roleRe = new RegExp(`\\b${role}\\b`);
  const withRole = persons.filter((p) => p.start < at && p.context.includes(role) && roleRe.test(p.context));
  if (withRole.length === 0) return null;
  const fitting = withRole.filter((p) => modifiers.every((m) => p.context.includes(m.replace(/['’]s$/, ''))));
  // words that fit ("the New Jersey governor") pick the holder; a bare role ("the senator") only one of the last
  // people named before it, lest a senator named long before take the words of another
  const told = modifiers.length > 0 && fitting.length > 0;
  const holders = fitting.length ? fitting : withRole;
  const names = new Set(holders.map((p) => p.name));
  const passed = new Set<string>();
  for (let k = persons.length - 1; k >= 0; k--) {
    const p = persons[k]!;
    if (p.start >= at) continue;
    if (names.has(p.name)) return holders.find((h) => h.name === p.name) ?? p;
    passed.add(p.name);
    if (!told && passed.size >= BARE_ROLE_REACH) return null;
  }
  return null;
}

/** A bare role ("the senator") stands for a holder among this many people named last before it. */
const BARE_ROLE_REACH = 2;

/** A person made from a resolved named speaker, for later pronouns. */
export function speakerAsPerson(s: Speaker, persons: readonly Person[]): Person | null {
  if (!s.name || s.name.split(' ').length > 5) return null;
  const same = persons.find((p) => p.name === s.name);
  const gender = same?.gender ?? firstNameGender(s.name.split(' ')[0] ?? '');
  if (!same && !/^\p{Lu}/u.test(s.name)) return null;
  return { start: s.span.start, end: s.span.end, name: s.name, gender, mention: s.mention, object: false, context: '' };
}

/** The first "Given Surname" written before `at` for a bare surname ("Brenner" → "Aldo Brenner"), titles dropped. */
function fullNameBefore(text: string, at: number, surname: string): string | null {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`((?:\\p{Lu}(?:[\\p{L}'’-]*|\\p{L}{0,2}\\.)[ \\t]){1,3})${escaped}\\b`, 'gu');
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) {
    const words = stripTitles(`${m[1]!.trim()} ${surname}`.split(/\s+/));
    if (words.length >= 2 && !words.some((w) => NON_NAME_CAPITALS.has(w.toLowerCase()) || SPEECH_VERBS.has(w.toLowerCase()))) {
      return words.join(' ');
    }
  }
  return null;
}
