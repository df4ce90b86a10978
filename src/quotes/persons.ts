/**
 * People named in an article, for resolving "he", "she" and role nouns: from the NER mentions when there are any,
 * and from the text alone (a capitalised run led by a known given name or a title). Each keeps its gender when the
 * given name, a title (Mr, Mrs) or a role word (spokeswoman) tells it, and whether it stands as a subject.
 */
import type { Doc, EntityMention } from '../doc/types.ts';
import { firstNameGender } from './first-names.ts';
import { GAZETTEER, GAZ_DEMONYM, GAZ_ORG_END } from '../entities/ner/gazetteer.ts';
import { NAME_SUFFIXES } from '../entities/lexicon/person-name.ts';
import { FEMALE_ROLES, MALE_ROLES, NON_NAME_CAPITALS, ROLE_NOUNS, TITLES } from './lexicon.ts';
import { isCapitalised, isPossessive, isWord, lower, tokenAtOrAfter, type TokenView } from './view.ts';

export type Gender = 'm' | 'f' | null;

export interface Person {
  start: number;
  end: number;
  /** Full name as first written ("Michael Flynn" also for a later "Flynn"). */
  name: string;
  gender: Gender;
  /** Index into doc.mentions when the NER found it. */
  mention: number | null;
  /** Preceded by a preposition or joined by "and": an object, a weaker antecedent. */
  object: boolean;
  /** Words before the name in its clause (titles, roles), lower case, for role-noun matching. */
  context: string;
}

const PREPOSITIONS = new Set(['with', 'to', 'for', 'of', 'by', 'about', 'from', 'against', 'and', 'between',
  'on', 'at', 'in', 'into', 'than', 'like', 'met', 'meet', 'meeting', 'called', 'urged', 'told', 'asked']);
/** Organisation words: a capitalised run containing one is no person. */
const ORG_WORDS = /^(ministry|kremlin|house|party|council|office|department|agency|service|news|times|post|union|nations|government|army|forces|commission|committee|bank|court|company|group|institute|university|press|tv|network|fund|league|foundation|association|organisation|organization|parliament|senate|congress|assembly|airlines|corp|inc|ltd|energy|holdings|partners|industries|media|capital|motors|systems|technologies|pharmaceuticals)$/i;

/** Lower case without a final full stop ("Mr." → mr). */
const bare = (w: string): string => {
  const l = w.toLowerCase();
  return l.endsWith('.') ? l.slice(0, -1) : l;
};

function genderOfRun(words: string[], before: string[]): Gender {
  for (let k = Math.max(0, before.length - 3); k < before.length + words.length; k++) {
    const w = bare(k < before.length ? before[k]! : words[k - before.length]!);
    if (FEMALE_ROLES.has(w)) return 'f';
    if (MALE_ROLES.has(w)) return 'm';
  }
  for (const w of words) {
    const g = firstNameGender(w);
    if (g) return g;
  }
  return null;
}

const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 127 && /\s/.test(String.fromCharCode(c)));

/** The text's words (split at spaces) in [lo, hi), the last `most` of them, read backwards from hi. */
export function wordsBackwards(text: string, lo: number, hi: number, most: number): string[] {
  const out: string[] = [];
  let e = hi;
  while (out.length < most) {
    while (e > lo && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e <= lo) break;
    let s = e;
    while (s > lo && !isSpaceCode(text.charCodeAt(s - 1))) s--;
    out.push(text.slice(s, e));
    e = s;
  }
  return out.reverse();
}

/** Words of a mention split at spaces. */
const splitWords = (text: string): string[] => (text.includes(' ') || /\s/.test(text) ? text.split(/\s+/).filter(Boolean) : [text]);

const POSSESSIVE_END = /['’]s?$/;
const POSSESSIVE_AFTER = /^['’]s?\b/;
const ENDS_CLAUSE = /[,;:.!?]$/;
const UPPER_FIRST = /^\p{Lu}/u;

/** The words of a run after its last title: "Turkish President Recep Tayyip Erdogan" → Recep Tayyip Erdogan. */
/** Words that complete a title after "of" ("Secretary of State", "Minister of Foreign Affairs"). */
const TITLE_OBJECTS = new Set(['of', 'state', 'defense', 'defence', 'foreign', 'affairs', 'homeland', 'security',
  'staff', 'commerce', 'justice', 'treasury', 'health', 'interior', 'finance', 'energy', 'labor', 'labour', 'the']);

/** Party words that stand before a name ("Democrat Hillary Clinton"). */
const PARTY_WORDS = new Set(['democrat', 'democratic', 'republican', 'gop', 'independent', 'libertarian', 'green',
  'labour', 'tory', 'conservative', 'liberal']);

export function stripTitles(words: string[]): string[] {
  let cut = -1;
  let given = false;
  // the last word of the name proper: a suffix ("Jr.", "III") comes after it
  let last = words.length - 1;
  while (last > 0 && NAME_SUFFIXES.has(bare(words[last]!))) last--;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "Al Jazeera’s Sinem Koseoglu": what stands before a possessive is no part of the name
    if (i < words.length - 1 && POSSESSIVE_END.test(w)) { cut = i; given = false; continue; }
    // "Martin Luther King Jr.", "Jane Judge": a title word ending a name after a given name is the surname
    if (TITLES.has(bare(w)) && !(given && i === last)) { cut = i; continue; }
    if (i > cut && firstNameGender(w) !== null) given = true;
  }
  if (cut >= 0 && words[cut + 1]?.toLowerCase() === 'of') {
    cut++;
    while (cut + 1 < words.length - 1 && TITLE_OBJECTS.has(words[cut + 1]!.toLowerCase())) cut++;
  }
  const rest = cut < 0 ? words : words.slice(cut + 1);
  let kept = rest.length > 0 ? rest : words;
  // "Democrat Hillary Clinton", "American Joni Ernst": a party or a nationality before a given name is no part of it
  while (kept.length >= 3 && firstNameGender(kept[1]!) !== null && (PARTY_WORDS.has(bare(kept[0]!))
    || ((GAZETTEER.get(bare(kept[0]!)) ?? 0) & GAZ_DEMONYM) !== 0)) kept = kept.slice(1);
  // "Mr. Trump's wealth": the possessive ending is no part of the name
  const end = kept[kept.length - 1]!;
  if (kept.length > 0 && /\p{L}['’]s?$/u.test(end)) return [...kept.slice(0, -1), end.replace(/['’]s?$/, '')];
  return kept;
}

/** Abbreviated titles as the role nouns a later mention uses ("Sen. Jane Roe" … "the senator"). */
const TITLE_ROLES: ReadonlyMap<string, string> = new Map([['sen', 'senator'], ['rep', 'representative congressman'],
  ['gov', 'governor'], ['gen', 'general'], ['lt', 'lieutenant'], ['col', 'colonel'], ['maj', 'major'],
  ['capt', 'captain'], ['sgt', 'sergeant'], ['dr', 'doctor'], ['prof', 'professor'], ['atty', 'attorney'],
  ['adm', 'admiral'], ['supt', 'superintendent'], ['insp', 'inspector']]);
/** A word that may stand in a title before a name. */
const ROLE_WORD = /^[\p{L}.'’-]+$/u;
/** Lower-case words inside a title or role before a name ("former top adviser", "acting chief"). */
const ROLE_MODIFIERS = new Set(['former', 'acting', 'interim', 'then', 'top', 'senior', 'junior', 'deputy', 'chief',
  'assistant', 'executive', 'vice', 'first', 'ex', 'longtime', 'veteran', 'state', 'federal', 'national', 'regional',
  'presidential', 'campaign', 'party', 'press', 'foreign', 'defence', 'defense', 'the', 'of', 'and']);
/** ", a Texas senator," after a name: the apposition that gives the role. */
const APPOSITION_AFTER = /^,\s+(?:a|an|the)\s+([^,.;:()“”"]{1,60})[,.;]/;

/**
 * The words that give a person's role, lower case, for role-noun matching: those before the name, abbreviated
 * titles also written out ("sen." → senator), and an apposition right after the name ("Jane Roe, a Texas senator,").
 */
function roleContext(text: string, before: string, end: number): string {
  // back from the name over titles, roles, their modifiers and capitalised words; a verb or any other word ends
  // the run ("Gov. Chris Christie accused Cruz": nothing before Cruz is his)
  const words = before.split(' ').filter(Boolean);
  let k = words.length;
  while (k > 0 && ROLE_WORD.test(words[k - 1]!) && !/[,;:]$/.test(words[k - 1]!)) {
    const w = bare(words[k - 1]!);
    if (!/^\p{Lu}/u.test(words[k - 1]!) && !TITLES.has(w) && !ROLE_NOUNS.has(w) && !ROLE_MODIFIERS.has(w)) break;
    k--;
  }
  let out = words.slice(k).join(' ').toLowerCase();
  for (const w of out.split(' ')) {
    const role = TITLE_ROLES.get(w.endsWith('.') ? w.slice(0, -1) : w);
    if (role) out += ` ${role}`;
  }
  const m = APPOSITION_AFTER.exec(text.slice(end, end + 80));
  return m ? `${out} ${m[1]!.toLowerCase()}` : out;
}

// local bindings: under tsx each call through an imported name goes through a getter, which the per-token loops
// below would pay on every token
const wordTok = isWord;
const capTok = isCapitalised;
const lowTok = lower;
const NON_NAMES = NON_NAME_CAPITALS;
const TITLE_SET = TITLES;

/**
 * A cheap first test of a capitalised run [i, j): could it name a person at all? Only a run holding a title or a
 * known given name, after a title or role word, or a lone word already seen as a surname can (the full test
 * below is costlier and most runs — "The", "Monday", "National Rail Board" — fail it).
 */
function mayNamePerson(v: TokenView, i: number, j: number, bySurname: ReadonlyMap<string, Person[]>): boolean {
  const { tokens } = v;
  let words = 0;
  let only = '';
  for (let k = i; k < j; k++) {
    const t = tokens[k]!;
    if (!wordTok(t)) continue;
    words++;
    only = t.text;
    const w = lowTok(t);
    if (TITLE_SET.has(w) || firstNameGender(w) !== null) return true;
    if (w.endsWith('.') && TITLE_SET.has(w.slice(0, -1))) return true;
  }
  if (words === 1 && bySurname.has(only)) return true;
  const before = tokens[i - 1];
  if (before && wordTok(before) && v.paragraph[i - 1] === v.paragraph[i]) {
    const prev = before.text.toLowerCase();
    if (TITLE_SET.has(prev) || ROLE_NOUNS.has(prev)) return true;
  }
  return false;
}

/** "a", "an": a name after them describes something ("an Orlando Republican"), it names no one. */
const isIndefinite = (w: string): boolean => w === 'a' || w === 'an';

/** The first person named before with this surname whose gender fits the one a title here gives ("Mrs. Clinton"
 * after "Bill Clinton" and "Hillary Clinton" is Hillary Clinton). */
function sameBearer(bearers: readonly Person[] | undefined, own: Gender): Person | undefined {
  return bearers?.find((p) => !own || !p.gender || own === p.gender);
}

/** Persons found in the text alone, in order. */
const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);

/** Records the people with each last name in order of first mention, for a later bare surname. */
function noteSurname(bySurname: Map<string, Person[]>, p: Person): void {
  const last = lastWord(p.name);
  const list = bySurname.get(last);
  if (!list) bySurname.set(last, [p]);
  else if (!list.some((x) => x.name === p.name)) list.push(p);
}

export function textPersons(v: TokenView): Person[] {
  const out: Person[] = [];
  const bySurname = new Map<string, Person[]>();
  const { tokens } = v;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!(wordTok(t) && capTok(t)) || NON_NAMES.has(lowTok(t)) || v.inQuote[i]! >= 0) { i++; continue; }
    let j = i;
    while (j < tokens.length && v.inQuote[j]! < 0 && v.paragraph[j] === v.paragraph[i]
      && ((wordTok(tokens[j]) && capTok(tokens[j]) && !NON_NAMES.has(lowTok(tokens[j])))
        || (tokens[j]!.text === '.' && j > i && tokens[j - 1]!.text.length <= 3)
        // "Secretary of State Jane Roe"
        || (lowTok(tokens[j]) === 'of' && j > i && capTok(tokens[j + 1]) && TITLE_SET.has(lowTok(tokens[j - 1]))))) j++;
    if (!mayNamePerson(v, i, j, bySurname)) { i = Math.max(j, i + 1); continue; }
    // "a Martin Luther King Jr. celebration", "an Orlando Republican": a name after "a" describes something
    if (isIndefinite(lowTok(tokens[i - 1])) && v.paragraph[i - 1] === v.paragraph[i]) { i = Math.max(j, i + 1); continue; }
    const runTokens = tokens.slice(i, j).filter((x) => wordTok(x));
    const words = runTokens.map((x) => x.text);
    const beforeWords: string[] = [];
    for (let k = i - 1; k >= Math.max(0, i - 6) && wordTok(tokens[k]) && v.paragraph[k] === v.paragraph[i]; k--) {
      beforeWords.unshift(tokens[k]!.text);
    }
    const possessed = isPossessive(tokens[j]);
    const name = stripTitles(words);
    const prev = (beforeWords[beforeWords.length - 1] ?? '').toLowerCase();
    const titled = name.length < words.length || TITLE_SET.has(prev) || (ROLE_NOUNS.has(prev) && !prev.endsWith('s'));
    const givenName = name.length >= 2 && name.slice(0, -1).some((w) => firstNameGender(w) !== null);
    const orgLike = words.some((w) => ORG_WORDS.test(w));
    const surname = name.length === 1 ? bySurname.get(name[0]!) : undefined;
    if (!orgLike && (givenName || (titled && name.length <= 4) || surname)) {
      const first = runTokens[words.length - name.length] ?? t;
      const prevWord = lowTok(tokens[i - 1]);
      const own = genderOfRun(words, beforeWords);
      const same = sameBearer(surname, own);
      out.push({
        start: first.start,
        end: tokens[j - 1]!.end,
        name: same ? same.name : name.join(' '),
        gender: same?.gender ?? own,
        mention: null,
        object: PREPOSITIONS.has(prevWord) || possessed,
        context: roleContext(v.text, [...beforeWords, ...words.slice(0, words.length - name.length)].join(' '), tokens[j - 1]!.end),
      });
      noteSurname(bySurname, out[out.length - 1]!);
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Persons from the NER mentions, with the same gender cues; `namesOnly`: names and places alone (no gender,
 * position or context), enough to find a surname's full name. */
/** A mention's words read once per article: split, titles stripped, joined, and the name's last word. */
interface ReadName { words: string[]; name: string[]; joined: string; last: string }

export function mentionPersons(doc: Doc, v: TokenView, namesOnly = false): Person[] {
  const out: Person[] = [];
  const bySurname = new Map<string, Person[]>();
  const mentions = doc.mentions ?? [];
  // the same words read once per article (a name recurs in most mentions of it)
  const read = new Map<string, ReadName | null>();
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    if (m.type !== 'person' || m.via === 'pronoun') continue;
    let r = read.get(m.text);
    if (r === undefined) {
      const words = splitWords(m.text);
      const name = stripTitles(words);
      // a mention made only of a title or role ("Ukrainian president") names nobody by itself
      const titleOnly = name.length === words.length && TITLES.has(words[words.length - 1]!.toLowerCase());
      // "Peabody Energy", "Acme Holdings": a body the NER read as a person
      const body = name.length >= 2 && (name.some((w) => ORG_WORDS.test(w))
        || ((GAZETTEER.get(name[name.length - 1]!.toLowerCase()) ?? 0) & GAZ_ORG_END) !== 0);
      r = titleOnly || body || !UPPER_FIRST.test(name[name.length - 1] ?? '') ? null
        : { words, name, joined: name.join(' '), last: name[name.length - 1]! };
      read.set(m.text, r);
    }
    if (r === null) continue;
    const { words, name } = r;
    const surname = name.length === 1 ? bySurname.get(name[0]!) : undefined;
    if (namesOnly) {
      const first = surname?.[0];
      const p: Person = { start: m.start, end: m.end, name: first ? first.name : r.joined, gender: null, mention: mi,
        object: false, context: '' };
      out.push(p);
      // the last word of the name: the surname looked up, or the read name's own last word
      const last = first ? name[0]! : r.last;
      if (!bySurname.has(last)) bySurname.set(last, [p]);
      continue;
    }
    const before = wordsBackwards(doc.text, Math.max(0, m.start - 60), m.start, 6);
    // "an Orlando Republican", "a Texas Democrat": a description the NER took for a name
    if (isIndefinite((before[before.length - 1] ?? '').toLowerCase())) continue;
    // the word before the name and any titles in front of it ("by Defence Minister Jane Roe" → by)
    let b = before.length - 1;
    while (b >= 0 && !ENDS_CLAUSE.test(before[b]!) && (UPPER_FIRST.test(before[b]!) || TITLES.has(before[b]!.toLowerCase()))) b--;
    const prevWord = ENDS_CLAUSE.test(before[b] ?? '') ? ',' : (before[b] ?? '').toLowerCase();
    const own = genderOfRun(words, before);
    const same = sameBearer(surname, own);
    out.push({
      start: m.start,
      end: m.end,
      name: same ? same.name : name.join(' '),
      gender: same?.gender ?? own,
      mention: mi,
      object: PREPOSITIONS.has(prevWord) || POSSESSIVE_AFTER.test(doc.text.slice(m.end, m.end + 2)),
      context: roleContext(doc.text, before.join(' '), m.end),
    });
    noteSurname(bySurname, out[out.length - 1]!);
  }
  void v;
  return out;
}

/** A person named inside a quotation is the one spoken about, not a candidate speaker. */
function insideQuote(v: TokenView, p: Person, mentions: readonly EntityMention[]): boolean {
  // a mention knows its first token; anything else is looked up
  const known = p.mention !== null ? mentions[p.mention]?.tokenStart : undefined;
  const t = known !== undefined && v.tokens[known]?.start === p.start ? known : tokenAtOrAfter(v.tokens, p.start);
  if (t < v.tokens.length && v.tokens[t]!.start === p.start) return v.inQuote[t]! >= 0;
  return v.quotes.some((q) => q.open <= p.start && p.start < q.close);
}

/** Never a person's name: a party tag ("D-Md", "R-Tex."), an acronym in capitals ("CIA", "GOP"). */
const NOT_A_NAME = /^(?:[DRI]-[A-Z][A-Za-z.]*|[A-Z]{2,5})$/;

/** A name the NER read as a place or as something else ("Roman Catholic", "Spanish teacher" → other): a run of
 * capitals found in the text alone that overlaps it is no person, unless it is the surname of someone named in
 * full before ("Mark Cuban … Cuban said", where the NER may read "Cuban" as a nationality). The NER also types
 * bodies, but their names can hold a person's ("the Jane Roe Foundation"), so those stay. */
function typedAsNoPerson(text: string, p: Person, mentions: readonly EntityMention[]): boolean {
  if (text.slice(p.start, p.end) !== p.name) return false;
  // the NER also misreads a person now and then ("Ben Carson" as other): a run of several words counts as a name
  // unless its last word is a nationality, a faith or a party ("Roman Catholic")
  const space = p.name.lastIndexOf(' ');
  if (space >= 0 && !((GAZETTEER.get(p.name.slice(space + 1).toLowerCase()) ?? 0) & GAZ_DEMONYM)) return false;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.start < p.end && m.end > p.start && (m.type === 'other' || m.type === 'place')) return true;
  }
  return false;
}

/** Both sources merged: a mention wins over a text person at the same place. `withText` false: the NER's persons
 * only, names alone (see mentionPersons). */
export function findPersons(doc: Doc, v: TokenView, withText = true): Person[] {
  const fromMentions = mentionPersons(doc, v, !withText);
  const all: Person[] = [];
  const mentions = doc.mentions ?? [];
  for (let k = 0; k < fromMentions.length; k++) {
    const p = fromMentions[k]!;
    if (p.name.length > 2 && !insideQuote(v, p, mentions) && !NOT_A_NAME.test(p.name)) all.push(p);
  }
  if (withText) {
    const fromText = textPersons(v);
    for (let k = 0; k < fromText.length; k++) {
      const p = fromText[k]!;
      let overlapped = false;
      for (let m = 0; m < fromMentions.length && !overlapped; m++) {
        overlapped = fromMentions[m]!.start < p.end && p.start < fromMentions[m]!.end;
      }
      if (!overlapped && p.name.length > 2 && !insideQuote(v, p, mentions) && !typedAsNoPerson(doc.text, p, mentions)
        && !NOT_A_NAME.test(p.name)) all.push(p);
    }
  }
  let sorted = true;
  for (let k = 1; k < all.length && sorted; k++) sorted = all[k - 1]!.start < all[k]!.start || (all[k - 1]!.start === all[k]!.start && all[k - 1]!.end <= all[k]!.end);
  if (!sorted) all.sort((a, b) => a.start - b.start || a.end - b.end);
  // a later surname takes the full name and gender of the first person with that surname whose gender fits
  // ("Mrs. Clinton" after "Bill Clinton" and "Hillary Clinton" is Hillary Clinton)
  const fullBySurname = new Map<string, Person[]>();
  for (const p of all) {
    if (!p.name.includes(' ')) {
      const full = sameBearer(fullBySurname.get(p.name), p.gender);
      if (full) { p.name = full.name; p.gender = p.gender ?? full.gender; }
      continue;
    }
    const last = lastWord(p.name);
    const list = fullBySurname.get(last);
    if (list) list.push(p);
    else fullBySurname.set(last, [p]);
  }
  // a name whose gender is unknown takes it from any other occurrence of the same name (names alone carry none)
  if (!withText) return all;
  const genderOf = new Map<string, Gender>();
  for (const p of all) if (p.gender && !genderOf.has(p.name)) genderOf.set(p.name, p.gender);
  for (const p of all) if (!p.gender) p.gender = genderOf.get(p.name) ?? null;
  return all;
}
